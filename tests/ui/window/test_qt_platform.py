"""A missing xcb library: the app names the Debian/Ubuntu packages instead of Qt's abort."""

from __future__ import annotations

from reader import app, qt_platform


def test_only_x11_sessions_are_checked():
    assert qt_platform.uses_xcb({"DISPLAY": ":0"}, "linux")
    assert not qt_platform.uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not qt_platform.uses_xcb({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux")
    assert qt_platform.uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not qt_platform.uses_xcb({"DISPLAY": ":0"}, "darwin")


def test_a_missing_library_names_its_package():
    message = qt_platform.check({"DISPLAY": ":0"}, loads=lambda so: "cursor" not in so)
    assert "sudo apt-get install libxcb-cursor0" in message
    assert qt_platform.check({"DISPLAY": ":0"}, loads=lambda so: True) == ""


def test_the_app_prints_the_hint_and_exits(monkeypatch, capsys):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(qt_platform, "_loads", lambda so: "icccm" not in so)
    assert app.main(["a.txt", "b.txt"]) == 1
    err = capsys.readouterr().err
    assert "libxcb-icccm4" in err and "apt-get install" in err
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # the fixtures' platform again
