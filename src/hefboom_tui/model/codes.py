"""Short initiative codes that are easy to read aloud, type and print.

A code is two letters and a digit (``KT4``), from an alphabet without the look-alikes
0/O, 1/I/L and the awkward Q; four characters once the three-character space fills up.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

LETTERS = "ABCDEFGHJKMNPRSTUVWXYZ"
DIGITS = "23456789"
CODE_CHARS = frozenset(LETTERS + DIGITS)


def normalise_code(text: str) -> str:
    """Upper-case ``text`` and drop spaces and dashes, as people type codes."""
    return "".join(ch for ch in text.upper() if ch not in " -")


def new_code(taken: Iterable[str], seed: int) -> str:
    """A code not in ``taken``, chosen deterministically from ``seed``.

    Pass a set to keep this cheap in a loop: it is used as it is, not copied."""
    used = taken if isinstance(taken, set | frozenset) else set(taken)
    rng = random.Random(seed)
    for length in (3, 4, 5, 6):  # 5 and 6 only for imports of tens of thousands
        space = len(LETTERS) ** (length - 1) * len(DIGITS)
        if len(used) >= space // 2:
            continue
        for _ in range(200):
            code = "".join(rng.choice(LETTERS) for _ in range(length - 1)) + rng.choice(DIGITS)
            if code not in used:
                return code
    for n in range(10**6):  # practically unreachable: thousands of initiatives
        code = f"X{n:05d}".replace("0", "2").replace("1", "3")
        if code not in used:
            return code
    raise RuntimeError("no free initiative code")
