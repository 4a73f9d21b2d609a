"""The command line: every command, exit codes and one-line reasons."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from hefboom_tui.cli import cli
from hefboom_tui.model import actions
from hefboom_tui.store.session_store import SessionStore


@pytest.fixture
def run(folder: Path):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli, ["--sessions-dir", str(folder), *args])

    return invoke


def test_new_list_export(run) -> None:
    assert run("new", "Wijkteam Noord").exit_code == 0
    out = run("list").output
    assert "Wijkteam Noord" in out and "wijkteam-noord" in out
    assert run("new", "Wijkteam Noord").exit_code == 1
    result = run("export", "Wijkteam Noord")
    data = json.loads(result.output)
    assert data["schema"]["version"] == 2 and len(data["deck"]["cards"]) == 44


def _commands(group=cli, path=()):
    for name, command in sorted(group.commands.items()):
        yield (*path, name)
        if hasattr(command, "commands"):
            yield from _commands(command, (*path, name))


def test_help_everywhere_in_dutch(run) -> None:
    paths = list(_commands())
    assert ("participants", "add") in paths and len(paths) > 15
    for path in [(), *paths]:
        result = run(*path, "--help")
        assert result.exit_code == 0, path
        out = result.output
        assert out.startswith("Gebruik: ") and "Opties:" in out, (path, out)
        assert "Toon deze hulp en stop." in out, path
        for english in ("Usage:", "Options:", "Show this message and exit", "[OPTIONS]"):
            assert english not in out, (path, english)
    top = run("--help").output
    assert "Opdrachten:" in top and "Maak een nieuwe sessie NAAM." in top
    assert "[standaard: json]" in run("export", "--help").output


def test_help_in_english_with_lang(folder: Path) -> None:
    result = CliRunner().invoke(cli, ["--lang", "en", "participants", "add", "--help"],
                                prog_name="hefboom")
    assert result.exit_code == 0
    assert result.output.startswith("Usage: hefboom participants add [OPTIONS] NAME PEOPLE...")
    assert "Show this message and exit." in result.output and "Gebruik" not in result.output


def test_clicks_own_errors_in_dutch(run) -> None:
    result = run("rotation", "--minutes", "99", "x")
    assert result.exit_code == 2
    assert "Fout: Ongeldige waarde voor '--minutes'" in result.output
    assert "rotation --help' voor hulp." in result.output
    assert "De opdracht 'nope' bestaat niet." in run("nope").output


def test_hefboom_help_is_dutch_by_default() -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "HEFBOOM_LANG"}
    out = subprocess.run([sys.executable, "-m", "hefboom_tui", "--help"], env=env,
                         capture_output=True, text=True, check=True).stdout
    assert out.startswith("Gebruik: hefboom [OPTIES] OPDRACHT") and "Show this" not in out


def test_unknown_session_one_line(run) -> None:
    result = run("export", "bestaat-niet")
    assert result.exit_code == 1
    assert "hefboom list" in result.output


def test_demo_does_not_touch_others(run, folder: Path) -> None:
    run("new", "eigen")
    before = (folder / "eigen.json").read_bytes()
    assert run("demo", "--no-open").exit_code == 0
    assert run("demo", "--no-open").exit_code == 0
    assert (folder / "eigen.json").read_bytes() == before
    data = json.loads(run("export", "demo").output)
    assert len(data["initiatives"]) >= 12 and len(data["participants"]) == 9
    assert data["duos"] and data["deal_seed"] is not None and data["strong_marks"]
    assert any("é" in i["name"] or "œ" in i["name"] for i in data["initiatives"])


def test_import_participants_duos_deal(run, tmp_path: Path) -> None:
    run("new", "team")
    csv = tmp_path / "lijst.csv"
    csv.write_bytes("\ufeffnaam;thema;kleur\nA;natuur;rood\nB;sport;blauw\n".encode())
    result = run("import", "team", str(csv))
    assert result.exit_code == 0, result.output
    assert "2" in result.output and "kleur" in result.output
    assert run("participants", "add", "team", "An", "Bo", "Cas").exit_code == 0
    assert "Bo" in run("participants", "list", "team").output
    result = run("duos", "team", "--seed", "4")
    assert result.exit_code == 0 and "+" in result.output
    result = run("deal", "team", "--seed", "5")
    assert result.exit_code == 0 and "E:" in result.output
    assert run("participants", "remove", "team", "bo").exit_code == 0
    assert run("participants", "remove", "team", "Zorro").exit_code == 1


def test_duos_with_one_person(run) -> None:
    run("new", "klein")
    run("participants", "add", "klein", "Solo")
    result = run("duos", "klein")
    assert result.exit_code == 1 and "minstens twee" in result.output


def test_export_while_open_elsewhere(run, folder: Path, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEFBOOM_LOCK_WAIT", "0")  # the wait itself: test_store_locks.py
    run("new", "open")
    with SessionStore(folder / "open.json") as store:
        store.do(actions.add_initiative, name="Live")
        out = tmp_path / "x.md"
        result = run("export", "open", "--format", "md", "-o", str(out))
        assert result.exit_code == 0 and "Live" in out.read_text(encoding="utf-8")
        assert run("participants", "add", "open", "Bram").exit_code == 1
        csv_text = run("export", "open", "--format", "csv").output
        assert csv_text.startswith("\ufeff") and ";" in csv_text


def test_check_and_repair(run, folder: Path) -> None:
    run("new", "heel")
    assert "in orde" in run("check", "heel").output
    (folder / "heel.json").write_text("{kapot", encoding="utf-8")
    result = run("check", "heel")
    assert result.exit_code == 1 and "--repair" in result.output
    assert run("check", "heel", "--repair").exit_code == 0
    assert run("check", "heel").exit_code == 0


def test_a_deck_card_too_long_to_print_is_named_once(run, tmp_path: Path) -> None:
    deck = tmp_path / "deck.toml"
    deck.write_text('[[principles]]\nid="A"\nname="Alfa"\ncolour="#112233"\nsymbol="A"\n'
                    '[[cards]]\nprinciple="A"\ntext="Kort"\n'
                    f'[[cards]]\nprinciple="A"\ntext="{"🌱" * 200}"\n', encoding="utf-8")
    result = run("new", "breed", "--deck", str(deck))
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("⚠")]
    assert len(warnings) == 1 and "kaart 2" in warnings[0] and "deck.toml" in warnings[0]
    assert "kaart" not in run("new", "gewoon").output  # the default deck prints well


def test_custom_deck(run, tmp_path: Path) -> None:
    deck = tmp_path / "deck.toml"
    deck.write_text('[[principles]]\nid="A"\nname="Alfa"\ncolour="#112233"\nsymbol="A"\n'
                    '[[cards]]\nprinciple="A"\ntext="Kaart"\n', encoding="utf-8")
    assert run("new", "eigen-deck", "--deck", str(deck)).exit_code == 0
    deck.write_text("kapot = [", encoding="utf-8")
    data = json.loads(run("export", "eigen-deck").output)
    assert [c["text"] for c in data["deck"]["cards"]] == ["Kaart"]  # the session kept a copy
    result = run("new", "slecht", "--deck", str(deck))
    assert result.exit_code == 1 and "deck.toml" in result.output and "regel 1" in result.output


def test_english(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--lang", "en", "--sessions-dir", str(tmp_path), "list"])
    assert "No sessions" in result.output


def test_open_and_beamer_refuse_missing_or_broken_sessions(run, folder: Path) -> None:
    result = run("open", "bestaat-niet")
    assert result.exit_code == 1 and "hefboom list" in result.output
    (folder / "stuk.json").write_text("{stuk", encoding="utf-8")
    result = run("beamer", "stuk")
    assert result.exit_code == 1 and "beschadigd" in result.output
    assert (folder / "stuk.json").read_text(encoding="utf-8") == "{stuk"


@pytest.mark.usefixtures("demo_folder")
def test_rotation_schedule_saved_and_repeatable(run, folder: Path) -> None:
    from hefboom_tui.store.session_store import load_session

    first = run("rotation", "demo", "--minutes", "7", "--seed", "3")
    assert first.exit_code == 0 and "7 minuten" in first.output
    session = load_session(folder / "demo.json")
    rounds = session.rotation.rounds
    assert len(rounds) == 2 and session.rotation.minutes == 7
    present = sorted(p.id for p in session.participants if p.present)
    for visits in rounds:  # each round, every present person is at exactly one initiative
        assert sorted(person for person, _initiative in visits) == present
    assert all(p.name in first.output for p in session.participants if p.present)
    again = run("rotation", "demo", "--minutes", "7", "--seed", "3")
    assert again.output == first.output  # same seed, same schedule
    bad = run("rotation", "demo", "--minutes", "0")
    assert bad.exit_code == 2 and "--minutes" in bad.output


@pytest.mark.usefixtures("demo_folder")
def test_print_command(run, folder: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "kaarten.pdf"
    result = run("print", "demo", "--what", "cards,report", "--paper", "letter", "-o", str(out))
    assert result.exit_code == 0 and str(out) in result.output
    reader = PdfReader(str(out))
    assert round(float(reader.pages[0].mediabox.width)) == 612  # letter, in points
    assert "Verslag" in " ".join(p.extract_text() for p in reader.pages).title()
    blank = run("print", "demo", "--what", "blank")  # no -o: into the prints folder
    assert blank.exit_code == 0 and "(1 pagina)" in blank.output
    assert len(list((folder / "prints").glob("demo-*.pdf"))) == 1
    wrong = run("print", "demo", "--what", "flyers")
    assert wrong.exit_code == 1 and "flyers" in wrong.output and "fiches" in wrong.output
