"""Forming duos and dealing the deck: the fairness rules of step 3.

* Pairing: present people in random pairs from a seed; an odd count makes one trio.
  Pairs that worked together before can be avoided (fewest repeats wins).
* Dealing: all cards go out; per principle, two duos' counts differ by at most one, and so
  do their totals. Every duo gets every principle whenever that principle has at least as
  many cards as there are duos; otherwise a shortage is reported.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations


def pair_key(a: str, b: str) -> str:
    """A stable key for an unordered pair of participant ids."""
    return "|".join(sorted((a, b)))


def _groups(order: Sequence[str]) -> list[list[str]]:
    groups = [list(order[i : i + 2]) for i in range(0, len(order) - 1, 2)]
    if len(order) % 2:
        groups[-1].append(order[-1])
    return groups


def _repeats(groups: list[list[str]], avoid: set[str]) -> int:
    return sum(pair_key(a, b) in avoid for g in groups for a, b in combinations(g, 2))


def make_duos(people: Sequence[str], seed: int, avoid: set[str] | None = None) -> list[list[str]]:
    """Random duos (one trio when the count is odd) of ``people``, reproducible by ``seed``.

    With ``avoid`` (pair keys), up to 300 shuffles are tried and the one with the fewest
    pairs from ``avoid`` is kept. Raises ``ValueError`` for fewer than two people.
    """
    if len(people) < 2:
        raise ValueError("fewer than two people")
    rng = random.Random(seed)
    order = list(people)
    rng.shuffle(order)
    best = _groups(order)
    if avoid:
        best_score = _repeats(best, avoid)
        for _ in range(300):
            if best_score == 0:
                break
            rng.shuffle(order)
            candidate = _groups(order)
            score = _repeats(candidate, avoid)
            if score < best_score:
                best, best_score = candidate, score
    return best


@dataclass
class DealResult:
    """Card ids per duo (same order as the duos) and the principles that ran short."""

    hands: list[list[str]]
    short: dict[str, int] = field(default_factory=dict)  # principle id -> duos missing it


def deal_cards(cards: Sequence[tuple[str, str]], n_duos: int, seed: int,
               principles: Sequence[str] = ()) -> DealResult:
    """Deal all ``cards`` (``(card id, principle id)``) over ``n_duos`` hands.

    ``principles`` lists every principle of the deck, so one without any card is reported
    as short too (every duo misses it).

    Per principle, every hand gets ``count // n`` cards and the remainder goes, one each, to
    the hands with the smallest running totals (ties broken at random). That keeps both the
    per-principle counts and the totals within one of each other.
    """
    if n_duos < 1:
        raise ValueError("no duos to deal to")
    rng = random.Random(seed)
    by_principle: dict[str, list[str]] = {p: [] for p in principles}
    for card_id, principle in cards:
        by_principle.setdefault(principle, []).append(card_id)
    hands: list[list[str]] = [[] for _ in range(n_duos)]
    short: dict[str, int] = {}
    for principle, ids in by_principle.items():
        pile = list(ids)
        rng.shuffle(pile)
        base, extra = divmod(len(pile), n_duos)
        if base == 0:
            short[principle] = n_duos - extra
        order = list(range(n_duos))
        rng.shuffle(order)
        order.sort(key=lambda h: len(hands[h]))
        lucky = set(order[:extra])
        for h in range(n_duos):
            take = base + (h in lucky)
            hands[h].extend(pile[:take])
            del pile[:take]
    return DealResult(hands=hands, short=short)


def rank_with_ties(counts: dict[str, int]) -> list[tuple[int, str, int]]:
    """``(rank, key, count)`` sorted by count, highest first; equal counts share a rank."""
    ordered = sorted(counts.items(), key=lambda kv: -kv[1])
    ranked: list[tuple[int, str, int]] = []
    for pos, (key, count) in enumerate(ordered, 1):
        rank = ranked[-1][0] if ranked and ranked[-1][2] == count else pos
        ranked.append((rank, key, count))
    return ranked
