"""tracker.yaml and units.yaml -> Settings and Directory, read safely, problems as values."""

from __future__ import annotations

from pathlib import Path

from tracker.model import DEFAULT_LABELS_ZH, Directory, Person, Settings, Source, Unit
from tracker.problems import Problem, error
from tracker.store import textfile, yamlsafe
from tracker.store.load import FieldReader
from tracker.store.yamlsafe import YMap


def read_optional(path: Path) -> tuple[bytes | None, list[Problem]]:
    """The file's bytes; None when it is absent, or cannot be read (a folder by that name:
    then said as a problem, and the other files still read)."""
    try:
        return path.read_bytes(), []
    except FileNotFoundError:
        return None, []
    except IsADirectoryError as exc:
        from tracker.problems import system_reason

        zh, en = system_reason(exc)
        return None, [error(Source(path.name), "unreadable", f"无法读取文件：{zh}", f"cannot read file: {en}")]


def _mapping(raw: bytes | None, path: str, code: str) -> tuple[YMap | None, list[Problem]]:
    """A settings file's top-level mapping, or None (absent, unreadable: see the problems)."""
    if raw is None:
        return None, []
    text, problems = textfile.decode(raw, path)
    if text is None:
        return None, problems
    data, more = yamlsafe.parse(text, path)
    problems += more
    if data is not None and not isinstance(data, YMap):
        problems.append(error(Source(path, 1, 1), code, f"{path} 顶层必须是键值映射",
                              f"{path} must be a mapping"))
        return None, problems
    return data, problems


def load_settings(raw: bytes | None, path: str = "tracker.yaml") -> tuple[Settings, list[Problem]]:
    data, problems = _mapping(raw, path, "settings-shape")
    if data is None:
        return Settings(), problems
    b = FieldReader(path, problems)
    lang = b.text(data, "language") or "zh"
    if lang not in ("zh", "en"):
        b.bad(data, "language", "bad-language", f"language 只能是 zh 或 en，实际为 {lang}",
              f"language must be zh or en, got {lang}")
        lang = "zh"
    labels = dict(DEFAULT_LABELS_ZH)
    statuses = data.get("statuses")
    if isinstance(statuses, YMap):
        labels.update({str(k): str(v) for k, v in statuses.items() if k in labels and v})
    year = b.number(data, "year")
    if year is not None and not 1900 <= year <= 2999:
        b.bad(data, "year", "bad-number", f"年份 {year} 不合理", f"year {year} is not plausible")
        year = None
    remind = b.number(data, "remind_days")
    if remind is not None and not 0 <= remind <= 60:
        b.bad(data, "remind_days", "bad-number", f"remind_days 应在 0–60 之间，实际为 {remind}",
              f"remind_days must be 0–60, got {remind}")
        remind = None
    lag = b.number(data, "lag_tolerance")
    return Settings(
        language=lang,
        year=int(year) if year else None,
        remind_days=int(remind) if remind is not None else 5,
        lag_tolerance=int(lag) if lag is not None else 10,
        statuses=tuple(labels.items()),
        office=(b.text(data, "office") or "").strip() or None,
        bulletin=(b.text(data, "bulletin") or "").strip() or None,
    ), problems


def load_directory(raw: bytes | None, path: str = "units.yaml") -> tuple[Directory, list[Problem]]:
    data, problems = _mapping(raw, path, "units-shape")
    if data is None:
        return Directory(), problems
    b = FieldReader(path, problems)
    units = []
    for item, (line, col) in zip(b.seq(data, "units"), b.seq(data, "units").items_at):
        if isinstance(item, str) and "：" in item:
            # `- name：城关镇` is valid YAML, a unit called “name：城关镇”: named where it is,
            # and read as meant meanwhile, so the plans naming 城关镇 are not all warned
            key, _, name = item.partition("：")
            meant = f"{key.strip()}: {name.strip()}" if key.strip() == "name" else item.replace("：", ": ")
            problems.append(error(Source(path, line, col), "full-width-colon",
                                  f"“{item}”里的冒号是全角的“：”：应写成 {meant}（半角冒号加空格）",
                                  f"'{item}' has a full-width colon: write {meant}"))
            units.append(Unit(name.strip() if key.strip() == "name" else item))
        elif isinstance(item, str) and item.startswith("name:") and item[5:].strip():
            # `- name:县公安局`: the space after the colon left out, a unit called name:县公安局
            name = item[5:].strip()
            problems.append(error(Source(path, line, col), "missing-space",
                                  f"“{item}”的冒号后面少了空格：应写成 name: {name}",
                                  f"'{item}' lacks the space after its colon: write name: {name}"))
            units.append(Unit(name))
        elif isinstance(item, str):
            units.append(Unit(item))
        elif isinstance(item, YMap) and b.text(item, "name"):
            units.append(Unit(b.text(item, "name") or "", b.units(item, "aliases")))
        else:
            problems.append(error(Source(path, line, col), "bad-unit", "单位应写成 name: 名称",
                                  "a unit needs name: ..."))
    groups: list[tuple[str, tuple[str, ...]]] = []
    gmap = data.get("groups")
    if isinstance(gmap, YMap):
        for name in gmap:
            groups.append((str(name), b.units(gmap, name)))
    people = []
    for item in b.maps(data, "people"):
        if b.text(item, "name"):
            people.append(Person(b.text(item, "name") or "", b.text(item, "unit")))
    return Directory(tuple(units), tuple(groups), tuple(people)), problems


def load_cached(root: Path, cache_dir: Path | None) -> tuple[Settings, Directory, list[Problem]]:
    """tracker.yaml and units.yaml, parsed once per content: the parsed pair is kept beside
    the plan cache, keyed by both files' blob ids, so a warm command never loads the parser."""
    from tracker.store import pickled
    from tracker.store.load import CACHE_VERSION, blob_id

    raw_settings, p0 = read_optional(root / "tracker.yaml")
    raw_units, unread = read_optional(root / "units.yaml")
    p0 += unread
    key = (CACHE_VERSION, blob_id(raw_settings or b""), raw_settings is None,
           blob_id(raw_units or b""), raw_units is None, bool(p0))
    path = cache_dir / "config.cache" if cache_dir is not None else None
    cached = pickled.read(path)
    if isinstance(cached, tuple) and len(cached) == 2 and cached[0] == key:
        return cached[1]  # type: ignore[no-any-return]
    settings, p1 = load_settings(raw_settings)
    directory, p2 = load_directory(raw_units)
    value = (settings, directory, p0 + p1 + p2)
    pickled.write(path, (key, value))
    return value
