"""units.yaml as a lookup: canonical names, aliases, groups and their members, suggestions."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

from tracker.model import Directory, Plan
from tracker.problems import UserError


class UnknownUnit(UserError):
    """A unit name that units.yaml does not know and nothing uses: a typo, not an empty result."""


def named_in(plans: Iterable[Plan]) -> set[str]:
    """Every unit name the plans' tasks carry (lead, owners, support, `units:`), as written:
    the names a filter or `--unit` may ask about though units.yaml lacks them (--new-unit)."""
    return {n for p in plans for t in p.tasks for n in t.all_units()}


class Units:
    """A read-only index over a Directory."""

    def __init__(self, directory: Directory) -> None:
        self.directory = directory

    @cached_property
    def _canonical(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for unit in self.directory.units:
            index[unit.name] = unit.name
            for alias in unit.aliases:
                index.setdefault(alias, unit.name)
        for group, _ in self.directory.groups:
            index.setdefault(group, group)
        for person in self.directory.people:
            index.setdefault(person.name, person.name)
        return index

    @cached_property
    def _groups(self) -> dict[str, tuple[str, ...]]:
        """Each group's member units, a group inside a group spelled out (全县基层: [各乡镇,
        各村] holds every 乡镇 and every 村); a group that contains itself adds nothing more."""
        direct = {name: tuple(self.canonical(m) for m in members)
                  for name, members in self.directory.groups}

        def flat(name: str, inside: frozenset[str]) -> list[str]:
            out: list[str] = []
            for m in direct[name]:
                if m in direct:
                    if m not in inside:
                        out.extend(flat(m, inside | {m}))
                else:
                    out.append(m)
            return out

        return {name: tuple(dict.fromkeys(flat(name, frozenset({name})))) for name in direct}

    @cached_property
    def _member_of(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {}
        for group, members in self._groups.items():
            for m in members:
                out.setdefault(m, []).append(group)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def _position(self) -> dict[str, int]:
        order = [u.name for u in self.directory.units] + [g for g, _ in self.directory.groups]
        return {name: i for i, name in reversed(list(enumerate(order)))}

    def order_key(self, name: str) -> tuple[int, bytes]:
        """Sort key: the office's own order (units.yaml), then by pinyin. GB 18030 orders the
        3,755 common characters by pinyin, which covers unit names without a dictionary."""
        canonical = self.canonical(name)
        position = self._position.get(canonical, len(self._position))
        return position, canonical.encode("gb18030", "replace")

    def canonical(self, name: str) -> str:
        """The unit's own name for a name or alias; unknown names come back unchanged."""
        return self._canonical.get(name, name)

    def known(self, name: str) -> bool:
        return name in self._canonical

    def is_group(self, name: str) -> bool:
        return self.canonical(name) in self._groups

    def members(self, name: str) -> tuple[str, ...]:
        """The member units of a group (the unit itself when it is not a group)."""
        name = self.canonical(name)
        return self._groups.get(name, (name,))

    def expand(self, names: tuple[str, ...]) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for name in names:
            for member in self.members(name):
                seen.setdefault(member, None)
        return tuple(seen)

    def groups_of(self, unit: str) -> tuple[str, ...]:
        return self._member_of.get(self.canonical(unit), ())

    def matches(self, query: str, names: tuple[str, ...]) -> bool:
        """Does a unit query name any of `names` (directly, by alias, or through a group)?"""
        q = self.canonical(query)
        wanted = {q, *self.members(q), *self.groups_of(q)}
        return any(self.canonical(n) in wanted or q in self.members(n) for n in names)

    def suggest(self, name: str) -> str | None:
        import difflib  # only when a name is unknown: listing never pays for it

        choices = list(self._canonical)
        close = difflib.get_close_matches(name, choices, n=1, cutoff=0.5)
        if not close:
            close = [c for c in choices if name and (name in c or c in name)][:1]
        return self.canonical(close[0]) if close else None

    def unknown(self, names: list[str]) -> list[tuple[str, str | None]]:
        """Names units.yaml does not know, each once with the closest known name (none when
        there is no units.yaml to check against)."""
        if not self.directory.units:
            return []
        out: list[tuple[str, str | None]] = []
        for name in names:
            if not self.known(name) and all(name != n for n, _ in out):
                out.append((name, self.suggest(name)))
        return out

    def refuse_unknown(self, name: str, used: Iterable[str] = ()) -> None:
        """Raise UnknownUnit, with the closest known name, for a name asked about (a filter,
        `--unit`) that is neither in units.yaml nor among `used` (names the plans or their
        history carry); any name passes when there is no units.yaml to check against."""
        if not self.directory.units or self.known(name) or name in used:
            return
        hint = self.suggest(name)
        raise UnknownUnit(f"单位“{name}”不在 units.yaml 中" + (f"，是不是“{hint}”？" if hint else ""),
                          f"unit '{name}' is not in units.yaml"
                          + (f"; did you mean '{hint}'?" if hint else ""))

    @property
    def all_units(self) -> tuple[str, ...]:
        return tuple(u.name for u in self.directory.units)

    def unit_of_person(self, person: str) -> str | None:
        for p in self.directory.people:
            if p.name == person:
                return p.unit
        return None
