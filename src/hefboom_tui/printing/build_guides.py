"""The visit guide ("Gespreksleidraad") as view data: one sheet per planned visit (step 1.6),
what the visitor takes along to phase 2. The facts of the visit in answer boxes (blank ones
to fill in by hand), then the method's conditions and points of attention, and the example
needs for flap 3, marked to be used only when the citizens get stuck. It fits one page (type
shrinks to 9 pt); a visit with very long texts continues on pages that repeat the identity."""

from __future__ import annotations

from hefboom_tui.i18n import t
from hefboom_tui.model.guide import ATTENTION, CONDITIONS, EXAMPLE_NEEDS, VisitGuide
from hefboom_tui.printing.build_fiches import sheets
from hefboom_tui.printing.context import Context
from hefboom_tui.printing.plan import Box, Row
from hefboom_tui.printing.views import FieldSheet


def _bullets(keys: tuple[str, ...], prefix: str, mark: str = "•") -> str:
    return "\n".join(f"{mark} {t(f'{prefix}.{key}')}" for key in keys)


def _when(guide: VisitGuide) -> str:
    when = " ".join(x for x in (guide.date, guide.time) if x)
    return " · ".join(x for x in (when, guide.time_needed) if x)


def guide(ctx: Context, visit: VisitGuide) -> list[FieldSheet]:
    """The guide of one planned visit (one page, or more with "vervolg n/m")."""
    item = ctx.session.initiative(visit.initiative)
    where = visit.name

    def box(key: str, label: str, value: str, room: int = 0) -> Box:
        return Box(key, label, ctx.text(value, where, label), room)

    examples = t("guide.needs_note") + "\n" + _bullets(EXAMPLE_NEEDS, "guide.need")
    rows = [Row([box("contact", t("fiche.contact_label"), visit.contact),
                 box("when", t("guide.when"), _when(visit))]),
            Row([box("visitors", t("guide.visitors"), ", ".join(visit.visitors))]),
            Row([box("visitor_needs", t("guide.bring"), visit.visitor_needs, 2)]),
            Row([Box("conditions", t("guide.conditions"),
                     _bullets(CONDITIONS, "guide.condition"), plain=True)]),
            Row([Box("attention", t("guide.attention"),
                     _bullets(ATTENTION, "guide.attention"), plain=True)]),
            Row([Box("examples", t("guide.needs_title"), examples, plain=True)]),
            Row([box("notes", t("guide.notes"), "", 3)])]
    head = ctx.head(item, t("guide.kicker"), intro=t("guide.intro"))
    return sheets(ctx, head, rows, "guide")

