"""The engine stays importable with no display: only reader.ui and reader.app use Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "reader"
QT_ALLOWED = {"reader/ui", "reader/app.py", "reader/__main__.py"}


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _is_ui(path: Path) -> bool:
    relative = path.relative_to(ROOT).as_posix()
    return any(relative == a or relative.startswith(a + "/") for a in QT_ALLOWED)


def test_no_qt_imports_outside_the_ui_layer() -> None:
    offenders = [
        path.relative_to(ROOT).as_posix()
        for path in PACKAGE.rglob("*.py")
        if not _is_ui(path)
        and any(m.split(".")[0] in {"PySide6", "PyQt5", "PyQt6"} for m in _imported_modules(path))
    ]
    assert offenders == []


def test_engine_import_does_not_load_qt() -> None:
    code = (
        "import sys, reader.cli, reader.compare, reader.documents, reader.quotes, reader.audit, "
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
