"""The parking lot ("parkeerplaats"): questions and ideas that come up during the workshop
and must not get lost, noted in one key from any step and dealt with later."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ParkingNote:
    """One parked question or idea, with the step where it came up."""

    id: str
    text: str
    step: str = ""
    by: str = ""
    done: bool = False
