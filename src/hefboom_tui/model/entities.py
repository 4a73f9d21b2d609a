"""The method's objects as plain dataclasses.

Everything here is JSON-friendly (str, int, bool, lists, nested dataclasses) so that the
store can save it and the export can document it. Rules that change these objects live in
the action modules; this module only describes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hefboom_tui.model.cycle import Appointment, Cooperation, Lenses, Visit
from hefboom_tui.model.phase3 import Decision

SCOPES = ("", "local", "wider")  # "wider": bovenlokaal
MODES = ("", "physical", "online", "both")
OPTION_KINDS = ("principle", "attitude", "tip")
JUDGEMENTS = ("undecided", "relevant", "not_relevant")


@dataclass
class Participant:
    """A team member taking part in the session."""

    id: str
    name: str
    present: bool = True


@dataclass
class Choice:
    """Step 5: the fiche "Met welke burgerinitiatieven gaan we in gesprek?".

    ``principles`` are picked from the session's principles list (card ids accepted in the
    plenum of step 3); ``principles_note`` says more about them in the team's own words."""

    chosen: bool = False
    why: str = ""
    principles: list[str] = field(default_factory=list)  # card ids on the principles list
    principles_note: str = ""
    doubts: str = ""


@dataclass
class Agreement:
    """Step 6: who visits the initiative, when, for how long, and what the *visitor* needs
    for the visit (never what the initiative needs: that is flap 3 of the poster)."""

    visitors: list[str] = field(default_factory=list)  # participant ids
    date: str = ""  # ISO date, validated
    time: str = ""  # HH:MM (Europe/Brussels), optional
    time_needed: str = ""
    visitor_needs: str = ""


@dataclass
class Initiative:
    """One fiche "Burgerinitiatieven, wat zijn dat?" on the wall."""

    id: str
    code: str
    name: str
    description: str = ""
    contact: str = ""
    theme: str = ""
    scope: str = ""  # one of SCOPES
    mode: str = ""  # one of MODES
    size: str = ""
    origin: str = ""  # how it started
    added_by: str = ""
    round: int = 1
    presented: bool = False
    choice: Choice = field(default_factory=Choice)
    agreement: Agreement = field(default_factory=Agreement)
    decision: Decision = field(default_factory=Decision)
    visit: Visit = field(default_factory=Visit)
    lenses: Lenses = field(default_factory=Lenses)
    appointment: Appointment = field(default_factory=Appointment)
    cooperation: Cooperation = field(default_factory=Cooperation)

    @property
    def status(self) -> str:
        """``visited``, ``chosen``, ``presented`` or ``new``: how far the fiche has come."""
        if self.visit.done:
            return "visited"
        if self.choice.chosen:
            return "chosen"
        return "presented" if self.presented else "new"


@dataclass
class Principle:
    """One of the coloured principles of the card deck."""

    id: str
    name: str
    name_en: str
    colour: str  # "#RRGGBB"
    symbol: str  # a letter, so colour is never the only signal
    description: str = ""
    description_en: str = ""

    def name_in(self, lang: str) -> str:
        """The principle's name in ``lang``."""
        return self.name_en if lang == "en" and self.name_en else self.name


@dataclass
class Card:
    """A statement on a principle card. ``origin`` is ``deck`` or ``duo:<duo id>``."""

    id: str
    principle: str
    text: str
    text_en: str = ""
    origin: str = "deck"

    def text_in(self, lang: str) -> str:
        """The card's statement in ``lang`` (the Dutch text when there is no translation)."""
        return self.text_en if lang == "en" and self.text_en else self.text


@dataclass
class SupportOption:
    """A line of the list "Ondersteuningsmogelijkheden"."""

    id: str
    kind: str  # one of OPTION_KINDS
    text: str
    text_en: str = ""
    group: str = ""  # e.g. the ACTIE letter it belongs to
    initiative: str = ""  # set when a member added it for one initiative only
    added_by: str = ""  # who added it during the round (empty for the session's list)

    def text_in(self, lang: str) -> str:
        """The option in ``lang`` (the Dutch text when there is no translation)."""
        return self.text_en if lang == "en" and self.text_en else self.text
