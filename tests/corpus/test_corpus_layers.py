"""reader.corpus is a front end: it reaches the engine only through reader.analysis."""

from __future__ import annotations

import ast
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "reader" / "corpus"
ENGINE = ("reader.documents", "reader.compare", "reader.quotes", "reader.audit", "reader.changes")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_corpus_modules_import_no_engine_package_directly() -> None:
    offenders = {
        path.name: sorted(
            m for m in _imports(path) if any(m == e or m.startswith(e + ".") for e in ENGINE)
        )
        for path in sorted(CORPUS.glob("*.py"))
    }
    assert {name: bad for name, bad in offenders.items() if bad} == {}
    assert len(offenders) >= 10  # the package was found and read
