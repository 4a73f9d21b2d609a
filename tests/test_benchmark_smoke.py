"""The benchmark command runs end to end in its smoke mode, every part printing its figures
(figures are reported, not asserted: timing targets live in benchmarks/, never in the test
suite)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from keys_bench import SCREEN_KEYS  # noqa: E402

FIGURES = (
    "durable save of one action, p95", "save after many actions", "CSV import, planning",
    "CSV import into a new session", "CSV import of", "durable save of one action, 50 ",
    "undo of one action", "undo history after 50 steps", "cold start of hefboom open",
    "hefboom demo: first full frame", "key press → screen, p95, 200-initiative wall: move",
    "key press → screen, p95, 200-initiative wall: edit+save", "peak memory of the TUI",
    *(f"{name}, 80×24" for name, *_ in SCREEN_KEYS),
    "print pack, demo session", "print pack, 30 initiatives (vs",
    "print pack, 30 initiatives, per page", "print pack, 30 initiatives with long texts, per page",
    "the long-text pack's text alone",
)
RATIO = re.compile(r"\d+\.\d\dx \(target ≤ [\d.]+x\)$")


@pytest.mark.slow
def test_benchmark_smoke_mode_prints_every_figure() -> None:
    doc = ROOT / "docs" / "benchmarks.md"
    before = doc.read_bytes() if doc.exists() else None
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--smoke"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.splitlines()
    for figure in FIGURES:
        shown = [line for line in lines if line.startswith(figure)]
        assert shown, f"no figure {figure!r} in:\n{out.stdout}"
        assert all(RATIO.search(line) for line in shown), shown
    assert re.search(r"^timer drift while printing: \d+\.\d{3} s", out.stdout, re.M), out.stdout
    assert (doc.read_bytes() if doc.exists() else None) == before, "a smoke run writes nothing"
