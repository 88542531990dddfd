"""Reader: compare two versions of a news article and audit its quotes."""

__version__ = "0.1.0"
