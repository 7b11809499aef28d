"""Provides the list of search results: each hit's kind and title, then its snippet."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content

from tui.domain.search import Hit
from tui.widgets.row_list import RowList
from tui.widgets.rows import join, plain

KIND_LABELS = {"briefing": "Briefing", "article": "Article", "quote": "Quote", "figure": "Figure", "note": "Note"}


class HitList(RowList[Hit]):
    """Search results, best first."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select", "Open", tooltip="Open the result")]

    def row_lines(self, hit: Hit, width: int) -> list[Content]:
        head = join(plain(KIND_LABELS.get(hit.kind, hit.kind), "bold $text-accent"), plain(hit.title, "bold"),
                    separator="  ")
        return [head, join(Content("  "), plain(hit.snippet, "$text-muted"))]

    def row_height(self, hit: Hit, width: int) -> int:
        return 2

    def row_key(self, hit: Hit) -> str:
        return hit.id
