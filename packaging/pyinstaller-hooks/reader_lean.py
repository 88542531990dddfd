"""What Reader's bundle leaves out of spaCy and thinc (shared by the hooks here and the spec).

READER_LEAN=0 keeps everything, for measuring what the trims save.
"""

import os
import pkgutil

LEAN = os.environ.get("READER_LEAN", "1") != "0"
# Not optional besides English: spacy.scorer builds a blank "xx" pipeline by default,
# and spacy.registrations.populate_registry() imports the ja, ko, th, vi and zh
# tokenizer factories whenever a pipeline is loaded (spaCy 3.8).
KEPT_LANGUAGES = frozenset({"en", "xx", "ja", "ko", "th", "vi", "zh"})
DROPPED_PACKAGES = ("spacy.tests", "thinc.tests", "srsly.tests")


def dropped_languages() -> list[str]:
    """spacy.lang.<code> packages other than the kept ones; the shared base modules stay."""
    import spacy.lang

    return [
        f"spacy.lang.{info.name}"
        for info in pkgutil.iter_modules(spacy.lang.__path__)
        if info.ispkg and info.name not in KEPT_LANGUAGES
    ]


def dropped_modules() -> list[str]:
    return [*DROPPED_PACKAGES, *dropped_languages()] if LEAN else []


def wanted(module: str, dropped: tuple[str, ...]) -> bool:
    return not any(module == d or module.startswith(d + ".") for d in dropped)
