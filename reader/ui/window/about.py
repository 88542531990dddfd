"""Help ▸ About: versions of Reader, Qt, PySide, spaCy and the language model.

The model description imports spaCy, so it is looked up on a worker.
"""

from __future__ import annotations

import importlib.metadata
import platform
from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QWidget

from reader import __version__
from reader.analysis import model_description
from reader.ui.window import dialogs
from reader.ui.workers import CancelToken, Runner


def package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def about_html(model: str) -> str:
    rows = [
        ("Reader", __version__),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("spaCy", package_version("spacy")),
        ("Language model", model),
        ("Python", platform.python_version()),
    ]
    table = "".join(
        f"<tr><td>{escape(k)}&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows
    )
    return (
        "<h3>Reader</h3><p>Two versions of an article side by side: what changed, "
        f"and what happened to every quote.</p><table>{table}</table>"
    )


def start_about(window: QWidget, runner: Runner) -> None:
    """Look the model up on a worker, then show the About box over `window`."""

    def describe(_token: CancelToken) -> str:
        return model_description()

    def failed(error: BaseException, _details: str) -> None:
        dialogs.show_about(window, about_html(f"unknown ({error})"))

    runner.start(
        "about", describe, lambda model: dialogs.show_about(window, about_html(model)), failed
    )
