"""One speaker per person within a document: surname particles and titles."""

from __future__ import annotations

from quotes_helpers import make_document

from reader.quotes import QuoteSet, extract_quotes
from reader.quotes.names import split_name, surname_of


def run(text: str) -> QuoteSet:
    return extract_quotes(make_document(text))


def test_a_surname_particle_belongs_to_the_surname() -> None:
    assert split_name("Pia van Dijk") == (["Pia"], ["van", "Dijk"])
    assert split_name("De Blasio") == ([], ["De", "Blasio"])
    assert surname_of("Omar bin Talal") == "bin Talal"
    assert split_name("Ruth Ambler") == (["Ruth"], ["Ambler"])


def test_a_surname_with_a_particle_names_one_speaker() -> None:
    text = (
        "Mayor Pia van Dijk toured the flooded streets on Monday. "
        "“We will pump the cellars dry by Friday,” Van Dijk said. "
        "“Nobody will pay for the pumps,” van Dijk told reporters."
    )
    result = run(text)
    assert len(result.quotes) == 2
    speakers = {q.speaker for q in result.quotes}
    assert len(speakers) == 1
    (speaker,) = [s for s in result.speakers if s.id in speakers]
    assert speaker.name == "Pia van Dijk"


def test_a_titled_surname_carries_its_title() -> None:
    text = (
        "The senators met Governor Ambler on Tuesday. "
        "“The budget is balanced,” Ambler said after the meeting."
    )
    result = run(text)
    (quote,) = result.quotes
    (speaker,) = [s for s in result.speakers if s.id == quote.speaker]
    assert "Governor" in speaker.aliases or speaker.role == "Governor"


def test_aliases_differing_only_in_case_come_in_one_order_whatever_the_hash_seed() -> None:
    import os
    import subprocess
    import sys

    text = (
        "Port talks.\n\nFrench President Anne Roux said the port deal would be signed in June.\n\n"
        "Later the French president said the talks had gone well, and Roux said the harbour "
        "would reopen.\n"
    )
    probe = (
        "import sys; sys.path[:0] = [sys.argv[1]]; from quotes_helpers import make_document; "
        "from reader.quotes import extract_quotes; "
        "print([s.aliases for s in extract_quotes(make_document(sys.argv[2])).speakers])"
    )
    here = os.path.dirname(__file__)
    seen = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", probe, here, text], env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        seen.add(done.stdout)
    assert len(seen) == 1 and "'French President', 'French president'" in seen.pop()
