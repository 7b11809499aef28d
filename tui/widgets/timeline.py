"""Provides the briefing timeline: dated events mentioned across its articles, in date order."""

from __future__ import annotations

from textual.content import Content

from tui.domain.models import TimelineEntry
from tui.widgets.row_list import RowList
from tui.widgets.rows import join, plain


class Timeline(RowList[TimelineEntry]):
    """Dates resolved from the articles' text ("Monday", "last month"), oldest first."""

    SEPARATED = False

    def row_lines(self, entry: TimelineEntry, width: int) -> list[Content]:
        return [join(plain(entry.iso, "bold $text-accent"), Content("  "),
                     plain(f"{entry.text} · {entry.article_title}", "$text-muted"))]

    def row_height(self, entry: TimelineEntry, width: int) -> int:
        return 1

    def show(self, entries: tuple[TimelineEntry, ...], total: int) -> None:
        """Show these dates; total is how many there are when only the latest are given."""
        self.set_rows(entries)
        self.border_subtitle = (f"latest {len(entries)} of {total}" if total > len(entries)
                                else f"{total}" if total else "no dates found")
