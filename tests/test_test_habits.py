"""The suite's own habits (issue 10): waits are for conditions, clocks live in benchmarks.

A fixed sleep is either too short on a loaded machine (a flaky test) or too long everywhere
(a slow one); a wall-clock bound fails under load for reasons that are not bugs.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
CLOCKS = {"perf_counter", "monotonic", "time", "process_time"}
# time.sleep that is the behaviour under test or an instrument, not a wait for the product.
SLEEP_ALLOWED = {
    "url_server.py": "the slow server drips one byte per DRIP_BYTE_S",
    "ui/test_open_url.py": "the same slow server, for the window",
    "ui/stall.py": "the stall monitor's sampling thread",
    "ui/test_sync_and_workers.py": "a fake engine polling its cancel flag, as the real one does",
    "test_analysis_child.py": "polls another process's state (no event to wait on)",
}


def _modules() -> list[tuple[str, ast.Module]]:
    return [
        (path.relative_to(TESTS).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(TESTS.rglob("*.py"))
    ]


def _calls(tree: ast.AST) -> list[tuple[str, str, int]]:
    """(owner, attribute, line) of every `owner.attribute(...)` call."""
    return [
        (node.func.value.id, node.func.attr, node.lineno)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
    ]


def test_no_test_waits_a_fixed_time() -> None:
    found = [
        f"{name}:{line} {owner}.{attr}()"
        for name, tree in _modules()
        for owner, attr, line in _calls(tree)
        if (owner, attr) == ("qtbot", "wait")
        or ((owner, attr) == ("time", "sleep") and name not in SLEEP_ALLOWED)
    ]
    assert found == [], "wait for a condition (qtbot.waitUntil, waitSignal) instead"


def _marked(function: ast.FunctionDef) -> bool:
    marks = {ast.unparse(d) for d in function.decorator_list}
    return bool(marks & {"pytest.mark.timing", "pytest.mark.stall"})


def test_no_default_test_reads_the_clock() -> None:
    found = [
        f"{name}:{line} {function.name}"
        for name, tree in _modules()
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef)
        and function.name.startswith("test_")
        and not _marked(function)
        for owner, attr, line in _calls(function)
        if owner == "time" and attr in CLOCKS
    ]
    assert found == [], "move the timing to benchmarks/ or mark it timing"
