"""Provides the summary panel: an article's or a briefing's summary sentences."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from tui.widgets.rows import plain


class SummaryPanel(Static):
    """Summary sentences as a bulleted list (untrusted text, never markup)."""

    def show(self, sentences: list[str] | tuple[str, ...], empty: str = "No summary.") -> None:
        """Show these sentences."""
        if not sentences:
            self.update(plain(empty, "$text-muted"))
            return
        self.update(Content("\n").join([Content("• ") + plain(s) for s in sentences]))
