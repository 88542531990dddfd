"""reader-cli end to end: formats, options, batches and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main

REQUIRED_KEYS = {"schema", "old", "new", "options", "stats", "alignment", "edits"}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _rebuild(text: str, edits: list[dict[str, object]], side: str, own_op: str) -> str:
    spans = [e[side] for e in edits if e["op"] in ("equal", own_op)]
    return "".join(text[s:e] for s, e in sorted(spans))  # type: ignore[misc]


def test_compare_json_follows_the_schema(
    capsys: pytest.CaptureFixture[str], sample_old: Path, sample_new: Path
) -> None:
    code, out, _ = _run(
        capsys, "compare", str(sample_old), str(sample_new), "--format", "json", "--no-quotes"
    )
    assert code == 0
    data = json.loads(out)
    assert data.keys() >= REQUIRED_KEYS
    assert "audit" not in data
    assert data["schema"] == "reader.comparison/2"
    assert data["old"]["text"] == sample_old.read_text(encoding="utf-8")
    old_text, new_text = data["old"]["text"], data["new"]["text"]
    assert _rebuild(old_text, data["edits"], "old", "delete") == old_text
    assert _rebuild(new_text, data["edits"], "new", "insert") == new_text
    kinds = {block["kind"] for block in data["alignment"]}
    assert {"moved", "inserted", "changed"} <= kinds
    assert 0.3 < data["stats"]["similarity"] < 0.95


def test_compare_json_with_quotes_lists_every_quote_at_most_once(
    capsys: pytest.CaptureFixture[str], sample_old: Path, sample_new: Path
) -> None:
    code, out, _ = _run(capsys, "compare", str(sample_old), str(sample_new), "--format", "json")
    assert code == 0
    data = json.loads(out)
    for side in ("old", "new"):
        quotes = {q["id"]: q for q in data["quotes"][side]}
        linked = [entry[side] for entry in data["audit"] if entry[side] is not None]
        assert len(linked) == len(set(linked)) and set(linked) <= set(quotes)
        for qid, quote in quotes.items():
            if qid in linked:
                continue
            # Left out only as a quoted fragment sharing its enclosing quote's entry.
            assert quote["kind"] == "partial"
            assert any(
                quotes[i]["start"] <= quote["start"] and quote["end"] <= quotes[i]["end"]
                for i in linked
            )
    statuses = {entry["status"] for entry in data["audit"]}
    assert {"verbatim", "altered", "dropped", "unsupported"} <= statuses


def test_ignore_case_option_is_recorded_and_applied(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text("The Mayor spoke at noon.\n", encoding="utf-8")
    new.write_text("The mayor spoke at noon.\n", encoding="utf-8")
    _, plain, _ = _run(capsys, "compare", str(old), str(new), "--format", "json", "--no-quotes")
    _, folded, _ = _run(
        capsys, "compare", str(old), str(new), "--format", "json", "--no-quotes", "--ignore-case"
    )
    assert json.loads(plain)["stats"]["words_deleted"] == 1
    folded_data = json.loads(folded)
    assert folded_data["options"]["ignore_case"] is True
    assert folded_data["stats"]["words_deleted"] == 0
    assert folded_data["stats"]["similarity"] == 1.0


def test_text_format_marks_deleted_and_inserted_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text("Plans are being finalised this week.\n", encoding="utf-8")
    new.write_text("Plans are being finalized this week.\n", encoding="utf-8")
    code, out, _ = _run(capsys, "compare", str(old), str(new), "--no-quotes")
    assert code == 0
    assert "[-finalised-]{+finalized+}" in out
    assert "\x1b[" not in out  # no colour when stdout is not a terminal


def test_html_format_is_a_standalone_page(
    capsys: pytest.CaptureFixture[str], sample_old: Path, sample_new: Path
) -> None:
    code, out, _ = _run(
        capsys, "compare", str(sample_old), str(sample_new), "--format", "html", "--no-quotes"
    )
    assert code == 0
    assert out.startswith("<!DOCTYPE html>")
    assert "class='inserted'" in out and "class='deleted'" in out


def test_pairs_file_writes_one_json_line_per_pair(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for name, text in {
        "a.txt": "One two three.",
        "b.txt": "One two four.",
        "c.txt": "Red sky.",
        "d.txt": "Red sky at night.",
    }.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    pairs = tmp_path / "pairs.tsv"
    pairs.write_text("a.txt\tb.txt\nc.txt\td.txt\n", encoding="utf-8")
    code, out, _ = _run(
        capsys, "compare", "--pairs", str(pairs), "--format", "jsonl", "--no-quotes"
    )
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [Path(line["new"]["path"]).name for line in lines] == ["b.txt", "d.txt"]
    assert lines[1]["stats"]["words_inserted"] == 2


def test_bad_input_exits_2_with_one_line_naming_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_new: Path
) -> None:
    empty = tmp_path / "empty-story.txt"
    empty.write_bytes(b"")
    code, out, err = _run(capsys, "compare", str(empty), str(sample_new))
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "empty-story.txt" in err and "empty" in err


def test_unsupported_type_is_refused_by_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample_new: Path
) -> None:
    odd = tmp_path / "story.xyz"
    odd.write_text("Words.", encoding="utf-8")
    code, _, err = _run(capsys, "compare", str(odd), str(sample_new), "--no-quotes")
    assert code == 2
    assert "story.xyz" in err and "not supported" in err


def test_quotes_command_prints_one_line_per_file(
    capsys: pytest.CaptureFixture[str], sample_old: Path, sample_new: Path
) -> None:
    code, out, _ = _run(capsys, "quotes", str(sample_old), str(sample_new))
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 2
    assert {"path", "text", "speakers", "quotes"} <= records[0].keys()
    names = {speaker["name"] for speaker in records[0]["speakers"]}
    assert any("Marsh" in name for name in names)
    for quote in records[0]["quotes"]:
        assert records[0]["text"][quote["start"] : quote["end"]] == quote["text"]


def test_compare_json_says_how_an_altered_quote_changed_as_the_text_report_does(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text(
        "Harbour works begin.\n\n“We will rebuild the north pier before the winter storms"
        " arrive in force,” said Mayor Ada Quill.\n",
        encoding="utf-8",
    )
    new.write_text(
        "Harbour works begin.\n\n“We will rebuild the north pier,” said Mayor Ada Quill.\n",
        encoding="utf-8",
    )
    code, out, _ = _run(capsys, "compare", str(old), str(new), "--format", "json")
    assert code == 0
    entries = json.loads(out)["audit"]
    assert [(e["status"], e["alteration"]) for e in entries] == [("altered", "trimmed")]
    code, out, _ = _run(capsys, "compare", str(old), str(new), "--format", "text")
    assert code == 0 and "[Altered · trimmed]" in out
