"""Sticker sheets ("Ondersteuningsmogelijkheden") and the session report."""

from __future__ import annotations

import datetime as dt

from hefboom_tui.i18n import language, t
from hefboom_tui.model.entities import Initiative, SupportOption
from hefboom_tui.model.plenum import principles_list, strong_ranking
from hefboom_tui.model.session import Session
from hefboom_tui.printing.html import esc, row, sheet, table
from hefboom_tui.printing.sheets import idbox


def engaged(session: Session) -> list[Initiative]:
    """The initiatives that get a support-option list: those engaged with in phase 3, or
    before that decision, the ones chosen in step 5 (their posters go up in phase 3)."""
    return session.engaged() or [i for i in session.initiatives if i.choice.chosen]


def _option_text(option: SupportOption) -> str:
    return option.text_in(language())


def _named(item: Initiative) -> str:
    """The initiative's code in bold and its name, as HTML."""
    return f"<b>{esc(item.code)}</b> {esc(item.name)}"


def _who(names: dict[str, str], ids: list[str]) -> str:
    """The names of the people ``ids``, comma-separated."""
    return ", ".join(names.get(x, "?") for x in ids)


def _date(text: str) -> str:
    """A date as HTML that never breaks across lines (a narrow cell would split 2027-01-20)."""
    return f'<span class="nobr">{esc(text)}</span>' if text else ""


def _bar(count: int, top: int, red: bool = False) -> str:
    """A tally bar (none for zero: a hatched border alone would read as a count) and the number."""
    if not count:
        return "0"
    kind = "bar red" if red else "bar"
    return f'<span class="{kind}" style="width:{28 * count / top:.1f}mm"></span> {count}'


def _heading(kind: str, group: str) -> str:
    """"Houding · Animo"; just "Houding" when there is no group or it repeats the kind."""
    label = t("kind." + kind)
    return label if not group or group.casefold() == label.casefold() else f"{label} · {group}"


def sticker_sheet(session: Session, item: Initiative) -> str:
    """The support options for ``item`` with a green and a red box beside every line."""
    options = [o for o in session.support_options if not o.initiative or o.initiative == item.id]
    groups: dict[tuple[str, str], list[SupportOption]] = {}
    for option in options:
        groups.setdefault((option.kind, option.group), []).append(option)
    # one element per line: the green and red boxes are the list's background (two tinted
    # columns between black rules), so WeasyPrint styles and lays out a single block per line
    rows = "".join(
        f'<div class="kindhead">{esc(_heading(kind, group))}</div>'
        + "".join(f'<div class="opt">{esc(_option_text(o))}</div>' for o in members)
        for (kind, group), members in groups.items())
    head = (f'<div class="with-id"><div class="kicker">{esc(t("print.stickers_kicker"))}</div>'
            f'<h1>{esc(item.name)}</h1><p>{esc(t("print.stickers_intro"))}</p></div>')
    green, red = esc(t("print.green")), esc(t("print.red"))
    legend = (f'<span class="lbox">✗ {red}</span><span class="lbox">✓ {green}</span>'
              f'{esc(t("print.option"))}')
    extra = '<div class="opt extra">{}</div>'
    # the legend repeats at the top of every further page of the list (a running element)
    listing = (f'<div class="legend running">{legend}</div><div class="legend">{legend}</div>'
               f'<div class="stickers">{rows}{extra.format(esc(t("print.add_own")))}'
               f'{extra.format("")}</div>')
    return sheet(idbox(session, item) + head + listing, "sticker-sheet")


def report(session: Session, today: dt.date | None = None) -> str:
    """Everything the session decided, step by step, with the date and the team."""
    today = today or dt.date.today()
    names = {p.id: p.name for p in session.participants}
    parts = [f'<div class="kicker">{esc(t("print.report_kicker"))}</div>',
             f'<h1>{esc(session.name)}</h1>',
             f'<p>{esc(t("print.report_date", date=today.isoformat()))}</p>',
             f'<h2>{esc(t("export.team"))}</h2><p>'
             + esc(", ".join(p.name + ("" if p.present else f" ({t('export.absent')})")
                             for p in session.participants) or "–") + "</p>"]
    # steps 1-2: the wall
    rows = "".join(row(f"<b>{esc(i.code)}</b>", esc(i.name), esc(i.theme),
                       esc(t("status." + i.status)), str(i.round)) for i in session.initiatives)
    parts.append(f'<h2>{esc(t("print.report_wall"))}</h2>' + table(
        (10, 44, 20, 18, 8), rows, (t("col.code"), t("col.name"), t("field.theme"),
                                    t("col.status"), t("wall.round_label"))))
    # step 3: the principles list
    symbol = {p.id: p.symbol for p in session.principles}
    accepted = principles_list(session)
    items = "".join(f'<li><span class="sym-chip">{esc(symbol.get(c.principle, "?"))}</span>'
                    f'{esc(c.text_in(language()))}</li>' for c in accepted)
    parts.append(f'<h2>{esc(t("export.principles_list"))}</h2>'
                 + (f"<ul>{items}</ul>" if items else f"<p>{esc(t('print.none_yet'))}</p>"))
    # step 4: strong initiatives, drawn as bars
    ranking = [(r, session.initiative(i), n) for r, i, n in strong_ranking(session) if n]
    top = max((n for _, _, n in ranking), default=1)
    bars = "".join(
        f"<tr><td>{r}.</td><td>{_named(i)}</td><td>"
        f'<span class="bar" style="width:{40 * n / top:.1f}mm"></span> {n}</td></tr>'
        for r, i, n in ranking if i is not None)
    parts.append(f'<h2>{esc(t("export.strong"))}</h2>'
                 + (table((8, 62, 30), bars) if bars
                    else f"<p>{esc(t('print.none_yet'))}</p>"))
    # steps 5-6: choices with their arguments and the agreements
    chosen = [i for i in session.initiatives if i.choice.chosen]
    choice_rows = "".join(
        row(_named(i), esc(i.choice.why), esc(_who(names, i.agreement.visitors)),
            _date(i.agreement.date), esc(i.agreement.needs))
        for i in chosen)
    parts.append(f'<h2>{esc(t("print.report_choices"))}</h2>' + (
        table((22, 28, 17, 15, 18), choice_rows, (t("col.name"), t("col.why"), t("field.visitors"),
                                                  t("field.date"), t("field.needs"))) if chosen
        else f"<p>{esc(t('print.none_yet'))}</p>"))
    parts.append(_phase2(session, names))
    parts.append(_phase3(session, names))
    parts.append(_phases45(session, names))
    return sheet("".join(parts), "report")


def _phase2(session: Session, names: dict[str, str]) -> str:
    """Phase 2 in the report: what each visit brought back."""
    visited = [i for i in session.initiatives if i.visit.done]
    if not visited:
        return ""
    out = [f'<h2>{esc(t("print.report_visits"))}</h2>']
    for item in visited:
        v = item.visit
        flaps = "".join(
            f"<td><b>{esc(t(f'flap.{k}'))}</b><ul>"
            + "".join(f"<li>{esc(x)}</li>" for x in getattr(v, k)) + "</ul></td>"
            for k in ("now", "future", "needs"))
        out.append(f"<h3>{esc(item.code)} {esc(item.name)} · {esc(v.date)} · "
                   f"{esc(_who(names, v.visitors))} · "
                   f"{esc(t('field.wants_support'))} "
                   f"{esc(t('wants.' + (v.wants_support or 'open')))}"
                   f'</h3>{table((34, 33, 33), f"<tr>{flaps}</tr>")}')
    return "".join(out)


def _phases45(session: Session, names: dict[str, str]) -> str:
    """Phases 4 and 5 in the report: the plan, the feedback, the organisation fiche."""
    out = []
    codes = {i.id: i.code for i in session.initiatives}
    if session.plan:
        rows = "".join(
            row(esc(codes.get(a.initiative, "?")), esc(a.what), esc(_who(names, a.who)),
                _date(a.by_when), esc(t("plan." + a.status)))
            for a in session.plan)
        out.append(f'<h2>{esc(t("print.report_plan"))}</h2>' + table((9, 39, 21, 17, 14), rows))
    declined = [i for i in session.initiatives if i.decision.decision == "decline"]
    if declined:
        rows = "".join(
            f"<tr><td>{_named(i)}</td><td>"
            + (f"✓ {_date(i.follow_up.feedback_date)}" if i.follow_up.feedback_given
               else f"✗ {esc(t('acting.not_yet'))}") + "</td></tr>" for i in declined)
        out.append(f'<h2>{esc(t("acting.feedback_col"))}</h2>' + table((60, 40), rows))
    if session.organisation:
        rows = "".join(
            row(esc(t("print.org." + c.group)),
                esc(t("applies." + c.applies) if c.applies else "–"),
                esc(c.examples), esc(c.proposals), _date(c.review_date))
            for c in session.organisation)
        out.append(f'<h2>{esc(t("print.org.title"))}</h2>' + table((17, 10, 28, 28, 17), rows))
    return "".join(out)


def _phase3(session: Session, names: dict[str, str]) -> str:
    """Phase 3 in the report: decisions with arguments, tallies as bars, engagements."""
    decided = [i for i in session.initiatives if i.decision.decision]
    if not decided:
        return ""
    mark = {"engage": "✓ " + t("decision.engage"), "decline": "✗ " + t("decision.decline")}
    rows = "".join(
        row(_named(i), esc(mark[i.decision.decision]), esc(i.decision.argument),
            esc(i.decision.feedback))
        for i in decided)
    out = [f'<h2>{esc(t("print.report_decisions"))}</h2>' + table(
        (28, 16, 30, 26), rows, (t("col.name"), t("col.decision"), t("field.argument"),
                                 t("field.feedback")))]
    for item in session.engaged():
        counts = [(x.green, x.red, x.option) for x in session.tallies
                  if x.initiative == item.id and (x.green or x.red)]
        counts.sort(key=lambda c: (-c[0], -c[1]))
        top = max([max(g, r) for g, r, _ in counts] or [1])
        texts = {o.id: _option_text(o) for o in session.options_for(item.id)}
        bars = "".join(
            f'<tr><td>{esc(texts.get(o, "?"))}</td><td class="nobr">✓ {_bar(g, top)}</td>'
            f'<td class="nobr">✗ {_bar(r, top, red=True)}</td></tr>'
            for g, r, o in counts)
        engagements = "".join(
            f"<li>{esc(e.what)} — {esc(_who(names, e.who) or '–')}"
            f"{' · ' + _date(e.by_when) if e.by_when else ''}</li>"
            for e in session.engagements if e.initiative == item.id)
        out.append(f"<h3>{esc(item.code)} {esc(item.name)}</h3>"
                   + (table((50, 25, 25), bars) if bars else "")
                   + (f"<p><b>{esc(t('print.report_engagements'))}</b></p><ul>{engagements}</ul>"
                      if engagements else ""))
    return "".join(out)
