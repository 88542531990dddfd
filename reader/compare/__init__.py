"""The comparison engine: plain Python, no Qt.

`compare_documents` aligns two versions of an article sentence by sentence
(equal, changed, moved, deleted, inserted), diffs aligned sentences word by
word and maps character offsets between the versions.
"""

from reader.compare.engine import Cancelled, compare_documents
from reader.compare.model import (
    Block,
    BlockKind,
    CompareOptions,
    Comparison,
    Edit,
    EditOp,
    Stats,
)
from reader.compare.offsets import OffsetMap
from reader.documents.segment import paragraph_spans, split_sentences

__all__ = [
    "Block",
    "BlockKind",
    "Cancelled",
    "CompareOptions",
    "Comparison",
    "Edit",
    "EditOp",
    "OffsetMap",
    "Stats",
    "compare_documents",
    "paragraph_spans",
    "split_sentences",
]
