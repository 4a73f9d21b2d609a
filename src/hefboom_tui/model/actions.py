"""Every action, listed explicitly: the one way a session changes.

An action is a plain typed function of the model, ``fn(session, *, param=…) -> value``. It
validates first and mutates only when everything is acceptable; otherwise it raises
:class:`~hefboom_tui.model.errors.ActionError` (a refusal the user can read), and any other
exception is a bug. Nobody calls an action on the open session directly: the store applies it
(``store.do(actions.add_initiative, name=…)``), saves, and records it for undo. Import this
module as ``from hefboom_tui.model import actions`` and pass the functions themselves, so mypy
checks every call's arguments.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from hefboom_tui.model.actions_cycle import (
    add_plan_action,
    delete_plan_action,
    edit_plan_action,
    record_visit,
    set_cooperation,
    set_lenses,
    set_plan_status,
)
from hefboom_tui.model.actions_org import (
    add_proposal,
    delete_challenge,
    delete_proposal,
    edit_proposal,
    new_cycle,
    set_challenge,
)
from hefboom_tui.model.actions_parking import park, set_parked_done, unpark
from hefboom_tui.model.actions_phase3 import (
    add_option,
    decide,
    make_rotation,
    set_stickers,
    sticker,
    timer,
    timer_settings,
)
from hefboom_tui.model.actions_plenum import (
    add_engagement,
    close_plenum,
    delete_engagement,
    edit_engagement,
    set_appointment,
)
from hefboom_tui.model.actions_team import (
    add_participant,
    deal,
    judge,
    make_duos,
    new_card,
    plenum,
    remove_participant,
    rename_participant,
    set_present,
    swap_members,
    toggle_strong,
)
from hefboom_tui.model.actions_timer import set_step_timer, step_timer
from hefboom_tui.model.actions_wall import (
    add_initiative,
    choose,
    complete_round,
    delete_initiative,
    edit_initiative,
    import_initiatives,
    set_agreement,
    set_link_base_url,
    set_presented,
    set_step,
)
from hefboom_tui.model.session import Session

P = ParamSpec("P")
R = TypeVar("R")
Action = Callable[Concatenate[Session, P], R]
"""The type of an action: the session first, then its own keyword-only parameters."""

ACTIONS: dict[str, Callable[..., object]] = {fn.__name__: fn for fn in (
    add_initiative, edit_initiative, delete_initiative, import_initiatives, set_presented,
    choose, set_agreement, complete_round, set_step, set_link_base_url,
    add_participant, rename_participant, remove_participant, set_present, make_duos,
    swap_members, deal, judge, new_card, plenum, toggle_strong,
    decide, add_option, sticker, set_stickers, make_rotation, timer, timer_settings,
    add_engagement, edit_engagement, delete_engagement, close_plenum, set_appointment,
    record_visit, set_lenses, add_plan_action, edit_plan_action, set_plan_status,
    delete_plan_action, set_cooperation,
    set_challenge, delete_challenge, add_proposal, edit_proposal, delete_proposal, new_cycle,
    park, set_parked_done, unpark, step_timer, set_step_timer,
)}
"""Every action by name (undo notices use the name as the key ``action.NAME``)."""

__all__ = ["ACTIONS", "Action", *ACTIONS]
