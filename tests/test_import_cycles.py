"""No import circles inside the package: the layers form a house, no import runs back up.

The checker itself is tested on a small package written here, so a broken checker cannot
pass silently."""

from __future__ import annotations

from pathlib import Path

from import_graph import find_cycles, import_graph

import hefboom_tui

PACKAGE = Path(hefboom_tui.__file__).parent


def test_the_package_has_no_import_cycle() -> None:
    graph = import_graph(PACKAGE, "hefboom_tui")
    assert len(graph) > 50  # it really walked the package
    assert find_cycles(graph) == []


def test_model_imports_nothing_above_it() -> None:
    graph = import_graph(PACKAGE, "hefboom_tui")
    for module, imports in graph.items():
        if module.startswith("hefboom_tui.model"):
            above = {i for i in imports if not i.startswith(("hefboom_tui.model", "hefboom_tui.i18n"))}
            assert not above, f"{module} imports {above}"


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "pkg"


def test_checker_finds_a_cycle_also_through_lazy_and_relative_imports(tmp_path: Path) -> None:
    pkg = _write(tmp_path, {
        "__init__.py": "",
        "a.py": "from pkg.b import thing\n",
        "b.py": "def thing():\n    from . import c\n",  # a lazy, relative import still counts
        "c.py": "import pkg.a\n",
        "d.py": "from pkg import a\n",  # imports into the cycle, is not part of it
        "sub/__init__.py": "",
        "sub/e.py": "from ..d import x\n",
    })
    graph = import_graph(pkg, "pkg")
    assert graph["pkg.sub.e"] == {"pkg.d"}
    assert find_cycles(graph) == [["pkg.a", "pkg.b", "pkg.c"]]


def test_checker_ignores_type_checking_imports(tmp_path: Path) -> None:
    pkg = _write(tmp_path, {
        "__init__.py": "",
        "app.py": "from pkg.screen import Screen\n",
        "screen.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.app import App\n",
    })
    assert find_cycles(import_graph(pkg, "pkg")) == []
    (pkg / "screen.py").write_text("from pkg.app import App\n", encoding="utf-8")
    assert find_cycles(import_graph(pkg, "pkg")) == [["pkg.app", "pkg.screen"]]
