"""Provides the list of a briefing's articles, each with its one-line summary."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, NamedTuple

from textual.binding import Binding, BindingType
from textual.content import Content

from tui.domain.models import ArticleEntry, UserState
from tui.widgets.row_list import RowList
from tui.widgets.rows import join, plain, tags_line, with_badges


class ArticleRow(NamedTuple):
    """One article of the list, with what the reader did with it."""

    entry: ArticleEntry
    read: bool
    state: UserState | None = None


class ArticleList(RowList[ArticleRow]):
    """A briefing's articles: a read marker and the title, then source and date, then its one-line summary."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select", "Open", tooltip="Read the article")]

    def row_lines(self, row: ArticleRow, width: int) -> list[Content]:
        entry = row.entry
        marker = Content("  ") if row.read else Content("● ").stylize("bold $accent")
        title = with_badges(join(marker, plain(entry.title, "" if row.read else "bold")), row.state)
        meta = join(Content("  "), join(plain(entry.source, "$text-secondary"), plain(entry.date, "$text-muted"),
                                        separator="  ·  "))
        return [title, meta, join(Content("  "), plain(entry.one_line, "$text-muted"))]

    def row_height(self, row: ArticleRow, width: int) -> int:
        return 3

    def row_key(self, row: ArticleRow) -> str:
        return row.entry.id

    def show(
        self, entries: tuple[ArticleEntry, ...] | list[ArticleEntry], read_ids: frozenset[str], query: str = "",
        states: Mapping[str, UserState] | None = None,
    ) -> None:
        """Show the articles that match the query (words, or #tags the reader put on them), marking the unread."""
        states = states or {}
        words = query.casefold().split()
        self.set_rows([
            ArticleRow(e, e.id in read_ids, states.get(e.id)) for e in entries
            if not words or all(w in _haystack(e, states.get(e.id)) for w in words)
        ])

    @property
    def selected_entry(self) -> ArticleEntry | None:
        """The article under the cursor."""
        row = self.current
        return row.entry if row is not None else None


def _haystack(entry: ArticleEntry, state: UserState | None) -> str:
    tags = tags_line(state.tags) if state else ""
    return f"{entry.title} {entry.source} {entry.one_line} {tags}".casefold()
