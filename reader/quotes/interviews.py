"""Question-and-answer interviews printed with `Q:` and `A:` labels.

An interview written up as questions and answers opens each question with `Q:` and each
answer with `A:` (`Q: What did you find?` then `A: A town that had run out of water.`).
The words after a label, to the end of its paragraph, are the interviewer's or the
interviewee's, in no quote marks. Only a dialogue counts: at least one question and one
answer label in the document (a lone `A:` line is no interview). The label is the
mention: the interviewer and the interviewee are often named nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.documents.model import Span
from reader.quotes.indirect import Attribution
from reader.quotes.mentions import Mention, MentionKind
from reader.quotes.turns import UNMARKED_TURN

_LABEL = re.compile(r"\s*(?P<label>[QA]):\s+")
_ROLES = {"Q": "interviewer", "A": "interviewee"}
_MARKS = "\"'“‘«"


def interview_attributions(text: str, paragraphs: Sequence[Span]) -> list[Attribution]:
    """One attribution per labelled paragraph of a question-and-answer interview."""
    labelled = []
    for paragraph in paragraphs:
        match = _LABEL.match(text, paragraph.start, paragraph.end)
        if match is not None and match.end() < paragraph.end:
            labelled.append((paragraph, match))
    if {match.group("label") for _, match in labelled} != set(_ROLES):
        return []
    return [a for a in (_turn(text, p, m) for p, m in labelled) if a is not None]


def _turn(text: str, paragraph: Span, match: re.Match[str]) -> Attribution | None:
    start, end = match.end(), paragraph.end
    while end > start and text[end - 1].isspace():
        end -= 1
    if text[start] in _MARKS or not any(c.isalpha() for c in text[start:end]):
        return None  # words in marks are found with their marks
    label = Span(match.start("label"), match.end("label"))
    role = _ROLES[match.group("label")]
    speaker = Mention(label, match.group("label"), MentionKind.ROLE, role=role, role_head=role)
    return Attribution(
        label, speaker, Span(start, end), Span(label.start, end), frame=UNMARKED_TURN
    )
