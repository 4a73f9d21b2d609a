"""Every message exists in Dutch and English with the same placeholders, and every key the
code uses exists."""

import re
from pathlib import Path

import pytest

from hefboom_tui.i18n import LANGUAGES, placeholders, set_language, t
from hefboom_tui.messages import CATALOG

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


def test_singular_where_one() -> None:
    assert t("print.done", pages=1, path="x.pdf") == "PDF klaar (1 pagina): x.pdf"
    assert t("print.done", pages=3, path="x.pdf") == "PDF klaar (3 pagina's): x.pdf"
    assert t("import.done", count=1, name="Najaar").startswith("1 initiatief ")
    for key in CATALOG:  # a singular text always has its plural key beside it
        if key.endswith(".one"):
            assert key[:-4] in CATALOG, key
