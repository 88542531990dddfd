"""Fuzz the loaders and the comparison engine with Hypothesis for a fixed time.

    .venv/bin/python fuzz/run_fuzz.py --minutes 10 \\
        [--targets txt,md,html,docx,pdf,titles,pane,compare]

The time is split across the targets (the engine gets a double share). Each
target draws inputs from a Hypothesis strategy (random bytes and format-shaped
inputs per file type; random and edited text pairs for the engine) and checks
an oracle on every one:

* loaders: `load_document` returns a sound Document or raises a LoadError whose
  message starts with the file's name. Anything else, or a load slower than
  --slow seconds, is a failure.
* titles: random markup as every kind of title, and in file names; see fuzz/titles.py.
* pane: random long lines through the pane's display text and its block cuts (offsets
  kept, Qt's blocks the listed ones); see fuzz/pane_blocks.py.
* engine: the edits rebuild both texts, the alignment blocks cover every
  sentence of each side exactly once, the offset maps stay in [0, len].

Failures are not shrunk: each one is recorded (its input saved under
fuzz/failures/) and the run goes on. The summary prints how many inputs each
target tried and every distinct failure; the exit status is 1 if any failed.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import signal
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from reader.compare import BlockKind, CompareOptions, Comparison, EditOp, compare_documents
from reader.documents import Document, LoadError, load_document, paragraph_spans

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pane_blocks import check_pane, pane_inputs
from titles import check_titles, title_inputs

FAILURES = Path(__file__).resolve().parent / "failures"
BATCH = 200  # examples per Hypothesis run; runs repeat until the target's time is up


class SlowInput(Exception):
    """An input took longer than the --slow limit."""


@dataclass
class Target:
    name: str
    strategy: st.SearchStrategy[Any]
    check: Callable[[Any, Path], None]
    weight: float = 1.0
    tried: int = 0
    failures: dict[str, tuple[int, str]] = field(default_factory=dict)  # signature -> count, file


# ---------------------------------------------------------------- inputs

WORDS = ("the", "mayor", "said", "harbour", "Putin", "U.S.", "Mr.", "“We", "won’t”", "كان", "של")
WORDS += ("naïve", "e\u0301", "👩‍👩‍👧", "\u200f", "\ufeff", "1,200", "co-op", "etc.", "Jan.")
SEPARATORS = (" ", " ", ", ", ". ", "? ", "! ", ".' ", "\n", "\n\n", "  ", " - ", "“", "”", "…")

prose = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=120).map(
    lambda parts: "".join(word + sep for word, sep in parts)
)
any_text = st.text(max_size=300)
encodings = st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"))


def _encoded(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


text_bytes = st.builds(_encoded, st.one_of(prose, any_text), encodings)
raw_bytes = st.binary(max_size=4000)

MD_PIECES = ("# ", "## ", "* ", "- ", "1. ", "> ", "`", "```\n", "**", "_", "[a](b)", "![i](x)")
MD_PIECES += ("| a | b |\n|---|---|\n", "---\ntitle: T\n---\n", "<div>", "</div>", "&amp;", "\\")
markdown = st.lists(st.one_of(st.sampled_from(MD_PIECES), prose, st.text(max_size=20)), max_size=40)

HTML_PIECES = ("<p>", "</p>", "<article>", "</article>", "<script>alert(1)</script>", "<br>")
HTML_PIECES += ("<h1>", "</h1>", "<title>T</title>", "<!--", "-->", "<![CDATA[", "]]>", "<div>")
HTML_PIECES += ('<meta charset="utf-16">', '<meta http-equiv="refresh" content="0;url=x">')
HTML_PIECES += ("<?xml version='1.0' encoding='latin-1'?>", "<html>", "<body>", "</div>")
HTML_PIECES += ('<img src="http://example.invalid/x.png">', "<iframe src=//x></iframe>", "&#0;")
html = st.lists(st.one_of(st.sampled_from(HTML_PIECES), prose, st.text(max_size=20)), max_size=60)


def _joined(pieces: list[str], encoding: str) -> bytes:
    return _encoded("".join(pieces), encoding)


def _docx_bytes() -> bytes:
    import docx

    word = docx.Document()
    word.add_heading("A headline about the harbour", level=0)
    word.add_paragraph("A paragraph of an article about the harbour, said the mayor.")
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "cell"
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _pdf_bytes() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer)
    drawing.setTitle("Harbour")
    drawing.drawString(72, 780, "A line of an article about the harbour.")
    drawing.drawString(72, 766, "A second line that ends the paragraph.")
    drawing.showPage()
    drawing.drawString(72, 780, "Page two.")
    drawing.save()
    return buffer.getvalue()


def _damaged(original: bytes, damage: list[tuple[float, int]], cut: float) -> bytes:
    data = bytearray(original[: max(1, int(cut * len(original)))])
    for where, value in damage:
        data[int(where * len(data))] = value
    return bytes(data)


def _rezipped(original: bytes, part: str, content: bytes) -> bytes:
    """The docx with one member's content replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = content if info.filename == part else source.read(info)
            target.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def damage_of(original: bytes) -> st.SearchStrategy[bytes]:
    return st.builds(
        _damaged,
        st.just(original),
        st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), max_size=12),
        st.one_of(st.just(1.0), st.floats(0.05, 1.0)),
    )


XML_PIECES = ("<w:p><w:r><w:t>", "</w:t></w:r></w:p>", "<w:tbl>", "</w:tbl>", "<w:tr><w:tc>")
XML_PIECES += ('<?xml version="1.0"?>', "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>", "&a;", "<w:body>")
DOCUMENT_XML = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
word_xml = st.lists(st.one_of(st.sampled_from(XML_PIECES), prose), max_size=30).map(
    lambda pieces: (DOCUMENT_XML + "<w:body>" + "".join(pieces)).encode("utf-8")
)

PDF_PIECES = (b"BT /F1 12 Tf 72 700 Td (", b") Tj ET\n", b"obj\n", b"endobj\n", b"stream\n")
PDF_PIECES += (b"endstream\n", b"<< /Type /Page >>", b"/Encrypt", b"xref\n0 1\n", b"%%EOF\n")
pdf_syntax = st.lists(st.one_of(st.sampled_from(PDF_PIECES), st.binary(max_size=30)), max_size=40)


def loader_inputs(suffix: str) -> st.SearchStrategy[bytes]:
    if suffix == ".txt":
        return st.one_of(raw_bytes, text_bytes)
    if suffix == ".md":
        return st.one_of(raw_bytes, text_bytes, st.builds(_joined, markdown, encodings))
    if suffix == ".html":
        return st.one_of(raw_bytes, text_bytes, st.builds(_joined, html, encodings))
    if suffix == ".docx":
        original = _docx_bytes()
        return st.one_of(
            raw_bytes,
            damage_of(original),
            st.builds(_rezipped, st.just(original), st.just("word/document.xml"), word_xml),
        )
    original = _pdf_bytes()
    return st.one_of(
        raw_bytes,
        damage_of(original),
        st.lists(st.sampled_from(PDF_PIECES)).map(lambda p: b"%PDF-1.4\n" + b"".join(p)),
        pdf_syntax.map(lambda p: b"%PDF-1.7\n" + b"".join(p)),
    )


sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=10).map(
    lambda words: " ".join(words).capitalize() + "."
)


@st.composite
def edited_pair(draw: st.DrawFn) -> tuple[str, str]:
    old = draw(st.lists(sentence, max_size=40))
    new = list(draw(st.permutations(old))) if draw(st.booleans()) else list(old)
    new = [s for s in new if draw(st.integers(0, 5))]
    for _ in range(draw(st.integers(0, 4))):
        new.insert(draw(st.integers(0, len(new))), draw(sentence))
    glue = draw(st.sampled_from([" ", "\n", "\n\n", "  \n"]))
    return " ".join(old), glue.join(new)


compare_inputs = st.tuples(
    st.one_of(edited_pair(), st.tuples(prose, prose), st.tuples(any_text, any_text)),
    st.builds(
        CompareOptions,
        ignore_case=st.booleans(),
        ignore_punctuation=st.booleans(),
        ignore_quote_style=st.booleans(),
        ignore_whitespace=st.booleans(),
    ),
)

# ---------------------------------------------------------------- oracles


def check_loader(suffix: str) -> Callable[[bytes, Path], None]:
    def check(data: bytes, folder: Path) -> None:
        path = folder / f"input{suffix}"
        path.write_bytes(data)
        try:
            document = load_document(path)
        except LoadError as err:
            if not str(err).startswith(f"input{suffix}: "):
                raise AssertionError(f"message does not name the file: {err}") from err
            return
        assert_sound(document)

    return check


def assert_sound(document: Document) -> None:
    text = document.text
    assert text.strip(), "empty document"
    assert "\r" not in text, "carriage return left in text"
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in text), "control character"
    previous = 0
    for span in document.paragraphs:
        piece = text[span.start : span.end]
        assert piece and piece == piece.strip(), "paragraph span not trimmed"
        assert span.start >= previous, "paragraphs out of order"
        previous = span.end
    assert previous <= len(text), "paragraph past the end"


def check_compare(pair: tuple[tuple[str, str], CompareOptions], _folder: Path) -> None:
    (old_text, new_text), options = pair
    old = Document(old_text, paragraph_spans(old_text))
    new = Document(new_text, paragraph_spans(new_text))
    result = compare_documents(old, new, options)
    assert_rebuilds(result)
    assert_blocks_cover(result)
    for offset in range(-1, len(old_text) + 2, max(1, len(old_text) // 50)):
        assert 0 <= result.old_to_new(offset) <= len(new_text), "old_to_new out of range"
    for offset in range(-1, len(new_text) + 2, max(1, len(new_text) // 50)):
        assert 0 <= result.new_to_old(offset) <= len(old_text), "new_to_old out of range"


def assert_rebuilds(result: Comparison) -> None:
    old, new = result.old.text, result.new.text
    old_spans = [e.old for e in result.edits if e.op is not EditOp.INSERT and e.old]
    new_spans = sorted(
        (e.new for e in result.edits if e.op is not EditOp.DELETE and e.new),
        key=lambda s: (s.start, s.end),
    )
    assert "".join(old[s.start : s.end] for s in old_spans) == old, "old text not rebuilt"
    assert "".join(new[s.start : s.end] for s in new_spans) == new, "new text not rebuilt"


def assert_blocks_cover(result: Comparison) -> None:
    old_seen = Counter(i for b in result.blocks for i in range(*b.old_sentences))
    new_seen = Counter(j for b in result.blocks for j in range(*b.new_sentences))
    assert old_seen == Counter(range(len(result.old_sentences))), "old sentences not tiled"
    assert new_seen == Counter(range(len(result.new_sentences))), "new sentences not tiled"
    for block in result.blocks:
        if block.kind is BlockKind.INSERTED:
            assert block.old is None and block.new is not None, "bad inserted block"
        if block.kind is BlockKind.DELETED:
            assert block.new is None and block.old is not None, "bad deleted block"


# ---------------------------------------------------------------- driver


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise SlowInput


def _record(target: Target, data: Any, error: BaseException) -> None:
    frames = traceback.extract_tb(error.__traceback__)
    where = next((f for f in reversed(frames) if "/reader/" in f.filename), frames[-1])
    signature = f"{type(error).__name__}: {str(error)[:100]} at {Path(where.filename).name}:"
    signature += f"{where.lineno}"
    count, saved = target.failures.get(signature, (0, ""))
    if not saved:
        payload = data if isinstance(data, bytes) else repr(data).encode("utf-8")
        digest = hashlib.sha1(payload).hexdigest()[:10]
        FAILURES.mkdir(exist_ok=True)
        file = FAILURES / f"{target.name}-{digest}.bin"
        file.write_bytes(payload)
        saved = str(file)
        print(f"  FAILURE {target.name}: {signature}\n    input saved to {file}", flush=True)
    target.failures[signature] = (count + 1, saved)


def run_target(target: Target, seconds: float, slow: float, folder: Path) -> None:
    stop_at = time.monotonic() + seconds

    @settings(
        max_examples=BATCH,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(target.strategy)
    def one_batch(data: Any) -> None:
        if time.monotonic() > stop_at:
            return
        target.tried += 1
        signal.setitimer(signal.ITIMER_REAL, slow)
        try:
            target.check(data, folder)
        except (Exception, SlowInput) as error:
            _record(target, data, error)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)

    while time.monotonic() < stop_at:
        one_batch()


def make_targets(names: list[str]) -> list[Target]:
    suffixes = {"txt": ".txt", "md": ".md", "html": ".html", "docx": ".docx", "pdf": ".pdf"}
    targets = []
    for name in names:
        if name == "compare":
            targets.append(Target(name, compare_inputs, check_compare, weight=2.0))
        elif name == "titles":
            targets.append(Target(name, title_inputs(), check_titles))
        elif name == "pane":
            targets.append(Target(name, pane_inputs(), check_pane))
        else:
            suffix = suffixes[name]
            targets.append(Target(name, loader_inputs(suffix), check_loader(suffix)))
    return targets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="total time, all targets")
    parser.add_argument("--targets", default="txt,md,html,docx,pdf,titles,pane,compare")
    parser.add_argument("--slow", type=float, default=10.0, help="seconds before an input fails")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGALRM, _alarm)
    targets = make_targets(args.targets.split(","))
    total_weight = sum(t.weight for t in targets)
    with tempfile.TemporaryDirectory(prefix="reader_fuzz_") as folder:
        for target in targets:
            seconds = args.minutes * 60 * target.weight / total_weight
            print(f"{target.name}: fuzzing for {seconds:.0f} s", flush=True)
            started = time.monotonic()
            run_target(target, seconds, args.slow, Path(folder))
            rate = target.tried / max(time.monotonic() - started, 1e-9)
            print(
                f"{target.name}: {target.tried:,} inputs ({rate:.0f}/s), "
                f"{len(target.failures)} distinct failure(s)",
                flush=True,
            )
    print("\n| target | inputs tried | distinct failures | failing inputs |")
    print("|---|---:|---:|---:|")
    for target in targets:
        failing = sum(count for count, _ in target.failures.values())
        print(f"| {target.name} | {target.tried:,} | {len(target.failures)} | {failing:,} |")
    for target in targets:
        for signature, (count, saved) in target.failures.items():
            print(f"- {target.name}: {signature} ({count}×; e.g. {saved})")
    return 1 if any(t.failures for t in targets) else 0


if __name__ == "__main__":
    sys.exit(main())
