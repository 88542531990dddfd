"""What the window and the reports say about a comparison, in one set of words (no Qt).

Small named records and pure functions: highlight marks, the legend, the
stats line, quote statuses and counts, speaker labels, quote wording diffs and
tooltip texts. `reader.ui` draws them with Qt; `reader.report` writes them as
text, JSON and HTML.
"""
