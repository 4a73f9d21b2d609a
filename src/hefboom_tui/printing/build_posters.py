"""Poster "Kennismaken en verzamelen" as view data: three flaps, pre-filled; notes that do
not fit a flap continue on an A4 "vervolg" sheet per flap, which repeats the identity."""

from __future__ import annotations

from dataclasses import replace

from hefboom_tui.i18n import t, tn
from hefboom_tui.model.entities import Initiative
from hefboom_tui.printing import geometry as g
from hefboom_tui.printing.build_fiches import head_height
from hefboom_tui.printing.context import Context
from hefboom_tui.printing.measure import lines
from hefboom_tui.printing.plan import Items, Queue, fill, flow, items_height
from hefboom_tui.printing.views import Flap, FlapSheet, PosterSheet, Sheet

FLAPS = ("now", "future", "needs")
MORE_TITLE = (16.0, 1.2, 2.0)  # the flap's title on a vervolg sheet


def _notes(ctx: Context, item: Initiative) -> dict[str, list[str]]:
    """What each flap is pre-filled with: the visit's notes, else what the fiche knows."""
    v = item.visit
    now = v.now or [x for x in (
        item.description, item.size and f"{t('field.size')}: {item.size}",
        ctx.options.poster_contact and item.contact
        and f"{t('fiche.contact_label')}: {item.contact}") if x]
    # flap 3 is the citizens' own list from the visit (never what the visitor had to bring,
    # step 1.6), with who they can turn to; blank lines when the visit is still to come
    partners = [f"{t('poster.partners')} {x}" for x in v.partners]
    found = {"now": now, "future": v.future, "needs": [*v.needs, *partners]}
    return {key: [ctx.text(x, item.name, t(f"flap.{key}")) for x in notes]
            for key, notes in found.items()}


def _flap_room(box: g.PosterBox, title: str, ask: str) -> float:
    """The height left for the notes in a flap under its title and question."""
    width = box.flap_inner_width
    size, leading, after = g.FLAP_TITLE
    ask_size, ask_leading, ask_after = g.FLAP_ASK
    used = (g.FLAP_BORDER + 2 * g.FLAP_PAD
            + lines(title, width, size, bold=True) * g.leading_mm(size, leading) + after
            + lines(ask, width, ask_size) * g.leading_mm(ask_size, ask_leading) + ask_after)
    return (box.flap_height - used) * g.FILL


def poster(ctx: Context, item: Initiative) -> list[Sheet]:
    """The poster of ``item`` (A3, or two halves), then its flaps' vervolg sheets."""
    box = g.poster_box(ctx.options.posters, ctx.paper)
    notes = _notes(ctx, item)
    asks = {key: t(f"flap.{key}.help") for key in FLAPS}
    titles = {key: t(f"flap.{key}") for key in FLAPS}
    rooms = {key: _flap_room(box, titles[key], asks[key]) for key in FLAPS}
    width = box.flap_text_width
    size = next((s for s in g.FLAP_SIZES if all(
        items_height(notes[k], width, s, g.FLAP_LEADING, g.FLAP_ITEM_GAP) <= rooms[k]
        for k in FLAPS)), g.FLAP_SIZES[-1])
    flaps: list[Flap] = []
    rests: dict[str, Queue] = {}
    for key in FLAPS:
        queue: Queue = [(x, False) for x in notes[key]]
        page, rest = fill(queue, width, size, g.FLAP_LEADING, g.FLAP_ITEM_GAP, rooms[key])
        if rest:  # it does not all fit: make room for the line that says where it goes on
            page, rest = fill(queue, width, size, g.FLAP_LEADING, g.FLAP_ITEM_GAP,
                              rooms[key] - g.FLAP_MORE)
        flaps.append(Flap(key, titles[key], asks[key], page.items, size,
                          left=round(len(flaps) * (box.flap_width - g.FLAP_BORDER), 2)))
        rests[key] = rest
    head = ctx.head(item, t("print.poster_kicker"), public=True)
    head = replace(head, title_size=g.POSTER_TITLE if len(item.name) <= g.LONG_POSTER_TITLE
                   else g.POSTER_TITLE_LONG)
    more = {key: _more_sheets(ctx, item, key, rest) for key, rest in rests.items() if rest}
    for flap in flaps:
        if flap.key in more:
            flap.more = tn("print.flap_more", len(more[flap.key]), flap=flap.title)
    if box.layout == "halves":
        sheets: list[Sheet] = [
            PosterSheet(paper=ctx.paper.key, head=head, flaps=flaps, layout="halves", tile=n,
                        tile_note=t(f"print.poster_half{n + 1}"))
            for n in (0, 1)]
    else:
        sheets = [PosterSheet(paper="a3", head=head, flaps=flaps)]
    for key in FLAPS:
        sheets += more.get(key, [])
    return sheets


def _more_sheets(ctx: Context, item: Initiative, key: str, queue: Queue) -> list[FlapSheet]:
    """A4 sheets carrying the notes of flap ``key`` that did not fit on the poster."""
    head = ctx.head(item, t("print.poster_kicker"), public=True)
    size, leading, after = MORE_TITLE
    title = t("print.flap_continued", flap=t(f"flap.{key}"))
    room = (ctx.paper.content_height - head_height(ctx, head)
            - g.leading_mm(size, leading) - after) * g.FILL
    width = ctx.paper.content_width - g.FLAP_INDENT
    pages: list[Items] = flow(queue, width, g.MORE_SIZE, g.FLAP_LEADING, g.FLAP_ITEM_GAP, room)
    count = len(pages)
    return [FlapSheet(paper=ctx.paper.key,
                      head=replace(head, page_label=t("print.page_more", page=n, pages=count)
                                   if count > 1 else t("print.page_one_more")),
                      flap=Flap(key, title, "", page.items, g.MORE_SIZE, page.cont_first))
            for n, page in enumerate(pages, 1)]
