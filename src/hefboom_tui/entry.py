"""The ``hefboom`` console script: never a traceback for the user, and the quickest way to
the first frame for the commands a facilitator types most (``hefboom demo``, ``hefboom open
NAME``…): when the arguments are nothing but such a command, the app starts without loading
click and the command definitions (``cli.py``), which cost ~8 ms of a ~190 ms start."""

from __future__ import annotations

import gc
import io
import os
import sys
from collections.abc import Callable

from hefboom_tui.cli_common import Ctx, fail, log_crash, undecodable_argument
from hefboom_tui.i18n import environment_warning, t


def quick_command(args: list[str]) -> Callable[[Ctx], None] | None:
    """What to run for ``args`` when they are a plain TUI command (no option, no help):
    ``hefboom``, ``hefboom demo``, ``hefboom open NAME``, ``hefboom beamer NAME``; None
    for anything else, which click parses (with its help and its messages)."""
    from hefboom_tui import launch

    if not args:
        return lambda obj: launch.run_tui(obj, None)
    if args == ["demo"]:
        return launch.run_demo
    if len(args) == 2 and args[0] in ("open", "beamer") and not args[1].startswith("-"):
        name, beamer = args[1], args[0] == "beamer"
        return lambda obj: launch.run_tui(obj, name, beamer=beamer)
    return None


def main() -> None:
    """Entry point of the ``hefboom`` console script."""
    # a console that cannot show a character (cp1252 on Windows, a redirect) shows "?" instead
    # of ending the command with a traceback after its work was saved
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
    args = sys.argv[1:]
    bad = undecodable_argument(args)
    if bad is not None:
        fail(t("cli.bad_argument", arg=bad))
    warning = environment_warning()
    if warning and not any(a == "--lang" or a.startswith("--lang=") for a in args):
        print(warning, file=sys.stderr)  # once, before the app takes the screen
    # Start-up makes some 100,000 objects that all stay (modules, classes, the session): the
    # collector would walk them over a hundred times before the first frame (~20 ms of
    # hefboom demo's start, measured). The app collects once and turns it back on after its
    # first frame (tui.app.freeze_heap); any other command turns it back on at once.
    gc.disable()
    try:
        quick = quick_command(args)
        if quick is not None:
            quick(Ctx(None))  # the sessions folder: $HEFBOOM_SESSIONS, as click would pass it
        else:
            from hefboom_tui.cli import cli

            cli(prog_name="hefboom")
    except BrokenPipeError:  # `hefboom export x | head`: the reader left, nothing is wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except Exception as exc:  # a bug: say so in a sentence, keep the details in a file
        fail(t("cli.internal_error", detail=type(exc).__name__, log=log_crash()))
    finally:
        gc.enable()
