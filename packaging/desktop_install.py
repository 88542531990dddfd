"""Install or remove Reader's desktop integration for one user (freedesktop.org layout).

    python packaging/desktop_install.py install APP [--prefix PREFIX] [--copy]
    python packaging/desktop_install.py uninstall [--prefix PREFIX]
    reader --install-desktop | --uninstall-desktop        (the frozen app, in place)

APP is a frozen build folder (dist/reader) or a `reader` launcher (.venv/bin/reader).
With --copy a frozen folder is copied to PREFIX/lib/reader-diff and linked as
PREFIX/bin/reader; otherwise the menu entry runs APP where it is. PREFIX defaults
to ~/.local. The menu entry, AppStream metadata and hicolor icons go under
PREFIX/share. The entry lists the file types Reader opens, so it shows under
"Open With" for them; it does not make itself their default application.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

APP_ID = "io.github.reader_diff.Reader"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
LIB_DIR = "lib/reader-diff"
# Characters that would need escaping inside a quoted Exec argument.
EXEC_UNSAFE = set('"`$\\%')


def data_dirs() -> tuple[Path, Path]:
    """(folder with the .desktop/.metainfo files, folder with the icons)."""
    if getattr(sys, "frozen", False):
        bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        return bundle / "desktop", bundle / "reader" / "resources" / "icons"
    here = Path(__file__).resolve().parent
    return here / "linux", here.parent / "resources" / "icons"


def install(app: Path, prefix: Path, copy: bool = False) -> Path:
    """Register APP in the menu; return the executable the menu entry runs."""
    exe = _place_app(app.resolve(), prefix) if copy else _executable(app.resolve())
    if EXEC_UNSAFE & set(str(exe)):
        raise SystemExit(f"the path {exe} has characters a menu entry cannot hold")
    desktop_dir, icon_dir = data_dirs()
    share = prefix / "share"
    entry = (desktop_dir / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    _write(share / "applications" / f"{APP_ID}.desktop", _point_at(entry, exe))
    _copy(desktop_dir / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    _copy(icon_dir / "reader.svg", _icon_path(share, "scalable", "svg"))
    for size in ICON_SIZES:
        _copy(icon_dir / f"reader-{size}.png", _icon_path(share, f"{size}x{size}", "png"))
    refresh_caches(share)
    return exe


def uninstall(prefix: Path) -> None:
    share = prefix / "share"
    targets = [
        share / "applications" / f"{APP_ID}.desktop",
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
        _icon_path(share, "scalable", "svg"),
        *(_icon_path(share, f"{size}x{size}", "png") for size in ICON_SIZES),
    ]
    for target in targets:
        target.unlink(missing_ok=True)
    link, copied = prefix / "bin" / "reader", prefix / LIB_DIR
    if link.is_symlink() and Path(link.readlink()) == copied / "reader":
        link.unlink()
    shutil.rmtree(copied, ignore_errors=True)
    refresh_caches(share)


def _executable(app: Path) -> Path:
    exe = app / "reader" if app.is_dir() else app
    if not exe.is_file():
        raise SystemExit(f"{app} is neither a frozen build folder nor a reader launcher")
    return exe


def _place_app(app: Path, prefix: Path) -> Path:
    """Copy a frozen build folder under PREFIX/lib and link its executable into PREFIX/bin."""
    if not (app / "reader").is_file():
        raise SystemExit(f"{app} is not a frozen build folder (no {app / 'reader'})")
    target = prefix / LIB_DIR
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(app, target, symlinks=True)
    link = prefix / "bin" / "reader"
    link.parent.mkdir(parents=True, exist_ok=True)
    link.unlink(missing_ok=True)
    link.symlink_to(target / "reader")
    return target / "reader"


def _point_at(entry: str, exe: Path) -> str:
    """The menu entry with an absolute Exec: ~/.local/bin is often not on a session's PATH."""
    lines = []
    for line in entry.splitlines():
        if line.startswith("Exec="):
            line = f'Exec="{exe}" %F'
        elif line.startswith("TryExec="):
            line = f"TryExec={exe}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _icon_path(share: Path, size: str, suffix: str) -> Path:
    return share / "icons" / "hicolor" / size / "apps" / f"{APP_ID}.{suffix}"


def _write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def refresh_caches(share: Path) -> None:
    """Rebuild the MIME-type and icon caches when the desktop's tools are installed."""
    commands = [["update-desktop-database", "-q", str(share / "applications")]]
    if (share / "icons" / "hicolor" / "index.theme").is_file():
        commands.append(["gtk-update-icon-cache", "-q", "-t", "-f", str(share / "icons/hicolor")])
    for command in commands:
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            subprocess.run(command, check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("install", help="add the menu entry, icons and file types")
    add.add_argument("app", type=Path, help="dist/reader or a reader launcher")
    add.add_argument("--copy", action="store_true", help="copy a frozen build under PREFIX/lib")
    remove = commands.add_parser("uninstall", help="remove what install added")
    for sub in (add, remove):
        sub.add_argument("--prefix", type=Path, default=Path.home() / ".local")
    args = parser.parse_args(argv)
    if args.command == "install":
        exe = install(args.app, args.prefix, copy=args.copy)
        print(f"Installed Reader ({exe}) into {args.prefix}")
    else:
        uninstall(args.prefix)
        print(f"Removed Reader's desktop integration from {args.prefix}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
