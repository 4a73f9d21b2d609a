"""The benchmark command runs end to end in its short mode (figures are reported, not
asserted: timing targets live in benchmarks/, never in the test suite)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_benchmark_quick_mode_prints_every_figure() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick",
                          "--no-write"], capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stderr[-2000:]
    for figure in ("durable save", "cold start", "key press", "peak memory", "print pack",
                   "timer drift"):
        assert figure in out.stdout, figure
