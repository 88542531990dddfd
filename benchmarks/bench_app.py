"""Benchmark the whole app on long article pairs: loaders, engine, quotes and the window.

    .venv/bin/python benchmarks/bench_app.py [--sizes 1000,10000,100000,300000] [--no-window]
    .venv/bin/python benchmarks/bench_app.py --cold-start

For each size the pair generator of bench_compare.py writes an old and an edited
new article. Two fresh processes then measure it:

* the engine: loading both files, `analysis.compare`, and `analysis.quotes` on
  both versions (spaCy model loaded and warmed up beforehand, as in a running app);
* the window: the real MainWindow, offscreen, already showing a small pair (so the
  quote process and model are warm), opens the pair; we time open → both panes
  fully highlighted and open → quote audit shown (the change ledger follows it). A 5 ms
  QTimer records the longest gap between its ticks until the ledger is shown too: the
  longest event-loop stall.
  Peak memory is the window process's high-water mark plus that of its helper
  processes (the spaCy quote process).

`git diff --no-index --word-diff` runs on the same files in the same run for
scale. Targets: stall ≤ 100 ms, memory ≤ 800 MB. The table prints as Markdown.
Last, a cold start (`--cold-start` runs only this): window shown → quotes of a
1,000-word pair ≤ 1.5 s, with both processes' CPU seconds beside the wall times.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_compare import DEFAULT_SIZES, time_git, write_pair

STALL_TARGET_MS = 100
MEMORY_TARGET_MB = 800
TICK_MS = 5
WINDOW_TIMEOUT_S = 900
FIRST_QUOTES_WORDS = 1000
FIRST_QUOTES_TARGET_S = 1.5


# ------------------------------------------------------------------ engine child


def measure_engine(old_path: Path, new_path: Path) -> dict[str, Any]:
    from reader import analysis

    warm = analysis.load_text('"We will go," the mayor said. A warm-up of imports.')
    analysis.compare(warm, warm)
    analysis.quotes(warm)
    started = time.perf_counter()
    old, new = analysis.load(old_path), analysis.load(new_path)
    loaded = time.perf_counter()
    result = analysis.compare(old, new)
    compared = time.perf_counter()
    old_quotes, new_quotes = analysis.quotes(old), analysis.quotes(new)
    quoted = time.perf_counter()
    return {
        "words": result.stats.words_old,
        "load_s": loaded - started,
        "engine_s": compared - loaded,
        "quotes_s": quoted - compared,
        "quotes": len(old_quotes.quotes) + len(new_quotes.quotes),
        "degraded": result.stats.degraded,
    }


# ------------------------------------------------------------------ window child


class StallMeter:
    """A timer that should tick every TICK_MS; the longest gap between ticks is a stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


def _wait(app: Any, condition: Any, timeout: float) -> float:
    """Process events until `condition()`; returns when it became true (perf_counter)."""
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not finish in time")
        app.processEvents()
        time.sleep(0.001)  # the GUI thread idles between events, as in app.exec()
    return time.perf_counter()


def measure_window(
    old_path: Path, new_path: Path, warm_old: Path, warm_new: Path
) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    import reader.ui  # noqa: F401  (the package's import-time guards)
    from reader.analysis import LocalPipeline
    from reader.ui.settings import Settings
    from reader.ui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="bench_app_settings_") as folder:
        qsettings = QSettings(str(Path(folder) / "reader.ini"), QSettings.Format.IniFormat)
        window = MainWindow(LocalPipeline(), settings=Settings(qsettings))
        window.resize(1400, 880)
        window.show()
        try:
            _open_and_wait(app, window, warm_old, warm_new)  # model and quote process warm
            return _measure_open(app, window, old_path, new_path)
        finally:
            window.session.cancel()
            window.close()


def _open_and_wait(app: Any, window: Any, old_path: Path, new_path: Path) -> None:
    window.open_pair(old_path, new_path)
    _wait(app, lambda: _highlighted(window, old_path, new_path), WINDOW_TIMEOUT_S)
    _wait(app, lambda: _audited(window), WINDOW_TIMEOUT_S)


def _measure_open(app: Any, window: Any, old_path: Path, new_path: Path) -> dict[str, Any]:
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    window.open_pair(old_path, new_path)
    highlighted = _wait(app, lambda: _highlighted(window, old_path, new_path), WINDOW_TIMEOUT_S)
    audited = _wait(app, lambda: _quotes_shown(window), WINDOW_TIMEOUT_S)
    _wait(app, lambda: _audited(window), WINDOW_TIMEOUT_S)  # and the ledger: stalls count
    meter.stop()
    own, helpers = _peak_memory_mb()
    return {
        "highlighted_s": highlighted - started,
        "audited_s": audited - started,
        "stall_ms": meter.longest * 1000,
        "memory_mb": own + helpers,
        "window_memory_mb": own,
    }


def _highlighted(window: Any, old_path: Path, new_path: Path) -> bool:
    diff = window.diff
    if diff is None or "diff" in window.session.runner.live:
        return False
    comparison = diff.comparison
    if (comparison.old.path, comparison.new.path) != (old_path, new_path):
        return False
    return all(view.runs_done() for view in window.views.values())


def _audited(window: Any) -> bool:
    return window.session.audit is not None and "quotes" not in window.session.runner.live


def _peak_memory_mb() -> tuple[float, float]:
    """High-water RSS of this process and the sum over its child processes, in MB."""
    me = os.getpid()
    helpers = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            if parent == me:
                helpers += _high_water_mb(entry / "status")
        except (OSError, ValueError, IndexError):
            continue
    return _high_water_mb(Path("/proc/self/status")), helpers


def _high_water_mb(status: Path) -> float:
    for line in status.read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


# ------------------------------------------------------------------ parent


def measure_first_quotes(old_path: Path, new_path: Path) -> dict[str, Any]:
    """A cold start as `reader OLD NEW` does it: seconds from the window appearing to quotes.

    The pipeline is started first (the child loads spaCy while Qt and the files load),
    then the window is shown and the pair opened; the clock starts when it is shown.
    Beside the wall times, CPU seconds (load-proof): the window process's up to the
    window showing, and the quote process's up to the quotes and to the ledger arriving.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    from reader.analysis import LocalPipeline

    pipeline = LocalPipeline()
    pipeline.start()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    import reader.ui  # noqa: F401  (the package's import-time guards)
    from reader.ui.settings import Settings
    from reader.ui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="bench_app_settings_") as folder:
        qsettings = QSettings(str(Path(folder) / "reader.ini"), QSettings.Format.IniFormat)
        window = MainWindow(pipeline, settings=Settings(qsettings))
        window.show()
        app.processEvents()
        shown = time.perf_counter()
        shown_cpu = time.process_time()
        window.open_pair(old_path, new_path)
        child = _CpuOf(pipeline)
        try:
            quotes = _wait(app, lambda: child.mark(_quotes_shown(window), "quotes"), 120)
            ledger = _wait(app, lambda: child.mark(_ledger_shown(window), "ledger"), 120)
        finally:
            window.close()
    return {
        "launch_to_window_s": shown - started,
        "window_to_quotes_s": quotes - shown,
        "window_to_ledger_s": ledger - shown,
        "window_cpu_s": shown_cpu,
        "child_cpu_quotes_s": child.marks["quotes"],
        "child_cpu_ledger_s": child.marks["ledger"],
    }


class _CpuOf:
    """CPU seconds of the pipeline's quote process, read from /proc when a condition holds."""

    def __init__(self, pipeline: Any) -> None:
        process = getattr(getattr(pipeline, "_child", None), "_process", None)
        self.pid = process.pid if process is not None else None
        self.marks: dict[str, float] = {}

    def mark(self, condition: bool, name: str) -> bool:
        if condition and name not in self.marks:
            self.marks[name] = self._cpu()
        return condition

    def _cpu(self) -> float:
        if self.pid is None:
            return float("nan")
        try:
            fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return float("nan")
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _quotes_shown(window: Any) -> bool:
    """The sidebar lists the audit (it does so as the audit arrives, before the ledger)."""
    return window.session.audit is not None


def _ledger_shown(window: Any) -> bool:
    return window.session.changes is not None and "quotes" not in window.session.runner.live


def _child(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{args[0]} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def _flag(value: float, target: float) -> str:
    return "" if value <= target else " ⚠"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    parser.add_argument("--no-window", action="store_true", help="skip the window measurements")
    parser.add_argument(
        "--cold-start", action="store_true", help="only the cold start (window to first quotes)"
    )
    parser.add_argument("--engine-child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--window-child", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--first-quotes-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.engine_child:
        print(json.dumps(measure_engine(*map(Path, args.engine_child))))
        return
    if args.window_child:
        print(json.dumps(measure_window(*map(Path, args.window_child))))
        return
    if args.first_quotes_child:
        print(json.dumps(measure_first_quotes(*map(Path, args.first_quotes_child))))
        return
    if args.cold_start:
        with tempfile.TemporaryDirectory(prefix="bench_app_") as folder:
            _print_first_quotes(Path(folder))
        return
    sizes = [int(size) for size in args.sizes.split(",")]
    print(
        "| words (old) | load both | engine | quotes (both) | window: open → highlighted "
        "| window: open → quotes | longest stall | peak memory | git --word-diff "
        "| engine / git | window / git |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="bench_app_") as folder:
        warm_old, warm_new = write_pair(300, Path(folder))
        for size in sizes:
            old_path, new_path = write_pair(size, Path(folder))
            engine = _child("--engine-child", str(old_path), str(new_path))
            git = time_git(old_path, new_path)
            window: dict[str, Any] = {}
            if not args.no_window:
                paths = (old_path, new_path, warm_old, warm_new)
                window = _child("--window-child", *map(str, paths))
            _print_row(engine, window, git)
        if not args.no_window:
            _print_first_quotes(Path(folder))


def _print_first_quotes(folder: Path) -> None:
    """Issue 13's target: quotes of a 1k-word pair within 1.5 s of the window appearing."""
    old_path, new_path = write_pair(FIRST_QUOTES_WORDS, folder)
    result = _child("--first-quotes-child", str(old_path), str(new_path))
    late = _flag(result["window_to_quotes_s"], FIRST_QUOTES_TARGET_S)
    print(
        f"\nCold start, {FIRST_QUOTES_WORDS:,}-word pair: window shown "
        f"{_ms(result['launch_to_window_s'])} after launch, quotes "
        f"{_ms(result['window_to_quotes_s'])} after that{late} "
        f"(target {FIRST_QUOTES_TARGET_S} s), change ledger "
        f"{_ms(result['window_to_ledger_s'])} after it appeared. CPU: the window process "
        f"{_ms(result['window_cpu_s'])} up to showing, the quote process "
        f"{_ms(result['child_cpu_quotes_s'])} up to the quotes and "
        f"{_ms(result['child_cpu_ledger_s'])} up to the ledger (load average "
        f"{os.getloadavg()[0]:.1f})"
    )


def _print_row(engine: dict[str, Any], window: dict[str, Any], git: float | None) -> None:
    degraded = " (degraded)" if engine["degraded"] else ""
    cells = [
        f"{engine['words']:,}",
        _ms(engine["load_s"]),
        _ms(engine["engine_s"]) + degraded,
        f"{_ms(engine['quotes_s'])} ({engine['quotes']:,} quotes)",
    ]
    if window:
        cells += [
            _ms(window["highlighted_s"]),
            _ms(window["audited_s"]),
            f"{window['stall_ms']:.0f} ms{_flag(window['stall_ms'], STALL_TARGET_MS)}",
            f"{window['memory_mb']:.0f} MB{_flag(window['memory_mb'], MEMORY_TARGET_MB)}"
            f" (window {window['window_memory_mb']:.0f})",
        ]
    else:
        cells += ["n/a"] * 4
    cells.append(_ms(git) if git is not None else "n/a")
    cells.append(f"{engine['engine_s'] / git:.1f}×" if git else "n/a")
    cells.append(f"{window['highlighted_s'] / git:.1f}×" if git and window else "n/a")
    print("| " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
