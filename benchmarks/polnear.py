"""Read PolNeAR (Political News Attribution Relations, networkdynamics/PolNeAR).

The corpus is read from a directory named by an environment variable, either a
checkout (with `data/<split>/text/*.txt` and `data/<split>/attributions/*.ann`)
or a bare git mirror (read with `git show`). Nothing of it is copied into the
repository.

Each `.ann` file is brat standoff: `T` lines are spans (`Source`, `Cue`,
`Content`, possibly in several `start end;start end` pieces), `E` lines tie one
cue, content(s) and optional source into one attribution. An article annotated
by several annotators keeps the first annotation (sorted by annotator id).

The test split is held out for acceptance: `load_split` refuses to read it.
"""

from __future__ import annotations

import os
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reader.documents.model import Span

ENV_VAR = "POLNEAR_DIR"
SPLITS = ("train", "dev")
HELD_OUT = "test"
DIRECT_OPENERS = "\"“‘'«"


class CorpusMissing(Exception):
    """The corpus is not where the environment variable says (or it is not set)."""


@dataclass(frozen=True, slots=True)
class Attribution:
    content: tuple[Span, ...]  # one or more pieces, in text order
    cue: tuple[Span, ...]
    source: tuple[Span, ...]  # empty when the annotator marked no source

    @property
    def extent(self) -> Span:
        spans = [*self.content, *self.cue, *self.source]
        return Span(min(s.start for s in spans), max(s.end for s in spans))


@dataclass(frozen=True, slots=True)
class Article:
    name: str
    text: str
    attributions: tuple[Attribution, ...]

    def is_direct(self, attribution: Attribution) -> bool:
        """Direct speech: the content opens with a quote mark."""
        first = attribution.content[0]
        return self.text[first.start : first.end].lstrip()[:1] in DIRECT_OPENERS


class _Reader:
    """Files of a checkout or of a bare git mirror."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.bare = (root / "HEAD").is_file() and (root / "objects").is_dir()
        if not self.bare and not (root / "data").is_dir():
            raise CorpusMissing(f"{root}: neither a PolNeAR checkout nor a bare git mirror of it")

    def list(self, folder: str) -> list[str]:
        if not self.bare:
            base = self.root / folder
            return sorted(p.name for p in base.iterdir()) if base.is_dir() else []
        out = self._git("ls-tree", "--name-only", f"HEAD:{folder}")
        return sorted(out.split("\n")) if out else []

    def read(self, path: str) -> str:
        if not self.bare:
            return (self.root / path).read_text(encoding="utf-8")
        return self._git("show", f"HEAD:{path}")

    def _git(self, *args: str) -> str:
        done = subprocess.run(
            ["git", f"--git-dir={self.root}", *args], capture_output=True, check=False
        )
        if done.returncode != 0:
            raise CorpusMissing(f"{self.root}: git {args[0]} failed: {done.stderr.decode()[:200]}")
        return done.stdout.decode("utf-8").rstrip("\n")


def corpus_root() -> Path:
    value = os.environ.get(ENV_VAR)
    if not value:
        raise CorpusMissing(
            f"{ENV_VAR} is not set; point it at a PolNeAR checkout or bare mirror, e.g. "
            f"{ENV_VAR}=/work/.mirror/networkdynamics+PolNeAR/repo"
        )
    root = Path(value)
    if not root.is_dir():
        raise CorpusMissing(f"{ENV_VAR}={value}: no such directory")
    return root


def load_split(split: str, root: Path | None = None, limit: int | None = None) -> list[Article]:
    """Articles of one split, in name order (the test split is refused)."""
    if split == HELD_OUT or split not in SPLITS:
        raise ValueError(f"split {split!r} is not for development; use one of {SPLITS}")
    reader = _Reader(root or corpus_root())
    base = f"data/{split}"
    annotations: dict[str, str] = {}
    for name in reader.list(f"{base}/attributions"):
        stem = name.removesuffix(".ann").rsplit("_", 1)[0]
        annotations.setdefault(stem, name)  # sorted: the first annotator wins
    articles = []
    for name in reader.list(f"{base}/text"):
        stem = name.removesuffix(".txt")
        if stem not in annotations:
            continue
        text = reader.read(f"{base}/text/{name}")
        ann = reader.read(f"{base}/attributions/{annotations[stem]}")
        articles.append(as_the_app_reads(Article(stem, text, parse_ann(ann))))
        if limit is not None and len(articles) >= limit:
            break
    return articles


def parse_ann(data: str) -> tuple[Attribution, ...]:
    """The attributions of one brat standoff file, in order of their content."""
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events: list[list[str]] = []
    for line in data.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, _, ranges = fields[1].partition(" ")
            pieces = tuple(Span(int(a), int(b)) for a, b in (r.split() for r in ranges.split(";")))
            spans[fields[0]] = (label, pieces)
        elif line.startswith("E") and len(fields) >= 2:
            events.append(fields[1].split())
    attributions = []
    for roles in events:
        parts: dict[str, list[Span]] = {"Content": [], "Cue": [], "Source": []}
        for role in roles[1:]:
            kind, _, ref = role.partition(":")
            kind = kind.rstrip("0123456789")
            if kind in parts and ref in spans:
                parts[kind].extend(spans[ref][1])
        if parts["Content"] and parts["Cue"]:
            attributions.append(
                Attribution(
                    content=_in_order(parts["Content"]),
                    cue=_in_order(parts["Cue"]),
                    source=_in_order(parts["Source"]),
                )
            )
    attributions.sort(key=lambda a: a.content[0].start)
    return tuple(attributions)


def as_the_app_reads(article: Article) -> Article:
    """The article with its text cleaned as Reader cleans what it reads (line endings,
    stray control characters), and its gold spans moved to match: otherwise every span
    after a dropped character would be scored against the wrong words."""
    from reader.documents.decoding import clean_text

    cleaned, _ = clean_text(article.text)
    if cleaned == article.text:
        return article
    where = _offset_map(article.text, cleaned)

    def moved(spans: tuple[Span, ...]) -> tuple[Span, ...]:
        return tuple(Span(where[s.start], where[s.end]) for s in spans)

    attributions = tuple(
        Attribution(moved(a.content), moved(a.cue), moved(a.source)) for a in article.attributions
    )
    return Article(article.name, cleaned, attributions)


def _offset_map(raw: str, cleaned: str) -> list[int]:
    """For each offset in `raw`, the offset in `cleaned`: cleaning only drops characters
    or turns a line-breaking control character into a newline."""
    where: list[int] = []
    j = 0
    for char in raw:
        where.append(j)
        if j < len(cleaned) and (
            char == cleaned[j] or (cleaned[j] == "\n" and unicodedata.category(char)[0] in "CZ")
        ):
            j += 1
    where.append(j)
    return where


def _in_order(spans: list[Span]) -> tuple[Span, ...]:
    return tuple(sorted(spans, key=lambda s: (s.start, s.end)))
