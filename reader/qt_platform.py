"""Before Qt starts on X11: are the xcb libraries its platform plugin needs installed?

Without them Qt aborts with "Could not load the Qt platform plugin "xcb"", which
names no package. This check loads each library the way Qt would (dlopen) and,
if any is missing, says which Debian/Ubuntu packages to install.
`python -m reader.qt_platform` runs the check alone (used by `make run`).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# soname -> Debian/Ubuntu package (Qt 6's xcb plugin, per Qt's Linux requirements)
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
}


def uses_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """True when Qt will pick its X11 (xcb) plugin."""
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0] == "xcb"
    return (
        platform.startswith("linux") and bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")
    )


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_packages(loads: Callable[[str], bool] | None = None) -> list[str]:
    load = loads or _loads
    return [package for soname, package in XCB_LIBRARIES.items() if not load(soname)]


def install_hint(packages: list[str]) -> str:
    return (
        "Reader cannot open its window: Qt's X11 platform plugin needs libraries that are "
        "not installed.\nOn Debian or Ubuntu, install them with:\n"
        f"    sudo apt-get install {' '.join(packages)}"
    )


def check(env: Mapping[str, str] | None = None, loads: Callable[[str], bool] | None = None) -> str:
    """'' when the window can start, else the message to print."""
    if not uses_xcb(os.environ if env is None else env):
        return ""
    missing = missing_packages(loads)
    return install_hint(missing) if missing else ""


def main() -> int:
    message = check()
    if message:
        print(message, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
