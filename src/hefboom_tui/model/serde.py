"""Turn the model's dataclasses into JSON-friendly dicts and back.

``from_dict`` is forgiving on purpose: unknown keys are ignored and missing keys take the
field's default, so a file written by an older version of the same schema still loads.
Type mismatches raise ``ValueError`` naming the field.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def to_dict(obj: Any) -> Any:
    """A deep, JSON-friendly copy of a dataclass, list or plain value."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


Converter = Callable[[Any, str], Any]


@cache
def type_hints(cls: type) -> dict[str, Any]:
    """``typing.get_type_hints(cls)``, worked out once per class: with postponed annotations
    every call compiles each annotation string again (the session loader, the snapshot
    encoder and the integrity check all ask for the same classes)."""
    return typing.get_type_hints(cls)


@cache
def _converter(tp: Any) -> Converter:
    """A function checking and converting a JSON value to type ``tp`` (built once per type)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = _converter(next(a for a in typing.get_args(tp) if a is not type(None)))
        return lambda value, where: None if value is None else inner(value, where)
    if origin is list:
        item = _converter(typing.get_args(tp)[0])

        def convert_list(value: Any, where: str) -> list[Any]:
            if not isinstance(value, list):
                raise ValueError(f"{where}: expected a list")
            return [item(v, where) for v in value]

        return convert_list
    if origin is dict:

        def convert_dict(value: Any, where: str) -> dict[str, Any]:
            if not isinstance(value, dict):
                raise ValueError(f"{where}: expected an object")
            return dict(value)

        return convert_dict
    if dataclasses.is_dataclass(tp):
        return lambda value, where: from_dict(tp, value, where)  # type: ignore[arg-type]
    checks: dict[Any, tuple[tuple[type, ...], str]] = {
        bool: ((bool,), "true or false"), str: ((str,), "text"),
        int: ((int,), "a whole number"), float: ((int, float), "a number"),
    }
    if tp in checks:
        allowed, label = checks[tp]
        strict_int = tp in (int, float)

        def convert_scalar(value: Any, where: str) -> Any:
            if not isinstance(value, allowed) or (strict_int and isinstance(value, bool)):
                raise ValueError(f"{where}: expected {label}")
            return float(value) if tp is float else value  # type: ignore[arg-type]

        return convert_scalar
    return lambda value, where: value


@cache
def _plan(cls: type) -> tuple[tuple[str, Converter, bool], ...]:
    hints = type_hints(cls)
    return tuple(
        (f.name, _converter(hints[f.name]),
         f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
        for f in dataclasses.fields(cls)
    )


def from_dict(cls: type[T], data: Any, where: str = "") -> T:
    """Build ``cls`` from ``data``; raise ``ValueError`` naming the bad field."""
    if not isinstance(data, dict):
        raise ValueError(f"{where or cls.__name__}: expected an object")
    kwargs = {}
    for name, convert, required in _plan(cls):  # type: ignore[arg-type]
        if name in data:
            kwargs[name] = convert(data[name], f"{where}.{name}" if where else name)
        elif required:
            raise ValueError(f"{where or cls.__name__}: missing field {name!r}")
    return cls(**kwargs)
