"""Provides the list of briefings on the first screen."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, NamedTuple

from textual.binding import Binding, BindingType
from textual.content import Content

from tui.domain.models import Briefing, UserState
from tui.domain.text import counted
from tui.widgets.row_list import RowList
from tui.widgets.rows import join, plain, tags_line, with_badges


class BriefingRow(NamedTuple):
    """One briefing of the list, with its unread count and what the reader wrote on it."""

    briefing: Briefing
    unread: int
    state: UserState | None = None


class BriefingList(RowList[BriefingRow]):
    """The briefings, filtered by the text the reader types: title, then date, counts and tags."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select", "Open", tooltip="Open the briefing")]

    def row_lines(self, row: BriefingRow, width: int) -> list[Content]:
        briefing, unread = row.briefing, row.unread
        counts = counted(len(briefing.article_ids), "article")
        unread_text = plain(f"{unread} unread", "bold $accent") if unread else plain("all read", "$text-muted")
        meta = join(
            plain(briefing.date or "undated", "$text-muted"),
            plain(counts, "$text-muted"),
            unread_text,
            plain(tags_line(briefing.tags), "$text-secondary"),
            separator="  ·  ",
        )
        return [with_badges(plain(briefing.title, "bold" if unread else ""), row.state), meta]

    def row_height(self, row: BriefingRow, width: int) -> int:
        return 2

    def row_key(self, row: BriefingRow) -> str:
        return row.briefing.id

    def show(
        self, briefings: list[tuple[Briefing, int]], query: str = "", states: Mapping[str, UserState] | None = None
    ) -> None:
        """Show the briefings (each with its unread count) that match the query, keeping the selection.

        Args:
            briefings: Briefings with their unread counts, in display order.
            query: Words that must all occur in the title, the date or the tags (the briefing's
                and the reader's), case-insensitive.
            states: What the reader wrote on each item, for badges and tag filtering.
        """
        states = states or {}
        words = query.casefold().split()
        self.set_rows([
            BriefingRow(b, unread, states.get(b.id)) for b, unread in briefings
            if not words or all(w in _haystack(b, states.get(b.id)) for w in words)
        ])

    @property
    def selected_briefing(self) -> Briefing | None:
        """The briefing under the cursor."""
        row = self.current
        return row.briefing if row is not None else None


def _haystack(briefing: Briefing, state: UserState | None) -> str:
    tags = [*briefing.tags, *(state.tags if state else ())]
    return f"{briefing.title} {briefing.date} {tags_line(tags)}".casefold()
