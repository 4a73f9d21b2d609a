"""Convert the old message dictionaries (``src/hefboom_tui/messages/*.py``) into the gettext
catalogs ``src/hefboom_tui/locale/{nl,en}/LC_MESSAGES/hefboom.po`` and compile the ``.mo``.

A one-off, re-runnable while texts are still added to the dictionaries; once the
dictionaries are gone the ``.po`` files are the source (see docs/translating.md).

- msgids are the symbolic keys (``wall.count``); a key with a ``KEY.one`` sibling becomes one
  plural entry (msgid = msgid_plural = KEY; form 0 the ``.one`` text, form 1 the other);
- click's own texts (``messages/click_texts.py``) get the context ``click`` and click's
  English text as msgid;
- a section comment in a dictionary and the notes below become translator comments (``#.``).

Run: ``PYTHONPATH=src python tools/dicts_to_po.py`` (needs Babel: ``pip install -e '.[test]'``).
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import write_po

ROOT = Path(__file__).resolve().parents[1]
MESSAGES = ROOT / "src" / "hefboom_tui" / "messages"
LOCALE = ROOT / "src" / "hefboom_tui" / "locale"
LANGS = ("nl", "en")

NOTES: list[tuple[str, str]] = [  # (key prefix or regex, note): context a key does not give
    (r"^field\.", "A field name, also used inside messages such as: The field '{field}' may "
                  "not be empty. Lower case."),
    (r"^key\.", "What a key does: shown in the footer, the ? help and the command palette. "
                "One or two words."),
    (r"^count\.", "A number with its noun, put into longer messages (such as {initiatives})."),
    (r"hint", "A hint line above the footer: single letters, Enter, Esc, F-keys and [ ] are "
              "keys and stay as they are."),
    (r"^action\.", "The name of an action, in the undo and redo notices (Undone: ...)."),
    (r"^cli\.(arg|type|usage)\.", "A placeholder in `hefboom --help`, in capitals like the "
                                  "command line's own."),
    (r"^cli\.(help|opt)\.", "Help of the command line: `hefboom --help`."),
    (r"^poster\.", "A question on the poster, addressed to the citizens (plural you: jullie)."),
    (r"^guide\.", "The visit guide, addressed to the visitor (singular you: je)."),
    (r"^export\.col\.", "A column head in the CSV export."),
    (r"^print\.", "Printed on the sheets (PDF)."),
    (r"^palette\.", "The command palette (Ctrl+P)."),
]
NAMES = {"nl": "Nederlands", "en": "English"}
STAMP = dt.datetime(2026, 12, 3, tzinfo=dt.UTC)  # fixed: a re-run changes no header
HEADER = ("# The messages of hefboom-tui (symbolic msgids: see docs/translating.md).\n"
          "# Distributed under the same license as hefboom-tui (MIT).")
CLICK_NOTE = ("Text of click, the command-line library (usage lines and errors). Keep every "
              "{placeholder} exactly, including !r.")


def _sections() -> dict[str, str]:
    """key → the section comment written just above it in its dictionary."""
    found: dict[str, str] = {}
    for path in sorted(MESSAGES.glob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if isinstance(node, ast.Dict):
                for key in node.keys:
                    if isinstance(key, ast.Constant) and isinstance(key.value, str):
                        above = lines[key.lineno - 2].strip()
                        if above.startswith("#"):
                            found[key.value] = above.lstrip("# ").strip()
    return found


def _notes(key: str, section: str | None) -> list[str]:
    notes = [section] if section else []
    notes += [note for pattern, note in NOTES if re.search(pattern, key)]
    return notes


def build(lang: str) -> Catalog:
    """The catalog of ``lang`` from the dictionaries."""
    from hefboom_tui.messages import CATALOG
    from hefboom_tui.messages.click_texts import CLICK, CLICK_PLURALS

    catalog = Catalog(locale=lang, domain="hefboom", project="hefboom-tui", version="0.1",
                      header_comment=HEADER, msgid_bugs_address="-",
                      last_translator="hefboom-tui", language_team=NAMES[lang],
                      creation_date=STAMP, revision_date=STAMP, charset="utf-8", fuzzy=False)
    sections = _sections()
    for key, entry in CATALOG.items():
        if key.endswith(".one") and key[:-4] in CATALOG:
            continue
        notes = _notes(key, sections.get(key))
        one = CATALOG.get(key + ".one")
        if one is not None:
            forms = (one[lang], entry[lang])
            catalog.add((key, key), forms, auto_comments=notes)
        else:
            catalog.add(key, entry[lang], auto_comments=notes)
    for msgid, entry in CLICK.items():
        catalog.add(msgid, entry[lang], context="click", auto_comments=[CLICK_NOTE])
    for ids, forms in CLICK_PLURALS.items():
        catalog.add(ids, forms[lang], context="click", auto_comments=[CLICK_NOTE])
    return catalog


def main() -> None:
    """Write and compile both catalogs."""
    for lang in LANGS:
        catalog = build(lang)
        folder = LOCALE / lang / "LC_MESSAGES"
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / "hefboom.po", "wb") as po:
            write_po(po, catalog, width=100, omit_header=False, no_location=True,
                     include_lineno=False)
        with open(folder / "hefboom.mo", "wb") as mo:
            write_mo(mo, catalog)
        print(f"{folder / 'hefboom.po'}: {len(catalog)} messages")


if __name__ == "__main__":
    main()
