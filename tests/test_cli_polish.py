"""The command line as a new user meets it: messages in one language (the system's and
JSON's English texts said in our words), the version, the session list, names that become
file names, and an unknown language in the environment."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from hefboom_tui.cli import cli
from hefboom_tui.i18n import set_language
from hefboom_tui.os_errors import os_reason


@pytest.fixture
def run(folder: Path):
    runner = CliRunner()

    def invoke(*args: str, folder: Path = folder):
        return runner.invoke(cli, ["--sessions-dir", str(folder), *args], prog_name="hefboom")

    yield invoke
    set_language("nl")  # --lang en switches the process's language


# -- 1a: the system's own English text never reaches a Dutch message ------------------------

@pytest.mark.parametrize(("code", "nl", "en"), [
    (errno.ENOENT, "bestand of map bestaat niet", "no such file or folder"),
    (errno.EACCES, "geen toestemming", "permission denied"),
    (errno.EPERM, "geen toestemming", "permission denied"),
    (errno.ENOSPC, "de schijf is vol", "the disk is full"),
    (errno.EROFS, "de schijf is alleen-lezen", "the disk is read-only"),
    (errno.EEXIST, "bestaat al", "already exists"),
    (errno.ENOTDIR, "een deel van het pad is geen map", "part of the path is not a folder"),
    (errno.EISDIR, "is een map, geen bestand", "is a folder, not a file"),
    (errno.ENAMETOOLONG, "de naam is te lang", "the name is too long"),
])
def test_common_os_errors_have_our_own_words(code: int, nl: str, en: str) -> None:
    exc = OSError(code, "the system's English text")
    assert os_reason(exc) == nl
    set_language("en")
    try:
        assert os_reason(exc) == en
    finally:
        set_language("nl")


def test_a_rare_os_error_keeps_the_systems_text() -> None:
    assert os_reason(OSError(errno.EXDEV, "Invalid cross-device link")) == \
        "Invalid cross-device link"
    assert os_reason(OSError("no errno at all")) == "no errno at all"


def test_a_folder_that_cannot_be_made_is_said_in_dutch(run, tmp_path: Path) -> None:
    blocker = tmp_path / "een-bestand"
    blocker.write_text("x", encoding="utf-8")
    result = run("new", "x", folder=blocker / "sessies")
    assert result.exit_code == 1
    assert "een deel van het pad is geen map" in result.output
    assert "Not a directory" not in result.output and "Errno" not in result.output


def test_an_unreadable_csv_is_said_in_dutch(run, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    run("new", "team")
    csv = tmp_path / "lijst.csv"
    csv.write_text("naam\nA\n", encoding="utf-8")
    read = Path.read_bytes

    def refused(path: Path) -> bytes:  # chmod 0 does not stop root, which runs CI here
        if path.name == csv.name:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return read(path)

    monkeypatch.setattr(Path, "read_bytes", refused)
    result = run("import", "team", str(csv))
    assert result.exit_code == 1
    assert f"Kan {csv} niet lezen: geen toestemming" in result.output
    assert "Permission denied" not in result.output and "Errno" not in result.output


# -- 1b: a damaged session file in our words, with line and column ---------------------------

@pytest.mark.parametrize(("text", "nl", "en"), [
    (b"{x", "geen geldige JSON op regel 1, kolom 2", "not valid JSON at line 1, column 2"),
    (b'{"a":\n  [1,}', "geen geldige JSON op regel 2, kolom 6",
     "not valid JSON at line 2, column 6"),
    (b"", "het bestand is leeg", "the file is empty"),
    (b"[]", "het bestand bevat geen JSON-object", "the file does not hold a JSON object"),
    (b"\xff{}", "geen UTF-8-tekst (byte 1)", "not UTF-8 text (byte 1)"),
])
def test_a_damaged_file_is_described_in_the_users_language(
        run, folder: Path, text: bytes, nl: str, en: str) -> None:
    (folder / "kapot.json").write_bytes(text)
    dutch = run("check", "kapot")
    assert dutch.exit_code == 1 and f"({nl})" in dutch.output
    for english in ("Expecting", "char ", "codec", "file is empty"):
        assert english not in dutch.output
    assert f"({en})" in run("--lang", "en", "check", "kapot").output


# -- 1c: --version ------------------------------------------------------------------------------

def test_version_in_dutch_and_in_english(run) -> None:
    from importlib.metadata import version

    dutch = run("--version")
    assert dutch.exit_code == 0
    assert dutch.output == f"hefboom, versie {version('hefboom-tui')}\n"
    english = run("--lang", "en", "--version")
    assert english.output == f"hefboom, version {version('hefboom-tui')}\n"


# -- 2: the session list --------------------------------------------------------------------

def test_list_shows_a_name_once_when_it_is_the_file_name(run) -> None:
    run("new", "demo")
    run("new", "Wijkteam Noord")
    lines = run("list").output.splitlines()
    same = next(line for line in lines if line.startswith("demo "))
    assert same.split() == ["demo", "(0", "initiatieven,", "0", "deelnemers)"]
    other = next(line for line in lines if line.startswith("wijkteam-noord "))
    assert "Wijkteam Noord  (0 initiatieven" in other  # what to type for `open`, and the name


@pytest.mark.parametrize("command", [("list",), ("export", "x"), ("check", "x"),
                                     ("check", "x", "--repair"), ("participants", "list", "x"),
                                     ("print", "x"), ("duos", "x")])
def test_a_command_that_cannot_write_leaves_a_missing_folder_missing(
        run, tmp_path: Path, command: tuple[str, ...]) -> None:
    missing = tmp_path / "nog-niet"
    result = run(*command, folder=missing)
    assert not missing.exists()
    if command == ("list",):
        assert result.exit_code == 0
        assert f"de sessiemap {missing} bestaat nog niet" in result.output
    else:
        assert result.exit_code == 1 and "Geen sessie 'x' gevonden" in result.output


@pytest.mark.parametrize("command", [("new", "x"), ("demo", "--no-open")])
def test_writing_the_first_session_makes_the_folder(run, tmp_path: Path,
                                                    command: tuple[str, ...]) -> None:
    missing = tmp_path / "nieuw" / "sessies"
    result = run(*command, folder=missing)
    assert result.exit_code == 0, result.output
    assert len(list(missing.glob("*.json"))) == 1
    assert run("list", folder=missing).output.startswith(("x ", "demo "))


async def test_the_start_screen_on_a_missing_folder(tmp_path: Path) -> None:
    from textual.widgets import Input, OptionList

    from hefboom_tui.i18n import t
    from hefboom_tui.tui.app import make_app

    missing = tmp_path / "nog-niet"
    app = make_app(missing)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        assert [str(options.get_option_at_index(0).prompt)] == [t("start.none")]
        assert not missing.exists()
        await pilot.press("n")  # a new session from here makes the folder
        app.screen.query_one("#f-name", Input).value = "Najaar"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert (missing / "najaar.json").is_file()


# -- 3: a name that becomes another file name; nothing outside the sessions folder -----------

def test_new_says_when_the_file_name_is_not_the_name_typed(run, folder: Path) -> None:
    changed = run("new", "a/b")
    assert changed.exit_code == 0
    assert changed.output.splitlines() == [
        f"Sessie 'a/b' aangemaakt: {folder / 'a-b.json'}",
        "Bestandsnaam: a-b.json (hefboom maakt van elke naam een veilige bestandsnaam); "
        "open de sessie met: hefboom open a-b"]
    same = run("new", "buurt")
    assert same.output.splitlines() == [f"Sessie 'buurt' aangemaakt: {folder / 'buurt.json'}"]
    english = run("--lang", "en", "new", "Wijk Zuid")
    assert "File name: wijk-zuid.json" in english.output
    assert "hefboom open wijk-zuid" in english.output


OUTSIDE_NAMES = ["../buiten", "../buiten.json", "..", ".", "sub/../../buiten.json",
                 "./../buiten.json", "~/buiten", "..\\buiten.json"]


@pytest.mark.parametrize("name", OUTSIDE_NAMES + ["ABSOLUTE"])
def test_no_session_outside_the_folder_is_ever_opened(
        run, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    from hefboom_tui.tui import app as app_module

    assert run("new", "buiten", folder=tmp_path).exit_code == 0  # a real session, one level up
    outside = tmp_path / "buiten.json"
    before = outside.read_bytes()
    name = str(outside) if name == "ABSOLUTE" else name
    started: list[object] = []
    monkeypatch.setattr(app_module, "run_app", lambda *a, **k: started.append(a))
    for command in (("export", name), ("check", name), ("check", name, "--repair"),
                    ("open", name), ("beamer", name), ("participants", "add", name, "Bram")):
        result = run(*command)
        assert result.exit_code == 1, (command, result.output)
        assert "Geen sessie" in result.output and f"(gezocht: {folder.resolve()}/" in \
            result.output, (command, result.output)
        assert '"schema"' not in result.output
    assert started == [] and outside.read_bytes() == before
    assert list(folder.iterdir()) == []


# -- 4: an unknown language in HEFBOOM_LANG --------------------------------------------------

WARNING = ("Let op: HEFBOOM_LANG=fr is geen taal van hefboom (beschikbaar: nl (Nederlands), "
           "en (English)); hefboom gaat verder in het Nederlands.")


def _hefboom(folder: Path, *args: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HEFBOOM_LANG": lang, "HEFBOOM_SESSIONS": str(folder)}
    return subprocess.run([sys.executable, "-m", "hefboom_tui", *args], env=env,
                          capture_output=True, text=True, timeout=60)


def test_an_unknown_language_in_the_environment_is_said_once_then_dutch(folder: Path) -> None:
    result = _hefboom(folder, "list", lang="fr")
    assert result.returncode == 0
    assert result.stderr.splitlines() == [WARNING]
    assert result.stdout.startswith("Nog geen sessies in ")
    failing = _hefboom(folder, "export", "x", lang="fr")  # a command that fails: still once
    assert failing.stderr.splitlines()[0] == WARNING
    assert failing.stderr.count("HEFBOOM_LANG") == 1 and "Geen sessie 'x'" in failing.stderr


def test_no_warning_for_a_known_language_or_an_explicit_lang(folder: Path) -> None:
    assert _hefboom(folder, "list", lang="en_GB.UTF-8").stdout.startswith("No sessions in ")
    assert _hefboom(folder, "list", lang="").stderr == ""
    explicit = _hefboom(folder, "--lang", "en", "list", lang="fr")
    assert explicit.stderr == "" and explicit.stdout.startswith("No sessions in ")


def test_the_warning_comes_before_the_app_takes_the_screen(
        folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from hefboom_tui import entry, i18n, launch

    monkeypatch.setattr(i18n, "_unknown_env", "fr")
    seen: list[str] = []
    monkeypatch.setattr(launch, "run_tui", lambda *a, **k: seen.append(capsys.readouterr().err))
    monkeypatch.setattr(sys, "argv", ["hefboom"])
    entry.main()
    assert seen == [WARNING + "\n"]  # on stderr already when the app would start
    assert capsys.readouterr().err == ""
