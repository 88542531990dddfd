"""One version of the article on screen: the text view, its typography, overlays and sync."""
