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
from lxml.html import HtmlElement, document_fromstring

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


@dataclass(frozen=True, slots=True)
class HtmlProse:
    blocks: tuple[str, ...]
    title: str | None
    used_fallback: bool


def html_to_prose(source: bytes | str, decode: Callable[[], str]) -> HtmlProse:
    """Extract the article of a page, given as it came (bytes or text).

    Raw bytes let the parser honour the page's own charset declaration. `decode`
    gives the page as text, for when the parser turns the page down.
    """
    tree = _parse(source, decode)
    if tree is None:
        return HtmlProse((), None, used_fallback=True)
    extracted = _trafilatura_article(tree)
    if extracted is not None:
        blocks, title = extracted
        return HtmlProse(blocks, title or _title_from_tree(tree), used_fallback=False)
    return HtmlProse(visible_text_blocks(tree), _title_from_tree(tree), used_fallback=True)


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
    tree = trafilatura.load_html(source)
    if isinstance(tree, HtmlElement):
        return tree
    # trafilatura turns down fragments and plain text; lxml wraps them in a document.
    fragment = _XML_DECLARATION.sub("", decode())
    if not fragment.strip():
        return None
    try:
        parsed = document_fromstring(fragment)
    except (etree.ParserError, ValueError):  # "Document is empty": only comments or a doctype
        return None
    return parsed if isinstance(parsed, HtmlElement) else None


def _trafilatura_article(tree: HtmlElement) -> tuple[tuple[str, ...], str | None] | None:
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
