"""Two real processes: the lock, and SIGKILL in the middle of saving."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hefboom_tui.store import catalog
from hefboom_tui.store.session_store import SessionStore, load_session

WRITER = """
import sys
from pathlib import Path
from hefboom_tui.model import actions
from hefboom_tui.store.session_store import SessionStore
store = SessionStore(Path(sys.argv[1]), backup_interval=1e9)
start = len(store.session.initiatives)
print("ready", flush=True)
n = start
while True:
    store.do(actions.add_initiative, name=f"I{n}", description="x" * 500)
    n += 1
"""

HOLDER = """
import sys, time
from pathlib import Path
from hefboom_tui.store.session_store import SessionStore
store = SessionStore(Path(sys.argv[1]))
print("read_only" if store.read_only else "writer", flush=True)
time.sleep(30)
"""


def _start(code: str, path: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    proc.stdout.readline()
    return proc


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_mid_save_never_breaks_the_file(folder: Path) -> None:
    path = catalog.create(folder, "kill").path
    rng = random.Random(5)
    last = 0
    for _ in range(25):
        proc = _start(WRITER, path)
        time.sleep(rng.uniform(0.01, 0.15))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        session = load_session(path)  # must always parse
        names = [i.name for i in session.initiatives]
        assert names == [f"I{n}" for n in range(len(names))]  # a prefix: nothing lost but the tail
        assert len(names) >= last
        last = len(names)
    assert last > 0
    leftovers = [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    # a killed writer can leave a temp file; it never replaces or breaks the session
    assert all(p.name.startswith(".kill.json.") for p in leftovers)


def test_second_process_gets_read_only(folder: Path) -> None:
    path = catalog.create(folder, "twee").path
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "writer"
        with SessionStore(path) as second:
            assert second.read_only
        other = subprocess.run([sys.executable, "-c", HOLDER.replace("time.sleep(30)", ""),
                                str(path)], capture_output=True, text=True, timeout=60)
        assert other.stdout.strip() == "read_only"
    finally:
        holder.kill()
        holder.wait()
    with SessionStore(path) as after:  # the lock dies with its process
        assert not after.read_only
