"""A saved state of a session as the JSON text of each TinyDB document, shared between states.

A :class:`Snapshot` is the session file cut along its documents: the text of the ``meta``
document and, per table, a tuple with the text of each document. :func:`encode` reuses the
previous snapshot's string for every document whose text did not change, so two consecutive
states share all but what the action touched: the undo history costs the changed documents
and one pointer per document, not a copy of the file per step (2,000 initiatives: about 20 KB
a step instead of 2 MB). :func:`restore` goes the other way and decodes only the documents
that differ, reusing the live objects for the rest, so undo costs what changed, not the file.

``Snapshot.text()`` is byte for byte what ``json.dumps(table_view(session),
ensure_ascii=False, default=plain)`` writes: the file format does not change.
"""

from __future__ import annotations

import dataclasses
import json
import json.encoder
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hefboom_tui.model.serde import from_dict, type_hints
from hefboom_tui.model.session import SCHEMA_VERSION, TABLES, Session, plain


def _make_encoder() -> Callable[[Any], str]:
    """One JSON encoder, built once and reused for every document (``json.dumps`` builds a
    new one per call: 2,000 documents would pay that 2,000 times)."""
    make = getattr(json.encoder, "c_make_encoder", None)
    basestring = getattr(json.encoder, "c_encode_basestring", None)
    if make is None or basestring is None:  # no C accelerator: the pure-Python encoder
        slow = json.JSONEncoder(ensure_ascii=False, default=plain, check_circular=False)
        return slow.encode
    chunks = make(None, plain, basestring, None, ": ", ", ", False, False, True)
    return lambda value: "".join(chunks(value, 0))


_encode = _make_encoder()
META_FIELDS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(Session) if f.name not in TABLES)
ITEM_TYPES: tuple[type, ...] = tuple(
    typing.get_args(type_hints(Session)[name])[0] for name in TABLES)


@dataclass(frozen=True, slots=True, eq=False)
class Snapshot:
    """The session file's content, one JSON text per document (tables in ``TABLES`` order)."""

    meta: str
    tables: tuple[tuple[str, ...], ...]

    def text(self) -> str:
        """The whole file's JSON text."""
        parts = ['{"meta": {"1": ', self.meta, "}"]
        for name, docs in zip(TABLES, self.tables, strict=True):
            parts.append(f', "{name}": {{')
            parts.append(", ".join([f'"{n}": {doc}' for n, doc in enumerate(docs, 1)]))
            parts.append("}")
        parts.append("}")
        return "".join(parts)

    def __len__(self) -> int:
        """The number of characters of :meth:`text` (without building it)."""
        size = 17 + len(self.meta)
        for name, docs in zip(TABLES, self.tables, strict=True):
            size += len(name) + 8 + sum(len(d) for d in docs) + 2 * max(len(docs) - 1, 0)
            size += sum(len(str(n)) + 4 for n in range(1, len(docs) + 1))
        return size

    def same_as(self, other: Snapshot) -> bool:
        """Whether both stand for the same file text (cheap when they share documents)."""
        return self.meta == other.meta and self.tables == other.tables


def _share(texts: list[str], old: tuple[str, ...]) -> tuple[str, ...]:
    """``texts`` as a tuple that reuses ``old``'s string objects for equal texts (and ``old``
    itself when nothing changed)."""
    if len(texts) == len(old) and all(a == b for a, b in zip(texts, old, strict=True)):
        return old
    pool: dict[str, str] | None = None
    out = []
    for n, text in enumerate(texts):
        if n < len(old) and old[n] == text:
            out.append(old[n])
            continue
        if pool is None:
            pool = {t: t for t in old}
        out.append(pool.get(text, text))
    return tuple(out)


def encode(session: Session, previous: Snapshot | None = None) -> Snapshot:
    """The snapshot of ``session``, sharing every unchanged document with ``previous``."""
    meta_doc: dict[str, Any] = {name: getattr(session, name) for name in META_FIELDS}
    meta_doc["schema_version"] = SCHEMA_VERSION
    meta = _encode(meta_doc)
    if previous is not None and previous.meta == meta:
        meta = previous.meta
    tables = []
    for n, name in enumerate(TABLES):
        texts = [_encode(doc) for doc in getattr(session, name)]
        tables.append(_share(texts, previous.tables[n] if previous is not None else ()))
    return Snapshot(meta, tuple(tables))


def with_meta(snapshot: Snapshot, parts: dict[str, dict[str, Any]]) -> Snapshot:
    """``snapshot`` with some fields of its ``meta`` document replaced: for each name in
    ``parts``, the stored object of that name gets those keys (the other documents are
    shared as they are)."""
    data = json.loads(snapshot.meta)
    for name, fields in parts.items():
        found = data.get(name)
        if isinstance(found, dict):
            found.update(fields)
        else:
            data[name] = dict(fields)
    return Snapshot(_encode(data), snapshot.tables)


def restore(live: Session, now: Snapshot, target: Snapshot) -> Session:
    """A new Session equal to ``target``, built from ``live`` (which must equal ``now``):
    each document whose text is the same in both reuses ``live``'s object, only the others
    are decoded. ``live`` must not be used afterwards (the two share objects)."""
    values: dict[str, Any] = {}
    if target.meta is now.meta or target.meta == now.meta:
        values.update({name: getattr(live, name) for name in META_FIELDS})
    else:
        data = json.loads(target.meta)
        data.pop("schema_version", None)
        decoded = from_dict(Session, data)
        values.update({name: getattr(decoded, name) for name in META_FIELDS})
    for n, name in enumerate(TABLES):
        mine, wanted = now.tables[n], target.tables[n]
        objects = getattr(live, name)
        if mine is wanted:
            values[name] = objects
            continue
        spare: dict[str, list[Any]] = {}
        for text, obj in zip(mine, objects, strict=True):
            spare.setdefault(text, []).append(obj)
        items = []
        for text in wanted:
            reuse = spare.get(text)
            if reuse:
                items.append(reuse.pop())  # each live object is used once, never twice
            else:
                items.append(from_dict(ITEM_TYPES[n], json.loads(text), name))
        values[name] = items
    return Session(**values)
