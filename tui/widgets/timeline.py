"""Provides the briefing timeline: dated events mentioned across its articles, in date order."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.domain.models import Article
from tui.widgets.rows import join, plain

TIMELINE_ROWS = 60
"""Dates shown; a long briefing shows its most recent ones."""


class Timeline(OptionList):
    """Dates resolved from the articles' text ("Monday", "last month"), oldest first."""

    def show(self, articles: list[Article]) -> None:
        """Show the dates of these articles (one row per date and article)."""
        seen: set[tuple[str, str]] = set()
        rows: list[tuple[str, str, Article]] = []
        for article in articles:
            for mention in article.dates:
                if mention.iso and (mention.iso, article.id) not in seen:
                    seen.add((mention.iso, article.id))
                    rows.append((mention.iso, mention.text, article))
        rows.sort(key=lambda row: row[0])
        total = len(rows)
        rows = rows[-TIMELINE_ROWS:]  # the most recent ones
        self.clear_options()
        self.add_options([
            Option(join(plain(iso, "bold $text-accent"), Content("  "),
                        plain(f"{text} · {article.title}", "$text-muted")))
            for iso, text, article in rows
        ])
        self.border_subtitle = (f"latest {len(rows)} of {total}" if total > len(rows)
                                else f"{total}" if total else "no dates found")
