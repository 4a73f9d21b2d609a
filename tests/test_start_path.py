"""The start-up path (issue 17, item 9): what the first frame may skip, and that it still looks
the same. Timing is measured by ``benchmarks/run.py --only start``, never asserted here."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.app import App
from textual.widgets import Footer

from hefboom_tui.cli import cli
from hefboom_tui.store.session_store import SessionStore
from hefboom_tui.tui import app as app_module
from hefboom_tui.tui.app import make_app
from hefboom_tui.tui.themes import BEAMER, DARK


def _screen(app: App[None]) -> str:
    return re.sub(r"terminal-\d+", "terminal", app.export_screenshot())


def test_the_first_frame_has_the_beamer_theme_without_a_second_css_parse(
        demo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parses: list[bool] = []
    refresh = App.refresh_css
    monkeypatch.setattr(App, "refresh_css",
                        lambda self, *a, **k: parses.append(True) or refresh(self, *a, **k))

    async def run() -> None:
        app = make_app(demo_folder, "demo")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert parses == []  # the theme was in place before anything was parsed
            assert app.theme == BEAMER.name
            assert {"-theme-hefboom-beamer", "-light-mode"} <= set(app.classes)
            assert "-dark-mode" not in app.classes
            assert app.screen.styles.background.hex.upper() == BEAMER.background.upper()
            while not app.screen.query(Footer):  # it is mounted after the first frame
                await pilot.pause()
            await pilot.pause()
            first = _screen(app)
            await pilot.press("ctrl+t")  # the dark theme, the way Textual switches themes
            await pilot.pause()
            assert app.theme == DARK.name and parses
            assert _screen(app) != first
            await pilot.press("ctrl+t")  # and back: the same frame as the first one
            await pilot.pause()
            assert app.theme == BEAMER.name and "-dark-mode" not in app.classes
            assert _screen(app) == first

    asyncio.run(run())


def test_open_reads_the_session_once_and_hands_the_open_store_to_the_app(
        demo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    handed: list[SessionStore | None] = []
    init = SessionStore.__init__

    def counting(self: SessionStore, path: Path, **kwargs: object) -> None:
        opened.append(Path(path))
        init(self, path, **kwargs)  # type: ignore[arg-type]

    def fake_run_app(folder: Path, name: str | None = None, *, beamer: bool = False,
                     store: SessionStore | None = None) -> None:
        handed.append(store)
        assert store is not None and store.lock_state == "writer"
        assert store.session.name == "demo"

    monkeypatch.setattr(SessionStore, "__init__", counting)
    monkeypatch.setattr(app_module, "run_app", fake_run_app)
    result = CliRunner().invoke(cli, ["--sessions-dir", str(demo_folder), "open", "demo"])
    assert result.exit_code == 0, result.output
    assert len(opened) == 1 and len(handed) == 1
    assert handed[0] is not None and handed[0].lock_state == "writer"
    # closed when the app is done (or never started): another writer can take the file
    with SessionStore(demo_folder / "demo.json") as again:
        assert again.lock_state == "writer"


def test_the_app_uses_the_store_it_was_given(demo_folder: Path) -> None:
    store = SessionStore(demo_folder / "demo.json")

    async def run() -> None:
        app = make_app(demo_folder, "demo", store=store)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert app.store is store
            assert "Buurtmoestuin" in _screen(app)

    asyncio.run(run())
    assert store.lock_state == "writer" and store._lock is None  # closed with the app


def test_the_first_screen_loads_without_the_heavy_modules(demo_folder: Path) -> None:
    """What ``hefboom demo`` imports up to its first frame (the app is built and its wall
    screen class loaded, as on_mount does): no click (the plain command skips the command
    line's machinery), no printing, no exports, no action set, no DataTable, no TOML parser,
    no OpenSSL."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from hefboom_tui import entry, launch\n"
        "from hefboom_tui.demo import ensure_demo\n"
        "from hefboom_tui.store import catalog\n"
        "from hefboom_tui.tui.app import make_app, screen_for\n"
        "folder = Path(sys.argv[1])\n"
        "ensure_demo(folder)\n"
        "store = catalog.open_store(folder, 'demo')\n"
        "make_app(folder, 'demo', store=store)\n"
        "screen_for(store.session.step)()\n"
        "print('\\n'.join(sorted(sys.modules)))\n")
    out = subprocess.run([sys.executable, "-c", code, str(demo_folder)], check=True,
                         capture_output=True, text=True).stdout.split()
    loaded = set(out)
    assert "hefboom_tui.tui.screens.wall" in loaded  # it really got that far
    assert "hefboom_tui.cli" not in loaded
    heavy = ("click", "weasyprint", "jinja2", "qrcode", "icalendar", "babel", "PIL", "tomllib",
             "hashlib", "_strptime", "hefboom_tui.printing", "hefboom_tui.exchange",
             "hefboom_tui.model.actions", "textual.widgets._data_table")
    found = sorted(m for m in loaded if m.startswith(heavy))
    assert found == []


def test_the_collector_waits_for_the_first_frame_only(demo_folder: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """``hefboom demo`` holds the garbage collector back until the app's first frame (start-up
    only makes objects that stay); every other command runs with it, and it is on again when
    the app has drawn its first frame or when the command ends."""
    import gc

    from hefboom_tui import entry
    from hefboom_tui.store import catalog

    seen: dict[str, bool] = {}

    def fake_run_app(folder: Path, name: str | None = None, *, beamer: bool = False,
                     store: SessionStore | None = None) -> None:
        seen["app start"] = gc.isenabled()

    def listing(folder: Path) -> list[object]:
        seen["list"] = gc.isenabled()
        return []

    monkeypatch.setattr(app_module, "run_app", fake_run_app)
    monkeypatch.setattr(catalog, "list_sessions", listing)
    monkeypatch.setenv("HEFBOOM_SESSIONS", str(demo_folder))
    for argv in (["hefboom", "demo"], ["hefboom", "list"]):
        monkeypatch.setattr(sys, "argv", argv)
        try:
            entry.main()  # demo: started without click; list: click ends with SystemExit(0)
        except SystemExit as done:
            assert done.code in (0, None)
        assert gc.isenabled()
    assert seen == {"app start": False, "list": True}

    gc.disable()
    try:
        app_module.freeze_heap()  # what the app does after its first frame
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


@pytest.mark.parametrize(("args", "quick"), [
    ([], True), (["demo"], True), (["open", "buurt"], True), (["beamer", "buurt"], True),
    (["demo", "--reset"], False), (["demo", "--help"], False), (["open", "--help"], False),
    (["--lang", "en", "demo"], False), (["open"], False), (["open", "a", "b"], False),
    (["list"], False), (["--version"], False)])
def test_only_plain_tui_commands_skip_click(args: list[str], quick: bool) -> None:
    """The plain forms start the app straight away; any option, help or other command goes
    through click, with its parsing and messages."""
    from hefboom_tui.entry import quick_command

    assert (quick_command(args) is not None) == quick


def test_the_quick_path_opens_the_named_session_read_only_for_the_beamer(
        demo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hefboom_tui import entry

    started: list[tuple[str | None, bool, bool]] = []

    def fake_run_app(folder: Path, name: str | None = None, *, beamer: bool = False,
                     store: SessionStore | None = None) -> None:
        started.append((name, beamer, store is not None and store.read_only))

    monkeypatch.setattr(app_module, "run_app", fake_run_app)
    monkeypatch.setenv("HEFBOOM_SESSIONS", str(demo_folder))
    for argv in (["hefboom", "beamer", "demo"], ["hefboom", "open", "demo"], ["hefboom"]):
        monkeypatch.setattr(sys, "argv", argv)
        entry.main()
    assert started == [("demo", True, True), ("demo", False, False), (None, False, False)]
    monkeypatch.setattr(sys, "argv", ["hefboom", "open", "nowhere"])
    with pytest.raises(SystemExit) as done:  # the one-line message, as through click
        entry.main()
    assert done.value.code == 1
