"""Markdown to plain prose: keep the words, drop the markup (headings marks, emphasis, links)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.parser_block import ParserBlock
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token

from reader.documents.decoding import letter_count

# YAML front matter, as static site generators write it before the article.
_FRONT_MATTER = re.compile(r"\A---[^\S\n]*\n(.*?\n)(?:---|\.\.\.)[^\S\n]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_TITLE = re.compile(r"^title:[^\S\n]*(.+?)[^\S\n]*$", re.MULTILINE)
_HTML_TAG = re.compile(r"<[^>]*>")
# Inline tokens whose own text is prose; images and raw HTML are left out.
_TEXT_TOKENS = frozenset({"text", "text_special", "code_inline"})
_CELL_SEPARATOR = " | "
_NEVER_SHOWN = re.compile(
    r"!\[[^\]\n]*\]\([^)\n]*\)"  # images
    r"|\]\([^)\n]*\)"  # link targets
    r"|^[ \t]{0,3}\[[^\]\n]+\]:.*$"  # reference definitions
    r"|<[^>\n]*>",  # tags and autolinks
    re.MULTILINE,
)
# markdown-it stops reading at this depth of nested lists and block quotes and drops
# the rest of the file without a word (CommonMark's preset stops at 20, i.e. a list
# nested 10 deep). We read this deep and refuse anything deeper. A list level counts 2.
MAX_NESTING = 100


class NestingTooDeep(ValueError):
    """The file nests lists or block quotes deeper than MAX_NESTING levels of markup."""


class _DepthCheckedBlock(ParserBlock):
    """The block parser, raising where markdown-it would silently skip the rest."""

    def tokenize(self, state: StateBlock, startLine: int, endLine: int) -> None:
        if state.level >= state.md.options.maxNesting and _content_follows(
            state, startLine, endLine
        ):
            raise NestingTooDeep(f"lists or quotes nested over {MAX_NESTING} levels of markup")
        super().tokenize(state, startLine, endLine)


def _content_follows(state: StateBlock, start: int, end: int) -> bool:
    line = state.skipEmptyLines(start)
    return line < end and state.sCount[line] >= state.blkIndent


@dataclass(frozen=True, slots=True)
class MarkdownProse:
    blocks: tuple[str, ...]
    title: str | None
    # Letters and digits in the source, less what markup never shows (link targets,
    # tags, images): what the prose is measured against.
    source_letters: int = 0


def markdown_to_prose(source: str) -> MarkdownProse:
    """Paragraph texts of a markdown article, and its title (the first # heading)."""
    body, front_title = _split_front_matter(source)
    parser = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
    parser.block = _DepthCheckedBlock()  # every block rule on: CommonMark's and tables
    parser.enable(["table", "strikethrough"])
    tokens = parser.parse(body)
    shown = _NEVER_SHOWN.sub(" ", body)
    return MarkdownProse(
        tuple(_blocks(tokens)), _first_h1(tokens) or front_title, letter_count(shown)
    )


def _split_front_matter(source: str) -> tuple[str, str | None]:
    match = _FRONT_MATTER.match(source)
    if match is None:
        return source, None
    title = _FRONT_MATTER_TITLE.search(match.group(1))
    return source[match.end() :], title.group(1).strip("\"'") if title else None


def _blocks(tokens: Sequence[Token]) -> Iterator[str]:
    row: list[str] | None = None
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            yield _CELL_SEPARATOR.join(cell for cell in row if cell)
            row = None
        elif token.type == "inline":
            text = _inline_text(token)
            if row is not None:
                row.append(text.strip())
            else:
                yield text
        elif token.type in ("fence", "code_block"):
            yield token.content
        elif token.type == "html_block":
            yield _HTML_TAG.sub(" ", token.content)


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or ():
        if child.type in _TEXT_TOKENS:
            parts.append(child.content)
        elif child.type == "softbreak":
            # A wrapped source line is not a break in the prose.
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)


def _first_h1(tokens: Sequence[Token]) -> str | None:
    for index, token in enumerate(tokens[:-1]):
        if token.type == "heading_open" and token.tag == "h1":
            text = _inline_text(tokens[index + 1]).strip()
            if text:
                return text
    return None
