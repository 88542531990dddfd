"""The quote audit beside the panes: the widget, its item models, delegates and filter chips."""
