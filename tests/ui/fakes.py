# ruff: noqa: E501  (sample article paragraphs are long lines on purpose)
"""Hand-built engine results for UI tests, so the window can be tested on its own.

`fake_compare` is a tiny difflib stand-in for reader.compare: sentences
aligned with SequenceMatcher, words diffed inside changed blocks, identical
deleted/inserted sentences marked as moved. Good enough to drive the views.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from difflib import SequenceMatcher

from reader.audit.model import QuoteAudit
from reader.compare.model import (
    Block,
    BlockKind,
    CompareOptions,
    Comparison,
    Edit,
    EditOp,
    Stats,
)
from reader.documents.model import Document, Span
from reader.quotes.model import AuditEntry, AuditStatus, Quote, QuoteKind, QuoteSet, Speaker

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’']?|$)", re.M)
_WORD = re.compile(r"\S+")


def make_document(text: str, title: str | None = None, path=None) -> Document:
    paragraphs = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text))
    return Document(text=text, paragraphs=paragraphs, title=title, path=path)


def sentences(text: str) -> tuple[Span, ...]:
    out = []
    for m in _SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append(Span(s, e))
    return tuple(out)


def words(text: str, span: Span) -> list[Span]:
    return [
        Span(span.start + m.start(), span.start + m.end())
        for m in _WORD.finditer(text[span.start : span.end])
    ]


class PiecewiseMap:
    def __init__(self, pairs: list[tuple[int, int]]) -> None:
        self.pairs = sorted(pairs) or [(0, 0)]
        self.rev = sorted((b, a) for a, b in self.pairs)

    @staticmethod
    def _map(pairs, x):
        i = max(0, bisect_right(pairs, (x, 1 << 62)) - 1)
        a, b = pairs[i]
        return b + max(0, x - a) if x >= a else b

    def old_to_new(self, x: int) -> int:
        return self._map(self.pairs, x)

    def new_to_old(self, x: int) -> int:
        return self._map(self.rev, x)


def _cover(spans: tuple[Span, ...], i: int, j: int) -> Span | None:
    return Span(spans[i].start, spans[j - 1].end) if i < j else None


def fake_compare(old: Document, new: Document, options=None, cancel=None) -> Comparison:
    options = options or CompareOptions()
    os_, ns = sentences(old.text), sentences(new.text)

    def norm(t: str) -> str:
        return t.lower() if options.ignore_case else t

    ot = [norm(old.text[s.start : s.end]) for s in os_]
    nt = [norm(new.text[s.start : s.end]) for s in ns]
    sm = SequenceMatcher(None, ot, nt, autojunk=False)
    blocks: list[Block] = []
    edits: list[Edit] = []
    pairs: list[tuple[int, int]] = []
    deleted_text = {}
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                a, b = os_[i1 + k], ns[j1 + k]
                pairs.append((a.start, b.start))
                for wa, wb in zip(words(old.text, a), words(new.text, b), strict=False):
                    edits.append(Edit(EditOp.EQUAL, wa, wb))
            blocks.append(
                Block(
                    BlockKind.EQUAL,
                    _cover(os_, i1, i2),
                    _cover(ns, j1, j2),
                    1.0,
                    (i1, i2),
                    (j1, j2),
                )
            )
        elif tag == "replace":
            a, b = _cover(os_, i1, i2), _cover(ns, j1, j2)
            pairs.append((a.start, b.start))
            wa, wb = words(old.text, a), words(new.text, b)
            wsm = SequenceMatcher(
                None,
                [norm(old.text[w.start : w.end]) for w in wa],
                [norm(new.text[w.start : w.end]) for w in wb],
                autojunk=False,
            )
            for t2, a1, a2, b1, b2 in wsm.get_opcodes():
                if t2 == "equal":
                    for k in range(a2 - a1):
                        edits.append(Edit(EditOp.EQUAL, wa[a1 + k], wb[b1 + k]))
                        pairs.append((wa[a1 + k].start, wb[b1 + k].start))
                else:
                    for w in wa[a1:a2]:
                        edits.append(Edit(EditOp.DELETE, w, None))
                    for w in wb[b1:b2]:
                        edits.append(Edit(EditOp.INSERT, None, w))
            blocks.append(Block(BlockKind.CHANGED, a, b, wsm.ratio(), (i1, i2), (j1, j2)))
        elif tag == "delete":
            for k in range(i1, i2):
                deleted_text[ot[k]] = k
            blocks.append(
                Block(BlockKind.DELETED, _cover(os_, i1, i2), None, 0.0, (i1, i2), (j1, j1))
            )
        else:
            blocks.append(
                Block(BlockKind.INSERTED, None, _cover(ns, j1, j2), 0.0, (i1, i1), (j1, j2))
            )
    # Moves: a deleted sentence that reappears word for word as an inserted one.
    final: list[Block] = []
    for blk in blocks:
        if blk.kind is BlockKind.INSERTED:
            j1, j2 = blk.new_sentences
            for j in range(j1, j2):
                if nt[j] in deleted_text:
                    i = deleted_text.pop(nt[j])
                    final.append(Block(BlockKind.MOVED, os_[i], ns[j], 1.0, (i, i + 1), (j, j + 1)))
        final.append(blk)
    moved_old = [b.old for b in final if b.kind is BlockKind.MOVED]
    moved_new = [b.new for b in final if b.kind is BlockKind.MOVED]
    final = [
        b
        for b in final
        if not (b.kind is BlockKind.DELETED and b.old in moved_old)
        and not (b.kind is BlockKind.INSERTED and b.new in moved_new)
    ]
    for blk in final:
        if blk.kind is BlockKind.MOVED:
            for wa, wb in zip(words(old.text, blk.old), words(new.text, blk.new), strict=False):
                edits.append(Edit(EditOp.EQUAL, wa, wb, moved=True))
        elif blk.kind is BlockKind.DELETED:
            edits.extend(Edit(EditOp.DELETE, w, None) for w in words(old.text, blk.old))
        elif blk.kind is BlockKind.INSERTED:
            edits.extend(Edit(EditOp.INSERT, None, w) for w in words(new.text, blk.new))
    n_old, n_new = old.word_count(), new.word_count()
    eq = sum(1 for e in edits if e.op is EditOp.EQUAL and not e.moved)
    mv = sum(1 for e in edits if e.moved)
    stats = Stats(
        similarity=2 * eq / max(1, n_old + n_new),
        words_old=n_old,
        words_new=n_new,
        words_equal=eq,
        words_deleted=sum(1 for e in edits if e.op is EditOp.DELETE),
        words_inserted=sum(1 for e in edits if e.op is EditOp.INSERT),
        words_moved=mv,
        degraded=False,
    )
    return Comparison(
        old=old,
        new=new,
        options=options,
        old_sentences=os_,
        new_sentences=ns,
        blocks=tuple(final),
        edits=tuple(edits),
        stats=stats,
        offset_map=PiecewiseMap(pairs),
    )


_QUOTE = re.compile(r"[“\"]([^”\"]+)[”\"]")


def fake_quotes(doc: Document, speakers: dict[str, str]) -> QuoteSet:
    """Quotes are whatever sits in double quotes; the speaker is the first known name after it."""
    quotes = []
    for n, m in enumerate(_QUOTE.finditer(doc.text)):
        after = doc.text[m.end() : m.end() + 60]
        spk = next((sid for sid, name in speakers.items() if name.split()[-1] in after), None)
        quotes.append(Quote(f"q{n}", Span(m.start(1), m.end(1)), m.group(1), QuoteKind.DIRECT, spk))
    return QuoteSet(tuple(quotes), ())


def fake_audit(
    comparison: Comparison, oq: QuoteSet, nq: QuoteSet, speakers: dict[str, tuple[str, str]]
) -> QuoteAudit:
    entries = []
    used = set()
    for q in oq.quotes:
        best, score = None, 0.0
        for r in nq.quotes:
            if r.id in used:
                continue
            s = SequenceMatcher(None, q.text, r.text).ratio()
            if s > score:
                best, score = r, s
        if best is not None and score > 0.5:
            used.add(best.id)
            status = AuditStatus.VERBATIM if q.text == best.text else AuditStatus.ALTERED
            entries.append(
                AuditEntry(
                    q.id,
                    best.id,
                    q.span,
                    best.span,
                    status,
                    q.speaker,
                    best.speaker,
                    q.speaker != best.speaker,
                    score,
                )
            )
        else:
            entries.append(
                AuditEntry(
                    q.id, None, q.span, None, AuditStatus.DROPPED, q.speaker, None, False, 0.0
                )
            )
    for r in nq.quotes:
        if r.id not in used:
            entries.append(
                AuditEntry(
                    None, r.id, None, r.span, AuditStatus.UNSUPPORTED, None, r.speaker, False, 0.0
                )
            )

    def mentions(doc: Document, name: str) -> tuple[Span, ...]:
        last = re.escape(name.split()[-1])
        return tuple(Span(m.start(), m.end()) for m in re.finditer(last, doc.text))

    spk = tuple(
        Speaker(sid, name, (), role, mentions(comparison.old, name), mentions(comparison.new, name))
        for sid, (name, role) in speakers.items()
    )
    return QuoteAudit(oq, nq, spk, tuple(entries))


OLD_TEXT = """Council approves new river bridge after long debate

The city council voted 7-2 on Tuesday to approve a new pedestrian bridge over the river. The project will cost $12 million and take two years to build.

"This bridge will connect our neighbourhoods like never before," said Mayor Ana Ruiz. She added that construction would begin in the spring.

Critics argued the money should go to schools. "We are spending on concrete while classrooms crumble," said councillor Tom Baker.

The bridge was designed by a local firm. Residents can comment on the plans until March 1.
"""

NEW_TEXT = """Council approves river bridge after heated debate 🌉

The city council voted 7-2 on Tuesday to approve a new pedestrian bridge over the river. The bridge was designed by a local firm. The project will cost $14 million and take three years to build.

"This bridge will connect our neighbourhoods," said Mayor Ana Ruiz. She added that construction would begin in the spring.

Critics argued the money should go to schools.

"Every resident deserves a safe crossing," said engineer Li Wei, who reviewed the design. Residents can comment on the plans until March 1.
"""

SPEAKERS = {
    "s1": ("Ana Ruiz", "Mayor"),
    "s2": ("Tom Baker", "councillor"),
    "s3": ("Li Wei", "engineer"),
}


def sample_results(old_text: str = OLD_TEXT, new_text: str = NEW_TEXT):
    old = make_document(old_text, "Council approves new river bridge")
    new = make_document(new_text, "Council approves river bridge")
    comp = fake_compare(old, new)
    names = {k: v[0] for k, v in SPEAKERS.items()}
    oq, nq = fake_quotes(old, names), fake_quotes(new, names)
    audit = fake_audit(comp, oq, nq, SPEAKERS)
    return old, new, comp, audit
