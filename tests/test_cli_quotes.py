"""`reader-cli quotes`: every readable file is listed even when another is bad, the help
says what each argument is, and a file with no quotes says why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main

# Written for these tests.
ENGLISH = (
    "Harbour plan approved\n\n"
    "Ana Ruiz, the mayor, spoke to reporters on Monday about the harbour and its new yard.\n\n"
    "«We will rebuild the north pier before the winter storms,» said Ana Ruiz.\n\n"
    "Tom Baker said the council was sure the new container\n"
    "yard would bring two hundred jobs to the town.\n"
)
FRENCH = (
    "Le ministre a parlé aux journalistes lundi à Paris.\n\n"
    "« Nous irons à Genève avec nos alliés », a-t-il dit, avant de quitter la salle.\n"
)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_bad_file_is_named_and_the_good_ones_are_still_listed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(ENGLISH, encoding="utf-8")
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    code, out, err = _run(capsys, "quotes", str(good), str(empty), str(missing), str(good))
    assert code == 2
    records = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["path"]).name for r in records] == ["good.txt", "good.txt"]
    problems = [line for line in err.splitlines() if "note:" not in line]
    assert len(problems) == 2
    assert "empty.txt" in problems[0] and "empty" in problems[0].split("empty.txt")[1]
    assert "missing.txt" in problems[1] and "no such file" in problems[1]
    code, out, _ = _run(capsys, "quotes", "--format", "text", str(empty), str(good))
    assert code == 2 and out.startswith("good.txt:")


def test_guillemets_mark_quotes_and_lines_are_joined_in_the_text_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    code, out, _ = _run(capsys, "quotes", "--format", "text", str(path))
    assert code == 0
    assert "Ana Ruiz: “We will rebuild the north pier before the winter storms”" in out
    assert "“the council was sure the new container yard would bring" in out  # one line


def test_a_file_in_another_language_says_why_it_has_no_quotes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(FRENCH, encoding="utf-8")
    code, out, err = _run(capsys, "quotes", str(path))
    assert code == 0
    record = json.loads(out)
    assert record["quotes"] == [] and any("English only" in n for n in record["notices"])
    assert "article.txt" in err and "English only" in err


def test_the_help_says_what_each_argument_is(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["quotes", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "FILE articles to read" in text
    assert "jsonl: one JSON object per file" in text and "text: a readable list" in text


def test_a_quote_in_two_parts_is_listed_without_its_attribution(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "parts.txt"
    path.write_text(
        'The council met.\n\n"We will rebuild the pier," Ana Ruiz said. "It will take a year."\n',
        encoding="utf-8",
    )
    code, out, _ = _run(capsys, "quotes", "--format", "text", str(path))
    assert code == 0
    assert "Ana Ruiz: “We will rebuild the pier … It will take a year.”" in out
    assert "said" not in out.split(":", 2)[2]
