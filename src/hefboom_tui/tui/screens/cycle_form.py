"""A new cycle ("je bent nooit klaar"): the form that closes the current cycle with its
evaluation questions and the carry-overs the facilitator picks, and the read-only view of a
closed cycle that phase 5 shows beside the new one."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.markup import escape

from hefboom_tui.i18n import t, tn
from hefboom_tui.model import actions
from hefboom_tui.model.organisation import EVALUATION_QUESTIONS, OWN, CycleRecord, all_proposals
from hefboom_tui.model.plan import unfinished
from hefboom_tui.tui.result import Result
from hefboom_tui.tui.screens.base import SessionScreen
from hefboom_tui.tui.screens.fields import Field, form_screen


def history_markup(record: CycleRecord) -> str:
    """A closed cycle as Rich markup: its evaluation, then its challenges and proposals."""
    title = t("org.history_title", cycle=record.number, date=record.closed or "–")
    lines = [f"[b]{escape(title)}[/b]"]
    for key in EVALUATION_QUESTIONS:
        answer = getattr(record.evaluation, key)
        if answer:
            lines += [f"[b]{escape(t(f'cycle.q.{key}'))}[/b]", escape(answer)]
    for challenge, proposal in all_proposals(record.organisation):
        label = challenge.name if challenge.group == OWN and challenge.name else t(
            f"org.group.{challenge.group}")
        result = proposal.review_result or t("org.not_reviewed")
        lines.append(f"• [b]{escape(label)}[/b]: {escape(proposal.text)} "
                     f"({escape(proposal.review_date or '–')}) → {escape(result)}")
    applies = [c for c in record.organisation if c.applies and not c.proposals]
    lines += [f"• [b]{escape(c.name or t(f'org.group.{c.group}'))}[/b]: "
              f"{escape(t('applies.' + c.applies))} {escape(c.examples)}" for c in applies]
    lines.append(escape(t("org.history_carried",
                          actions=tn("count.actions", len(record.carried_actions)),
                          proposals=tn("count.proposals", len(record.carried_proposals)))))
    return "\n".join(lines)


def new_cycle_form(screen: SessionScreen) -> None:
    """Close the current cycle and start the next, as one undo step."""
    session = screen.session
    codes = {i.id: i.code for i in session.initiatives}
    open_lines = [(f"{codes.get(line.initiative, '?')} {line.what[:60]}", line.id)
                  for line in unfinished(session)]
    open_proposals = [(f"{p.text[:60]}", p.id) for _, p in all_proposals(session.organisation)
                      if not p.reviewed]
    fields = [Field("closed", t("field.closed").capitalize(), value=dt.date.today().isoformat())]
    fields += [Field(key, t(f"cycle.q.{key}"), "text") for key in EVALUATION_QUESTIONS]
    if open_lines:
        fields.append(Field("carry_actions", t("cycle.carry_actions"), "people",
                            [v for _, v in open_lines], open_lines))
    if open_proposals:
        fields.append(Field("carry_proposals", t("cycle.carry_proposals"), "people",
                            [v for _, v in open_proposals], open_proposals))
    previous = session.cycle

    def submit(values: dict[str, Any]) -> Result:
        result = screen.app.do_inline(actions.new_cycle, **values)
        if result.ok:
            screen.notify(t("organisation.cycle_started", cycle=result.value,
                            previous=previous), timeout=8)
        return result

    screen.app.push_screen(form_screen(t("cycle.title", cycle=previous, next=previous + 1),
                                       fields, submit, note=t("cycle.note")))
