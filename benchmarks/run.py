"""One benchmark command: every figure against a baseline measured in the same run.

    python benchmarks/run.py            # full run, writes docs/benchmarks.md
    python benchmarks/run.py --quick    # fewer repetitions
    python benchmarks/run.py --smoke    # every figure once on small data (the test suite's
                                        # check that the command runs; figures mean nothing)
    python benchmarks/run.py --only store --update-doc   # one part; its rows into the doc

Ratios, not absolute times, are the targets: this machine is shared and noisy.
The parts live beside this file: store_start.py (store, start), keys_bench.py (key presses,
screens), print_bench.py (print packs); the save, memory and timer figures are here.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from keys_bench import bench_keys, bench_screens, p95  # noqa: E402
from print_bench import PRINT_NOTE, PrintRow, bench_print, print_rows  # noqa: E402
from store_start import (  # noqa: E402
    STORE_NOTE,
    Row,
    show,
    start_rows,
    store_rows,
    update_markdown,
)
from stress import judge_all, stress_session  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

MODES: dict[str, dict[str, Any]] = {
    # repetitions and sizes of each part: the full run, --quick, --smoke
    "full": {"save": 200, "growth": 10_000, "start": 7, "keys": 60, "screens": 40,
             "sizes": ((120, 40), (80, 24)), "print": 5, "drift": 60.0, "stress": {}},
    "quick": {"save": 40, "growth": 2000, "start": 3, "keys": 20, "screens": 5,
              "sizes": ((80, 24),), "print": 1, "drift": 10.0, "stress": {}},
    # the smoke run shows that every part runs and prints its figures: one repetition, a small
    # stress session, a 1-second round
    "smoke": {"save": 3, "growth": 40, "start": 1, "keys": 2, "screens": 1,
              "sizes": ((80, 24),), "print": 1, "drift": 1.0,
              "stress": {"initiatives": 30, "participants": 12, "cards": 44, "options": 34,
                         "chosen": 6}},
}


def _save_session(path: Path):
    """The 100-initiative / 40-person / 60-option session, written to ``path``."""
    from hefboom_tui.model.session import to_tables
    from hefboom_tui.store.storage import AtomicJSONStorage

    session = stress_session(initiatives=100, participants=40, options=60, chosen=10)
    AtomicJSONStorage(path).write(to_tables(session))
    return session


def bench_save(folder: Path, reps: int) -> tuple[float, float]:
    """p95 of one durable action vs a stock TinyDB insert on a file of the same size."""
    from tinydb import TinyDB

    from hefboom_tui.model import actions
    from hefboom_tui.store.session_store import SessionStore

    path = folder / "save.json"
    session = _save_session(path)
    ours = []
    with SessionStore(path, backup_interval=1e9) as store:
        for n in range(reps):
            start = time.perf_counter()
            store.do(actions.set_presented, id=session.initiatives[n % 100].id, presented=n % 2 == 0)
            ours.append(time.perf_counter() - start)
    stock_path = folder / "stock.json"
    shutil.copy(path, stock_path)
    db = TinyDB(stock_path)
    table = db.table("journal")
    base = []
    for n in range(reps):
        start = time.perf_counter()
        table.insert({"n": n})
        base.append(time.perf_counter() - start)
    db.close()
    return p95(ours), p95(base)


def bench_save_growth(folder: Path, count: int) -> tuple[float, float]:
    """p95 save time of the last 200 of ``count`` actions vs the first 200 (soak)."""
    from hefboom_tui.model import actions
    from hefboom_tui.store.session_store import SessionStore

    path = folder / "growth.json"
    session = _save_session(path)
    times = []
    with SessionStore(path, backup_interval=1e9) as store:
        for n in range(count):
            start = time.perf_counter()
            if n % 10 == 9:
                store.undo()
            else:
                store.do(actions.set_presented, id=session.initiatives[n % 100].id,
                         presented=n % 3 == 0)
            times.append(time.perf_counter() - start)
    return p95(times[-200:]), p95(times[:200])


STARTUP = """
import resource, sys, time
t0 = time.perf_counter()
{body}
app.call_after_refresh(lambda: app.call_after_refresh(app.exit))
app.run(headless=True)
# VmHWM belongs to this program image; ru_maxrss would carry over the forking parent's peak
try:
    peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM"))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(time.perf_counter() - t0, peak)
"""
TRIVIAL = """
from textual.app import App
from textual.widgets import Static, Footer
class Trivial(App):
    def compose(self):
        yield Static("hello")
        yield Footer()
app = Trivial()
"""
OURS = """
from pathlib import Path
from hefboom_tui.tui.app import make_app
app = make_app(Path(sys.argv[1]), "stress")
"""


MEMORY: dict[str, float] = {}


def bench_start(folder: Path, reps: int) -> tuple[float, float]:
    """Median wall time from process start to first frame: ``hefboom open`` vs trivial app.
    Also records the peak resident memory of both (see ``bench_memory``)."""
    def once(body: str) -> tuple[float, float]:
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", STARTUP.format(body=body), str(folder)],
                             check=True, capture_output=True, text=True)
        return time.perf_counter() - start, float(out.stdout.split()[-1]) / 1024  # KiB -> MiB

    # interleaved, so a busy spell on this shared machine weighs on both sides alike
    runs = [(once(OURS), once(TRIVIAL)) for _ in range(reps)]
    MEMORY["ours"] = statistics.median(o[1] for o, _ in runs)
    MEMORY["base"] = statistics.median(b[1] for _, b in runs)
    return (statistics.median(o[0] for o, _ in runs),
            statistics.median(b[0] for _, b in runs))


def bench_memory() -> tuple[float, float]:
    """Peak RSS (MiB) of the TUI on the stress session vs the trivial app (from bench_start)."""
    return MEMORY["ours"], MEMORY["base"]


def bench_drift(folder: Path, seconds: float) -> float:
    """How late the alarm fires after a real round of ``seconds`` while a print pack renders
    in a worker thread the whole time (as the print dialog does)."""
    from hefboom_tui.model import actions
    from hefboom_tui.model.session import to_tables
    from hefboom_tui.printing.pack import PARTS, print_pack
    from hefboom_tui.store.storage import AtomicJSONStorage
    from hefboom_tui.tui.app import make_app
    from hefboom_tui.tui.screens.rotation import RotationScreen

    session = stress_session(initiatives=30, participants=12, cards=44, options=34, chosen=6)
    for item in session.initiatives[:4]:
        actions.decide(session, id=item.id, decision="engage", argument="ja")
    actions.make_rotation(session, seed=1, minutes=1)
    session.step = "3.3"
    AtomicJSONStorage(folder / "drift.json").write(to_tables(session))
    result: dict[str, float] = {}

    async def run() -> None:
        app = make_app(folder, "drift")
        async with app.run_test(size=(100, 30)) as pilot:
            assert isinstance(app.screen, RotationScreen) and app.store is not None
            store = app.store
            stop = {"flag": False}

            def printing() -> None:
                while not stop["flag"]:
                    print_pack(session, folder / "busy.pdf", PARTS)

            await pilot.press("space")
            if seconds < 60:
                actions.timer(store.session, op="adjust", seconds=seconds - 60.0,
                                                   now=time.time())
                app.refresh_screen()
            result["deadline"] = store.session.timer.ends_at
            first_round = store.session.timer.round
            app.run_worker(printing, thread=True)
            # the alarm has fired when the screen has applied the "expire" action: the timer
            # stops, or (auto-advance, on by default) the next round starts
            while (store.session.timer.status == "running"
                   and store.session.timer.round == first_round):
                await asyncio.sleep(0.005)
            result["late"] = time.time() - result["deadline"]
            stop["flag"] = True
            await app.workers.wait_for_complete()

    asyncio.run(run())
    return result["late"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--smoke", action="store_true",
                        help="every figure once on small data, to show the command runs "
                             "(never writes: its figures mean nothing)")
    parser.add_argument("--no-write", action="store_true", help="do not write docs/benchmarks.md")
    parser.add_argument("--only", choices=("print", "start", "edit", "screens", "store"),
                        help="run one part only (implies --no-write)")
    parser.add_argument("--update-doc", action="store_true",
                        help="with --only store/start/screens: put its rows into "
                             "docs/benchmarks.md, keeping every other row")
    args = parser.parse_args()
    import logging

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    from hefboom_tui.model.session import to_tables
    from hefboom_tui.store.storage import AtomicJSONStorage

    folder = Path(tempfile.mkdtemp(prefix="hefboom-bench-"))
    mode = "smoke" if args.smoke else "quick" if args.quick else "full"
    n = MODES[mode]
    AtomicJSONStorage(folder / "stress.json").write(to_tables(stress_session(**n["stress"])))
    rows: list[tuple[str, float, float, float | None, float, str]] = []

    def add(name: str, ours: float, base: float, target: float, unit: str = "ms") -> None:
        scale = 1000 if unit == "ms" else 1
        rows.append((name, ours * scale, base * scale, ours / base, target, unit))
        print(f"{name:<55} {ours * scale:9.2f} {base * scale:9.2f} {ours / base:6.2f}x "
              f"(target ≤ {target}x)", flush=True)

    pack_pages = 0

    def add_rows(found: list[Row]) -> list[Row]:
        from store_start import SCALE

        for row in found:
            name, ours, base, target, unit = row
            rows.append((name, ours * SCALE[unit], base * SCALE[unit], ours / base, target, unit))
            print(show(row), flush=True)
        return found

    def start() -> list[Row]:
        cold: Row = ("cold start of hefboom open, 200 initiatives (vs trivial app)",
                     *bench_start(folder, n["start"]), 1.5, "ms")
        return add_rows([cold, *start_rows(folder, mode)])

    def store() -> list[Row]:
        return add_rows(store_rows(folder, mode))

    def edit() -> None:
        add("key press → screen, p95, 200-initiative wall: edit+save (vs trivial app)",
            *bench_keys(folder, n["keys"], "p"), 1.3)

    def screens() -> list[Row]:
        # quick and smoke runs: one size, a few presses; the figures in docs/benchmarks.md come
        # from a full run. The stress session with every dealt card judged (see judge_all).
        AtomicJSONStorage(folder / "screens.json").write(
            to_tables(judge_all(stress_session(**n["stress"]))))
        found: list[Row] = []
        for size in n["sizes"]:
            for name, ours, base, target in bench_screens(folder, n["screens"], size,
                                                          one_baseline=mode == "smoke"):
                add(name, ours, base, target)
                found.append((name, ours, base, target, "ms"))
        return found

    def printing() -> list[PrintRow]:
        nonlocal pack_pages
        found, pack_pages = print_rows(bench_print(folder, n["print"],
                                                   one_baseline=mode == "smoke"))
        for name, ours, base, target, unit in found:
            add(name, ours, base, target, unit)
        return found

    print(f"{'figure':<55} {'ours':>9} {'baseline':>9}  ratio")
    if args.only:
        found = {"print": printing, "start": start, "edit": edit, "screens": screens,
                 "store": store}[args.only]()
        shutil.rmtree(folder, ignore_errors=True)
        if args.update_doc and found:
            update_markdown(ROOT / "docs" / "benchmarks.md", found,
                            STORE_NOTE if args.only in ("store", "start") else "")
        return
    add("durable save of one action, p95 (vs stock TinyDB insert)", *bench_save(folder, n["save"]), 2.0)
    add("save after many actions: last 200 vs first 200, p95", *bench_save_growth(folder, n["growth"]), 1.3)
    store()
    start()
    add("key press → screen, p95, 200-initiative wall: move (vs trivial app)", *bench_keys(folder, n["keys"], "right"), 1.3)
    edit()
    screens()
    add("peak memory of the TUI, stress session (vs trivial app)", *bench_memory(), 2.0, "MiB")
    printing()
    late = bench_drift(folder, n["drift"])
    rows.append(("timer: alarm lateness after a real round while printing", late, 0.0, None,
                  0.2, "s"))
    print(f"timer drift while printing: {late:.3f} s (target ≤ 0.2 s)")
    shutil.rmtree(folder, ignore_errors=True)
    if not args.no_write and mode != "smoke":
        write_markdown(rows, quick=mode == "quick", pack_pages=pack_pages)


def write_markdown(rows: list[tuple], quick: bool, pack_pages: int) -> None:
    lines = ["# Benchmarks", "",
             f"Measured {dt.datetime.now():%Y-%m-%d %H:%M} on {platform.node() or 'this machine'} "
             f"({platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()})"
             + (" — quick mode" if quick else "") + ".",
             "Produced by `python benchmarks/run.py`; ratios against a baseline measured in the "
             "same run.", "",
             "| figure | ours | baseline | ratio | target |", "|---|---:|---:|---:|---:|"]
    for name, ours, base, ratio, target, unit in rows:
        if ratio is None:  # an absolute figure (timer drift)
            mark = "✓" if ours <= target else "✗"
            lines.append(f"| {name} | {ours:.3f} {unit} | – | – | ≤ {target} {unit} {mark} |")
            continue
        mark = "✓" if ratio <= target else "✗"
        lines.append(f"| {name} | {ours:.2f} {unit} | {base:.2f} {unit} | {ratio:.2f}× {mark} "
                     f"| ≤ {target}× |")
    if any(r[0].startswith("print pack") for r in rows):
        lines += ["", PRINT_NOTE]
    lines += ["", STORE_NOTE]
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(json.dumps({"written": str(ROOT / "docs" / "benchmarks.md")}))


if __name__ == "__main__":
    main()
