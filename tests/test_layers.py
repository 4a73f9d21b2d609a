"""The model layer stays pure: importing it pulls in no UI, database or PDF library."""

import subprocess
import sys


def test_model_imports_no_textual_tinydb_weasyprint() -> None:
    code = (
        "import sys, pkgutil, importlib, hefboom_tui.model as m\n"
        "for info in pkgutil.iter_modules(m.__path__):\n"
        "    importlib.import_module('hefboom_tui.model.' + info.name)\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('textual','tinydb','weasyprint','filelock')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_cli_start_does_not_import_weasyprint() -> None:
    code = "import sys, hefboom_tui.cli, hefboom_tui.tui.app; print('weasyprint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
