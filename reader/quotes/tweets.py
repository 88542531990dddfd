"""Embedded posts signed the way a social network prints them: `text — Name (@handle) date`.

An article that embeds a post often keeps the post's own signature line: the words, a
dash, the author's display name, the handle in brackets and the date (`The pier reopens
at noon. — Ana Ruiz (@anaruiz) May 3, 2016`). The words before the dash are the author's,
in no quote marks; a trailing picture or short link belongs to the post, not to the words.
"""

from __future__ import annotations

import re

from reader.documents.model import Span
from reader.quotes.mentions import Mention, MentionKind
from reader.quotes.reach import Attribution

TWEET = "tweet"  # Attribution.frame of a signed post

# The signature: a dash, a display name of one to five words, the handle, a date.
_SIGNATURE = re.compile(
    r"\s[—–-]\s(?P<name>[^\s()—–][^()\n—–]{0,60}?)\s\((?P<handle>@\w{1,30})\)\s+"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})"
)
_LINK = re.compile(r"(?:\s+(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")
_OPENING_TAG = re.compile(r"<[a-z][^<>\n]*>")
_NAME_WORDS = 5


def tweet_attributions(text: str, paragraphs: tuple[Span, ...]) -> list[Attribution]:
    """One attribution per signed post, its words credited to the signing name."""
    found = []
    for paragraph in paragraphs:
        start = paragraph.start  # a second post of the paragraph opens after the first one
        for match in _SIGNATURE.finditer(text, paragraph.start, paragraph.end):
            attribution = _signed(text, start, match)
            if attribution is not None:
                found.append(attribution)
            start = match.end()
    return found


def _signed(text: str, start: int, match: re.Match[str]) -> Attribution | None:
    name = match.group("name").strip()
    if not 1 <= len(name.split()) <= _NAME_WORDS:
        return None
    tags = list(_OPENING_TAG.finditer(text, start, match.start()))
    if tags:
        start = tags[-1].end()  # the post's words open after its markup
    words = text[start : match.start()]
    link = _LINK.search(words)
    end = start + (link.start() if link else len(words.rstrip()))
    while start < end and text[start].isspace():
        start += 1
    if end - start < 2 or not any(c.isalpha() for c in text[start:end]):
        return None
    name_start = match.start("name")
    speaker = Mention(Span(name_start, name_start + len(name)), name, MentionKind.PERSON, name)
    cue = Span(match.start() + 1, match.start() + 2)  # the dash
    return Attribution(cue, speaker, Span(start, end), Span(start, match.end()), frame=TWEET)
