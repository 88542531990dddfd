"""`reader --self-test`: prove that an installed or frozen Reader has everything it needs.

It runs the real engine once on the bundled sample pair: the resources are found,
the spaCy model loads and parses (here and in a spawned child process, as the
window runs it), the sample survives HTML and Word extraction, the pair is
compared, and quotes are extracted and audited. A frozen bundle that dropped a
data file, a registry module or the model's metadata fails here with the step
named, instead of failing later in front of a user. Plain Python: no Qt (the
window's own check lives with the app).
"""

from __future__ import annotations

import html
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from reader import __version__, analysis
from reader.analysis import Comparison, Document, QuoteAudit

SAMPLE_OLD = "samples/harbour-original.txt"
SAMPLE_NEW = "samples/harbour-rewrite.txt"
CHILD_TIMEOUT_S = 120
PROBE_SENTENCE = 'Mayor Helen Marsh said on Tuesday: "This is the first time."'


class SelfTestError(Exception):
    """A check found something missing or wrong; the message says what."""


@dataclass(frozen=True, slots=True)
class SelfTestResult:
    model: str
    similarity: float
    quotes_old: int
    quotes_new: int
    audit_entries: int
    seconds: float

    def summary(self) -> str:
        return (
            f"reader {__version__} self-test OK: model {self.model}, "
            f"similarity {self.similarity:.2f}, quotes {self.quotes_old} old / "
            f"{self.quotes_new} new, {self.audit_entries} audit entries, "
            f"{self.seconds:.1f} s"
        )


def run_self_test() -> tuple[bool, str]:
    """Run every check; return (passed, one line saying what was found or what failed)."""
    step = _Step()
    try:
        result = _run(step)
    except Exception as error:  # any failure becomes the one-line verdict
        detail = " ".join(str(error).split()) or type(error).__name__
        return False, f"reader {__version__} self-test FAILED at {step.name}: {detail}"
    return True, result.summary()


class _Step:
    """Remembers which check is running, so a failure names it."""

    name = "start"

    @contextmanager
    def __call__(self, name: str) -> Iterator[None]:
        self.name = name
        yield


def _run(step: _Step) -> SelfTestResult:
    started = time.perf_counter()
    with step("resources"):
        old_path, new_path = check_resources()
    with step("spaCy model"):
        model = check_model()
    with step("spaCy in a child process"):
        child_model = check_child_process()
        if child_model != model:
            raise SelfTestError(f"the child process loaded {child_model}, not {model}")
    with step("loading documents"), _sample_paths(old_path, new_path) as (old_file, new_file):
        old, new = analysis.load(old_file), analysis.load(new_file)
    with step("file formats"):
        check_formats(old)
    with step("comparing"):
        comparison = analysis.compare(old, new)
        similarity = float(comparison.stats.similarity)
        if not 0.0 < similarity < 1.0:
            raise SelfTestError(f"sample pair similarity {similarity} is out of range")
    with step("quotes and audit"):
        audit = _audit(comparison, old, new)
    return SelfTestResult(
        model=model,
        similarity=similarity,
        quotes_old=len(audit.old_quotes.quotes),
        quotes_new=len(audit.new_quotes.quotes),
        audit_entries=len(audit.entries),
        seconds=time.perf_counter() - started,
    )


def check_resources() -> tuple[Any, Any]:
    """The bundled sample pair, as resource handles; raises if either is missing or short."""
    root = files("reader.resources")
    pair = (root.joinpath(SAMPLE_OLD), root.joinpath(SAMPLE_NEW))
    for resource in pair:
        if not resource.is_file():
            raise SelfTestError(f"bundled resource {resource.name} is missing")
        if len(resource.read_text(encoding="utf-8").split()) < 100:
            raise SelfTestError(f"bundled resource {resource.name} is truncated")
    return pair


@contextmanager
def _sample_paths(old: Any, new: Any) -> Iterator[tuple[Path, Path]]:
    """Real file paths for the resources (they may live in a zip or a frozen archive)."""
    with as_file(old) as old_file, as_file(new) as new_file:
        yield Path(old_file), Path(new_file)


def check_formats(sample: Document) -> None:
    """Round-trip the sample through HTML (trafilatura, lxml) and Word (python-docx)."""
    paragraphs = [sample.text[span.start : span.end] for span in sample.paragraphs]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[1:])
    page = f"<html><head><title>{html.escape(paragraphs[0])}</title></head>"
    page += f"<body><article><h1>{html.escape(paragraphs[0])}</h1>{body}</article></body></html>"
    from_html = analysis.load_html(page.encode("utf-8"), "self-test.html")
    _expect_words(from_html, sample, "HTML")
    import docx

    word = docx.Document()
    for paragraph in paragraphs:
        word.add_paragraph(paragraph)
    with tempfile.TemporaryDirectory(prefix="reader-self-test-") as folder:
        path = Path(folder) / "self-test.docx"
        word.save(str(path))
        _expect_words(analysis.load(path), sample, "Word")


def _expect_words(document: Document, sample: Document, kind: str) -> None:
    got, want = document.word_count(), sample.word_count()
    if not 0.9 * want <= got <= want:
        raise SelfTestError(f"{kind} extraction kept {got} of {want} words")


def check_model() -> str:
    """Load the app's spaCy pipeline, parse one sentence, return "name version"."""
    from reader.quotes.pipeline import get_pipeline, pipeline_info

    nlp = get_pipeline()
    info = pipeline_info()
    if nlp is None or info is None:
        raise SelfTestError("no spaCy English model is installed")
    doc = nlp(PROBE_SENTENCE)
    if not any(ent.label_ == "PERSON" for ent in doc.ents):
        raise SelfTestError("the model parsed the probe sentence but found no PERSON")
    if not any(token.dep_ == "ROOT" for token in doc):
        raise SelfTestError("the model's parser produced no sentence root")
    return f"{info.name} {info.version}"


def check_child_process() -> str:
    """check_model() in a spawned process, the way the window runs spaCy.

    In a frozen app the child is the app's own executable started again, which
    only works if its entry point hands over to multiprocessing first.
    """
    import concurrent.futures
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(check_model).result(timeout=CHILD_TIMEOUT_S)


def _audit(comparison: Comparison, old: Document, new: Document) -> QuoteAudit:
    old_quotes, new_quotes = analysis.quotes(old), analysis.quotes(new)
    if not old_quotes.quotes or not new_quotes.quotes:
        raise SelfTestError("no quotes found in the sample pair")
    if not any(quote.speaker for quote in old_quotes.quotes):
        notices = "; ".join(old_quotes.notices) or "no notice"
        raise SelfTestError(f"no quote has a speaker ({notices})")
    audit = analysis.audit(comparison, old_quotes, new_quotes)
    if not audit.entries:
        raise SelfTestError("the audit linked no quotes")
    return audit


def main() -> int:
    """`python -m reader.selftest`: the engine half of `reader --self-test`."""
    ok, summary = run_self_test()
    print(summary)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
