"""The fairness rules of step 3, proven for any deck and team (Hypothesis)."""

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from model_helpers import apply

from hefboom_tui.model.deal import deal_cards, make_duos, pair_key, rank_with_ties
from hefboom_tui.model.errors import ActionError
from hefboom_tui.store.catalog import new_session

decks = st.integers(1, 8).flatmap(
    lambda n: st.lists(st.integers(0, n - 1), min_size=1, max_size=120).map(
        lambda ps: [(f"c{i}", f"P{p}") for i, p in enumerate(ps)]
    )
)


@settings(max_examples=300)
@given(decks, st.integers(2, 41), st.integers())
def test_deal_rules(cards, people, seed) -> None:
    n_duos = people // 2
    result = deal_cards(cards, n_duos, seed)
    dealt = [c for hand in result.hands for c in hand]
    assert sorted(dealt) == sorted(c for c, _ in cards)  # all cards, each once
    principle = dict(cards)
    totals = [len(h) for h in result.hands]
    assert max(totals) - min(totals) <= 1
    counts = Counter(principle.values())
    for p, count in counts.items():
        per_duo = [sum(principle[c] == p for c in h) for h in result.hands]
        assert max(per_duo) - min(per_duo) <= 1
        if count >= n_duos:
            assert min(per_duo) >= 1 and p not in result.short
        else:
            assert result.short[p] == n_duos - count == per_duo.count(0)
    assert deal_cards(cards, n_duos, seed) == result


@given(st.integers(2, 41), st.integers())
def test_duos_one_trio_at_most_and_reproducible(people, seed) -> None:
    ids = [f"p{i}" for i in range(people)]
    groups = make_duos(ids, seed)
    assert sorted(m for g in groups for m in g) == sorted(ids)
    sizes = Counter(len(g) for g in groups)
    assert sizes[3] == people % 2 and set(sizes) <= {2, 3}
    assert make_duos(ids, seed) == groups


def test_fewer_than_two_people() -> None:
    with pytest.raises(ValueError):
        make_duos(["p1"], 1)
    session = new_session("x")
    apply(session, "add_participant", {"name": "Solo"})
    with pytest.raises(ActionError) as err:
        apply(session, "make_duos", {"seed": 1})
    assert "minstens twee" in str(err.value)


def test_avoid_past_pairs() -> None:
    ids = [f"p{i}" for i in range(10)]
    first = make_duos(ids, 1)
    avoid = {pair_key(*g[:2]) for g in first}
    second = make_duos(ids, 2, avoid)
    assert not {pair_key(*g[:2]) for g in second} & avoid


def test_default_deck_every_duo_all_five_colours() -> None:
    session = new_session("deal")
    for n in range(9):
        apply(session, "add_participant", {"name": f"P{n}"})
    apply(session, "make_duos", {"seed": 3})
    assert [len(d.members) for d in session.duos] == [2, 2, 2, 3]
    short = apply(session, "deal", {"seed": 4})
    assert short == {}
    for duo in session.duos:
        colours = {session.card(c).principle for c in duo.cards}
        assert colours == {"E", "S", "K", "N", "R"}
    assert sum(len(d.cards) for d in session.duos) == 44


def test_more_duos_than_cards_warns() -> None:
    session = new_session("big")
    for n in range(41):
        apply(session, "add_participant", {"name": f"P{n}"})
    apply(session, "make_duos", {"seed": 3})
    short = apply(session, "deal", {"seed": 4})
    assert set(short) == {"E", "S", "K", "N", "R"} and short["R"] == 20 - 8


def test_judging_new_cards_plenum_and_strong() -> None:
    from hefboom_tui.model.plenum import plenum_items, principles_list, strong_ranking

    session = new_session("judge")
    for n in range(4):
        apply(session, "add_participant", {"name": f"P{n}"})
    a = apply(session, "add_initiative", {"name": "A"})
    b = apply(session, "add_initiative", {"name": "B"})
    apply(session, "make_duos", {"seed": 1})
    apply(session, "deal", {"seed": 1})
    d1, d2 = session.duos
    card = d1.cards[0]
    apply(session, "judge", {"duo": d1.id, "card": card, "verdict": "relevant", "argument": "ja"})
    with pytest.raises(ActionError):
        apply(session, "judge", {"duo": d2.id, "card": card, "verdict": "relevant"})
    new = apply(session, "new_card", {"duo": d2.id, "principle": "S", "text": "Nieuw!",
                                        "argument": "Ontbrak in de stapel"})
    assert session.card(new).origin == f"duo:{d2.id}"
    items = plenum_items(session)
    assert {i.card.id for g in items.values() for i in g} == {card, new}
    apply(session, "plenum", {"card": card, "status": "accepted"})
    apply(session, "plenum", {"card": new, "status": "merged", "merged_into": card})
    assert [c.id for c in principles_list(session)] == [card]
    apply(session, "toggle_strong", {"duo": d1.id, "initiative": a})
    apply(session, "toggle_strong", {"duo": d2.id, "initiative": a})
    apply(session, "toggle_strong", {"duo": d2.id, "initiative": b})
    assert apply(session, "toggle_strong", {"duo": d2.id, "initiative": b}) is False
    assert strong_ranking(session) == [(1, a, 2), (2, b, 0)]


def test_rank_with_ties() -> None:
    assert rank_with_ties({"a": 3, "b": 5, "c": 3, "d": 1}) == [
        (1, "b", 5), (2, "a", 3), (2, "c", 3), (4, "d", 1)]


def test_participant_removed_after_deal_keeps_cards() -> None:
    session = new_session("rm")
    ids = [apply(session, "add_participant", {"name": f"P{n}"}) for n in range(4)]
    apply(session, "make_duos", {"seed": 1})
    apply(session, "deal", {"seed": 1})
    before = [list(d.cards) for d in session.duos]
    notice = apply(session, "remove_participant", {"id": ids[0]})
    assert notice == "notice.removed_from_duo"
    assert [list(d.cards) for d in session.duos] == before


def test_principle_without_cards_is_reported() -> None:
    session = new_session("leeg principe")
    session.cards = [c for c in session.cards if c.principle != "R"]
    for n in range(4):
        apply(session, "add_participant", {"name": f"P{n}"})
    apply(session, "make_duos", {"seed": 1})
    short = apply(session, "deal", {"seed": 1})
    assert short == {"R": 2}
    assert sum(len(d.cards) for d in session.duos) == 44 - 8
