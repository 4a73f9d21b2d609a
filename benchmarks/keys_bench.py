"""Key press to screen benchmarks: the 200-initiative wall (``bench_keys``) and the step
screens (``bench_screens``, one figure per entry of ``SCREEN_KEYS``), each against a trivial
Textual app measured in the same run. Used by ``run.py``."""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # textual is imported when a figure is measured, as in run.py's other parts
    from textual.app import App, ComposeResult


def p95(values: list[float]) -> float:
    """The 95th percentile of ``values`` (their maximum when there are fewer than 20)."""
    return statistics.quantiles(values, n=20)[18] if len(values) >= 20 else max(values)


def trivial_app(keys: Iterable[str]) -> type[App[None]]:
    """The baseline: one widget and a footer; each of ``keys`` updates the widget, so both
    apps go from a key press to a new frame."""
    from textual.app import App
    from textual.widgets import Footer, Static

    class Trivial(App[None]):
        BINDINGS = [(key, "bump", "Bump") for key in keys]
        count = 0

        def compose(self) -> ComposeResult:
            yield Static("hello", id="one")
            yield Footer()

        def action_bump(self) -> None:
            self.count += 1
            self.query_one("#one", Static).update(f"hello {self.count}")

    return Trivial


async def _presses(app: App[Any], key: str, n: int,
                   size: tuple[int, int] = (100, 30)) -> list[float]:
    """Seconds from each of ``n`` presses of ``key`` to its frame, in a headless ``app``."""
    times = []
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for _ in range(n):
            start = time.perf_counter()
            await pilot.press(key)
            times.append(time.perf_counter() - start)
    return times


def bench_keys(folder: Path, reps: int, key: str) -> tuple[float, float]:
    """p95 key press to updated screen on the 200-initiative wall vs a trivial app."""
    from hefboom_tui.tui.app import make_app

    Trivial = trivial_app(("right", "p"))

    ours = asyncio.run(_presses(make_app(folder, "stress"), key, reps))
    base = asyncio.run(_presses(Trivial(), key, reps))
    return p95(ours), p95(base)


SCREEN_KEYS = (  # (figure, step, keys that open the view, key measured, target)
    ("1.1 wall: move →", "1.1", (), "right", 1.3),
    ("1.1 wall: p (presented + save)", "1.1", (), "p", 1.5),
    ("1.3 duos: move ↓ in the duo list", "1.3", (), "down", 1.3),
    ("1.3 duos: r (judge a card + save)", "1.3", ("enter",), "r", 1.5),
    ("1.3 plenum: move ↓", "1.3", ("P",), "down", 1.3),
    ("1.3 plenum: a (accept + save)", "1.3", ("P",), "a", 1.5),
    ("1.4 strong marks: move ↓", "1.4", ("right", "right"), "down", 1.3),
    ("1.4 strong marks: Space (mark + save)", "1.4", ("right", "right"), "space", 1.5),
    ("1.5 choose: move ↓", "1.5", (), "down", 1.3),
    ("1.5 choose: Space (choose + save)", "1.5", (), "space", 1.5),
    ("1.6 agreements: move ↓", "1.6", (), "down", 1.3),
    ("3.3 rotation: + (a minute more + save)", "3.3", (), "plus", 1.5),
    ("3.3 tally: move ↓", "3.3", ("t",), "down", 1.3),
    ("3.3 tally: g (sticker + save)", "3.3", ("t",), "g", 1.5),
    ("3.3 tally: ] (next initiative)", "3.3", ("t",), "right_square_bracket", 1.3),
    ("3.4 engagements: move ↓", "3.4", (), "down", 1.3),
    ("4 plan: move ↓", "4", (), "down", 1.3),
    ("4 plan: Space (status + save)", "4", (), "space", 1.5),
    ("5 organisation: move ↓", "5", (), "down", 1.3),
)


async def _screen_presses(app: Any, step: str, before: tuple[str, ...], key: str, n: int,
                          size: tuple[int, int]) -> list[float]:
    """Seconds from each of ``n`` presses of ``key`` to a settled screen, after opening step
    ``step`` of ``app`` (a ``HefboomApp``; none for the trivial app) with the keys ``before``."""
    times = []
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        if step:
            app.show_step(step)
            await pilot.pause()
            await pilot.press(*before)
            await pilot.pause()
        for _ in range(n):
            start = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()
            times.append(time.perf_counter() - start)
    return times


def bench_screens(folder: Path, reps: int, size: tuple[int, int],
                  one_baseline: bool = False) -> list[tuple[str, float, float, float]]:
    """p95 key press → settled screen on the step screens, 200 initiatives, against a trivial
    app (Static + Footer) measured right after each figure (once for all, if ``one_baseline``:
    the smoke run)."""
    from hefboom_tui.tui.app import make_app

    Trivial = trivial_app(sorted({key for *_, key, _ in SCREEN_KEYS}))

    out = []
    base: list[float] = []
    for name, step, before, key, target in SCREEN_KEYS:
        ours = asyncio.run(_screen_presses(make_app(folder, "screens"), step, before, key, reps,
                                           size))
        if not (one_baseline and base):
            base = asyncio.run(_screen_presses(Trivial(), "", (), key, reps, size))
        out.append((f"{name}, {size[0]}×{size[1]}, p95 (vs trivial app)", p95(ours), p95(base), target))
    return out
