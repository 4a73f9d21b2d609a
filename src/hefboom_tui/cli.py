"""The ``hefboom`` command line: the ``cli`` group, the session and team commands, and the
TUI; the file commands (import, export, check, print) live in ``cli_files.py`` and are
added to the group here."""

from __future__ import annotations

import gc
import random
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

import click

from hefboom_tui.cli_common import Ctx, fail, finish
from hefboom_tui.cli_files import FILE_COMMANDS
from hefboom_tui.cli_help import (
    LocalizedGroup,
    argument,
    install_click_translations,
    option,
    version_option,
)
from hefboom_tui.i18n import LANGUAGES, N_, set_language, t, tn
from hefboom_tui.launch import demo_path, run_demo, run_tui
from hefboom_tui.model.errors import ActionError
from hefboom_tui.store.errors import StoreError

if TYPE_CHECKING:  # the commands import what they use: start-up pays only for click
    from hefboom_tui.model.session import Session

P = ParamSpec("P")
R = TypeVar("R")


pass_ctx = click.make_pass_decorator(Ctx)
install_click_translations()


def _switch_language(lang: str | None) -> str | None:
    """``--lang``: switch before anything is shown (the option is eager)."""
    if lang:
        set_language(lang)
    return lang


@click.group(cls=LocalizedGroup, invoke_without_command=True, help=N_("cli.help.main"))
@option("--sessions-dir", type=click.Path(file_okay=False), envvar="HEFBOOM_SESSIONS",
        help=N_("cli.opt.main.sessions_dir"))
@option("--lang", type=click.Choice(list(LANGUAGES)), default=None, is_eager=True,
        callback=lambda _ctx, _param, lang: _switch_language(lang),
        help=N_("cli.opt.main.lang"))  # eager: `hefboom --lang en --help` is in English
@version_option()
@click.pass_context
def cli(ctx: click.Context, sessions_dir: str | None, lang: str | None) -> None:
    """hefboom: the workshop 'Burgerinitiatieven versterken' on one laptop, offline."""
    ctx.obj = Ctx(sessions_dir)
    if ctx.invoked_subcommand not in TUI_COMMANDS:
        gc.enable()  # entry.main() held the collector back for the app's start-up only
    if ctx.invoked_subcommand is None:
        run_tui(ctx.obj, None)


TUI_COMMANDS = (None, "open", "beamer", "demo")
"""The commands that start the full-screen app (none: the start screen)."""


@cli.command("new", help=N_("cli.help.new"))
@argument("name", metavar=N_("cli.arg.name"))
@option("--deck", type=click.Path(dir_okay=False, exists=True, path_type=Path),
        help=N_("cli.opt.new.deck"))
@option("--options", type=click.Path(dir_okay=False, exists=True, path_type=Path),
        help=N_("cli.opt.new.options"))
@pass_ctx
def new_cmd(obj: Ctx, name: str, deck: Path | None, options: Path | None) -> None:
    """Create a new session NAME."""
    from hefboom_tui.store import catalog

    try:
        store = catalog.create(obj.folder, name, deck=deck, options=options)
    except (StoreError, ValueError) as exc:
        fail(str(exc))
    if deck is not None:  # a card longer than a printed card holds: say which, once
        from hefboom_tui.printing.card_fit import deck_warnings

        for warning in deck_warnings(store.session.cards, str(deck)):
            click.echo("⚠ " + warning, err=True)
    finish(store)
    click.echo(t("cli.created", name=store.session.name, path=store.path))
    if store.path.stem != name:  # 'a/b' is saved as a-b.json: say what `open` takes
        click.echo(t("cli.file_name", file=store.path.name, stem=store.path.stem))


@cli.command("list", help=N_("cli.help.list"))
@pass_ctx
def list_cmd(obj: Ctx) -> None:
    """List the sessions in the sessions folder."""
    from hefboom_tui.store import catalog

    try:
        infos = catalog.list_sessions(obj.folder)
    except StoreError as exc:
        fail(str(exc))
    if not infos:
        if obj.folder.exists():
            click.echo(t("cli.no_sessions", folder=obj.folder))
        else:  # never made here: only writing a session makes the folder
            click.echo(t("cli.no_folder", folder=obj.folder))
        return
    for info in infos:  # the file's name is what `open` takes: shown once when it is the name
        counts = {"initiatives": tn("count.initiatives", info.initiatives),
                  "participants": tn("count.participants", info.participants)}
        line = (t("cli.list_line_same", stem=info.path.stem, **counts)
                if info.name == info.path.stem else
                t("cli.list_line", stem=info.path.stem, name=info.name, **counts))
        click.echo(line + (f"  [{info.problem}]" if info.problem else ""))


@cli.command("open", help=N_("cli.help.open"))
@argument("name", metavar=N_("cli.arg.name"))
@pass_ctx
def open_cmd(obj: Ctx, name: str) -> None:
    """Open session NAME in the full-screen app."""
    run_tui(obj, name)


@cli.command("beamer", help=N_("cli.help.beamer"))
@argument("name", metavar=N_("cli.arg.name"))
@pass_ctx
def beamer_cmd(obj: Ctx, name: str) -> None:
    """Show session NAME read-only for the projector, following every saved change."""
    run_tui(obj, name, beamer=True)


@cli.command("demo", help=N_("cli.help.demo"))
@option("--no-open", is_flag=True,
        help=N_("cli.opt.demo.no_open"))
@option("--reset", is_flag=True,
        help=N_("cli.opt.demo.reset"))
@pass_ctx
def demo_cmd(obj: Ctx, no_open: bool, reset: bool) -> None:
    """Open the demo session (created when missing or made by an older version)."""
    path = demo_path(obj, reset=reset)
    if no_open:
        click.echo(t("cli.demo_ready", path=path))
        return
    run_demo(obj)


@cli.group("participants", help=N_("cli.help.participants"))
def participants_cmd() -> None:
    """Prepare the team of a session: add, remove, list."""


def _do(obj: Ctx, session_name: str, action: Callable[Concatenate[Session, P], R], /,
        *args: P.args, **params: P.kwargs) -> tuple[R, Session]:
    """Apply one action to session ``session_name`` and save; any refusal ends the command."""
    store = obj.writable(session_name)
    try:
        return store.do(action, *args, **params), store.session
    except (ActionError, StoreError) as exc:
        fail(str(exc))
    finally:
        finish(store)


@participants_cmd.command("add", help=N_("cli.help.participants_add"))
@argument("name", metavar=N_("cli.arg.name"))
@argument("people", metavar=N_("cli.arg.people"), nargs=-1, required=True)
@option("--absent", is_flag=True, help=N_("cli.opt.participants_add.absent"))
@pass_ctx
def participants_add(obj: Ctx, name: str, people: tuple[str, ...], absent: bool) -> None:
    """Add PEOPLE to session NAME (all of them, or none if one is refused)."""
    from hefboom_tui.model import actions

    store = obj.writable(name)
    try:
        with store.transaction("add_participant"):
            for person in people:
                store.do(actions.add_participant, name=person, present=not absent)
    except (ActionError, StoreError) as exc:
        fail(str(exc))
    finally:
        finish(store)
    for person in people:
        click.echo(t("cli.participant_added", person=person))


@participants_cmd.command("remove", help=N_("cli.help.participants_remove"))
@argument("name", metavar=N_("cli.arg.name"))
@argument("person", metavar=N_("cli.arg.person"))
@pass_ctx
def participants_remove(obj: Ctx, name: str, person: str) -> None:
    """Remove PERSON (a name or id) from session NAME."""
    from hefboom_tui.model import actions

    store = obj.open(name, read_only=True)
    match = next((p for p in store.session.participants
                  if p.id == person or p.name.casefold() == person.casefold()), None)
    if match is None:
        fail(t("error.not_in_team", name=person))
    notice, _ = _do(obj, name, actions.remove_participant, id=match.id)
    click.echo(t("cli.participant_removed", person=match.name))
    if notice:
        click.echo(t(notice))


@participants_cmd.command("list", help=N_("cli.help.participants_list"))
@argument("name", metavar=N_("cli.arg.name"))
@pass_ctx
def participants_list(obj: Ctx, name: str) -> None:
    """List the team of session NAME."""
    store = obj.open(name, read_only=True)
    for p in store.session.participants:
        mark = "✓" if p.present else "✗"
        state = t("cli.present") if p.present else t("cli.absent")
        click.echo(f"{mark} {p.name}  ({p.id}, {state})")


@cli.command("duos", help=N_("cli.help.duos"))
@argument("name", metavar=N_("cli.arg.name"))
@option("--seed", type=int, default=None, help=N_("cli.opt.duos.seed"))
@option("--avoid-repeats", is_flag=True, help=N_("cli.opt.duos.avoid_repeats"))
@pass_ctx
def duos_cmd(obj: Ctx, name: str, seed: int | None, avoid_repeats: bool) -> None:
    """Pair the present participants of NAME into duos (one trio if odd)."""
    from hefboom_tui.model import actions

    seed = random.randrange(10**6) if seed is None else seed
    _, session = _do(obj, name, actions.make_duos, seed=seed, avoid_past=avoid_repeats)
    names = {p.id: p.name for p in session.participants}
    click.echo(t("cli.duos_seed", seed=seed))
    for duo in session.duos:
        click.echo(f"{duo.id}: " + " + ".join(names[m] for m in duo.members))


@cli.command("deal", help=N_("cli.help.deal"))
@argument("name", metavar=N_("cli.arg.name"))
@option("--seed", type=int, default=None, help=N_("cli.opt.deal.seed"))
@pass_ctx
def deal_cmd(obj: Ctx, name: str, seed: int | None) -> None:
    """Deal all deck cards of NAME over its duos, every duo all colours where possible."""
    from hefboom_tui.model import actions

    seed = random.randrange(10**6) if seed is None else seed
    short, session = _do(obj, name, actions.deal, seed=seed)
    principles = {p.id: p for p in session.principles}
    click.echo(t("cli.deal_seed", seed=seed))
    for duo in session.duos:
        counts = {p: 0 for p in principles}
        for cid in duo.cards:
            card = session.card(cid)
            if card:
                counts[card.principle] += 1
        summary = "  ".join(f"{principles[p].symbol}:{n}" for p, n in counts.items())
        click.echo(f"{duo.id}: {len(duo.cards)} — {summary}")
    for pid, missing in short.items():
        click.echo(tn("notice.short_principle", missing, principle=principles[pid].name,
                      missing=missing),
                   err=True)


@cli.command("rotation", help=N_("cli.help.rotation"))
@argument("name", metavar=N_("cli.arg.name"))
@option("--minutes", type=click.IntRange(1, 30), default=None,
        help=N_("cli.opt.rotation.minutes"))
@option("--seed", type=int, default=None, help=N_("cli.opt.rotation.seed"))
@option("--rounds", "cap", type=click.IntRange(0, 99), default=0,
        help=N_("cli.opt.rotation.cap"))
@pass_ctx
def rotation_cmd(obj: Ctx, name: str, minutes: int | None, seed: int | None, cap: int) -> None:
    """Make and print the rotation schedule of NAME (who is where, round by round)."""
    from hefboom_tui.model import actions
    from hefboom_tui.model.rotation import missed

    seed = random.randrange(10**6) if seed is None else seed
    count, session = _do(obj, name, actions.make_rotation, seed=seed, minutes=minutes, cap=cap)
    people = {p.id: p.name for p in session.participants}
    places = {i.id: f"{i.code} {i.name}" for i in session.initiatives}
    click.echo(t("cli.rotation_head", rounds=tn("count.rounds", count), seed=seed,
                 minutes=tn("count.minutes", session.rotation.minutes)))
    for n, visits in enumerate(session.rotation.rounds, 1):
        click.echo(f"\n{t('header.round', round=n).capitalize()}")
        groups: dict[str, list[str]] = {}
        for member, initiative in visits:
            groups.setdefault(initiative, []).append(people.get(member, "?"))
        for initiative, members in groups.items():
            click.echo(f"  {places.get(initiative, '?')}: {', '.join(members)}")
    gaps = missed(session.rotation.rounds, [p.id for p in session.present()],
                  [i.id for i in session.engaged()])
    for member, initiatives in gaps.items():
        click.echo(t("cli.rotation_missed", person=people.get(member, "?"),
                     initiatives=", ".join(places.get(i, "?") for i in initiatives)), err=True)


for _command in FILE_COMMANDS:  # import, export, check, print
    cli.add_command(_command)
