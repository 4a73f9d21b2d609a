"""The gettext catalogs: every message in every language with the same placeholders, no key
the code asks for is missing, no message is left that no code uses, and each committed
``.mo`` is what its ``.po`` compiles to. Plural forms for 0, 1 and 2."""

from __future__ import annotations

import ast
import gettext
import io
import re
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir, extract_python
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from hefboom_tui.i18n import DOMAIN, LANGUAGES, LOCALE_DIR, placeholders, set_language, t, tn
from hefboom_tui.model.errors import ActionError

SRC = Path(__file__).resolve().parents[1] / "src" / "hefboom_tui"
KEYWORDS = {"t": None, "tn": (1, 1), "N_": None,
            "ActionError": None, "ValidationError": (2,)}  # see docs/translating.md
# Keys the code builds in a way neither Babel nor the scan below can see, with where: keep short.
DYNAMIC_PREFIXES = {
    "step.": "model/method.py: Step.title_key and Step.help_key (f'step.{id}')",
}


def _po(lang: str) -> Path:
    return Path(LOCALE_DIR) / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def catalog(lang: str) -> Catalog:
    with open(_po(lang), "rb") as po:
        return read_po(po, locale=lang)


def _key(message: Message) -> str:
    return message.id[0] if isinstance(message.id, (list, tuple)) else message.id


def messages(lang: str) -> dict[tuple[str | None, str], Message]:
    return {(m.context, _key(m)): m for m in catalog(lang) if m.id}


def _forms(message: Message) -> list[str]:
    return list(message.string) if isinstance(message.string, (list, tuple)) else [message.string]


@cache
def extracted() -> dict[str, set[str]]:
    """Every key the code names in t() / tn() / N_() / an error, found by Babel's Python
    extractor, with the functions it is named in."""
    found: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        with open(path, "rb") as source:
            for _line, function, args, _comments in extract_python(source, KEYWORDS, (), {}):
                args = args if isinstance(args, (list, tuple)) else (args,)
                index = (KEYWORDS[function] or (1,))[0] - 1
                if len(args) > index and isinstance(args[index], str):
                    found.setdefault(args[index], set()).add(function)
        # Babel's tokenizer sees no call inside an f-string before Python 3.12: the tree does
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in KEYWORDS:
                index = (KEYWORDS[node.func.id] or (1,))[0] - 1
                arg = node.args[index] if len(node.args) > index else None
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.setdefault(arg.value, set()).add(node.func.id)
    return found


@cache
def dynamic_patterns() -> tuple[set[str], set[str]]:
    """What the code builds: ``t(f"level.{v}")`` and ``t("level." + v)`` give the pattern
    ``level\\.[^.]+``; plus every string constant that is a key (a key kept in a variable
    or a table, such as a screen's ``TITLE_KEY``)."""
    patterns, constants = set(), set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("t", "tn") and node.args):
                continue
            arg = node.args[0]
            parts = arg.values if isinstance(arg, ast.JoinedStr) else (
                [arg.left, arg.right] if isinstance(arg, ast.BinOp) else [])
            if parts and isinstance(parts[0], ast.Constant) and "." in str(parts[0].value):
                patterns.add("".join(re.escape(str(p.value)) if isinstance(p, ast.Constant)
                                     else r"[^.]+" for p in parts))
    return patterns | {re.escape(p) + r".+" for p in DYNAMIC_PREFIXES}, constants


def test_the_languages_have_their_catalogs() -> None:
    """Each language has a catalog whose Plural-Forms header is the one the language needs
    (Babel knows it from the CLDR: nl and en "nplurals=2; plural=(n != 1);")."""
    for lang in LANGUAGES:
        meta = catalog(lang)
        assert str(meta.locale) == lang
        assert meta.plural_forms == Catalog(locale=lang).plural_forms
    assert catalog("nl").plural_forms == "nplurals=2; plural=(n != 1);"


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_every_message_is_translated_in_every_language(lang: str) -> None:
    assert set(messages(lang)) == set(messages("nl")), "the same keys in every language"
    bad = [key for key, m in messages(lang).items()
           if m.fuzzy or not all(form.strip() for form in _forms(m))]
    assert not bad, f"untranslated or fuzzy in {lang}: {bad}"


def test_the_same_placeholders_in_every_language() -> None:
    differ = []
    for key, message in messages("nl").items():
        expected = set().union(*(placeholders(form) for form in _forms(message)))
        for lang in LANGUAGES:
            other = messages(lang)[key]
            if set().union(*(placeholders(f) for f in _forms(other))) != expected:
                differ.append((lang, key))
            if isinstance(other.id, tuple) != isinstance(message.id, tuple):
                differ.append((lang, key, "plural in one language only"))
    assert not differ


def test_every_key_the_code_names_exists_with_the_right_lookup() -> None:
    catalog_keys = {key: m for (context, key), m in messages("nl").items() if not context}
    missing = sorted(k for k in extracted() if k not in catalog_keys
                     and not k.endswith((".", "_")))
    assert not missing, f"keys used in code but not in the catalog: {missing}"
    wrong = [(k, sorted(how)) for k, how in extracted().items() if k in catalog_keys
             and (("tn" in how and not isinstance(catalog_keys[k].id, tuple))
                  or ("t" in how and isinstance(catalog_keys[k].id, tuple)))]
    assert not wrong, "tn() needs a plural entry, t() a plain one"


def test_no_message_that_no_code_uses() -> None:
    patterns, constants = dynamic_patterns()
    matcher = re.compile("|".join(f"(?:{p})" for p in sorted(patterns)))
    used = set(extracted()) | constants
    unused = sorted(key for (context, key) in messages("nl") if not context
                    and key not in used and not matcher.fullmatch(key))
    assert not unused, f"messages no code uses (remove them from every .po): {unused}"


def test_clicks_texts_are_clicks() -> None:
    """Entries in context ``click`` translate texts click really has (an update of click
    that rewords one shows here)."""
    import click

    ours = {key for (context, key) in messages("nl") if context == "click"}
    theirs = set()
    for _f, _l, msg, _c, _x in extract_from_dir(
            str(Path(click.__file__).parent),
            keywords={"_": None, "gettext": None, "ngettext": (1, 2)}, comment_tags=()):
        theirs.add(msg[0] if isinstance(msg, (list, tuple)) else msg)
    assert ours and ours <= theirs, sorted(ours - theirs)
    assert {"Usage:", "Options", "Show this message and exit."} <= ours


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_the_mo_is_the_compiled_po(lang: str) -> None:
    """The committed .mo holds exactly what its .po compiles to (mtimes say nothing after a
    checkout): run `pybabel compile -d src/hefboom_tui/locale -D hefboom` after an edit."""
    compiled = io.BytesIO()
    write_mo(compiled, catalog(lang))
    compiled.seek(0)
    fresh = gettext.GNUTranslations(compiled)
    with open(_po(lang).with_suffix(".mo"), "rb") as mo:
        shipped = gettext.GNUTranslations(mo)
    assert shipped._catalog == fresh._catalog  # type: ignore[attr-defined]


def test_switching_language() -> None:
    set_language("en")
    assert t("status.chosen") == "chosen"
    set_language("nl")
    assert t("status.chosen") == "gekozen"
    with pytest.raises(ValueError):
        set_language("fr")


def test_language_setting_from_the_environment() -> None:
    import os
    import subprocess
    import sys

    code = "from hefboom_tui.i18n import t; print(t('status.chosen'))"
    env = {**os.environ, "HEFBOOM_LANG": "en"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "chosen"
    env["HEFBOOM_LANG"] = "fr"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "gekozen"


def test_start_up_does_not_import_babel() -> None:
    import subprocess
    import sys

    code = ("import sys, hefboom_tui.cli, hefboom_tui.i18n as i; i.t('status.chosen'); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('babel', 'hefboom_tui')"
            " and 'messages' in m or m.startswith('babel')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(("n", "nl", "en"), [
    (0, "PDF klaar (0 pagina's): x.pdf", "PDF ready (0 pages): x.pdf"),
    (1, "PDF klaar (1 pagina): x.pdf", "PDF ready (1 page): x.pdf"),
    (2, "PDF klaar (2 pagina's): x.pdf", "PDF ready (2 pages): x.pdf")])
def test_plural_forms_for_0_1_2(n: int, nl: str, en: str) -> None:
    assert tn("print.done", n, pages=n, path="x.pdf") == nl
    set_language("en")
    assert tn("print.done", n, pages=n, path="x.pdf") == en


@pytest.mark.parametrize("n", [0, 1, 2])
def test_counts_with_a_noun_agree(n: int) -> None:
    nl = {0: "0 initiatieven", 1: "1 initiatief", 2: "2 initiatieven"}[n]
    assert tn("count.initiatives", n) == nl
    assert tn("import.done", n, name="Najaar").startswith(nl + " ")
    line = t("start.line", name="X", when="nu", initiatives=tn("count.initiatives", n),
             participants=tn("count.participants", n))
    assert "1 initiatieven" not in line and "1 deelnemers" not in line
    assert nl in line and ("1 deelnemer " if n == 1 else f"{n} deelnemers") in line
    assert str(ActionError("error.too_few_present", n=n)).startswith(
        "Er is 1 aanwezige;" if n == 1 else f"Er zijn {n} aanwezigen;")
    set_language("en")
    assert tn("count.initiatives", n) == ("1 initiative" if n == 1 else f"{n} initiatives")


def test_every_plural_message_reads_right_for_0_1_2() -> None:
    """No plural entry shows "1 …" with a plural noun or a count of 2 with a singular one:
    form 0 is used for 1 only, form 1 for 0 and 2 (nplurals=2; plural=(n != 1))."""
    for (context, key), message in messages("nl").items():
        if context or not isinstance(message.id, tuple):
            continue
        params = {name: "X" for name in set().union(*(placeholders(f) for f in _forms(message)))}
        params.pop("count", None)
        for lang in ("nl", "en"):  # both: form 0 for 1, form 1 for the rest
            set_language(lang)
            forms = _forms(messages(lang)[(None, key)])
            assert tn(key, 1, **params) == forms[0].format(count=1, **params), key
            for n in (0, 2):
                assert tn(key, n, **params) == forms[1].format(count=n, **params), key
