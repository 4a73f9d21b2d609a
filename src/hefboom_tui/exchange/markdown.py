"""The Markdown report: a readable account of phases 1–5 and of every cycle."""

from __future__ import annotations

from collections.abc import Callable

from hefboom_tui.exchange.csv_phases import challenge_name
from hefboom_tui.i18n import language, t, tn
from hefboom_tui.model.organisation import EVALUATION_QUESTIONS, Challenge, all_proposals
from hefboom_tui.model.plan import feedback_round, plan_lines
from hefboom_tui.model.plenum import principles_list, strong_ranking
from hefboom_tui.model.session import Session

Who = Callable[[list[str] | tuple[str, ...]], str]
"""Names of team members from their ids."""


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    if not rows:
        return ["-"]
    out = ["| " + " | ".join(_md(h) for h in header) + " |", "|" + "---|" * len(header)]
    return out + ["| " + " | ".join(_md(str(c)) for c in row) + " |" for row in rows]


def _sub(key: str) -> str:
    """A section title under its phase heading, without the phase it repeats ("Fase 3 · ")."""
    head, sep, rest = t(key).partition(" · ")
    return rest if sep and head.split()[:1] == t("phase.1").split()[:1] else t(key)


def _cycle(number: int) -> str:
    """"Cyclus 2" as a heading."""
    return f"{t('export.col.cycle').capitalize()} {number}"


def _challenges(challenges: list[Challenge]) -> list[str]:
    lines = []
    for c in challenges:
        applies = t("applies." + c.applies) if c.applies else "–"
        lines.append(f"- **{_md(challenge_name(c))}** ({applies}) {_md(c.examples)}")
        for p in c.proposals:
            result = p.review_result or t("org.not_reviewed")
            lines.append(f"  - {_md(p.text)} — {t('field.review_date')}: {p.review_date or '–'}"
                         f" — {_md(result)}")
    return lines or ["-"]


def _verdicts(session: Session, lang: str) -> list[list[str]]:
    """Step 1.3: every card a duo called relevant or not, with its argument, duo by duo and
    principle by principle (a duo's own cards among them)."""
    principle = {p.id: p for p in session.principles}
    order = {p.id: n for n, p in enumerate(session.principles)}
    duos = {d.id: n for n, d in enumerate(session.duos)}
    cards = {c.id: c for c in session.cards}
    judged = sorted((j for j in session.judgements
                     if j.card in cards and j.verdict != "undecided"),
                    key=lambda j: (duos.get(j.duo, len(duos)),
                                   order.get(cards[j.card].principle, len(order))))
    return [[j.duo.upper(), principle[cards[j.card].principle].name
             if cards[j.card].principle in principle else "?", cards[j.card].text_in(lang),
             t("verdict." + j.verdict), j.argument] for j in judged]


def markdown_report(session: Session) -> str:
    """The report, in the current language."""
    names = {p.id: p.name for p in session.participants}

    def who(ids: list[str] | tuple[str, ...]) -> str:
        return ", ".join(names.get(v, "?") for v in ids) or "–"

    lang = language()
    lines = [f"# {_md(session.name)}", "", f"{t('export.created')}: {session.created}", ""]
    lines += [f"## {t('export.team')}", ""]
    lines += [f"- {_md(p.name)}" + ("" if p.present else f" ({t('export.absent')})")
              for p in session.participants] or ["-"]
    lines += ["", f"## {t('phase.1')}", "", f"### {t('export.wall')}", ""]
    lines += _table([t("export.col.code"), t("export.col.name"), t("export.col.status"),
                     t("export.col.description")],
                    [[i.code, i.name, t("status." + i.status), i.description]
                     for i in session.initiatives])
    principle = {p.id: p for p in session.principles}
    cards = {c.id: c for c in session.cards}
    lines += ["", f"### {t('print.report_verdicts')}", ""]
    lines += _table([t("export.col.duo"), t("field.principle"), t("export.col.card"),
                     t("field.verdict"), t("field.argument")], _verdicts(session, lang))
    lines += ["", f"### {t('export.principles_list')}", ""]
    reasons: dict[str, list[str]] = {}
    for j in session.judgements:
        if j.verdict == "relevant" and j.argument:
            reasons.setdefault(j.card, []).append(f"{j.duo.upper()}: {j.argument}")
    lines += [f"- [{principle[c.principle].symbol if c.principle in principle else '?'}] "
              f"{_md(c.text_in(lang))}"
              + (f" — {_md('; '.join(reasons[c.id]))}" if c.id in reasons else "")
              for c in principles_list(session)] or ["-"]
    by_id = {i.id: i for i in session.initiatives}
    lines += ["", f"### {t('export.strong')}", ""]
    lines += [f"{r}. {by_id[i].code} {_md(by_id[i].name)} — {n}"
              for r, i, n in strong_ranking(session) if n] or ["-"]
    chosen = [i for i in session.initiatives if i.choice.chosen]
    lines += ["", f"### {_sub('export.section.chosen')}", ""]
    lines += _table([t("export.col.name"), t("field.why"), t("field.principles"),
                     t("field.visitors"), t("field.date"), t("field.visitor_needs")],
                    [[f"{i.code} {i.name}", i.choice.why,
                      "; ".join(cards[c].text_in(lang) for c in i.choice.principles
                                if c in cards) or i.choice.principles_note,
                      who(i.agreement.visitors),
                      f"{i.agreement.date} {i.agreement.time}".strip(),
                      i.agreement.visitor_needs] for i in chosen])
    lines += ["", f"## {t('phase.2')}", ""]
    for i in [i for i in session.initiatives if i.visit.done]:
        v = i.visit
        lines += [f"### {i.code} {_md(i.name)} · {v.date or '–'} · {_md(who(v.visitors))}", ""]
        for key, items in (("now", v.now), ("future", v.future), ("needs", v.needs)):
            lines.append(f"- **{_md(t('flap.' + key))}** {_md(' · '.join(items)) or '–'}")
        lines.append(f"- **{_md(t('poster.partners'))}** {_md(' · '.join(v.partners)) or '–'}")
        lines.append(f"- **{_md(t('field.wants_support'))}** "
                     f"{t('wants.' + (v.wants_support or 'open'))}")
        if v.notes:
            lines.append(f"- {_md(v.notes)}")
        lines.append("")
    lines += _phase3(session, who)
    lines += _phase45(session, who)
    if session.parking:
        lines += ["", f"## {t('screen.parking')}", ""]
        lines += [f"- [{'x' if n.done else ' '}] {_md(n.text)}"
                  + (f" — {_md(n.by)}" if n.by else "") + (f" ({n.step})" if n.step else "")
                  for n in session.parking]
    return "\n".join(lines) + "\n"


def _phase3(session: Session, show: Who) -> list[str]:
    decided = [i for i in session.initiatives if i.decision.decision]
    lines = ["", f"## {t('phase.3')}", "", f"### {_sub('export.section.decisions')}", ""]
    lines += _table([t("export.col.name"), t("field.decision"), t("field.argument"),
                     t("field.feedback")],
                    [[f"{i.code} {i.name}", t("decision." + i.decision.decision),
                      i.decision.argument, i.decision.feedback] for i in decided])
    lines += ["", f"### {_sub('export.section.engagements')}", ""]
    for i in session.engaged():
        mine = [e for e in session.engagements if e.initiative == i.id]
        lines.append(f"**{i.code} {_md(i.name)}**" + (
            f" — {t('field.missing')}: {_md(i.decision.missing)}" if i.decision.missing else ""))
        lines += [f"- {t('answer.' + e.answer)}: {_md(e.what)} — {_md(e.why)}"
                  + (f" — {t('field.how')}: {_md(e.how)}" if e.how else "")
                  + (f" — {t('field.steps')}: {_md(e.steps)}" if e.steps else "")
                  for e in mine] or ["-"]
        lines.append("")
    lines += [f"### {_sub('export.section.appointments')}", ""]
    lines += _table([t("export.col.name"), t("field.who"), t("field.whom"), t("field.date"),
                     t("field.still_needed"), t("field.act_together"), t("field.report_back")],
                    [[f"{i.code} {i.name}", show(i.appointment.who), i.appointment.whom,
                      f"{i.appointment.date} {i.appointment.time}".strip(),
                      i.appointment.still_needed, i.appointment.act_together,
                      i.appointment.report_back] for i in decided])
    return lines


def _phase45(session: Session, show: Who) -> list[str]:
    codes = {i.id: i.code for i in session.initiatives}
    lines = ["", f"## {t('phase.4')}", ""]
    for cycle in range(1, session.cycle + 1):
        rows = [[codes.get(x.initiative, "?"), t("acting.source." + x.source), x.what,
                 x.partner if x.owner == "partner" else (
                     t("owner.initiative") if x.owner == "initiative" else show(x.who)),
                 f"{x.when} {x.time}".strip(), t("plan." + x.status)]
                for x in plan_lines(session, cycle=cycle)]
        lines += [f"### {_sub('export.section.plan')} · {_cycle(cycle)}", ""]
        lines += _table([t("export.col.code"), t("export.col.source"), t("field.what"),
                         t("field.owner"), t("field.by_when"), t("field.status")], rows)
        lines.append("")
    for i in session.engaged():
        c = i.cooperation
        if c.strategy or c.communication:
            lines.append(f"- **{i.code} {_md(i.name)}** — {t('field.strategy')}: "
                         f"{_md(c.strategy) or '–'} — {t('field.communication')}: "
                         f"{_md(c.communication) or '–'}")
    declined = feedback_round(session)
    lines += ["", f"### {t('acting.feedback_col')}", ""]
    lines += [f"- {i.code} {_md(i.name)}: {show(i.appointment.who)} · "
              f"{i.appointment.date or '–'} · "
              f"{t('answer.yes') if i.appointment.done else t('answer.no')}"
              for i in declined] or ["-"]
    lines += ["", f"## {t('phase.5')}", ""]
    for record in session.cycles:
        lines += [f"### {_cycle(record.number)} ({record.closed or '–'})", ""]
        lines += _challenges(record.organisation)
        lines += [f"- *{t(f'cycle.q.{key}')}* {_md(getattr(record.evaluation, key)) or '–'}"
                  for key in EVALUATION_QUESTIONS]
        lines.append("")
    lines += [f"### {_cycle(session.cycle)}", ""]
    lines += _challenges(session.organisation)
    open_proposals = sum(not p.reviewed for _, p in all_proposals(session.organisation))
    lines += ["", tn("export.open_proposals", open_proposals)]
    return lines
