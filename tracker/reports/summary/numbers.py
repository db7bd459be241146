"""Numbers as an official circular writes them: 一、 and （一） from integers, rates to one
decimal, amounts without a needless .0 (shared by the text and the Word document)."""

from __future__ import annotations

_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 15 -> 十五, 21 -> 二十一, 105 -> 一百零五 (for 一、 and （一）)."""
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if rest == 0 else ("零" + _DIGITS[rest] if rest < 10 else
                                     (_DIGITS[1] if rest < 20 else "") + chinese_number(rest))
        return _DIGITS[n // 100] + "百" + tail
    return str(n)


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def number(value: float | None) -> str:
    """As the plan wrote it: every digit kept (12345.67, not :g's 12345.7), never 1e+06."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return str(int(value))
    from decimal import Decimal  # only here: a warm summary imports as little as it can

    return format(Decimal(repr(float(value))), "f")
