"""``hefboom --help`` in the session's language (``HEFBOOM_LANG`` or ``--lang``, Dutch by
default), click's own words included.

Commands, options and arguments are defined once, at import, so their help texts are
message keys (``N_("cli.help.new")``) that these classes look up when the help is shown.
Click's built-in texts ("Usage:", "Options", "Show this message and exit.", its error
messages) go through the module-level ``gettext`` functions click imports; they are pointed
at our catalog (context ``click``) by :func:`install_click_translations`.
"""

from __future__ import annotations

import functools
from typing import Any

import click

from hefboom_tui.i18n import N_, click_gettext, click_ngettext, t

_CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "types", "utils",
                  "termui")


def install_click_translations() -> None:
    """Make click's own texts (usage, errors, default help options) follow our language."""
    import importlib

    for name in _CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = click_gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = click_ngettext  # type: ignore[attr-defined]


class _KeyedHelp:
    """``help`` holds a message key and reads as its text in the current language."""

    @property
    def help(self) -> str | None:
        key = self.__dict__.get("_help_key")
        return t(key) if key else key

    @help.setter
    def help(self, value: str | None) -> None:
        self.__dict__["_help_key"] = value


def _type_key(param: click.Parameter) -> str | None:
    """The message key of the metavar of ``param``'s type (click's own are English)."""
    kind = param.type
    if isinstance(kind, click.Path):
        return N_("cli.type.file") if kind.file_okay else N_("cli.type.folder")
    if isinstance(kind, click.IntRange):
        return N_("cli.type.range")
    if isinstance(kind, click.types.IntParamType):
        return N_("cli.type.number")
    if isinstance(kind, click.types.StringParamType):
        return N_("cli.type.text")
    return None


class LocalizedOption(_KeyedHelp, click.Option):
    """An option whose help and value placeholder read in the current language."""

    def make_metavar(self, *args: Any, **kwargs: Any) -> str:
        key = self.metavar or (None if self.is_flag else _type_key(self))
        if key is None:
            return super().make_metavar(*args, **kwargs)
        return t(key) + ("..." if self.nargs != 1 else "")


class LocalizedArgument(click.Argument):
    """An argument whose placeholder (``metavar``, a message key) reads in the current
    language: NAAM in Dutch, NAME in English."""

    def make_metavar(self, *args: Any, **kwargs: Any) -> str:
        if self.metavar is None:
            return super().make_metavar(*args, **kwargs)
        text = t(self.metavar)
        if not self.required:
            text = f"[{text}]"
        return text + ("..." if self.nargs != 1 else "")


class _LocalizedHelpPage:
    """What a command's help page needs besides its own texts."""

    @property
    def options_metavar(self) -> str:
        return t("cli.usage.options")

    @options_metavar.setter
    def options_metavar(self, value: str | None) -> None:
        pass  # always ours

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option: click.Option | None = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:  # click made it with its English text at first use
            option.help = t("cli.help.help")
        return option


# click declares options_metavar as a plain attribute; our property fills it in the language
# of the moment, which mypy cannot see as compatible.
class LocalizedCommand(_LocalizedHelpPage, _KeyedHelp, click.Command):  # type: ignore[misc]
    """A ``hefboom`` command with its help in the current language."""


class LocalizedGroup(_LocalizedHelpPage, _KeyedHelp, click.Group):  # type: ignore[misc]
    """A ``hefboom`` group; its commands and sub-groups are localized as well."""

    command_class = LocalizedCommand

    @property
    def subcommand_metavar(self) -> str:
        return t("cli.usage.command")

    @subcommand_metavar.setter
    def subcommand_metavar(self, value: str | None) -> None:
        pass  # always ours (no chained groups here)


LocalizedGroup.group_class = LocalizedGroup

option = functools.partial(click.option, cls=LocalizedOption)
"""``click.option`` for ``hefboom``: pass ``help=N_("key")``."""

argument = functools.partial(click.argument, cls=LocalizedArgument)
"""``click.argument`` for ``hefboom``: pass ``metavar=N_("cli.arg.…")``."""


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from importlib.metadata import version

    text = click_gettext("%(prog)s, version %(version)s")
    click.echo(text % {"prog": ctx.find_root().info_name, "version": version("hefboom-tui")})
    ctx.exit()


def version_option() -> Any:
    """``--version``, in the language of the moment. Click's own option fixes its text when
    the command is defined, before ``--lang`` could switch: ``hefboom --lang en --version``
    would answer in Dutch."""
    return option("--version", is_flag=True, expose_value=False, is_eager=True,
                  callback=_show_version, help=N_("cli.help.version"))

