"""Sentence alignment through compare_documents: moves, splits, merges, paraphrase."""

from __future__ import annotations

from reader.compare import BlockKind, Comparison, compare_documents, paragraph_spans
from reader.documents.model import Document


def doc(text: str) -> Document:
    return Document(text=text, paragraphs=paragraph_spans(text))


def compare(old: str, new: str) -> Comparison:
    return compare_documents(doc(old), doc(new))


def kinds(comparison: Comparison) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    return [(b.kind.value, b.old_sentences, b.new_sentences) for b in comparison.blocks]


HARBOUR = (
    "The council approved the harbour expansion on Monday. "
    "Fishermen say the new quay will block the old slipway. "
    "The works are due to start in April."
)


def test_identical_texts_are_one_equal_block() -> None:
    result = compare(HARBOUR, HARBOUR)
    assert kinds(result) == [("equal", (0, 3), (0, 3))]
    assert result.stats.similarity == 1.0


def test_deleted_and_inserted_sentences() -> None:
    new = (
        "The council approved the harbour expansion on Monday. "
        "The works are due to start in April. "
        "A public meeting about parking is planned for May."
    )
    assert kinds(compare(HARBOUR, new)) == [
        ("equal", (0, 1), (0, 1)),
        ("deleted", (1, 2), (1, 1)),
        ("equal", (2, 3), (1, 2)),
        ("inserted", (3, 3), (2, 3)),
    ]


def test_reworded_sentence_is_changed_in_place() -> None:
    new = HARBOUR.replace(
        "Fishermen say the new quay", "Local fishermen complain that the new quay"
    )
    result = compare(HARBOUR, new)
    assert kinds(result)[1] == ("changed", (1, 2), (1, 2))
    assert 0.5 < result.blocks[1].score < 1


def test_moved_sentence_is_reported_as_moved() -> None:
    old = (
        "Ships queued outside the port all night.\n\n"
        "The harbour master blamed a broken crane for the delays.\n\n"
        "Union leaders called for an inquiry into safety.\n\n"
        "Exports of timber fell by a third last year."
    )
    new = (
        "Ships queued outside the port all night.\n\n"
        "Union leaders called for an inquiry into safety.\n\n"
        "Exports of timber fell by a third last year.\n\n"
        "The harbour master blamed a broken crane for the delays."
    )
    result = compare(old, new)
    moved = [b for b in result.blocks if b.kind is BlockKind.MOVED]
    assert [(b.old_sentences, b.new_sentences) for b in moved] == [((1, 2), (3, 4))]
    assert BlockKind.DELETED not in {b.kind for b in result.blocks}
    assert BlockKind.INSERTED not in {b.kind for b in result.blocks}
    assert result.stats.words_moved == 10
    assert all(e.moved for e in result.edits if e.old and e.old.start == result.blocks[1].old.start)


def test_moved_and_reworded_paragraph() -> None:
    old = (
        "Ships queued outside the port all night.\n\n"
        "The harbour master blamed a broken crane for the delays. "
        "Repairs would take at least a fortnight, engineers estimated.\n\n"
        "Union leaders called for an inquiry into safety.\n\n"
        "Exports of timber fell by a third last year."
    )
    new = (
        "Ships queued outside the port all night.\n\n"
        "Union leaders called for an inquiry into safety.\n\n"
        "Exports of timber fell by a third last year.\n\n"
        "The harbour master blamed a broken crane for the long delays. "
        "Repairs could take at least a fortnight, engineers estimated."
    )
    result = compare(old, new)
    moved = [b for b in result.blocks if b.kind is BlockKind.MOVED]
    assert [(b.old_sentences, b.new_sentences) for b in moved] == [((1, 3), (3, 5))]
    inner = [e for e in result.edits if e.moved and e.op.value != "equal"]
    assert {new[e.new.start : e.new.end] for e in inner if e.new} == {"long ", "could"}


def test_split_sentence_is_one_to_two() -> None:
    old = "The minister said the plan would cost ten million pounds and take three years to build."
    new = (
        "The minister said the plan would cost ten million pounds. "
        "It will take three years to build."
    )
    assert kinds(compare(old, new)) == [("changed", (0, 1), (0, 2))]


BRIDGE_OLD = (
    "The mayor opened the new bridge on Friday morning. "
    "Engineers from Halden finished the steel deck three months late, the council said. "
    "Traffic is expected to ease next month."
)


def test_a_reworded_split_half_is_found_by_a_name_only_it_shares() -> None:
    # The second half shares one word with the old sentence, but a telling one: no
    # other sentence of either text says "Halden".
    new = (
        "The mayor opened the new bridge on Friday morning. "
        "The steel deck was finished three months behind schedule. "
        "The work was carried out by a contractor from Halden in the north. "
        "Traffic is expected to ease next month."
    )
    assert kinds(compare(BRIDGE_OLD, new)) == [
        ("equal", (0, 1), (0, 1)),
        ("changed", (1, 2), (1, 3)),
        ("equal", (2, 3), (3, 4)),
    ]


def test_an_inserted_sentence_sharing_a_common_word_is_no_split_half() -> None:
    # "council" is shared too, but other sentences use it: it tells nothing.
    old = BRIDGE_OLD + " The council meets again in May."
    new = (
        "The mayor opened the new bridge on Friday morning. "
        "The steel deck was finished three months behind schedule. "
        "A spokesman for the council would not say what the delay had cost taxpayers. "
        "Traffic is expected to ease next month. The council meets again in May."
    )
    assert kinds(compare(old, new)) == [
        ("equal", (0, 1), (0, 1)),
        ("changed", (1, 2), (1, 2)),
        ("inserted", (2, 2), (2, 3)),
        ("equal", (2, 4), (3, 5)),
    ]


def test_merged_sentences_are_two_to_one() -> None:
    old = (
        "Storms closed the coastal road on Tuesday. "
        "Since the storm, the Coalition of Harbour Towns has been working on new sea defences. "
        "These would involve raising the wall and dredging the channel."
    )
    new = (
        "Storms closed the coastal road on Tuesday. "
        "The Coalition of Harbour Towns has been working on sea defences involving "
        "raising the wall and dredging the channel."
    )
    assert kinds(compare(old, new)) == [("equal", (0, 1), (0, 1)), ("changed", (1, 3), (1, 2))]


def test_unrelated_sentences_are_not_paired() -> None:
    old = "The bakery on Mill Street closed after forty years."
    new = "Voters in the northern district elected a new councillor."
    assert kinds(compare(old, new)) == [("deleted", (0, 1), (0, 0)), ("inserted", (1, 1), (0, 1))]


def test_blocks_are_monotone_on_both_sides_except_moves() -> None:
    old = " ".join(f"Sentence number {n} talks about topic {n * 7}." for n in range(40))
    new_sentences = [f"Sentence number {n} talks about topic {n * 7}." for n in range(40)]
    new_sentences[5] = "A brand new statement about quite different matters."
    new_sentences.insert(20, new_sentences.pop(30))
    result = compare(old, " ".join(new_sentences))
    old_at = new_at = 0
    for block in result.blocks:
        assert block.old_sentences[0] >= old_at
        old_at = block.old_sentences[1]
        if block.kind is not BlockKind.MOVED:
            assert block.new_sentences[0] >= new_at
            new_at = block.new_sentences[1]


def test_empty_documents() -> None:
    assert compare("", "").blocks == ()
    assert kinds(compare("", HARBOUR)) == [("inserted", (0, 0), (0, 3))]
    assert kinds(compare(HARBOUR, "  \n")) == [("deleted", (0, 3), (0, 0))]
