"""The method's phases and steps, as the app's step navigator shows them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    """A step of the method: ``id`` like ``1.5``; title and help are message keys."""

    id: str
    phase: int

    @property
    def title_key(self) -> str:
        return f"step.{self.id}"

    @property
    def help_key(self) -> str:
        return f"step.{self.id}.help"


PHASES = (1, 2, 3, 4, 5)
STEPS: tuple[Step, ...] = (
    Step("1.1", 1), Step("1.2", 1), Step("1.3", 1), Step("1.4", 1), Step("1.5", 1),
    Step("1.6", 1), Step("1.7", 1),
    Step("2", 2),
    Step("3.1", 3), Step("3.2", 3), Step("3.3", 3), Step("3.4", 3),
    Step("4", 4),
    Step("5", 5),
)
STEP_IDS = tuple(s.id for s in STEPS)


def step(step_id: str) -> Step:
    """The step with ``step_id`` (the first step for an unknown id)."""
    return next((s for s in STEPS if s.id == step_id), STEPS[0])
