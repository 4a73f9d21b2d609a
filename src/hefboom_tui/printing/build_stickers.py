"""Sticker lists ("Ondersteuningsmogelijkheden") as view data: every page repeats the head,
the identity and the legend, and the options are spread evenly over the pages."""

from __future__ import annotations

from dataclasses import replace

from hefboom_tui.i18n import t
from hefboom_tui.model.entities import Initiative, SupportOption
from hefboom_tui.printing import geometry as g
from hefboom_tui.printing.build_fiches import head_height
from hefboom_tui.printing.context import Context, page_label
from hefboom_tui.printing.measure import lines
from hefboom_tui.printing.views import StickerLine, StickerSheet

Block = tuple[list[StickerLine], float]  # lines that stay together, and their height


def engaged(ctx: Context) -> list[Initiative]:
    """The initiatives that get a support-option list: those engaged with in phase 3, or
    before that decision, the ones chosen in step 5 (their posters go up in phase 3)."""
    session = ctx.session
    return session.engaged() or [i for i in session.initiatives if i.choice.chosen]


def heading(kind: str, group: str) -> str:
    """"Houding · Animo"; just "Houding" when there is no group or it repeats the kind."""
    label = t("kind." + kind)
    return label if not group or group.casefold() == label.casefold() else f"{label} · {group}"


def _option_height(text: str, width: float) -> float:
    size, leading = g.OPTION
    need = lines(text, width, size) * g.leading_mm(size, leading) + 2 * g.OPTION_PAD_Y
    return max(g.OPTION_MIN, need) + g.RULE


def _blocks(ctx: Context, item: Initiative) -> list[Block]:
    """Group headings stay with their first option; the lines to write on go with the last."""
    width = g.option_text_width(ctx.paper)
    size, leading = g.KINDHEAD
    group_height = g.leading_mm(size, leading) + g.KINDHEAD_PAD + g.RULE
    groups: dict[tuple[str, str], list[SupportOption]] = {}
    for option in ctx.options_for(item):
        groups.setdefault((option.kind, option.group), []).append(option)
    blocks: list[Block] = []
    for (kind, group), members in groups.items():
        for n, option in enumerate(members):
            text = ctx.text(ctx.option_text[option.id], item.name, t("print.option"))
            lines_ = [StickerLine("option", text)]
            height = _option_height(text, width)
            if n == 0:
                lines_.insert(0, StickerLine("group", heading(kind, group)))
                height += group_height
            blocks.append((lines_, height))
    extra = [StickerLine("extra", t("print.add_own")), StickerLine("extra", "")]
    if blocks:
        last, height = blocks[-1]
        blocks[-1] = (last + extra, height + 2 * (g.OPTION_MIN + g.RULE))
    else:
        blocks.append((extra, 2 * (g.OPTION_MIN + g.RULE)))
    return blocks


def _pack(blocks: list[Block], cap: float) -> list[list[Block]]:
    """Blocks in order on pages of at most ``cap`` mm (a block taller than that alone)."""
    pages: list[list[Block]] = [[]]
    used = 0.0
    for block in blocks:
        if pages[-1] and used + block[1] > cap:
            pages.append([])
            used = 0.0
        pages[-1].append(block)
        used += block[1]
    return pages


def balanced(blocks: list[Block], room: float) -> list[list[Block]]:
    """The fewest pages of ``room`` mm that hold ``blocks``, filled as evenly as they can be
    (the lowest fill that needs no more pages, found by bisection)."""
    count = len(_pack(blocks, room))
    low, high = sum(b[1] for b in blocks) / count, room
    for _ in range(20):
        middle = (low + high) / 2
        if len(_pack(blocks, middle)) <= count:
            high = middle
        else:
            low = middle
    return _pack(blocks, high)


def sticker_sheets(ctx: Context, item: Initiative) -> list[StickerSheet]:
    """The support options for ``item`` with a green and a red box beside every line."""
    head = ctx.head(item, t("print.stickers_kicker"), public=True,
                    intro=t("print.stickers_intro"))
    room = (ctx.paper.content_height - head_height(ctx, head) - g.LEGEND_H) * g.FILL
    pages = balanced(_blocks(ctx, item), room)
    legend = (t("print.option"), "✓ " + t("print.green"), "✗ " + t("print.red"))
    # the head and identity repeat on every page; the instructions only on the first
    return [StickerSheet(paper=ctx.paper.key, legend=legend,
                         head=replace(head, page_label=page_label(n, len(pages)),
                                      intro=head.intro if n == 1 else ""),
                         lines=[line for block, _h in page for line in block])
            for n, page in enumerate(pages, 1)]
