"""The layer rules, checked on the imports of every module.

engine   documents, compare, quotes, audit   no Qt; nothing from analysis/present/report/ui
pipeline analysis                            no Qt; the engine only
present  present                             no Qt; engine records only (not analysis)
reports  report                              no Qt; present and engine records
window   ui                                  the engine only through analysis and present
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "reader"
QT_ALLOWED = {"reader/ui", "reader/app.py", "reader/__main__.py"}
QT = {"PySide6", "PyQt5", "PyQt6", "shiboken6"}
ENGINE = ("reader.documents", "reader.compare", "reader.quotes", "reader.audit")
FRONT = ("reader.analysis", "reader.present", "reader.report", "reader.ui", "reader.cli")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules_under(folder: str) -> dict[str, set[str]]:
    return {
        path.relative_to(ROOT).as_posix(): _imported_modules(path)
        for path in (ROOT / folder).rglob("*.py")
    }


def _within(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def _is_ui(path: Path) -> bool:
    relative = path.relative_to(ROOT).as_posix()
    return any(relative == a or relative.startswith(a + "/") for a in QT_ALLOWED)


def test_no_qt_imports_outside_the_ui_layer() -> None:
    offenders = [
        path.relative_to(ROOT).as_posix()
        for path in PACKAGE.rglob("*.py")
        if not _is_ui(path) and any(m.split(".")[0] in QT for m in _imported_modules(path))
    ]
    assert offenders == []


def test_engine_packages_import_nothing_from_the_layers_above() -> None:
    offenders = {
        path: sorted(m for m in imports if _within(m, FRONT))
        for folder in ENGINE
        for path, imports in _modules_under(folder.replace(".", "/")).items()
    }
    assert {path: bad for path, bad in offenders.items() if bad} == {}


def test_present_reads_engine_records_only() -> None:
    above = ("reader.analysis", "reader.report", "reader.ui", "reader.cli")
    offenders = {
        path: sorted(m for m in imports if _within(m, above))
        for path, imports in _modules_under("reader/present").items()
    }
    assert {path: bad for path, bad in offenders.items() if bad} == {}


def test_analysis_uses_the_engine_only() -> None:
    above = ("reader.present", "reader.report", "reader.ui", "reader.cli")
    offenders = {
        path: sorted(m for m in imports if _within(m, above))
        for path, imports in _modules_under("reader/analysis").items()
    }
    assert {path: bad for path, bad in offenders.items() if bad} == {}


def test_the_window_reaches_the_engine_only_through_analysis_and_present() -> None:
    offenders = {
        path: sorted(m for m in imports if _within(m, ENGINE))
        for path, imports in _modules_under("reader/ui").items()
    }
    assert {path: bad for path, bad in offenders.items() if bad} == {}


def test_engine_import_does_not_load_qt() -> None:
    code = (
        "import sys, reader.cli, reader.analysis, reader.present.marks, reader.present.quotes, "
        "reader.report.json_report, reader.report.html_report, reader.report.text_report; "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_subpackage_is_listed_for_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in PACKAGE.rglob("__init__.py")}
    assert found <= listed, f"add {sorted(found - listed)} to [tool.setuptools] packages"
