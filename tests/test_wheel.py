"""The wheel carries resources/ as reader.resources, so an installed app finds its files."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Built:
    wheel: Path
    log: str  # what the build printed (setuptools' warnings included)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
    )
    (wheel,) = out.glob("reader_diff-*.whl")
    return Built(wheel, result.stdout + result.stderr)


@pytest.fixture(scope="module")
def wheel(built: Built) -> Path:
    return built.wheel


@pytest.mark.slow
def test_the_wheel_holds_every_resource_and_builds_without_package_warnings(
    built: Built,
) -> None:
    resources = ROOT / "resources"
    expected = {
        "reader/resources/" + path.relative_to(resources).as_posix()
        for path in resources.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    with zipfile.ZipFile(built.wheel) as archive:
        held = {name for name in archive.namelist() if name.startswith("reader/resources/")}
    assert expected == held
    assert "absent from the `packages` configuration" not in built.log


@pytest.mark.slow
def test_installed_wheel_loads_a_bundled_resource(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # --no-deps: this checks packaging of our own files, not the dependencies' wheels.
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)], check=True
    )
    code = (
        "import importlib.resources as r, reader; "
        "f = r.files('reader.resources') / 'samples' / 'harbour-original.txt'; "
        "print(reader.__file__); print(len(f.read_text(encoding='utf-8').split()))"
    )
    result = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    module_path, words = result.stdout.split()
    assert str(env_dir) in module_path, "reader must come from the installed wheel"
    assert int(words) > 300
    assert (env_dir / "bin" / "reader").exists()
    assert (env_dir / "bin" / "reader-cli").exists()
