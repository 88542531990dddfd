"""How text is tokenised and what counts as "the same" under the comparison options."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.compare.model import CompareOptions
from reader.documents.stopwords import STOPWORDS

# Words keep inner apostrophes ("Ukraine's", "don’t"); everything else that is
# not a word or whitespace is a one-character punctuation token.
TOKEN = re.compile(r"\w+(?:['’]\w+)*|\s+|[^\w\s]")
WORD = re.compile(r"\w+(?:['’]\w+)*")
_PUNCTUATION_RUN = re.compile(r"[^\w\s]+")

QUOTE_MARKS = "“”„‟\"'‘’‚‛«»"
_QUOTES_TO_ONE = str.maketrans(dict.fromkeys(QUOTE_MARKS, '"'))
_QUOTES_TO_APOSTROPHE = str.maketrans(dict.fromkeys(QUOTE_MARKS, "'"))

WHITESPACE_KEY = " "
PUNCTUATION_KEY = "."
_FEW_WORDS = 3
# Words this short are left as they are by `stem` ("bus", "gas", "was").
_SHORT_WORD = 3


@dataclass(frozen=True, slots=True)
class Normalizer:
    """Turns tokens and sentences into comparison keys according to the options."""

    options: CompareOptions

    def token_key(self, token: str) -> str:
        first = token[0]
        if first.isspace():
            return WHITESPACE_KEY if self.options.ignore_whitespace else token
        if not (first.isalnum() or first == "_"):
            if self.options.ignore_punctuation:
                return PUNCTUATION_KEY
            if self.options.ignore_quote_style:
                return token.translate(_QUOTES_TO_ONE)
            return token
        return self._word_key(token)

    def _word_key(self, word: str) -> str:
        if self.options.ignore_punctuation:
            word = word.replace("'", "").replace("’", "")
        elif self.options.ignore_quote_style:
            word = word.replace("’", "'")
        return word.casefold() if self.options.ignore_case else word

    def is_ignorable(self, text: str) -> bool:
        """Whether a run of tokens only holds differences the options ignore."""
        for char in text:
            if char.isspace():
                if not self.options.ignore_whitespace:
                    return False
            elif char.isalnum() or char == "_" or not self.options.ignore_punctuation:
                return False
        return True

    def sentence_key(self, text: str) -> str:
        """A string equal for two sentences exactly when all their differences are ignored."""
        if self.options.ignore_quote_style:
            text = text.translate(_QUOTES_TO_ONE)
        if self.options.ignore_punctuation:
            text = _PUNCTUATION_RUN.sub(" ", text)
        if self.options.ignore_case:
            text = text.casefold()
        if self.options.ignore_whitespace:
            text = " ".join(text.split())
        return text


def content_words(text: str) -> list[str]:
    """Lower-cased words of a sentence without stopwords, plurals made singular: what
    similarity is measured on. Short sentences ("We are finalising it.") keep their
    stopwords, or they would have too little to compare.
    """
    stems = [fold_stem(word) for word in WORD.findall(text)]
    content = [word for word in stems if word not in STOPWORDS]
    return content if len(content) >= _FEW_WORDS else stems


# Stems of words seen so far: articles repeat their words, and stemming is per word.
_STEMS: dict[str, str] = {}
_STEMS_LIMIT = 200_000


def fold_stem(word: str) -> str:
    """A word as similarity sees it: curly apostrophes straight, case folded, stemmed."""
    known = _STEMS.get(word)
    if known is not None:
        return known
    if len(_STEMS) >= _STEMS_LIMIT:
        _STEMS.clear()
    stemmed = _STEMS[word] = stem(word.translate(_QUOTES_TO_APOSTROPHE).casefold())
    return stemmed


def stem(word: str) -> str:
    """ "Putin's" and "Putin", "officials" and "official", "cities" and "city" are one."""
    word = word.removesuffix("'s")
    if len(word) <= _SHORT_WORD or word[-1] != "s" or word[-2] in "su'":
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1]


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    return len(WORD.findall(text, start, len(text) if end is None else end))
