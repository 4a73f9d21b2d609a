"""Sticker sheets ("Ondersteuningsmogelijkheden") and the session report."""

from __future__ import annotations

import datetime as dt

from hefboom_tui.i18n import language, t
from hefboom_tui.model.entities import Initiative, SupportOption
from hefboom_tui.model.plenum import principles_list, strong_ranking
from hefboom_tui.model.session import Session
from hefboom_tui.printing.html import esc, sheet
from hefboom_tui.printing.sheets import idbox


def engaged(session: Session) -> list[Initiative]:
    """The initiatives that get a support-option list: the chosen ones."""
    return [i for i in session.initiatives if i.choice.chosen]


def _option_text(option: SupportOption) -> str:
    return option.text_en if language() == "en" and option.text_en else option.text


def sticker_sheet(session: Session, item: Initiative) -> str:
    """The support options for ``item`` with a green and a red box beside every line."""
    options = [o for o in session.support_options if not o.initiative or o.initiative == item.id]
    green, red = esc(t("print.green")), esc(t("print.red"))
    rows = "".join(
        f'<div class="opt"><span class="box">✗ {red}</span><span class="box">✓ {green}</span>'
        f'<span class="kind">{esc(t("kind." + o.kind))}'
        f'{" · " + esc(o.group) if o.group else ""}</span><br>{esc(_option_text(o))}</div>'
        for o in options)
    head = (f'<div class="with-id"><div class="kicker">{esc(t("print.stickers_kicker"))}</div>'
            f'<h1>{esc(item.name)}</h1><p>{esc(t("print.stickers_intro"))}</p></div>')
    table = (f'<div class="stickers"><div class="opt head"><span class="box">✗ {red}</span>'
             f'<span class="box">✓ {green}</span>{esc(t("print.option"))}</div>'
             f'{rows}<div class="opt extra">{esc(t("print.add_own"))}</div>'
             f'<div class="opt extra"></div></div>')
    return sheet(idbox(session, item) + head + table)


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
    rows = "".join(f"<tr><td><b>{esc(i.code)}</b></td><td>{esc(i.name)}</td>"
                   f"<td>{esc(i.theme)}</td><td>{esc(t('status.' + i.status))}</td>"
                   f"<td>{i.round}</td></tr>" for i in session.initiatives)
    parts.append(f'<h2>{esc(t("print.report_wall"))}</h2><table class="list"><tr>'
                 f'<th>{esc(t("col.code"))}</th><th>{esc(t("col.name"))}</th>'
                 f'<th>{esc(t("field.theme"))}</th><th>{esc(t("col.status"))}</th>'
                 f'<th>{esc(t("wall.round_label"))}</th></tr>{rows}</table>')
    # step 3: the principles list
    symbol = {p.id: p.symbol for p in session.principles}
    accepted = principles_list(session)
    items = "".join(f'<li><span class="sym-chip">{esc(symbol.get(c.principle, "?"))}</span>'
                    f'{esc(c.text)}</li>' for c in accepted)
    parts.append(f'<h2>{esc(t("export.principles_list"))}</h2>'
                 + (f"<ul>{items}</ul>" if items else f"<p>{esc(t('print.none_yet'))}</p>"))
    # step 4: strong initiatives, drawn as bars
    ranking = [(r, session.initiative(i), n) for r, i, n in strong_ranking(session) if n]
    top = max((n for _, _, n in ranking), default=1)
    bars = "".join(
        f"<tr><td>{r}.</td><td><b>{esc(i.code)}</b> {esc(i.name)}</td><td>"
        f'<span class="bar" style="width:{60 * n / top:.1f}mm"></span> {n}</td></tr>'
        for r, i, n in ranking if i is not None)
    parts.append(f'<h2>{esc(t("export.strong"))}</h2>'
                 + (f'<table class="list">{bars}</table>' if bars
                    else f"<p>{esc(t('print.none_yet'))}</p>"))
    # steps 5-6: choices with their arguments and the agreements
    chosen = [i for i in session.initiatives if i.choice.chosen]
    choice_rows = "".join(
        f"<tr><td><b>{esc(i.code)}</b> {esc(i.name)}</td><td>{esc(i.choice.why)}</td>"
        f"<td>{esc(', '.join(names.get(v, '?') for v in i.agreement.visitors))}</td>"
        f"<td>{esc(i.agreement.date)}</td><td>{esc(i.agreement.needs)}</td></tr>"
        for i in chosen)
    parts.append(f'<h2>{esc(t("print.report_choices"))}</h2>' + (
        f'<table class="list"><tr><th>{esc(t("col.name"))}</th><th>{esc(t("col.why"))}</th>'
        f'<th>{esc(t("field.visitors"))}</th><th>{esc(t("field.date"))}</th>'
        f'<th>{esc(t("field.needs"))}</th></tr>{choice_rows}</table>' if chosen
        else f"<p>{esc(t('print.none_yet'))}</p>"))
    return sheet("".join(parts), "report")
