"""The fiches of the method as view data: "Burgerinitiatieven, wat zijn dat?" per initiative,
"Met welke burgerinitiatieven gaan we in gesprek?" per chosen one, their blank versions, and
the blank worksheet on social innovation (organising the organisation: build_organisation)."""

from __future__ import annotations

from dataclasses import replace

from hefboom_tui.i18n import t
from hefboom_tui.model.entities import Initiative
from hefboom_tui.printing import facts
from hefboom_tui.printing import geometry as g
from hefboom_tui.printing.context import Context, page_label
from hefboom_tui.printing.measure import lines
from hefboom_tui.printing.plan import Box, Row, plan
from hefboom_tui.printing.views import FieldSheet, FormSheet, Head


def head_height(ctx: Context, head: Head, width: float | None = None) -> float:
    """The height of a sheet's head (at least the code box and QR code beside it)."""
    width = (width or ctx.paper.content_width) - g.ID_WIDTH - g.ID_GAP
    kicker = f"{head.kicker} · {head.page_label or t('print.page_more', page=9, pages=9)}"
    total = 0.0
    for text, (size, leading, after), bold in (
            (kicker.upper(), g.KICKER, False), (head.title, g.TITLE, True),
            (head.intro, g.INTRO, False)):
        if text:
            total += lines(text, width, size, bold) * g.leading_mm(size, leading) + after
    if not head.title:  # a blank sheet: a box to write the name in
        total += g.FIELD_MIN + g.FIELD_GAP
    return max(g.HEAD_MIN, total) + g.HEAD_AFTER


def sheets(ctx: Context, head: Head, rows: list[Row], kind: str,
           view: type[FieldSheet] = FieldSheet, head_room: float = 0.0) -> list[FieldSheet]:
    """The pages of one fiche: one if it fits (type shrinks to 9 pt), else as many as its
    text needs, each with the whole head and "vervolg n/m" (``head_room``: the head's height
    when it is not the usual one with a code box)."""
    room = ctx.paper.content_height - (head_room or head_height(ctx, head))
    width = ctx.paper.content_width
    planned = plan(rows, width, room, room)
    for row in rows:  # boxes side by side share their borders
        left = 0.0
        for n, cell in enumerate(row.widths(width)):
            row.boxes[n].left = round(left, 2)
            row.boxes[n].width = round(cell + (g.FIELD_BORDER if n < len(row.boxes) - 1
                                               else 0.0), 2)
            left += cell
    count = len(planned.pages)
    return [view(paper=ctx.paper.key, head=replace(head, page_label=page_label(n, count)),
                 rows=page, size=planned.size, kind=kind)
            for n, page in enumerate(planned.pages, 1)]


def fiche(ctx: Context, item: Initiative | None) -> list[FieldSheet]:
    """Fiche "Burgerinitiatieven, wat zijn dat?", filled from ``item`` or blank."""
    def box(key: str, label: str, room: int = 0) -> Box:
        value = "" if item is None else ctx.text(str(getattr(item, key)), item.name, label)
        return Box(key, label, value, room)

    def choice(key: str, label: str) -> Box:
        value = getattr(item, key) if item is not None else ""
        return Box(key, label, t(f"{key}.{value}") if value else "")

    rows = [Row([box("description", t("field.description"), 3)]),
            Row([box("contact", t("fiche.contact_label"))]),
            Row([box("theme", t("field.theme")), box("size", t("field.size"))]),
            Row([choice("scope", t("field.scope")), choice("mode", t("field.mode"))]),
            Row([box("origin", t("field.origin"), 2)]),
            Row([box("added_by", t("field.added_by"))])]
    head = ctx.head(item, t("print.fiche_kicker"), intro=t("print.fiche_intro"))
    return sheets(ctx, head, rows, "fiche")


def choice_fiche(ctx: Context, item: Initiative | None) -> list[FieldSheet]:
    """Fiche "Met welke burgerinitiatieven gaan we in gesprek?" for a chosen initiative
    (blank when ``item`` is None)."""
    def box(value: str, key: str, label: str, room: int = 0) -> Box:
        if item is None:
            return Box(key, label, "", room)
        return Box(key, label, ctx.text(value, item.name, label), room)

    c, a = (item.choice, item.agreement) if item is not None else (None, None)
    rows = [Row([box(c.why if c else "", "why", t("choice.why"), 3)]),
            Row([box(facts.principles(item, ctx.cards, ctx.lang) if item else "", "principles",
                     t("choice.principles"), 2)]),
            Row([box(c.doubts if c else "", "doubts", t("choice.doubts"), 2)]),
            Row([box(ctx.who(a.visitors) if a else "", "visitors", t("field.visitors")),
                 box(facts.visit_time(item) if item else "", "date", t("field.date")),
                 box(a.time_needed if a else "", "time_needed", t("field.time_needed"))]),
            Row([box(facts.visitor_needs(item) if item else "", "needs",
                     t("field.visitor_needs"), 2)])]
    head = ctx.head(item, t("print.choice_kicker"))
    return sheets(ctx, head, rows, "choice")


def innovation_fiche(ctx: Context) -> FormSheet:
    """Fiche "Maatschappelijke innovatie" (blank), in our own words."""
    return FormSheet(paper=ctx.paper.key, kicker=t("print.blank_kicker"),
                     title=t("print.innovation.title"), intro=t("print.innovation.intro"),
                     questions=[(t(f"print.innovation.q{n}"), "") for n in range(1, 6)],
                     initiative_label=t("print.initiative"))

