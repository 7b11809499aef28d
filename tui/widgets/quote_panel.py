"""Provides the quote panel: every direct quote of an article, who said it and their role."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar, NamedTuple

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message

from tui.domain.models import Quote, UserState
from tui.widgets.row_list import RowList
from tui.widgets.rows import join, plain, with_badges, wrap


class QuoteRow(NamedTuple):
    """One quote, with what the reader wrote on it."""

    quote: Quote
    state: UserState | None = None


class QuotePanel(RowList[QuoteRow]):
    """The article's quotes, each in full, then its speaker and role; choosing one asks the screen to show it."""

    WRAPS = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Show in text", tooltip="Scroll the text to the quote and highlight it")]

    @dataclass
    class Chosen(Message):
        """The reader chose a quote."""

        quote: Quote

    def row_lines(self, row: QuoteRow, width: int) -> list[Content]:
        quote = row.quote
        words = plain(f"“{quote.text}”" if not quote.partial else f"… “{quote.text}” …", "italic")
        speaker = plain(quote.speaker or "unattributed", "bold $text-accent" if quote.speaker else "$text-muted")
        role = Content(", ") + plain(quote.role, "$text-muted") if quote.role else Content("")
        return [*wrap(with_badges(words, row.state), width), *wrap(join(Content("— "), speaker, role), width)]

    def row_key(self, row: QuoteRow) -> str:
        return row.quote.id

    def show(self, quotes: tuple[Quote, ...], states: Mapping[str, UserState] | None = None) -> None:
        """Show these quotes, with badges for what the reader wrote on them; keeps the cursor."""
        states = states or {}
        self.set_rows([QuoteRow(q, states.get(q.id)) for q in quotes])
        self.border_subtitle = f"{len(quotes)}" if quotes else "none found"

    def current_item(self) -> tuple[str, str] | None:
        """The quote under the cursor, as (id, how to name it), for tagging and notes."""
        row = self.current
        if row is None:
            return None
        return row.quote.id, f"“{row.quote.text}” — {row.quote.speaker or 'unattributed'}"

    @on(RowList.Selected)
    def _post_chosen(self, event: RowList.Selected) -> None:
        event.stop()
        self.post_message(self.Chosen(event.item.quote))
