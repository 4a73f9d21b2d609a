"""Abuse: random bytes and shapes into the CSV importer, the deck loader and the session
loader — never a traceback, always a clear message, never a modified input file."""

from __future__ import annotations

import json

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hefboom_tui.cli import cli
from hefboom_tui.exchange.csv_import import ImportError_, plan_import
from hefboom_tui.model.deck_format import DeckError, parse_deck, parse_options
from hefboom_tui.store.errors import StoreError
from hefboom_tui.store.session_store import SessionStore

FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

csv_cells = st.text(alphabet=st.characters(codec="utf-8"), max_size=20) | st.sampled_from(
    ["naam", "Name", "beschrijving", "THEMA", "schaal", "lokaal", "online", '"', '""', "\r\n",
     ";", ",", "\ufeff", "x" * 100])
csv_texts = st.lists(st.lists(csv_cells, max_size=6), max_size=12).map(
    lambda rows: "\n".join(";".join(r) for r in rows))


@FAST
@given(st.binary(max_size=2000) | csv_texts.map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_csv_importer_never_crashes(raw: bytes) -> None:
    try:
        plan = plan_import(raw, [], source="fuzz.csv")
    except ImportError_ as exc:
        assert "fuzz.csv" in str(exc) or "regel" in str(exc)
        return
    assert plan.rows and all(r["name"].strip() for r in plan.rows)


@FAST
@given(st.binary(max_size=1000))
def test_cli_import_keeps_file_and_gives_one_message(tmp_path_factory, raw: bytes) -> None:
    folder = tmp_path_factory.mktemp("s")
    source = folder / "in.csv"
    source.write_bytes(raw)
    runner = CliRunner()
    assert runner.invoke(cli, ["--sessions-dir", str(folder), "new", "x"]).exit_code == 0
    result = runner.invoke(cli, ["--sessions-dir", str(folder), "import", "x", str(source)])
    assert result.exit_code in (0, 1)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert source.read_bytes() == raw


deck_lines = st.sampled_from([
    "[[principles]]", "[[cards]]", "[deck]", 'id = "E"', 'id = 3', 'name = "Een"',
    'colour = "#123456"', 'colour = "rood"', 'symbol = "E"', 'principle = "E"',
    'principle = "Q"', 'text = "Een kaart"', "text = 5", 'text = ""', "cards = 3",
    "principles = []", "[[options]]", 'kind = "tip"', 'kind = "wens"', "= =", '"', "[",
])


@FAST
@given(st.lists(deck_lines, max_size=25).map("\n".join) | st.text(max_size=300))
def test_deck_and_option_loader_never_crash(text: str) -> None:
    for parse in (parse_deck, parse_options):
        try:
            parse(text, "fuzz.toml")
        except DeckError as exc:
            assert "fuzz.toml" in str(exc)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
session_shapes = json_values | st.fixed_dictionaries({
    "meta": st.dictionaries(st.sampled_from(["1", "2"]),
                            st.dictionaries(st.sampled_from(
                                ["name", "schema_version", "round", "step", "timer"]),
                                json_values, max_size=4), max_size=2),
    "initiatives": st.dictionaries(st.sampled_from(["1", "x"]), json_values, max_size=2),
    "duos": json_values,
})


@FAST
@given(session_shapes)
def test_session_loader_never_crashes_nor_writes(tmp_path_factory, shape) -> None:
    folder = tmp_path_factory.mktemp("s")
    path = folder / "fuzz.json"
    text = json.dumps(shape)
    path.write_text(text, encoding="utf-8")
    try:
        store = SessionStore(path)
    except StoreError as exc:
        assert str(path) in str(exc)
    else:
        store.close()
    assert path.read_text(encoding="utf-8") == text


@FAST
@given(st.binary(max_size=500))
def test_session_loader_random_bytes(tmp_path_factory, raw: bytes) -> None:
    path = tmp_path_factory.mktemp("s") / "bytes.json"
    path.write_bytes(raw)
    try:
        SessionStore(path).close()
    except StoreError:
        pass
    assert path.read_bytes() == raw
