"""The ``hefboom`` commands that work on files: import a CSV, export, check (and repair) a
session file, print the PDF pack. Each is a standalone command; ``cli.py`` adds them to the
``hefboom`` group (:data:`FILE_COMMANDS`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

import click

from hefboom_tui.cli_common import Ctx, fail, finish
from hefboom_tui.cli_help import LocalizedCommand, argument, option
from hefboom_tui.i18n import N_, t, tn
from hefboom_tui.model.errors import ActionError
from hefboom_tui.os_errors import os_reason
from hefboom_tui.store.errors import StoreError

pass_ctx = click.make_pass_decorator(Ctx)


@click.command("import", cls=LocalizedCommand, help=N_("cli.help.import"))
@argument("name", metavar=N_("cli.arg.name"))
@argument("file", metavar=N_("cli.arg.file"),
          type=click.Path(dir_okay=False, exists=True, path_type=Path))
@pass_ctx
def import_cmd(obj: Ctx, name: str, file: Path) -> None:
    """Import initiatives from a CSV file (comma or semicolon, Dutch or English headers)."""
    from hefboom_tui.exchange.csv_import import ImportError_, plan_import
    from hefboom_tui.model import actions

    try:
        raw = file.read_bytes()
    except OSError as exc:
        fail(t("import.unreadable", path=file, detail=os_reason(exc)))
    store = obj.writable(name)
    try:
        plan = plan_import(raw, [i.name for i in store.session.initiatives], source=file.name)
        count = store.do(actions.import_initiatives, rows=plan.rows)
    except (ImportError_, ActionError, StoreError) as exc:
        fail(str(exc))
    finally:
        finish(store)
    if plan.unknown_columns:
        click.echo(t("import.unknown_columns", columns=", ".join(plan.unknown_columns)), err=True)
    click.echo(tn("import.done", count, name=store.session.name))


@click.command("export", cls=LocalizedCommand, help=N_("cli.help.export"))
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
        fail(t("cli.write_failed", path=output, detail=os_reason(exc)))
    click.echo(t("cli.exported", path=output), err=True)


@click.command("check", cls=LocalizedCommand, help=N_("cli.help.check"))
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


@click.command("print", cls=LocalizedCommand, help=N_("cli.help.print"))
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


FILE_COMMANDS: tuple[click.Command, ...] = (import_cmd, export_cmd, check_cmd, print_cmd)
"""The file commands, for ``cli.add_command`` (the help lists every command by name)."""
