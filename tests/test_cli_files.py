"""reader-cli and the user's files: no input overwritten, outputs whole or untouched,
names that are not UTF-8 shown escaped, web addresses fetched only when asked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import url_server

from reader.cli import EXIT_BAD_INPUT, main
from reader.cli_io import CliError, Output

server = url_server.server  # the fixture, under the name the tests ask for
OLD = "The council approved the harbour plan on Tuesday.\n\nCritics said it would cost more."
NEW = "The council approved the harbour plan on Monday.\n\nCritics said it would cost more."


def pair(folder: Path) -> tuple[Path, Path]:
    old, new = folder / "old.txt", folder / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    return old, new


def refused(capfd: pytest.CaptureFixture[str], argv: list[str], reason: str) -> None:
    code = main(argv)
    out, err = capfd.readouterr()
    assert code == EXIT_BAD_INPUT
    assert out == ""
    assert len(err.splitlines()) == 1, err
    assert reason in err


@pytest.mark.parametrize("which", ["old", "new"])
def test_an_output_that_is_an_input_is_refused_before_anything_is_written(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], which: str
) -> None:
    old, new = pair(tmp_path)
    target = old if which == "old" else new
    argv = ["compare", str(old), str(new), "--no-quotes", "-o", str(target)]
    refused(capfd, argv, "the output is also an input")
    assert old.read_text(encoding="utf-8") == OLD and new.read_text(encoding="utf-8") == NEW


def test_an_output_linked_to_an_input_is_refused(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    old, new = pair(tmp_path)
    (tmp_path / "hard.txt").hardlink_to(old)
    (tmp_path / "soft.txt").symlink_to(new)
    for link in ("hard.txt", "soft.txt"):
        argv = ["compare", str(old), str(new), "--no-quotes", "-o", str(tmp_path / link)]
        refused(capfd, argv, "the output is also an input")
    assert old.read_text(encoding="utf-8") == OLD and new.read_text(encoding="utf-8") == NEW


def test_pairs_inputs_and_the_pairs_file_are_never_an_output(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    pair(tmp_path)
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("old.txt\tnew.txt\n", encoding="utf-8")
    for target in ("new.txt", "pairs.tsv"):
        argv = ["compare", "--pairs", str(pairs), "--format", "jsonl", "--no-quotes"]
        refused(capfd, [*argv, "-o", str(tmp_path / target)], "the output is also an input")
    assert (tmp_path / "new.txt").read_text(encoding="utf-8") == NEW
    assert pairs.read_text(encoding="utf-8") == "old.txt\tnew.txt\n"


def test_an_output_is_replaced_whole_and_keeps_its_mode(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    old, new = pair(tmp_path)
    report = tmp_path / "report.json"
    report.write_text("previous report", encoding="utf-8")
    report.chmod(0o640)
    argv = ["compare", str(old), str(new), "--no-quotes", "--format", "json"]
    code = main([*argv, "-o", str(report)])
    assert code == 0, capfd.readouterr().err
    assert json.loads(report.read_text(encoding="utf-8"))["stats"]
    assert report.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.txt", "old.txt", "report.json"]


def test_a_failed_write_leaves_the_old_output_and_no_temporary_file(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("previous report", encoding="utf-8")
    with pytest.raises(RuntimeError), Output(report) as out:
        out.write("half a repo")
        raise RuntimeError("the render failed")
    assert report.read_text(encoding="utf-8") == "previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]


def test_an_output_in_a_missing_folder_is_one_clear_line(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    old, new = pair(tmp_path)
    argv = ["compare", str(old), str(new), "--no-quotes", "-o", str(tmp_path / "no" / "r.txt")]
    refused(capfd, argv, "r.txt: cannot write (No such file or directory)")


def test_a_device_output_is_written_to_not_replaced(tmp_path: Path) -> None:
    with Output(Path(os.devnull)) as out:
        out.write("discarded")
    assert Path(os.devnull).is_char_device()


def undecodable_pair(folder: Path) -> tuple[str, str]:
    old = os.fsdecode(bytes(folder) + b"/caf\xe9-old.txt")
    new = os.fsdecode(bytes(folder) + b"/caf\xe9-new.txt")
    Path(old).write_text(OLD, encoding="utf-8")
    Path(new).write_text(NEW, encoding="utf-8")
    return old, new


@pytest.mark.parametrize("fmt", ["json", "html", "text"])
def test_undecodable_names_are_escaped_in_every_report(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], fmt: str
) -> None:
    old, new = undecodable_pair(tmp_path)
    output = os.fsdecode(bytes(tmp_path) + b"/r\xff." + fmt.encode())
    code = main(["compare", old, new, "--no-quotes", "--format", fmt, "-o", output])
    assert code == 0, capfd.readouterr().err
    text = Path(output).read_bytes().decode("utf-8")  # strict: the report is valid UTF-8
    assert "caf\\xe9-old.txt" in (json.loads(text)["old"]["path"] if fmt == "json" else text)


def test_undecodable_names_on_a_strict_utf8_terminal(tmp_path: Path) -> None:
    old, new = undecodable_pair(tmp_path)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "PYTHONUTF8": "1"}
    argv = [sys.executable, "-m", "reader.cli", "compare", old, new, "--no-quotes"]
    done = subprocess.run(argv, capture_output=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert b"caf\\xe9-old.txt" in done.stdout
    missing = os.fsdecode(bytes(tmp_path) + b"/gone\xe9.txt")
    argv = [sys.executable, "-m", "reader.cli", "compare", missing, new, "--no-quotes"]
    done = subprocess.run(argv, capture_output=True, env=env, timeout=120, check=False)
    assert done.returncode == EXIT_BAD_INPUT
    assert done.stderr.decode("utf-8").splitlines() == [
        "reader-cli: gone\\xe9.txt: the file could not be read (there is no such file)"
    ]


def test_undecodable_names_in_a_pairs_file(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    undecodable_pair(tmp_path)
    pairs = tmp_path / "pairs.tsv"
    pairs.write_bytes(b"caf\xe9-old.txt\tcaf\xe9-new.txt\n")
    code = main(["compare", "--pairs", str(pairs), "--format", "jsonl", "--no-quotes"])
    out, err = capfd.readouterr()
    assert code == 0, err
    assert json.loads(out)["new"]["path"].endswith("caf\\xe9-new.txt")


def test_a_web_address_is_fetched_only_when_asked(
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    server: str,
) -> None:
    old, _new = pair(tmp_path)
    url = f"{server}/page"
    refused(capfd, ["compare", str(old), url, "--no-quotes"], f"{url}: a web address; add --fetch")
    code = main(["compare", str(old), url, "--no-quotes", "--fetch", "--format", "json"])
    out, err = capfd.readouterr()
    assert code == 0, err
    assert "dredge the channel" in json.dumps(json.loads(out))
    refused(capfd, ["compare", f"{server}/to-ftp", url, "--fetch"], "only http and https")
    refused(capfd, ["compare", f"{server}/short", url, "--fetch"], "cut short")


def test_a_document_notice_reaches_stderr(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    old, new = pair(tmp_path)
    old.write_bytes(OLD.encode("utf-8").replace(b"council", b"coun\x01cil"))
    code = main(["compare", str(old), str(new), "--no-quotes"])
    _out, err = capfd.readouterr()
    assert code == 0
    assert err == "reader-cli: note: old.txt: 1 control character(s) removed\n"


def test_cli_error_is_still_importable_from_the_cli() -> None:
    from reader import cli

    assert cli.CliError is CliError


def test_a_failing_quote_step_leaves_the_comparison_and_a_note(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader import cli

    def spacy_refuses(_comparison: object) -> None:
        raise ValueError("[E088] Text of length 2069999 exceeds maximum of 1000000. The parser")

    monkeypatch.setattr(cli, "audit_comparison", spacy_refuses)
    old, new = pair(tmp_path)
    code = main(["compare", str(old), str(new), "--format", "json"])
    out, err = capfd.readouterr()
    assert code == 0
    assert json.loads(out)["stats"]
    assert err == (
        "reader-cli: note: quotes were skipped "
        "([E088] Text of length 2069999 exceeds maximum of 1000000)\n"
    )
