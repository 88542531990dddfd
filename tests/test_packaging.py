"""Fast checks of the packaging files; building the bundle is `make package package-check`."""

from __future__ import annotations

import ast
import configparser
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.reader_diff.Reader"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
MIME_TYPES = {
    "text/plain",
    "text/markdown",
    "text/html",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/pdf",
}


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _list(value: str) -> list[str]:
    return [item for item in value.split(";") if item]


def test_spec_parses_and_names_the_entry_script() -> None:
    tree = ast.parse((PACKAGING / "reader.spec").read_text(encoding="utf-8"))
    strings = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)}
    assert "reader_main.py" in strings
    assert (PACKAGING / "reader_main.py").is_file()
    calls = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and hasattr(n.func, "id")}
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "copy_metadata"} <= calls


def test_entry_script_and_hooks_parse() -> None:
    for path in [PACKAGING / "reader_main.py", *(PACKAGING / "pyinstaller-hooks").glob("*.py")]:
        ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def test_desktop_file_has_the_required_keys() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Reader"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Exec"].split()[-1] == "%F"
    assert "Office" in _list(entry["Categories"])


def test_desktop_file_lists_every_supported_mime_type() -> None:
    assert set(_list(_desktop_entry()["MimeType"])) == MIME_TYPES


def test_metainfo_is_well_formed_and_matches_the_desktop_file() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID == DESKTOP.name.removesuffix(".desktop")
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.find("content_rating") is not None
    assert root.find("description") is not None
    versions = [r.get("version") for r in root.iter("release")]
    assert "0.1.0" in versions
    assert {m.text for m in root.iter("mediatype")} == MIME_TYPES


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_exists_at_its_size(size: int) -> None:
    assert _png_size(ICONS / f"reader-{size}.png") == (size, size)


def test_icon_svg_is_well_formed() -> None:
    root = ET.parse(ICONS / "reader.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 128 128"


def test_windows_icon_holds_png_images_up_to_256() -> None:
    data = (PACKAGING / "windows" / "reader.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    widths = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= widths


def test_macos_icon_is_an_icns_file() -> None:
    data = (PACKAGING / "macos" / "reader.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)


def test_desktop_integration_installs_and_removes_its_files(tmp_path: Path) -> None:
    launcher = tmp_path / "venv bin" / "reader"
    launcher.parent.mkdir()
    launcher.write_text("#!/bin/sh\n", encoding="utf-8")
    launcher.chmod(0o755)
    prefix = tmp_path / "prefix"
    script = str(PACKAGING / "desktop_install.py")

    install = [sys.executable, script, "install", str(launcher), "--prefix", str(prefix)]
    subprocess.run(install, check=True, capture_output=True)
    installed = (prefix / "share" / "applications" / DESKTOP.name).read_text(encoding="utf-8")
    assert f'Exec="{launcher}" %F' in installed.splitlines()
    assert f"TryExec={launcher}" in installed.splitlines()
    assert (prefix / "share" / "metainfo" / METAINFO.name).is_file()
    assert (
        prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    ).is_file()
    for size in ICON_SIZES:
        icon = prefix / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert _png_size(icon) == (size, size)

    uninstall = [sys.executable, script, "uninstall", "--prefix", str(prefix)]
    subprocess.run(uninstall, check=True, capture_output=True)
    assert not [p for p in prefix.rglob("*") if APP_ID in p.name]


def test_desktop_integration_copies_a_frozen_build(tmp_path: Path) -> None:
    build = tmp_path / "dist" / "reader"
    (build / "_internal").mkdir(parents=True)
    (build / "reader").write_text("#!/bin/sh\n", encoding="utf-8")
    prefix = tmp_path / "prefix"
    script = str(PACKAGING / "desktop_install.py")

    install = [sys.executable, script, "install", str(build), "--copy", "--prefix", str(prefix)]
    subprocess.run(install, check=True, capture_output=True)
    assert (prefix / "bin" / "reader").resolve() == prefix / "lib" / "reader-diff" / "reader"
    assert (prefix / "lib" / "reader-diff" / "_internal").is_dir()

    uninstall = [sys.executable, script, "uninstall", "--prefix", str(prefix)]
    subprocess.run(uninstall, check=True, capture_output=True)
    assert not (prefix / "bin" / "reader").exists()
    assert not (prefix / "lib" / "reader-diff").exists()
