"""Generated article pairs for the corpus tests: short stories written for these tests.

Each pair is one fictional story (a town, an official, a union leader, a resident) and a
rewrite made by a few desk edits chosen by the pair's number: a quote trimmed, reworded,
dropped or given to someone else, a paragraph moved, a line added.
"""

from __future__ import annotations

from pathlib import Path

_TOWNS = ("Ashby", "Brindle", "Carrow", "Dunmere", "Elsford", "Fenwick", "Galloway")
_OFFICIALS = ("Ruth Amberley", "Colin Stroud", "Maya Pennick", "Idris Cole", "Nora Quill")
_LEADERS = ("Sam Tolley", "Gwen Harker", "Felix Ebdon", "Lara Moss")
_RESIDENTS = ("Peter Vane", "Alice Dorr", "Joe Brand", "Hattie Lyle")

_STORY = (
    "{town} bridge to close for repairs",
    "The old river bridge in {town} will close for {weeks} weeks from Monday while engineers "
    "replace its deck, the county council said on Friday.",
    "Council leader {official} said: \u201cWe have patched this bridge for ten years. It is "
    "time to fix it properly, and we will do it as quickly as we can.\u201d",
    "{leader}, who speaks for the bus drivers' union, warned that the diversion would add "
    "forty minutes to every trip. \u201cOur drivers will be the ones who take the abuse,\u201d "
    "{leader_last} said.",
    "Shops near the bridge fear a quiet summer. \u201cIf people cannot get here, they will "
    "go to the retail park instead,\u201d said {resident}, who runs a bakery on Mill Lane.",
    "The council said a temporary footbridge would open within a week and that the works "
    "would cost {cost} million pounds.",
    "\u201cWe are sorry for the disruption,\u201d {official_last} added, \u201cbut the "
    "alternative is a bridge that fails.\u201d",
)


def _values(number: int) -> dict[str, str]:
    official = _OFFICIALS[number % len(_OFFICIALS)]
    leader = _LEADERS[number % len(_LEADERS)]
    return {
        "town": _TOWNS[number % len(_TOWNS)],
        "weeks": str(6 + number % 9),
        "official": official,
        "official_last": official.split()[-1],
        "leader": leader,
        "leader_last": leader.split()[-1],
        "resident": _RESIDENTS[number % len(_RESIDENTS)],
        "cost": str(2 + number % 7),
    }


def old_text(number: int) -> str:
    return "\n\n".join(p.format(**_values(number)) for p in _STORY) + "\n"


def new_text(number: int) -> str:
    """The rewrite: edits picked by the pair's number, so pairs differ in what changed."""
    values = _values(number)
    paragraphs = [p.format(**values) for p in _STORY]
    if number % 2 == 0:  # the official's quote trimmed
        paragraphs[2] = paragraphs[2].replace("We have patched this bridge for ten years. ", "")
    if number % 3 == 0:  # the union leader's quote dropped
        paragraphs[3] = paragraphs[3].split(" \u201c")[0]
    if number % 4 == 1:  # the closing quote given to the union leader
        paragraphs[6] = paragraphs[6].replace(values["official_last"], values["leader_last"])
    if number % 5 == 2:  # the resident's quote reworded
        paragraphs[4] = paragraphs[4].replace("get here", "reach us").replace("instead", "")
    if number % 3 == 1:  # a paragraph moved
        paragraphs.insert(2, paragraphs.pop(5))
    paragraphs[1] = paragraphs[1].replace("said on Friday", "announced")
    paragraphs.append(f"Updated with the council's statement (version {number}).")
    return "\n\n".join(paragraphs) + "\n"


def write_pairs(folder: Path, count: int) -> Path:
    """`count` pairs as old/NNN.txt and new/NNN.txt, and the pairs file listing them."""
    (folder / "old").mkdir(parents=True, exist_ok=True)
    (folder / "new").mkdir(parents=True, exist_ok=True)
    lines = []
    for number in range(count):
        name = f"{number:03d}.txt"
        (folder / "old" / name).write_text(old_text(number), encoding="utf-8")
        (folder / "new" / name).write_text(new_text(number), encoding="utf-8")
        lines.append(f"old/{name}\tnew/{name}")
    pairs = folder / "pairs.tsv"
    pairs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return pairs
