"""The session report as view data: every step's decisions, tallies as bars (tables and
their widths: :mod:`report_tables`; phases 3 to 5: :mod:`build_report_later`)."""

from __future__ import annotations

from hefboom_tui.i18n import t
from hefboom_tui.model.plenum import principles_list, strong_ranking
from hefboom_tui.printing import facts
from hefboom_tui.printing.build_report_later import later_sections
from hefboom_tui.printing.context import Context
from hefboom_tui.printing.report_tables import bullets, named, section, table
from hefboom_tui.printing.views import Bar, Column, Listing, ReportSheet, Section


def report(ctx: Context) -> ReportSheet:
    """Everything the session decided, step by step, with the date and the team."""
    session = ctx.session
    team = ", ".join(ctx.text(p.name, t("export.team")) + (
        "" if p.present else f" ({t('export.absent')})") for p in session.participants)
    sections = [Section(t("export.team"), [team or "–"])]
    wall: list[list[object]] = [
        [item.code, ctx.text(item.name, item.name, t("field.name")),
         ctx.text(item.theme, item.name, t("field.theme")), t("status." + item.status),
         str(item.round)] for item in session.initiatives]
    sections.append(section(ctx, t("print.report_wall"), [
        Column(t("col.code"), nowrap=True), Column(t("col.name")), Column(t("field.theme")),
        Column(t("col.status")), Column(t("wall.round_label"), nowrap=True)], wall))
    symbol = {p.id: p.symbol for p in session.principles}
    accepted = [(symbol.get(c.principle, "?"), ctx.text(c.text_in(ctx.lang), t("print.card")))
                for c in principles_list(session)]
    sections += _verdicts(ctx)
    sections += _own_cards(ctx)
    sections.append(Section(t("export.principles_list"),
                            [Listing(accepted)] if accepted else [t("print.none_yet")]))
    sections.append(_strong(ctx))
    sections.append(_choices(ctx))
    sections += _visits(ctx)
    sections += later_sections(ctx)
    return ReportSheet(paper=ctx.paper.key, kicker=t("print.report_kicker"),
                       title=ctx.text(session.name, t("print.session")),
                       date=t("print.report_date", date=ctx.today.isoformat()),
                       sections=sections)


def _verdicts(ctx: Context) -> list[Section]:
    """Step 1.3: per duo, per dealt card, relevant or not relevant with the duo's argument
    (cards still open are left out; the duos' own cards follow in their own table)."""
    session = ctx.session
    if not session.duos:
        return []
    order = {p.id: n for n, p in enumerate(session.principles)}
    symbol = {p.id: p.symbol for p in session.principles}
    cards = {c.id: c for c in session.cards if not c.origin.startswith("duo:")}
    rows: list[list[object]] = []
    for duo in session.duos:
        mine = [j for j in session.judgements
                if j.duo == duo.id and j.card in cards and j.verdict != "undecided"]
        mine.sort(key=lambda j: order.get(cards[j.card].principle, len(order)))
        where = t("print.cards_duo_short", duo=duo.id.upper())
        rows += [[duo.id.upper(), symbol.get(cards[j.card].principle, "?"),
                  ctx.text(cards[j.card].text_in(ctx.lang), where, t("print.card")),
                  t("verdict." + j.verdict), ctx.text(j.argument, where, t("field.argument"))]
                 for j in mine]
    return [section(ctx, t("print.report_verdicts"), [
        Column(t("print.duo"), nowrap=True), Column(t("print.principle"), nowrap=True),
        Column(t("print.card_text")), Column(t("col.verdict"), nowrap=True),
        Column(t("field.argument"))], rows)]


def _own_cards(ctx: Context) -> list[Section]:
    """Step 1.3: the cards the duos wrote themselves, with their argument and what the plenum
    made of them."""
    session = ctx.session
    symbol = {p.id: p.symbol for p in session.principles}
    status = {e.card: e.status for e in session.principles_list}
    arguments = {(j.duo, j.card): j.argument for j in session.judgements}
    rows: list[list[object]] = []
    for card in (c for c in session.cards if c.origin.startswith("duo:")):
        duo = card.origin.removeprefix("duo:")
        where = t("print.cards_duo_short", duo=duo.upper())
        rows.append([duo.upper(), symbol.get(card.principle, "?"),
                     ctx.text(card.text_in(ctx.lang), where, t("print.card")),
                     ctx.text(arguments.get((duo, card.id), ""), where, t("field.argument")),
                     t("list." + status.get(card.id, "proposed"))])
    if not rows:
        return []
    return [section(ctx, t("print.report_own_cards"), [
        Column(t("print.duo"), nowrap=True), Column(t("print.principle"), nowrap=True),
        Column(t("print.card_text")), Column(t("field.argument")),
        Column(t("print.plenum"), nowrap=True)], rows)]


def _strong(ctx: Context) -> Section:
    """Step 4: the strong initiatives, drawn as bars."""
    ranking = [(r, ctx.session.initiative(i), n) for r, i, n in strong_ranking(ctx.session) if n]
    top = max((n for _, _, n in ranking), default=1)
    rows: list[list[object]] = [[f"{r}.", named(ctx, i), Bar(n, 40 * n / top)]
                                for r, i, n in ranking if i is not None]
    return section(ctx, t("export.strong"), [
        Column(t("col.rank"), nowrap=True), Column(t("print.initiative")),
        Column(t("export.col.marks"), nowrap=True)], rows)


def _choices(ctx: Context) -> Section:
    """Steps 5-6: the choices with their arguments and the agreements."""
    rows: list[list[object]] = []
    for item in (i for i in ctx.session.initiatives if i.choice.chosen):
        c, a, where = item.choice, item.agreement, item.name
        rows.append([named(ctx, item), ctx.text(c.why, where, t("col.why")),
                     ctx.text(facts.principles(item, ctx.cards, ctx.lang), where,
                              t("choice.principles")),
                     ctx.text(c.doubts, where, t("choice.doubts")),
                     ctx.text(ctx.who(a.visitors), where, t("field.visitors")),
                     facts.visit_time(item) or "–",
                     ctx.text(a.time_needed, where, t("field.time_needed")),
                     ctx.text(facts.visitor_needs(item), where, t("print.visitor_needs"))])
    return section(ctx, t("print.report_choices"), [
        Column(t("col.name")), Column(t("col.why")), Column(t("choice.principles")),
        Column(t("choice.doubts")), Column(t("field.visitors")),
        Column(t("field.date"), nowrap=True), Column(t("field.time_needed")),
        Column(t("print.visitor_needs"))], rows)


def _visits(ctx: Context) -> list[Section]:
    """Phase 2: what each visit brought back, flap by flap."""
    visited = [i for i in ctx.session.initiatives if i.visit.done]
    if not visited:
        return []
    out = [Section(t("print.report_visits"))]
    for item in visited:
        v, where = item.visit, item.name
        wants = f"{t('field.wants_support')} {t('wants.' + (v.wants_support or 'open'))}"
        title = " · ".join(x for x in (f"{item.code} {ctx.text(item.name, where)}", v.date,
                                       ctx.text(ctx.who(v.visitors), where), wants) if x)
        flaps = {key: [ctx.text(x, where, t(f"flap.{key}")) for x in getattr(v, key)]
                 for key in ("now", "future", "needs")}
        flaps["partners"] = [ctx.text(x, where, t("print.partners"))
                             for x in facts.partners(item)]
        columns = [Column(t(f"flap.{k}")) for k in ("now", "future", "needs")]
        cells: list[object] = [bullets(flaps["now"]), bullets(flaps["future"]),
                               bullets(flaps["needs"])]
        if flaps["partners"]:
            columns.append(Column(t("print.partners")))
            cells.append(bullets(flaps["partners"]))
        blocks: list[object] = [table(ctx, columns, [cells])]
        notes = facts.visit_notes(item)
        if notes:
            blocks.append(Listing([("", ctx.text(notes, where, t("print.visit_notes")))],
                                  t("print.visit_notes")))
        out.append(Section(title, blocks, level=3))
    return out
