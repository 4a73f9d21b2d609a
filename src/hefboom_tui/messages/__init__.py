"""All user-facing texts, by key, in Dutch (``nl``) and English (``en``)."""

from hefboom_tui.messages.actions import ACTION_NAMES
from hefboom_tui.messages.cli import CLI
from hefboom_tui.messages.cli_help import CLI_HELP
from hefboom_tui.messages.core import CORE
from hefboom_tui.messages.method_guide import GUIDE
from hefboom_tui.messages.printing import PRINTING
from hefboom_tui.messages.tui import TUI
from hefboom_tui.messages.tui_cycle import CYCLE
from hefboom_tui.messages.tui_engage import ENGAGE
from hefboom_tui.messages.tui_phase3 import PHASE3

CATALOG: dict[str, dict[str, str]] = {**CORE, **CLI, **TUI, **ACTION_NAMES, **PRINTING, **PHASE3, **CYCLE,
                                     **GUIDE, **ENGAGE, **CLI_HELP}
