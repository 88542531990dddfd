"""`reader-cli`: compare article versions and list their quotes from the terminal."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO, TypeVar

from reader import __version__
from reader.analysis import (
    CompareOptions,
    Comparison,
    Document,
    LoadError,
    QuoteAudit,
    QuoteSet,
    analyse_pair,
)
from reader.analysis import load as load_document
from reader.analysis import quotes as extract_quotes
from reader.changes.model import Change
from reader.present.quotes import UNATTRIBUTED

EXIT_BAD_INPUT = 2
T = TypeVar("T")


__all__ = ["analyse_pair", "build_parser", "main"]  # analyse_pair: reader.analysis's, for scripts


class CliError(Exception):
    """A problem with the user's input, reported as one line on stderr."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader-cli", description="Compare two versions of an article and audit its quotes."
    )
    parser.add_argument("--version", action="version", version=f"reader-cli {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    _add_compare(commands.add_parser("compare", help="compare an old and a new version"))
    _add_quotes(commands.add_parser("quotes", help="list the speakers and quotes of files"))
    from reader.corpus.command import add_parser as add_audit_corpus

    add_audit_corpus(commands)
    return parser


def _add_compare(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", nargs="?", type=Path, help="the original version")
    parser.add_argument("new", nargs="?", type=Path, help="the rewritten version")
    parser.add_argument("--pairs", type=Path, help="a file of OLD<TAB>NEW lines to compare")
    parser.add_argument("--format", choices=("text", "json", "jsonl", "html"), default="text")
    parser.add_argument("--ignore-case", action="store_true")
    parser.add_argument("--ignore-punctuation", action="store_true")
    parser.add_argument("--ignore-quote-style", action="store_true")
    parser.add_argument("--no-quotes", action="store_true", help="skip speakers and quotes")
    parser.add_argument("--no-changes", action="store_true", help="skip the change ledger")
    parser.add_argument(
        "--indent", type=int, metavar="N", help="indent JSON by N spaces (default: compact)"
    )
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")


def _add_quotes(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--format", choices=("jsonl", "text"), default="jsonl")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "audit-corpus":
            return int(args.handler(args))
        if args.command == "compare":
            return _run_compare(args)
        return _run_quotes(args)
    except (LoadError, CliError) as error:
        print(f"reader-cli: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def _options(args: argparse.Namespace) -> CompareOptions:
    return CompareOptions(
        ignore_case=args.ignore_case,
        ignore_punctuation=args.ignore_punctuation,
        ignore_quote_style=args.ignore_quote_style,
    )


def _run_compare(args: argparse.Namespace) -> int:
    if args.pairs is not None:
        return _run_pairs(args)
    if args.old is None or args.new is None:
        raise CliError("compare needs OLD and NEW files, or --pairs PAIRS.tsv")
    if args.format == "jsonl":
        raise CliError("--format jsonl is for --pairs; use json for one pair")
    if args.indent is not None and not 0 <= args.indent <= 16:
        raise CliError("--indent takes a number of spaces from 0 to 16")
    old, new = load_document(args.old), load_document(args.new)
    comparison, audit = analyse_pair(old, new, _options(args), not args.no_quotes)
    changes = _changes(comparison, args)
    with _output(args.output) as out:
        out.write(_render(comparison, audit, changes, args.format, out.isatty(), args.indent))
    return 0


def _changes(comparison: Comparison, args: argparse.Namespace) -> list[Change] | None:
    """The change ledger, unless --no-changes."""
    if args.no_changes:
        return None
    from reader.changes import find_changes

    return find_changes(comparison)


def _render(
    comparison: Comparison,
    audit: QuoteAudit | None,
    changes: list[Change] | None,
    fmt: str,
    tty: bool,
    indent: int | None,
) -> str:
    if fmt == "json":
        from reader.report.json_report import comparison_json

        return json_text(comparison_json(comparison, audit, changes), indent) + "\n"
    if fmt == "html":
        from reader.report.html_report import render_html

        return render_html(comparison, audit, changes=changes)
    from reader.report.text_report import render_text

    return render_text(comparison, audit, colour=tty, changes=changes)


def json_text(record: object, indent: int | None = None) -> str:
    """Compact JSON (no spaces), or indented by `indent` spaces when asked."""
    if indent is None:
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(record, ensure_ascii=False, indent=indent)


def _run_pairs(args: argparse.Namespace) -> int:
    if args.format not in ("json", "jsonl"):
        raise CliError("--pairs writes one JSON object per line: use --format jsonl")
    from reader.report.json_report import comparison_json

    pairs = _read_pairs(args.pairs)
    failures = 0
    with _output(args.output) as out:
        for old_path, new_path in _progress(pairs, "comparing"):
            try:
                old, new = load_document(old_path), load_document(new_path)
            except LoadError as error:
                failures += 1
                print(f"reader-cli: {error}", file=sys.stderr)
                continue
            comparison, audit = analyse_pair(old, new, _options(args), not args.no_quotes)
            data = comparison_json(comparison, audit, _changes(comparison, args))
            out.write(json_text(data) + "\n")
    return EXIT_BAD_INPUT if failures else 0


def _read_pairs(path: Path) -> list[tuple[Path, Path]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise CliError(f"{path.name}: the pairs file could not be read ({error})") from error
    base = path.parent
    pairs = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2:
            raise CliError(f"{path.name}: line {number} is not OLD<TAB>NEW")
        pairs.append((base / fields[0].strip(), base / fields[1].strip()))
    return pairs


def _run_quotes(args: argparse.Namespace) -> int:
    from reader.report.json_report import quote_set_json

    documents = [load_document(path) for path in args.files]
    with _output(None) as out:
        for document in _progress(documents, "reading quotes"):
            quote_set = extract_quotes(document)
            if args.format == "jsonl":
                record = quote_set_json(document, quote_set)
                out.write(json_text(record) + "\n")
            else:
                out.write(_quotes_text(document, quote_set))
    return 0


def _quotes_text(document: Document, quote_set: QuoteSet) -> str:
    names = {speaker.id: speaker.name for speaker in quote_set.speakers}
    lines = [f"{document.display_name}:", *(f"  note: {n}" for n in quote_set.notices)]
    for quote in quote_set.quotes:
        speaker = names.get(quote.speaker or "", UNATTRIBUTED)
        lines.append(f"  [{quote.kind.value}] {speaker}: \u201c{quote.text}\u201d")
    return "\n".join(lines) + "\n"


def _progress(items: Sequence[T], label: str) -> Iterator[T]:
    """Yield items, drawing a progress bar on stderr when it is a terminal and work is long."""
    show = sys.stderr.isatty() and len(items) > 1
    for index, item in enumerate(items, start=1):
        if show:
            _draw_bar(index - 1, len(items), label)
        yield item
    if show:
        _draw_bar(len(items), len(items), label)
        sys.stderr.write("\n")


def _draw_bar(done: int, total: int, label: str, width: int = 30) -> None:
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    sys.stderr.flush()


class _output:
    """stdout, or a file opened for writing that is closed afterwards."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._stream: TextIO = sys.stdout

    def __enter__(self) -> TextIO:
        if self._path is not None:
            try:
                self._stream = self._path.open("w", encoding="utf-8")
            except OSError as error:
                raise CliError(f"{self._path.name}: cannot write ({error.strerror})") from error
        return self._stream

    def __exit__(self, *exc: object) -> None:
        if self._path is not None:
            self._stream.close()


if __name__ == "__main__":
    raise SystemExit(main())
