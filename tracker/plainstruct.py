"""msgspec's Struct as far as tracker uses it, in plain Python: for `tracker set`, which builds
a few dozen values and cannot afford the import (see `tracker.structs`).

A class declares its fields as annotations with optional defaults, as with msgspec:
`class Pending(Struct, frozen=True): message: str; blob: str | None = None`. Instances take
the fields by position or by name, keep them in slots, compare equal when of the same class
with equal fields, hash when frozen (and refuse assignment), print as `Pending(message=…,
blob=…)` and pickle as `(class, field values)` — the form msgspec pickles a Struct in, so a
cache written by either is read by the other. `replace` and `field(default_factory=…)` work as
msgspec's do. Not modelled, since tracker does not use them: encoding and decoding, type
checking, ordering, tagged unions, ClassVar, `__post_init__`, a field redefined by a subclass.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

TYPE_CHECKING = False  # typing is the type checker's only: see tracker/structs.py
if TYPE_CHECKING:
    from typing import Any

_NODEFAULT: Any = object()


class _Factory:
    """A default made fresh for each instance (`field(default_factory=list)`)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


def field(*, default: Any = _NODEFAULT, default_factory: Callable[[], Any] | None = None) -> Any:
    """A field's default, or a function making a fresh one for each instance."""
    return _Factory(default_factory) if default_factory is not None else default


class _StructMeta(type):
    def __new__(mcls, name: str, bases: tuple[type, ...], ns: dict[str, Any],
                frozen: bool = False, gc: bool = True, **options: Any) -> Any:
        if options:
            raise TypeError(f"{name}: options not modelled here: {', '.join(options)}")
        parents: list[Any] = [b for b in bases if isinstance(b, _StructMeta)]
        if not parents:  # Struct itself
            return super().__new__(mcls, name, bases, ns)
        fields: list[str] = []
        defaults: list[Any] = []
        for parent in parents:
            fields += parent.__struct_fields__
            defaults += parent._defaults
            frozen = frozen or parent._frozen
        own = [n for n in ns.get("__annotations__", {}) if n not in fields]
        for n in own:
            value = ns.pop(n, _NODEFAULT)
            if isinstance(value, (list, dict, set)):
                raise TypeError(f"{name}.{n}: a mutable default needs field(default_factory=…)")
            if value is _NODEFAULT and any(d is not _NODEFAULT for d in defaults):
                raise TypeError(f"Required field '{n}' cannot follow optional fields")
            fields.append(n)
            defaults.append(value)
        ns["__slots__"] = tuple(own)
        if not frozen:
            ns["__hash__"] = None  # as msgspec: a mutable Struct is unhashable
        cls: Any = super().__new__(mcls, name, bases, ns)
        cls.__struct_fields__ = tuple(fields)
        cls.__struct_defaults__ = tuple(d for d in defaults if d is not _NODEFAULT)
        cls._defaults = tuple(defaults)
        cls._frozen = frozen
        many = attrgetter(*fields) if len(fields) > 1 else None  # field values at C speed
        cls._values = (lambda self: many(self)) if many else (  # type: ignore[misc]
            lambda self: tuple(getattr(self, n) for n in fields))
        return cls


class Struct(metaclass=_StructMeta):
    __slots__ = ()
    __struct_fields__: tuple[str, ...] = ()  # set on each subclass: its fields in order, with its parents'
    __struct_defaults__: tuple[Any, ...] = ()
    _defaults: tuple[Any, ...] = ()  # per field: its default, a _Factory, or _NODEFAULT
    _frozen = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        names = self.__struct_fields__
        if len(args) > len(names):
            raise TypeError("Extra positional arguments provided")
        put = object.__setattr__
        for name, value in zip(names, args):
            put(self, name, value)
        for i in range(len(args), len(names)):
            name = names[i]
            if name in kwargs:
                put(self, name, kwargs.pop(name))
                continue
            default = self._defaults[i]
            if default is _NODEFAULT:
                raise TypeError(f"Missing required argument '{name}'")
            put(self, name, default.make() if isinstance(default, _Factory) else default)
        if kwargs:
            name = next(iter(kwargs))
            if name in names:
                raise TypeError(f"Argument '{name}' given by name and position")
            raise TypeError(f"Unexpected keyword argument '{name}'")

    def __setattr__(self, name: str, value: Any) -> None:
        if self._frozen:
            raise AttributeError(f"immutable type: '{type(self).__name__}'")
        object.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        if self._frozen:
            raise AttributeError(f"immutable type: '{type(self).__name__}'")
        object.__delattr__(self, name)

    def _values(self) -> tuple[Any, ...]:  # replaced on each class by a faster one
        return tuple(getattr(self, n) for n in self.__struct_fields__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self).__name__, self._values()))

    def __repr__(self) -> str:
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__struct_fields__)
        return f"{type(self).__name__}({inner})"

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), self._values()

    def __copy__(self) -> Any:
        return type(self)(*self._values())


def replace(struct: Any, **changes: Any) -> Any:
    """A copy of `struct` with the named fields changed (msgspec.structs.replace)."""
    names = type(struct).__struct_fields__
    for name in changes:
        if name not in names:
            raise TypeError(f"`{type(struct).__name__}` has no field '{name}'")
    return type(struct)(*[changes[n] if n in changes else getattr(struct, n) for n in names])
