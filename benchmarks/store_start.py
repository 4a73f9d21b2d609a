"""Benchmarks of the store and of start-up (issue 17): each against a baseline in the same run.

* CSV import of 1k / 10k / 100k rows, whole path (plan, apply, one durable save): time per
  row must stay within 1.5x from 1k to 100k, and 10k rows under 2 s.
* One durable action and one undo at 200 and 2,000 initiatives vs a stock TinyDB insert
  on a file of the same size.
* What the undo history holds after 50 steps at 2,000 initiatives (target <= 10 MB), against
  the 50 copies of the file that full snapshots held.
* ``hefboom demo`` as the user sees it: a process started in a pseudo-terminal, time to its
  first full frame, against a trivial Textual app started the same way.
"""

from __future__ import annotations

import gc
import os
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

from stress import stress_session

Row = tuple[str, float, float, float, str]  # name, ours, baseline, target ratio, unit
STORE_NOTE = (
    "Store and start-up rows (`--only store`, `--only start`): the CSV import is planned "
    "(decode, parse, check) and, separately, taken the whole path into a new session (plan, "
    "apply, one durable save) for 1,000 to 100,000 rows (initiative codes get four characters "
    "past about 1,900 initiatives and five past about 42,600, `model/codes.py`). Saves are "
    "durable (fsync of file and folder); the "
    "stock TinyDB insert is not. Undo history is measured with tracemalloc. The first frame "
    "is timed from process start in a 100×30 pseudo-terminal until the frame that shows the "
    "demo's first initiative (or the trivial app's text) has reached the last row; bytecode "
    "caches are warm, as after any install.")


def p50(values: list[float]) -> float:
    return statistics.median(values)


def _csv(rows: int) -> bytes:
    lines = ["naam;beschrijving;thema;contact"]
    lines += [f"Initiatief {n};Buren doen samen iets nr. {n};thema {n % 17};Contact {n}"
              for n in range(rows)]
    return ("\n".join(lines) + "\n").encode("utf-8")


CODE_SPACE = 900_000
"""Initiative codes (``model.codes.new_code``) take four characters once three are half used,
then five and six (about 940,000 five-character codes before six are needed): the whole import
path is measured for every size the benchmark uses."""


def bench_import(folder: Path, sizes: tuple[int, ...]) -> dict[int, tuple[float, float | None]]:
    """Seconds to plan the import of ``n`` rows (decode, parse, check every row), and to
    import them into a new session through the store (plan, apply, one durable save; only
    for ``n`` within :data:`CODE_SPACE`), for each ``n`` in ``sizes``."""
    from hefboom_tui.exchange.csv_import import plan_import
    from hefboom_tui.model import actions
    from hefboom_tui.store import catalog

    out: dict[int, tuple[float, float | None]] = {}
    for n in sizes:
        raw = _csv(n)
        gc.collect()
        start = time.perf_counter()
        plan_import(raw, [])
        planned = time.perf_counter() - start
        if n > CODE_SPACE:
            out[n] = (planned, None)
            continue
        store = catalog.create(folder, f"import {n}")
        gc.collect()
        start = time.perf_counter()
        plan = plan_import(raw, [i.name for i in store.session.initiatives])
        store.do(actions.import_initiatives, rows=plan.rows)
        out[n] = (planned, time.perf_counter() - start)
        store.close()
        for path in folder.glob(f"import-{n}*"):
            path.unlink()
        shutil.rmtree(folder / ".backups", ignore_errors=True)
    return out


def _session_file(folder: Path, initiatives: int) -> Path:
    from hefboom_tui.model.session import to_tables
    from hefboom_tui.store.storage import AtomicJSONStorage

    path = folder / f"store-{initiatives}.json"
    AtomicJSONStorage(path).write(to_tables(stress_session(initiatives=initiatives)))
    return path


def bench_save_undo(folder: Path, initiatives: int, reps: int) -> tuple[float, float, float]:
    """Median seconds of one durable action, of one undo, and of a stock TinyDB insert on a
    file of the same size (TinyDB's JSONStorage: read the file, write it back)."""
    from tinydb import TinyDB

    from hefboom_tui.model import actions
    from hefboom_tui.store.session_store import SessionStore

    path = _session_file(folder, initiatives)
    saves, undos = [], []
    with SessionStore(path, backup_interval=1e9) as store:
        ids = [i.id for i in store.session.initiatives]
        store.do(actions.set_presented, id=ids[0], presented=False)  # states encoded once
        for n in range(reps):
            start = time.perf_counter()
            store.do(actions.set_presented, id=ids[n % len(ids)], presented=n % 2 == 0)
            saves.append(time.perf_counter() - start)
        for _ in range(reps):
            start = time.perf_counter()
            store.undo()
            undos.append(time.perf_counter() - start)
    stock_path = folder / f"stock-{initiatives}.json"
    shutil.copy(path, stock_path)
    db = TinyDB(stock_path)
    table = db.table("journal")
    base = []
    for n in range(reps):
        start = time.perf_counter()
        table.insert({"n": n})
        base.append(time.perf_counter() - start)
    db.close()
    return p50(saves), p50(undos), p50(base)


def bench_undo_memory(folder: Path, steps: int = 50,
                      initiatives: int = 2000) -> tuple[float, float]:
    """Bytes the store holds more after ``steps`` actions at ``initiatives`` initiatives (the
    undo history), and what ``steps`` full copies of the file (the old snapshots) would hold."""
    from hefboom_tui.model import actions
    from hefboom_tui.store.session_store import SessionStore

    path = _session_file(folder, initiatives)
    with SessionStore(path, backup_interval=1e9) as store:
        ids = [i.id for i in store.session.initiatives]
        store.do(actions.set_presented, id=ids[0], presented=True)
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        for n in range(steps):
            store.do(actions.edit_initiative, id=ids[(n * 37) % len(ids)], theme=f"t{n}")
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
    return float(grown), float(steps * path.stat().st_size)


# -- start-up in a pseudo-terminal ------------------------------------------------------------
TRIVIAL = """
from textual.app import App
from textual.widgets import Footer, Static
class Trivial(App):
    BINDINGS = [("ctrl+q", "quit", "Quit")]
    def compose(self):
        yield Static("hello trivial")
        yield Footer()
Trivial().run()
"""
_ESCAPES = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][0-9A-Za-z]|\x1b[=>]")
SIZE = (100, 30)


def first_frame(argv: list[str], marker: str, env: dict[str, str],
                timeout: float = 30.0) -> float:
    """Seconds from starting ``argv`` in a pseudo-terminal of :data:`SIZE` to the end of the
    first frame that shows ``marker``: the marker is on screen and the frame has reached the
    terminal's last row. The process is then asked to quit (Ctrl+Q) and killed if it does
    not."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", SIZE[1], SIZE[0], 0, 0))
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env,
                            start_new_session=True, close_fds=True)
    os.close(slave)
    raw, found = b"", None
    last_row = f"\x1b[{SIZE[1]};".encode()
    try:
        while found is None and time.perf_counter() - start < timeout:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    raw += os.read(master, 1 << 16)
                except OSError:
                    break
                if marker.encode() in _ESCAPES.sub(b"", raw):
                    drawn_from = max(0, raw.rfind(marker.encode()[:4]))
                    if last_row in raw[drawn_from:]:
                        found = time.perf_counter() - start
            elif proc.poll() is not None:
                break
    finally:
        try:
            os.write(master, b"\x11")  # Ctrl+Q
            proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        os.close(master)
    if found is None:
        tail = _ESCAPES.sub(b"", raw)[-400:].decode("utf-8", "replace")
        raise RuntimeError(f"no frame with {marker!r} from {argv}: {tail}")
    return found


def bench_first_frame(folder: Path, reps: int, warm: bool = True) -> tuple[float, float]:
    """Median seconds to the first full frame: ``hefboom demo`` (the demo already there,
    as on every start but the first) vs the trivial app, interleaved. Bytecode caches are
    allowed (as after any install) and warmed first (unless not ``warm``)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(TERM="xterm-256color", HEFBOOM_SESSIONS=str(folder / "demo-start"),
               HEFBOOM_LANG="nl", COLUMNS=str(SIZE[0]), LINES=str(SIZE[1]))
    script = Path(sys.executable).with_name("hefboom")
    ours = [str(script), "demo"] if script.exists() else [sys.executable, "-m", "hefboom_tui",
                                                          "demo"]
    base = [sys.executable, "-c", TRIVIAL]
    for argv, marker in ((ours, "Buurtmoestuin"), (base, "hello trivial")) if warm else ():
        first_frame(argv, marker, env)  # warm caches
    runs = [(first_frame(ours, "Buurtmoestuin", env), first_frame(base, "hello trivial", env))
            for _ in range(reps)]
    return p50([o for o, _ in runs]), p50([b for _, b in runs])


STORE_SIZES: dict[str, dict[str, Any]] = {
    # CSV rows (the first is the baseline; the 2 s limit is for the largest whole path up to
    # 10,000), initiatives for save and undo, repetitions, and the undo-memory session
    "full": {"rows": (1000, 10_000, 40_000, 100_000), "initiatives": (200, 2000), "reps": 40,
             "memory": 2000},
    "quick": {"rows": (1000, 10_000, 40_000, 100_000), "initiatives": (200, 2000), "reps": 10,
              "memory": 2000},
    "smoke": {"rows": (100, 1000), "initiatives": (50, 200), "reps": 2, "memory": 200},
}


def store_rows(folder: Path, mode: str) -> list[Row]:
    """Every store figure, as rows for the benchmark table (``mode``: full, quick, smoke)."""
    sizes = STORE_SIZES[mode]
    rows: list[Row] = []
    took = bench_import(folder, sizes["rows"])
    first = sizes["rows"][0]
    plan_first, whole_first = took[first]
    for n, (plan, whole) in took.items():
        if n == first:
            continue
        rows.append((f"CSV import, planning {n:,} rows: time per row (vs {first:,} rows)",
                     plan / n, plan_first / first, 1.5, "µs"))
        if whole is not None and whole_first is not None:
            rows.append((f"CSV import into a new session, {n:,} rows, whole path: time per row "
                         f"(vs {first:,} rows)", whole / n, whole_first / first, 1.5, "µs"))
    limited = max(n for n, (_, whole) in took.items() if whole is not None and n <= 10_000)
    rows.append((f"CSV import of {limited:,} rows, whole path (vs the 2 s limit)",
                 took[limited][1] or 0.0, 2.0, 1.0, "s"))
    for n in sizes["initiatives"]:
        save, undo, stock = bench_save_undo(folder, n, sizes["reps"])
        rows.append((f"durable save of one action, {n:,} initiatives (vs stock TinyDB insert)",
                     save, stock, 1.5, "ms"))
        rows.append((f"undo of one action, {n:,} initiatives (vs stock TinyDB insert)",
                     undo, stock, 1.5, "ms"))
    big = sizes["memory"]
    held, full = bench_undo_memory(folder, initiatives=big)
    rows.append((f"undo history after 50 steps, {big:,} initiatives (vs the 10 MB limit)",
                 held, 10 * 1024 * 1024, 1.0, "MB"))
    rows.append((f"undo history after 50 steps, {big:,} initiatives (vs 50 full snapshots)",
                 held, full, 0.1, "MB"))
    return rows


def start_rows(folder: Path, mode: str) -> list[Row]:
    """The start-up figure, as a row for the benchmark table (``mode``: full, quick, smoke)."""
    reps = {"full": 15, "quick": 5, "smoke": 1}[mode]
    ours, base = bench_first_frame(folder, reps, warm=mode != "smoke")
    return [("hefboom demo: first full frame in a pseudo-terminal (vs trivial Textual app)",
             ours, base, 1.3, "ms")]


SCALE = {"ms": 1000.0, "s": 1.0, "µs": 1e6, "MB": 1 / (1024 * 1024)}


def show(row: Row) -> str:
    name, ours, base, target, unit = row
    scale = SCALE[unit]
    return (f"{name:<85} {ours * scale:10.2f} {base * scale:10.2f} {unit:<2} "
            f"{ours / base:6.2f}x (target ≤ {target}x)")


def table_line(row: Row) -> str:
    name, ours, base, target, unit = row
    scale, ratio = SCALE[unit], ours / base
    mark = "✓" if ratio <= target else "✗"
    return (f"| {name} | {ours * scale:.2f} {unit} | {base * scale:.2f} {unit} | "
            f"{ratio:.2f}× {mark} | ≤ {target}× |")


def update_markdown(doc: Path, rows: list[Row], note: str) -> None:
    """Put ``rows`` into the table of ``doc``: a row with the same figure is replaced, a new
    one added at the end of the table; every other row and line stays as it is."""
    lines = doc.read_text(encoding="utf-8").splitlines()
    new = {row[0]: table_line(row) for row in rows}
    out, last_table = [], -1
    for line in lines:
        cells = [c.strip() for c in line.strip("|").split("|")] if line.startswith("|") else []
        if cells and cells[0] in new:
            line = new.pop(cells[0])
        out.append(line)
        if line.startswith("|"):
            last_table = len(out)
    if last_table < 0:
        out += ["", "| figure | ours | baseline | ratio | target |", "|---|---:|---:|---:|---:|"]
        last_table = len(out)
    out[last_table:last_table] = list(new.values())
    lead = note.split("(")[0]  # a note edited by hand with a run's details keeps its lead
    if note and not any(line.startswith(lead) for line in out):
        out += ["", note]
    doc.write_text("\n".join(out) + "\n", encoding="utf-8")
