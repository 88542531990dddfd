"""`reader-cli`: compare article versions and list their quotes from the terminal."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from reader import __version__
from reader.analysis import (
    Change,
    CompareOptions,
    Comparison,
    Document,
    LoadError,
    QuoteAudit,
    QuoteSet,
    analyse_pair,
    audit_comparison,
    compare,
    find_changes,
)
from reader.analysis import quotes as extract_quotes
from reader.cli_io import (
    CliError,
    Output,
    input_document,
    read_pairs,
    refuse_output_among_inputs,
    shown,
)
from reader.present.quote_text import quoted_pieces
from reader.present.quotes import UNATTRIBUTED

EXIT_BAD_INPUT = 2
T = TypeVar("T")


__all__ = ["CliError", "analyse_pair", "build_parser", "main"]  # analyse_pair: for scripts


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
    parser.add_argument("old", nargs="?", help="the original version (a file, or a URL)")
    parser.add_argument("new", nargs="?", help="the rewritten version (a file, or a URL)")
    parser.add_argument("--pairs", type=Path, help="a file of OLD<TAB>NEW lines to compare")
    parser.add_argument(
        "--format",
        choices=("text", "json", "jsonl", "html"),
        default="text",
        help="text (the default), json, html, or jsonl with --pairs",
    )
    parser.add_argument(
        "--ignore-case", action="store_true", help="treat “Council” and “council” as the same word"
    )
    parser.add_argument(
        "--ignore-punctuation",
        action="store_true",
        help="don't count changed commas, dashes and full stops",
    )
    parser.add_argument(
        "--ignore-quote-style",
        action="store_true",
        help="treat straight and curly quote marks as the same",
    )
    parser.add_argument("--no-quotes", action="store_true", help="skip speakers and quotes")
    parser.add_argument("--no-changes", action="store_true", help="skip the change ledger")
    parser.add_argument(
        "--indent", type=int, metavar="N", help="indent JSON by N spaces (default: compact)"
    )
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    parser.add_argument(
        "--fetch", action="store_true", help="download OLD and NEW when they are web addresses"
    )


def _add_quotes(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="articles to read (.txt, .md, .html, .docx, .pdf); one that cannot be read is "
        "named on stderr and the others are still listed",
    )
    parser.add_argument(
        "--format",
        choices=("jsonl", "text"),
        default="jsonl",
        help="jsonl: one JSON object per file (the default); text: a readable list",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "audit-corpus":
            return int(args.handler(args))
        if args.command == "compare":
            return _run_compare(args)
        return _run_quotes(args)
    except (LoadError, CliError) as error:
        print(f"reader-cli: {shown(str(error))}", file=sys.stderr)
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
    refuse_output_among_inputs(args.output, (args.old, args.new))
    old, new = _load(args.old, args), _load(args.new, args)
    comparison, audit = _analyse(old, new, args)
    changes = _changes(comparison, audit, args)
    with Output(args.output) as out:
        out.write(_render(comparison, audit, changes, args.format, out.isatty(), args.indent))
    return 0


def _changes(
    comparison: Comparison, audit: QuoteAudit | None, args: argparse.Namespace
) -> list[Change] | None:
    """The change ledger (told whom the quote audit credits), unless --no-changes."""
    if args.no_changes:
        return None
    return find_changes(comparison, audit=audit)


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

    pairs = read_pairs(args.pairs)
    refuse_output_among_inputs(args.output, [args.pairs, *(p for pair in pairs for p in pair)])
    failures = 0
    with Output(args.output) as out:
        for old_path, new_path in _progress(pairs, "comparing"):
            try:
                old, new = _load(old_path, args), _load(new_path, args)
            except (LoadError, CliError) as error:
                failures += 1
                print(f"reader-cli: {shown(str(error))}", file=sys.stderr)
                continue
            comparison, audit = _analyse(old, new, args)
            data = comparison_json(comparison, audit, _changes(comparison, audit, args))
            out.write(json_text(data) + "\n")
    return EXIT_BAD_INPUT if failures else 0


def _analyse(
    old: Document, new: Document, args: argparse.Namespace
) -> tuple[Comparison, QuoteAudit | None]:
    """The comparison, and the quote audit unless asked not to or it fails (then a note)."""
    comparison = compare(old, new, _options(args))
    if args.no_quotes:
        return comparison, None
    try:
        return comparison, audit_comparison(comparison)
    except Exception as error:  # a failing quote step must not cost the user the comparison
        reason = (str(error).split(". ")[0] or type(error).__name__)[:160]
        print(f"reader-cli: note: quotes were skipped ({reason})", file=sys.stderr)
        return comparison, None


def _load(argument: str, args: argparse.Namespace) -> Document:
    """A file or (with --fetch) a page; its notices go to stderr, as the window shows them."""
    document = input_document(argument, getattr(args, "fetch", False))
    for note in document.notes:
        print(f"reader-cli: note: {shown(document.display_name)}: {note}", file=sys.stderr)
    return document


def _run_quotes(args: argparse.Namespace) -> int:
    """Each file's quotes in turn; a file that cannot be read is named on stderr with the
    reason, the others are still listed, and the exit status says one failed."""
    from reader.report.json_report import quote_set_json

    failures = 0
    with Output(None) as out:
        for path in _progress(args.files, "reading quotes"):
            try:
                document = _load(path, args)
            except (LoadError, CliError) as error:
                failures += 1
                print(f"reader-cli: {shown(str(error))}", file=sys.stderr)
                continue
            quote_set = extract_quotes(document)
            if args.format == "jsonl":
                for note in quote_set.notices:  # the text format lists them in its output
                    print(
                        f"reader-cli: note: {shown(document.display_name)}: {note}", file=sys.stderr
                    )
                out.write(json_text(quote_set_json(document, quote_set)) + "\n")
            else:
                out.write(_quotes_text(document, quote_set))
    return EXIT_BAD_INPUT if failures else 0


def _quotes_text(document: Document, quote_set: QuoteSet) -> str:
    names = {speaker.id: speaker.name for speaker in quote_set.speakers}
    lines = [f"{document.display_name}:", *(f"  note: {n}" for n in quote_set.notices)]
    for quote in quote_set.quotes:
        speaker = names.get(quote.speaker or "", UNATTRIBUTED)
        words = quoted_pieces(document.text, quote.pieces)
        lines.append(f"  [{quote.kind.value}] {speaker}: \u201c{words}\u201d")
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


if __name__ == "__main__":
    raise SystemExit(main())
