"""Every message exists in Dutch and English with the same placeholders, and every key the
code uses exists."""

import re
from pathlib import Path

import pytest

from hefboom_tui.i18n import LANGUAGES, placeholders, set_language, t, tn
from hefboom_tui.messages import CATALOG
from hefboom_tui.model.errors import ActionError

SRC = Path(__file__).resolve().parents[1] / "src" / "hefboom_tui"


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_both_languages(key: str) -> None:
    entry = CATALOG[key]
    assert set(entry) == set(LANGUAGES), key
    assert all(entry[lang].strip() for lang in LANGUAGES), key
    assert placeholders(entry["nl"]) == placeholders(entry["en"]), key


def test_every_literal_key_used_in_code_exists() -> None:
    pattern = re.compile(r"""\bt\(\s*["']([a-z_]+\.[a-z0-9_.]*[a-z0-9_])["']""")
    missing = set()
    for path in SRC.rglob("*.py"):
        for key in pattern.findall(path.read_text(encoding="utf-8")):
            if key not in CATALOG:
                missing.add(f"{path.name}: {key}")
    assert not missing


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
