"""The article inside a saved web page: trafilatura first, the page's visible text if that fails.

Nothing here goes to the network: trafilatura is handed the page's bytes and no URL.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring, fromstring
from trafilatura.utils import detect_encoding, is_dubious_html, repair_faulty_html

from reader.documents.decoding import letter_count

# Elements whose content is never visible prose.
_INVISIBLE = ("script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object")
# Elements that start a new line when a browser lays the page out.
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "details", "dialog", "div"),
        *("dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hr"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "li", "main", "nav", "ol", "p", "pre"),
        *("section", "summary", "table", "tr", "ul"),
    }
)
# Below this much text trafilatura falls back to a crude baseline that breaks lines at
# every inline tag; the page's own visible text is then the better reading.
_MIN_ARTICLE_CHARS = 250
_WHITESPACE = re.compile(r"\s+")
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_SITE_NAME_SUFFIX = re.compile(r"\s+[|·–—-]\s+[^|·–—-]{1,60}\Z")
# Without huge_tree, libxml2 stops at 256 levels of nesting and drops the rest of the
# page without a word. With it, it reads 2048 levels deep; past that we refuse the page.
MAX_HTML_DEPTH = 2048
_TOO_DEEP = "Excessive depth"
# trafilatura's backup extractors (readability, jusText) are quadratic in the number
# of blocks: a 4.9 MB page of small nested tables took 62 s and 751 MB. Pages with more
# elements than this (a long news page has a few thousand) get the main extractor only.
_MAX_ELEMENTS_FOR_BACKUP = 5_000
# Past this many, even the main extractor takes tens of seconds; the page's visible text
# is read instead, with a notice saying so.
MAX_ELEMENTS_FOR_ARTICLE = 60_000
# Never the page's text, wherever they sit: inert templates and the no-JavaScript notices.
_NOT_ARTICLE = ("template", "noscript")


class MarkupTooDeep(ValueError):
    """The page nests its markup deeper than MAX_HTML_DEPTH levels."""


def _parser() -> HTMLParser:
    # As trafilatura's own parser, plus huge_tree. A new one per page: the error log is
    # per parser, and pages may be read on several threads at once.
    return HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
    )


FALLBACK_NOTE = "no article was recognised in the page; this is all of its visible text"


@dataclass(frozen=True, slots=True)
class HtmlProse:
    blocks: tuple[str, ...]
    title: str | None
    note: str | None = None  # how the text was read, when it is not the article as found
    # Letters and digits in the visible text of the page's <article> or <main>, when it
    # has one: what the extracted article is measured against.
    source_letters: int | None = None


def html_to_prose(source: bytes | str, decode: Callable[[], str]) -> HtmlProse:
    """Extract the article of a page, given as it came (bytes or text).

    Raw bytes let the parser honour the page's own charset declaration. `decode`
    gives the page as text, for when the parser turns the page down.
    """
    tree = _parse(source, decode)
    if tree is None:
        return HtmlProse((), None, FALLBACK_NOTE)
    etree.strip_elements(tree, *_NOT_ARTICLE, with_tail=False)
    elements = _element_count(tree)
    if elements > MAX_ELEMENTS_FOR_ARTICLE:
        note = (
            f"the page has too many elements ({elements:,}) to look for its article in; "
            "this is all of its visible text"
        )
        return HtmlProse(visible_text_blocks(tree), _title_from_tree(tree), note)
    extracted = _trafilatura_article(tree, fast=elements > _MAX_ELEMENTS_FOR_BACKUP)
    if extracted is None:
        return HtmlProse(visible_text_blocks(tree), _title_from_tree(tree), FALLBACK_NOTE)
    blocks, title = extracted
    return HtmlProse(blocks, title or _title_from_tree(tree), None, _article_letters(tree))


def _article_letters(tree: HtmlElement) -> int | None:
    for tag in ("article", "main"):
        found = tree.find(f".//{tag}")
        if isinstance(found, HtmlElement):
            return letter_count("".join(visible_text_blocks(found)))
    return None


def visible_text_blocks(root: HtmlElement) -> tuple[str, ...]:
    """The page's text as a browser would show it, one block per line of layout."""
    root = copy.deepcopy(root)
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    etree.strip_elements(root, *_INVISIBLE, with_tail=False)
    main = _main_content(root)
    pieces: list[str] = []
    # iterwalk, not recursion: a deeply nested page must not exhaust the stack.
    for event, element in etree.iterwalk(main, events=("start", "end")):
        is_block = isinstance(element.tag, str) and element.tag.lower() in _BLOCKS
        if event == "start":
            if is_block:
                pieces.append("\n")
            pieces.append(_flowed(element.text))
        else:
            if is_block:
                pieces.append("\n")
            if element is not main:
                pieces.append(_flowed(element.tail))
    return tuple(line for line in "".join(pieces).split("\n") if line.strip())


def _flowed(text: str | None) -> str:
    # Line breaks in the HTML source are spaces on screen; only block elements break lines.
    return _WHITESPACE.sub(" ", text) if text else ""


def _parse(source: bytes | str, decode: Callable[[], str]) -> HtmlElement | None:
    tree = _load_page(source)
    if isinstance(tree, HtmlElement):
        return tree
    # trafilatura turns down fragments and plain text; lxml wraps them in a document.
    fragment = _XML_DECLARATION.sub("", decode())
    if not fragment.strip():
        return None
    parser = _parser()
    try:
        parsed = document_fromstring(fragment, parser=parser)
    except (etree.ParserError, ValueError):  # "Document is empty": only comments or a doctype
        return None
    _check_depth(parser)
    return parsed if isinstance(parsed, HtmlElement) else None


def _load_page(source: bytes | str) -> HtmlElement | None:
    """trafilatura.load_html's reading of a page, with huge_tree and no decompression."""
    text = source if isinstance(source, str) else _decoded(source)
    beginning = text[:50].lower()
    text = repair_faulty_html(text, beginning)
    tree = _parse_checked(text)
    if tree is None or len(tree) < 1:
        tree = _parse_checked(text.encode("utf-8", "surrogatepass"))
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None  # a fragment or plain text: the caller reads it another way
    return tree


def _parse_checked(markup: str | bytes) -> HtmlElement | None:
    parser = _parser()
    try:
        tree = fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):  # empty, or a str with an encoding declaration
        tree = None
    _check_depth(parser)
    return tree if isinstance(tree, HtmlElement) else None


def _check_depth(parser: HTMLParser) -> None:
    if any(_TOO_DEEP in entry.message for entry in parser.error_log):
        raise MarkupTooDeep(f"its markup is nested more than {MAX_HTML_DEPTH} levels deep")


def _decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in detect_encoding(data):
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace")


def _element_count(tree: HtmlElement) -> int:
    return sum(1 for _ in tree.iter())


def _trafilatura_article(
    tree: HtmlElement, fast: bool
) -> tuple[tuple[str, ...], str | None] | None:
    try:
        result = trafilatura.bare_extraction(
            copy.deepcopy(tree),
            url=None,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
            fast=fast,
        )
    except Exception:  # a bug in the extractor must not cost the user the page
        return None
    text = getattr(result, "text", None)
    if not isinstance(text, str) or len(text.strip()) < _MIN_ARTICLE_CHARS:
        return None
    title = getattr(result, "title", None)
    # trafilatura's plain-text output puts one paragraph on each line.
    return tuple(text.split("\n")), title if isinstance(title, str) else None


def _main_content(root: HtmlElement) -> HtmlElement:
    for tag in ("article", "main", "body"):
        found = root.find(f".//{tag}")
        if isinstance(found, HtmlElement):
            return found
    return root


def _title_from_tree(root: HtmlElement) -> str | None:
    for path in (".//meta[@property='og:title']", ".//h1", ".//title"):
        element = root.find(path)
        if element is None:
            continue
        text = (element.get("content") if element.tag == "meta" else element.text_content()) or ""
        text = text.strip()
        if element.tag == "title":
            # "Headline | Site name" → "Headline", as trafilatura does for its titles.
            text = _SITE_NAME_SUFFIX.sub("", text) or text
        if text:
            return text
    return None
