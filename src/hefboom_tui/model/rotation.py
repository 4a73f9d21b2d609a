"""The rotation between engaged initiatives (phase 3, step 3).

Round ``r`` sends member ``i`` (in a shuffled order) to initiative ``(i + r) mod K`` (in a
shuffled order). Over K rounds every member visits every initiative exactly once, and in
every round the group sizes differ by at most one, because the members' residues mod K are
spread as evenly as possible. With fewer members than initiatives, some initiatives are
simply empty in some rounds.
"""

from __future__ import annotations

import random
from collections.abc import Sequence


def schedule(members: Sequence[str], initiatives: Sequence[str], seed: int,
             cap: int = 0) -> list[list[list[str]]]:
    """Rounds of ``[member, initiative]`` pairs; ``cap`` limits the number of rounds."""
    if not members or not initiatives:
        return []
    rng = random.Random(seed)
    people = list(members)
    places = list(initiatives)
    rng.shuffle(people)
    rng.shuffle(places)
    k = len(places)
    count = k if cap <= 0 else min(cap, k)
    return [[[person, places[(i + r) % k]] for i, person in enumerate(people)]
            for r in range(count)]


def missed(rounds: list[list[list[str]]], members: Sequence[str],
           initiatives: Sequence[str]) -> dict[str, list[str]]:
    """For a capped schedule: per member, the initiatives they never visit."""
    seen: dict[str, set[str]] = {m: set() for m in members}
    for visits in rounds:
        for member, initiative in visits:
            seen.setdefault(member, set()).add(initiative)
    return {m: [i for i in initiatives if i not in seen[m]] for m in members
            if len(seen[m]) < len(initiatives)}


def where(rounds: list[list[list[str]]], index: int) -> dict[str, list[str]]:
    """Round ``index`` as ``initiative -> members`` (empty when out of range)."""
    groups: dict[str, list[str]] = {}
    if 0 <= index < len(rounds):
        for member, initiative in rounds[index]:
            groups.setdefault(initiative, []).append(member)
    return groups
