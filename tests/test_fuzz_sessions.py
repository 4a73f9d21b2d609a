"""Issue 17, item 3: a fuzz corpus of session files, each a mutation of a real saved demo.

A seeded mutator changes the demo file the ways files get damaged or hand-edited: keys
dropped, values of the wrong type, references to ids that do not exist, documents duplicated,
deep nesting, truncation, stray bytes, other encodings. Every case goes through loading,
``check``, ``export`` in every format and ``list``. For every case: the exit code is 0 or 1,
a refusal is a message (never a traceback), ``check`` passes exactly when loading does and
then every export works, and the session file and its backups are unchanged.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
from test_hardening_env import files, invoke

from hefboom_tui.store.errors import StoreError
from hefboom_tui.store.session_store import load_session

CASES = 240
SLOW_CASES = 1500
FORMATS = ("json", "csv", "md", "tallies", "ics")
ODD_VALUES: list[Any] = [None, True, False, 0, -1, 2**70, 1.5, float("nan"), "", "x" * 5000,
                         "\u202e\u0000", "p999", [], {}, [[]], [["p1"]], {"a": 1}, [None],
                         [1, "2"], {"1": None}]


def nodes(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into the JSON tree ``value`` (dict keys and list indexes)."""
    out = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            out += nodes(item, (*path, key))
    elif isinstance(value, list):
        for n, item in enumerate(value):
            out += nodes(item, (*path, n))
    return out


def get(tree: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        tree = tree[step]
    return tree


DEEP = "__deep__"
"""A placeholder for a value nested too deep for ``json.dumps``; spliced into the text."""


def deep_text(depth: int) -> str:
    return "[" * depth + "]" * depth


def mutate_tree(rng: random.Random, tree: dict[str, Any]) -> None:
    """One structural mutation of the parsed session, in place."""
    paths = [p for p in nodes(tree) if p]
    path = rng.choice(paths)
    parent, key = get(tree, path[:-1]), path[-1]
    kind = rng.randrange(8)
    if kind == 0:  # drop it
        del parent[key]
    elif kind == 1:  # a value of another type
        parent[key] = copy.deepcopy(rng.choice(ODD_VALUES))
    elif kind == 2:  # a reference to something that does not exist
        if isinstance(parent[key], str):
            parent[key] = rng.choice(["p999", "i999", "k999", "d999", "o999", "ZZ", ""])
        else:
            parent[key] = "p999"
    elif kind == 3:  # a value from elsewhere in the file
        parent[key] = copy.deepcopy(get(tree, rng.choice(paths)))
    elif kind == 4:  # deep nesting
        parent[key] = DEEP
    elif kind == 5 and isinstance(parent, dict):  # a duplicated document or a renamed key
        parent[rng.choice([f"{key}", "999", "x", ""]) + "_"] = copy.deepcopy(parent[key])
        if rng.random() < 0.5:
            parent[str(rng.randrange(1, 40))] = copy.deepcopy(parent[key])
    elif kind == 6 and isinstance(parent[key], list):  # a list shortened or stretched
        items = parent[key]
        parent[key] = items[: rng.randrange(len(items) + 1)] if rng.random() < 0.5 \
            else items + items[:2]
    else:  # a number out of range
        parent[key] = rng.choice([-(10**6), 10**12, -0.5, 1e308])


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    """One damage to the file's bytes."""
    kind = rng.randrange(7)
    if kind == 0:
        return data[: rng.randrange(len(data))]
    if kind == 1:
        out = bytearray(data)
        for _ in range(rng.randrange(1, 6)):
            out[rng.randrange(len(out))] = rng.randrange(256)
        return bytes(out)
    if kind == 2:
        at = rng.randrange(len(data))
        return data[:at] + rng.choice([b"\x00", b"\xff\xfe", b"}", b"]]]", b'"', b"\n"]) + data[at:]
    if kind == 3:
        return b"\xef\xbb\xbf" + data
    if kind == 4:
        return data.decode("utf-8").encode(rng.choice(["utf-16", "utf-32", "latin-1"]),
                                           "replace")
    if kind == 5:
        return rng.choice([b"", b"   \n", b"null", b"[]", b"{}", b'{"meta": {}}', b"\x00" * 64])
    return data + data  # two sessions glued together


def corpus(original: bytes, count: int, seed: int) -> list[bytes]:
    """``count`` mutated files, the same for the same seed."""
    rng = random.Random(seed)
    base = json.loads(original)
    out = []
    for _ in range(count):
        if rng.random() < 0.75:
            tree = copy.deepcopy(base)
            for _ in range(rng.choice([1, 1, 1, 2, 3])):
                try:
                    mutate_tree(rng, tree)
                except (KeyError, IndexError, TypeError):
                    continue
            text = json.dumps(tree, ensure_ascii=rng.random() < 0.5)
            text = text.replace(f'"{DEEP}"', deep_text(rng.choice([50, 3000, 100_000])))
            data = text.encode("utf-8")
        else:
            data = mutate_bytes(rng, original)
        out.append(data)
    return out


def run_case(folder: Path, data: bytes, good_backup: bytes) -> str:
    """Put ``data`` in place as session ``fuzz`` (with one good backup) and try everything;
    return ``"ok"`` or ``"refused"``."""
    path = folder / "fuzz.json"
    path.write_bytes(data)
    backups = folder / ".backups" / "fuzz"
    backups.mkdir(parents=True, exist_ok=True)
    (backups / "fuzz-20261125-101010-000000.json").write_bytes(good_backup)
    before = files(folder)
    try:
        load_session(path)
        loads = True
    except StoreError:
        loads = False
    results: dict[str, Any] = {"check": invoke(folder, "check", "fuzz"),
                               "list": invoke(folder, "list")}
    for fmt in FORMATS:
        results[fmt] = invoke(folder, "export", "fuzz", "--format", fmt)
    for what, result in results.items():
        assert result.exit_code in (0, 1), (what, result.exit_code, result.exception)
        assert result.exception is None or isinstance(result.exception, SystemExit), \
            (what, repr(result.exception))
        assert "Traceback" not in result.output, what
        if result.exit_code:
            assert result.output.startswith("Fout:") and "fuzz.json" in result.output, \
                (what, result.output)
    assert results["list"].exit_code == 0 and "fuzz" in results["list"].output
    assert (results["check"].exit_code == 0) == loads, results["check"].output
    for fmt in FORMATS:  # what check passes, every export can write
        assert results[fmt].exit_code == results["check"].exit_code, (fmt, results[fmt].output)
    assert files(folder) == before, "the session file and its backups are unchanged"
    return "ok" if loads else "refused"


def run_corpus(folder: Path, count: int, seed: int) -> dict[str, int]:
    original = (folder / "demo.json").read_bytes()
    tally = {"ok": 0, "refused": 0}
    for n, data in enumerate(corpus(original, count, seed)):
        try:
            tally[run_case(folder, data, original)] += 1
        except AssertionError as exc:
            raise AssertionError(f"fuzz case {n} (seed {seed}): {exc}") from exc
    return tally


def test_fuzz_corpus(demo_folder: Path) -> None:
    tally = run_corpus(demo_folder, CASES, seed=17)
    # the corpus is not trivial either way: most damage is refused, some is harmless
    assert tally["refused"] > CASES // 2 and tally["ok"] > 10, tally


@pytest.mark.slow
def test_fuzz_corpus_large(demo_folder: Path) -> None:
    tally = run_corpus(demo_folder, SLOW_CASES, seed=2026)
    assert tally["refused"] > SLOW_CASES // 2, tally


def test_the_mutator_is_seeded(demo_folder: Path) -> None:
    original = (demo_folder / "demo.json").read_bytes()
    assert corpus(original, 20, 5) == corpus(original, 20, 5)
    assert corpus(original, 20, 5) != corpus(original, 20, 6)

