"""Provides the quote panel: every direct quote of an article, who said it and their role."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from textual import on
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.domain.models import Quote, UserState
from tui.widgets.rows import join, plain, separated, with_badges


class QuoteOption(Option):
    """One quote: its words, then speaker and role."""

    def __init__(self, quote: Quote, state: UserState | None = None) -> None:
        self.quote = quote
        words = plain(f"“{quote.text}”" if not quote.partial else f"… “{quote.text}” …", "italic")
        speaker = plain(quote.speaker or "unattributed", "bold $text-accent" if quote.speaker else "$text-muted")
        role = Content(", ") + plain(quote.role, "$text-muted") if quote.role else Content("")
        who = join(Content("— "), speaker, role)
        super().__init__(Content("\n").join([with_badges(words, state), who]), id=quote.id)


class QuotePanel(OptionList):
    """The article's quotes; choosing one asks the screen to show it in the text."""

    @dataclass
    class Chosen(Message):
        """The reader chose a quote."""

        quote: Quote

    def show(self, quotes: tuple[Quote, ...], states: Mapping[str, UserState] | None = None) -> None:
        """Show these quotes, with badges for what the reader wrote on them; keeps the cursor."""
        states = states or {}
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(separated(QuoteOption(q, states.get(q.id)) for q in quotes))
        if self.option_count:
            self.highlighted = min(highlighted or 0, self.option_count - 1)
        self.border_subtitle = f"{len(quotes)}" if quotes else "none found"

    def current_item(self) -> tuple[str, str] | None:
        """The quote under the cursor, as (id, how to name it), for tagging and notes."""
        option = self.highlighted_option
        if isinstance(option, QuoteOption):
            return option.quote.id, f"“{option.quote.text}” — {option.quote.speaker or 'unattributed'}"
        return None

    @on(OptionList.OptionSelected)
    def _post_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if isinstance(event.option, QuoteOption):
            self.post_message(self.Chosen(event.option.quote))
