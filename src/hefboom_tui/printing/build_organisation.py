"""Fiche "Organiseren van de organisatie" (phase 5), blank, as the screen asks it: the five
groups of challenges with the method's guiding questions, then an own, named challenge; per
challenge "does it apply?", examples, and a proposal with its review date and what the review
found; the method's tips at the end. It runs over more than one page, each repeating the
fiche's title and "vervolg n/m"."""

from __future__ import annotations

from hefboom_tui.i18n import t
from hefboom_tui.model.organisation import FIXED_GROUPS, GUIDING_QUESTIONS, TIPS
from hefboom_tui.printing import geometry as g
from hefboom_tui.printing.build_fiches import sheets
from hefboom_tui.printing.context import Context
from hefboom_tui.printing.measure import lines
from hefboom_tui.printing.plan import Box, Row
from hefboom_tui.printing.views import FieldSheet, Head, OrganisationSheet

WRITE = 18.0  # mm: the least height of a box to write examples, a proposal or a result in
OWN_CHALLENGES = 1  # blank own challenges on the fiche (the screen takes any number)


def plain_head_height(ctx: Context, head: Head) -> float:
    """The height of a head without code box: kicker, title and intro, full width."""
    width = ctx.paper.content_width
    kicker = f"{head.kicker} · {t('print.page_more', page=9, pages=9)}".upper()
    total = g.HEAD_AFTER
    for text, (size, leading, after), bold, room in (
            (kicker, g.KICKER, False, width - g.ID_WIDTH - g.ID_GAP),
            (head.title, g.TITLE, True, width), (head.intro, g.INTRO, False, width)):
        total += lines(text, room, size, bold) * g.leading_mm(size, leading) + after
    return total


def _answers(key: str) -> list[Row]:
    """Does it apply, examples; a proposal, its review date and the review's result."""
    yes_no = f"{t('applies.yes')} / {t('applies.no')}"
    return [Row([Box(f"{key}.applies", t("org.applies"), yes_no, share=1, least=WRITE),
                 Box(f"{key}.examples", t("org.examples"), share=3, least=WRITE, room=1)],
                keep=True),
            Row([Box(f"{key}.proposal", t("print.proposal"), share=2, least=WRITE, room=1),
                 Box(f"{key}.review_date", t("field.review_date"), share=1, least=WRITE),
                 Box(f"{key}.review_result", t("print.review_result"), share=2, least=WRITE,
                     room=1)])]


def organisation_fiche(ctx: Context) -> list[FieldSheet]:
    """The blank fiche, on as many pages as it needs."""
    rows: list[Row] = []
    for group in FIXED_GROUPS:
        questions = "\n".join(f"• {t(f'org.q.{key}')}" for key in GUIDING_QUESTIONS[group])
        rows.append(Row([Box(group, t(f"org.group.{group}"), questions, plain=True)], keep=True))
        rows += _answers(group)
    for n in range(1, OWN_CHALLENGES + 1):
        rows.append(Row([Box(f"own{n}", f"{t('org.own_title')}: {t('field.challenge_name')}")],
                        keep=True))
        rows += _answers(f"own{n}")
    tips = "\n".join(f"• {t(f'org.tip.{key}')}" for key in TIPS)
    rows.append(Row([Box("tips", t("org.tips"), tips, plain=True)]))
    head = Head(t("print.blank_kicker"), t("print.org.title"), intro=t("print.org.intro"))
    return sheets(ctx, head, rows, "organisation", OrganisationSheet,
                  plain_head_height(ctx, head))
