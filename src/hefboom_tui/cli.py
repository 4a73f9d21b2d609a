"""The ``hefboom`` command line: sessions, import/export, checks, and the TUI."""

from __future__ import annotations

import gc
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Concatenate, ParamSpec, TypeVar

import click

from hefboom_tui.cli_common import Ctx, fail, finish
from hefboom_tui.cli_help import (
    LocalizedGroup,
    LocalizedOption,
    argument,
    install_click_translations,
    option,
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
@click.version_option(package_name="hefboom-tui", cls=LocalizedOption,
                      help=N_("cli.help.version"))
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
        click.echo(t("cli.no_sessions", folder=obj.folder))
        return
    for info in infos:
        line = t("cli.list_line", stem=info.path.stem, name=info.name,
                 initiatives=tn("count.initiatives", info.initiatives),
                 participants=tn("count.participants", info.participants))
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


@cli.command("import", help=N_("cli.help.import"))
@argument("name", metavar=N_("cli.arg.name"))
@argument("file", metavar=N_("cli.arg.file"),
          type=click.Path(dir_okay=False, exists=True, path_type=Path))
@pass_ctx
def import_cmd(obj: Ctx, name: str, file: Path) -> None:
    """Import initiatives from a CSV file (comma or semicolon, Dutch or English headers)."""
    from hefboom_tui.exchange.csv_import import ImportError_, plan_import
    from hefboom_tui.model import actions

    store = obj.writable(name)
    try:
        plan = plan_import(file.read_bytes(), [i.name for i in store.session.initiatives],
                           source=file.name)
        count = store.do(actions.import_initiatives, rows=plan.rows)
    except (ImportError_, ActionError, StoreError, OSError) as exc:
        fail(str(exc))
    finally:
        finish(store)
    if plan.unknown_columns:
        click.echo(t("import.unknown_columns", columns=", ".join(plan.unknown_columns)), err=True)
    click.echo(tn("import.done", count, name=store.session.name))


@cli.command("export", help=N_("cli.help.export"))
@argument("name", metavar=N_("cli.arg.name"))
@option("--format", "fmt", type=click.Choice(["json", "csv", "md", "tallies", "ics"]),
        default="json", show_default=True,
        help=N_("cli.opt.export.fmt"))
@option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
        help=N_("cli.opt.export.output"))
@pass_ctx
def export_cmd(obj: Ctx, name: str, fmt: str, output: Path | None) -> None:
    """Export session NAME as JSON, CSV, Markdown or a calendar (.ics); works while the
    session is open elsewhere."""
    from hefboom_tui.exchange.formats import export_bytes
    from hefboom_tui.fsutil import atomic_write_bytes

    store = obj.open(name, read_only=True)
    data = export_bytes(store.session, fmt)
    if output is None:  # the export keeps its own encoding (UTF-8), whatever the console's
        buffer: BinaryIO | None = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            click.echo(data.decode("utf-8"), nl=False)
        else:
            sys.stdout.flush()
            buffer.write(data)
            buffer.flush()
        return
    try:
        atomic_write_bytes(output.resolve(), data)
    except OSError as exc:
        fail(t("cli.write_failed", path=output, detail=exc.strerror or exc))
    click.echo(t("cli.exported", path=output), err=True)


@cli.command("check", help=N_("cli.help.check"))
@argument("name", metavar=N_("cli.arg.name"))
@option("--repair", is_flag=True,
        help=N_("cli.opt.check.repair"))
@pass_ctx
def check_cmd(obj: Ctx, name: str, repair: bool) -> None:
    """Check that session NAME loads; with --repair, restore it from its backups (also
    when its file was deleted)."""
    from hefboom_tui.store import catalog
    from hefboom_tui.store.errors import SessionNotFoundError

    try:
        path = catalog.find(obj.folder, name)
        ok, message = catalog.check(path, repair=repair)
    except SessionNotFoundError as exc:
        if not repair:
            fail(str(exc))
        ok, message = catalog.restore_deleted(obj.folder, name)
    except StoreError as exc:
        fail(str(exc))
    if not ok:
        fail(message)
    click.echo(message)


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


@cli.command("print", help=N_("cli.help.print"))
@argument("name", metavar=N_("cli.arg.name"))
@option("--what", default="fiches,choice,posters,cards,stickers,report", show_default=True,
        help=N_("cli.opt.print.what"))
@option("--paper", type=click.Choice(["a4", "letter"]), default="a4", show_default=True,
        help=N_("cli.opt.print.paper"))
@option("--posters", type=click.Choice(["a3", "halves"]), default="a3", show_default=True,
        help=N_("cli.opt.print.posters"))
@option("--split", is_flag=True,
        help=N_("cli.opt.print.split"))
@option("--poster-contact", is_flag=True,
        help=N_("cli.opt.print.poster_contact"))
@option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
        help=N_("cli.opt.print.output"))
@pass_ctx
def print_cmd(obj: Ctx, name: str, what: str, paper: str, posters: str, split: bool,
              poster_contact: bool, output: Path | None) -> None:
    """Print fiches, posters, card packs, sticker sheets and the report of NAME as one PDF."""
    from hefboom_tui.printing.pack import (
        PrintOptions,
        default_output,
        describe_error,
        parse_parts,
        prepare,
        render,
        targets,
    )

    try:
        parts = parse_parts(what)
    except ValueError as exc:
        fail(str(exc))
    store = obj.open(name, read_only=True)
    out = output.resolve() if output else default_output(obj.folder, store.path.stem)
    options = PrintOptions(parts=parts, paper=paper, posters=posters,
                           poster_contact=poster_contact, split=split)
    prepared = prepare(store.session, options)
    for warning in prepared.warnings:  # before printing: there is still time to fix it
        click.echo("⚠ " + warning, err=True)
    paths = targets(prepared, out)
    click.echo(t("print.output", path=paths[0]) if len(paths) == 1 else
               t("print.output_split", path=", ".join(str(p) for p in paths)), err=True)
    with click.progressbar(length=100, label=t("print.title"), file=sys.stderr) as bar:
        done = [0]

        def progress(fraction: float, _label: str) -> None:
            step = int(fraction * 100) - done[0]
            if step > 0:
                bar.update(step)
                done[0] += step

        try:
            result = render(prepared, out, progress)
        except OSError as exc:
            fail(t("print.failed", detail=describe_error(exc)))
    click.echo(result.message)
