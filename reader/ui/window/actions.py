"""The window's actions, menus and toolbar: shortcuts and tooltips in one table."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from reader.ui.icons import icon
from reader.ui.legend import Legend

Key = QKeySequence.StandardKey

# name: (text, shortcut, tooltip, icon, checkable)
ACTIONS: dict[str, tuple[str, Any, str, str | None, bool]] = {
    "open_old": (
        "Open &Original…",
        "Ctrl+Shift+O",
        "Open the earlier version of the article",
        None,
        False,
    ),
    "open_new": (
        "Open &Revised…",
        "Ctrl+Alt+O",
        "Open the later version of the article",
        None,
        False,
    ),
    "open_pair": (
        "&Open Pair…",
        Key.Open,
        "Open both versions at once (original first)",
        "open",
        False,
    ),
    "open_url": (
        "Open &Web Page…",
        "Ctrl+L",
        "Fetch an article from an http or https address",
        None,
        False,
    ),
    "open_sample": ("Open &Sample", None, "Open the bundled example story", None, False),
    "paste_old": ("Paste as Original", None, "Use the clipboard text as the original", None, False),
    "paste_new": (
        "Paste as Revised",
        None,
        "Use the clipboard text as the revised version",
        None,
        False,
    ),
    "reload": ("Re&load", "F5", "Read both files again from disk", "reload", False),
    "swap": (
        "S&wap Sides",
        "Ctrl+Shift+S",
        "Make the original the revised version and vice versa",
        "swap",
        False,
    ),
    "export": (
        "&Export Report…",
        "Ctrl+E",
        "Save the comparison and quote audit as an HTML page",
        "export",
        False,
    ),
    "quit": ("&Quit", Key.Quit, "Close Reader", None, False),
    "copy": ("&Copy", Key.Copy, "Copy the selected text", None, False),
    "find": ("&Find…", Key.Find, "Find words in either version", "find", False),
    "find_next": ("Find &Next", Key.FindNext, "Next match", None, False),
    "find_prev": ("Find Pre&vious", Key.FindPrevious, "Previous match", None, False),
    "next_change": ("&Next Change", "Alt+Down", "Go to the next changed passage", "next", False),
    "prev_change": (
        "&Previous Change",
        "Alt+Up",
        "Go to the previous changed passage",
        "previous",
        False,
    ),
    "next_quote": (
        "Next &Quote",
        "Alt+Shift+Down",
        "Select the next quote in the list",
        None,
        False,
    ),
    "prev_quote": (
        "Previous Q&uote",
        "Alt+Shift+Up",
        "Select the previous quote in the list",
        None,
        False,
    ),
    "zoom_in": ("Zoom &In", [Key.ZoomIn, "Ctrl+="], "Larger text", None, False),
    "zoom_out": ("Zoom &Out", Key.ZoomOut, "Smaller text", None, False),
    "zoom_reset": ("&Actual Size", "Ctrl+0", "Default text size", None, False),
    "sync": (
        "&Synchronised Scrolling",
        "Ctrl+Shift+Y",
        "Keep the matching passages of both versions side by side",
        "sync",
        True,
    ),
    "sidebar": (
        "Side&bar",
        "Ctrl+Shift+Q",
        "Show or hide the sidebar: quotes, speakers and changes",
        "sidebar",
        True,
    ),
    "ignore_case": (
        "Ignore &Case",
        None,
        "Treat “Council” and “council” as the same word",
        None,
        True,
    ),
    "ignore_punctuation": (
        "Ignore &Punctuation",
        None,
        "Don't count changed commas, dashes and full stops",
        None,
        True,
    ),
    "ignore_quote_style": (
        "Ignore &Quote Style",
        None,
        "Treat straight and curly quote marks as the same",
        None,
        True,
    ),
    "only_changed": (
        "Only &Changed Paragraphs",
        "Ctrl+Shift+H",
        "Hide paragraphs that are the same in both versions",
        "filter",
        True,
    ),
    "auto_recompute": (
        "&Recompute on Change",
        None,
        "Compare again as soon as an option changes",
        None,
        True,
    ),
    "recompute": (
        "Compare &Again",
        "Ctrl+R",
        "Run the comparison again with the current options",
        None,
        False,
    ),
    "cancel": ("Cancel", "Esc", "Stop the work in progress", "stop", False),
    "about": (
        "&About Reader",
        None,
        "Versions of Reader, Qt, spaCy and the language model",
        None,
        False,
    ),
}


def _shortcuts(value: Any) -> list[QKeySequence]:
    """Every key sequence of an action (a standard key can stand for several)."""
    if value is None:
        return []
    keys: list[QKeySequence] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, QKeySequence.StandardKey):
            keys.extend(QKeySequence.keyBindings(item))
        else:
            keys.append(QKeySequence(item))
    unique: list[QKeySequence] = []
    for key in keys:
        if not key.isEmpty() and key not in unique:
            unique.append(key)
    return unique


def build_actions(window: QMainWindow) -> SimpleNamespace:
    actions = SimpleNamespace()
    for name, (text, key, tip, icon_name, checkable) in ACTIONS.items():
        action = QAction(text, window)
        action.setObjectName(f"action_{name}")
        shortcuts = _shortcuts(key)
        if shortcuts:
            action.setShortcuts(shortcuts)
            tip = f"{tip} ({shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setCheckable(checkable)
        action.setProperty("icon_name", icon_name)
        window.addAction(action)
        setattr(actions, name, action)
    actions.themes = QActionGroup(window)
    for theme, label in (("system", "Follow &System"), ("light", "&Light"), ("dark", "&Dark")):
        action = QAction(label, window, checkable=True)
        action.setData(theme)
        action.setObjectName(f"action_theme_{theme}")
        actions.themes.addAction(action)
    return actions


def build_menus(window: QMainWindow, a: SimpleNamespace) -> SimpleNamespace:
    bar = window.menuBar()
    menus = SimpleNamespace()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([a.open_pair, a.open_old, a.open_new, a.open_url])
    menus.recent = QMenu("Open &Recent", window)
    file_menu.addMenu(menus.recent)
    file_menu.addAction(a.open_sample)
    file_menu.addSeparator()
    file_menu.addActions([a.paste_old, a.paste_new])
    file_menu.addSeparator()
    file_menu.addActions([a.reload, a.swap, a.export])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit = bar.addMenu("&Edit")
    edit.addActions([a.copy, a.find, a.find_next, a.find_prev])
    compare = bar.addMenu("&Compare")
    compare.addActions([a.ignore_case, a.ignore_punctuation, a.ignore_quote_style])
    compare.addSeparator()
    compare.addActions([a.auto_recompute, a.recompute, a.cancel])
    view = bar.addMenu("&View")
    view.addActions([a.next_change, a.prev_change, a.next_quote, a.prev_quote])
    view.addSeparator()
    view.addActions([a.only_changed, a.sync, a.sidebar])
    view.addSeparator()
    view.addActions([a.zoom_in, a.zoom_out, a.zoom_reset])
    themes = view.addMenu("&Theme")
    themes.addActions(a.themes.actions())
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(a.about)
    return menus


def _add(bar: QToolBar, action: QAction, label: str | None) -> None:
    """Icon-only button, or icon and a short label."""
    bar.addAction(action)
    button = bar.widgetForAction(action)
    if not isinstance(button, QToolButton):
        return
    action.setProperty("toolbar_label", label is not None)
    if label is None:
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    else:
        action.setIconText(label)


def build_toolbar(window: QMainWindow, a: SimpleNamespace) -> tuple[QToolBar, Legend]:
    bar = QToolBar("Main", window)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    _add(bar, a.open_pair, None)
    _add(bar, a.swap, None)
    _add(bar, a.reload, None)
    bar.addSeparator()
    _add(bar, a.prev_change, None)
    _add(bar, a.next_change, "Next change")
    bar.addSeparator()
    ignore = QLabel("Ignore:", bar)
    ignore.setObjectName("ignoreLabel")
    ignore.setProperty("role", "hint")
    bar.addWidget(ignore)
    _add(bar, a.ignore_case, "Case")
    _add(bar, a.ignore_punctuation, "Punctuation")
    _add(bar, a.ignore_quote_style, "Quote marks")
    bar.addSeparator()
    _add(bar, a.only_changed, "Changes only")
    _add(bar, a.sync, "Sync")
    _add(bar, a.sidebar, "Sidebar")
    spacer = QWidget(bar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    legend = Legend(bar)
    bar.addWidget(legend)
    window.addToolBar(bar)
    return bar, legend


COMPACT_BELOW_PX = 1320  # narrower windows show icon-only buttons where an icon exists


def set_compact(bar: QToolBar, compact: bool) -> None:
    """Icon-only buttons (the tooltip keeps the words) so every tool fits a narrow window.

    The "Ignore:" label stays: without it Case / Punctuation / Quote marks read as
    commands, not as what the comparison ignores.
    """
    for action in bar.actions():
        button = bar.widgetForAction(action)
        if not isinstance(button, QToolButton) or action.property("icon_name") is None:
            continue
        labelled = bool(action.property("toolbar_label"))
        wide = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        icon_only = Qt.ToolButtonStyle.ToolButtonIconOnly
        button.setToolButtonStyle(icon_only if compact or not labelled else wide)


def paint_icons(a: SimpleNamespace, color: str) -> None:
    """(Re)draw every action's icon in the theme's text colour."""
    for name in ACTIONS:
        action = getattr(a, name)
        icon_name = action.property("icon_name")
        if icon_name:
            action.setIcon(icon(str(icon_name), color))
