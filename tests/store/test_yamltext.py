"""The YAML writer's values read back as what was written, in every context it writes them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.store import yamlsafe, yamltext

# what people type into unit lists and titles: CJK, ASCII, full-width and YAML's indicators
TEXT = st.text(alphabet=st.sampled_from(list("县镇所检查:：, -#&*!|>'\"%@`?[]{}ab12 　")),
               min_size=1, max_size=12).filter(lambda s: s.strip() == s)


def _read(text: str) -> object:
    data, problems = yamlsafe.parse(text, "<text>")
    assert not [p for p in problems if p.is_error], (text, problems)
    return data


def test_a_unit_with_a_colon_in_a_flow_list_is_quoted() -> None:
    """An imported owner `市场监督管理所检查范围:消防易爆物品` was written plain inside [ ]: valid
    after `k: `, but not inside a flow list, so the whole draft failed to parse."""
    written = yamltext.flow_list(["派出所", "市场监督管理所检查范围:消防易爆物品"])
    assert _read(f"owners: {written}\n") == {"owners": ["派出所", "市场监督管理所检查范围:消防易爆物品"]}


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_flow_lists_read_back_as_written(items: list[str]) -> None:
    assert _read(f"k: {yamltext.flow_list(items)}\n") == {"k": items}


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_scalars_read_back_as_written(value: str) -> None:
    assert _read(f"k: {yamltext.scalar(value)}\n") == {"k": value}
