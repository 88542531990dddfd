"""What this installation can do, read without loading anything heavy."""

from __future__ import annotations

from reader.documents.loader import SUPPORTED_SUFFIXES


def model_description() -> str:
    """'en_core_web_sm 3.8.0' or why there is none, from package metadata (no model load)."""
    from reader.quotes.pipeline import pipeline_info

    info = pipeline_info()
    if info is None:
        return "no English spaCy model installed"
    return f"{info.name} {info.version}"


__all__ = ["SUPPORTED_SUFFIXES", "model_description"]
