"""Provides the list of who is quoted across a briefing's articles."""

from __future__ import annotations

from collections import Counter

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.domain.models import Article
from tui.widgets.rows import join, plain, separated


class SpeakerList(OptionList):
    """Speakers quoted in a briefing, most quoted first, with their role."""

    def show(self, articles: list[Article]) -> None:
        """Show who is quoted in these articles."""
        counts: Counter[str] = Counter()
        roles: dict[str, str] = {}
        for article in articles:
            for quote in article.quotes:
                if quote.speaker:
                    counts[quote.speaker] += 1
                    roles.setdefault(quote.speaker, quote.role)
                    if not roles[quote.speaker]:
                        roles[quote.speaker] = quote.role
        self.clear_options()
        options = []
        for speaker, count in counts.most_common():
            line = join(plain(speaker, "bold"), Content("  "), plain(f"{count} quote{'s' if count != 1 else ''}", "$text-muted"))
            role = plain(roles[speaker], "$text-muted") if roles[speaker] else Content("")
            options.append(Option(Content("\n").join([line, role]) if roles[speaker] else line))
        self.add_options(separated(options))
        self.border_subtitle = f"{len(counts)}" if counts else "nobody quoted"
