"""Provides the list of the reader's tags with how many items carry each."""

from __future__ import annotations

from textual.content import Content

from tui.widgets.row_list import RowList
from tui.widgets.rows import join, plain


class TagList(RowList[tuple[str, int]]):
    """Tags, each with its count; choosing one filters by it."""

    SEPARATED = False

    def row_lines(self, tag: tuple[str, int], width: int) -> list[Content]:
        return [join(plain(f"#{tag[0]}"), plain(f"  {tag[1]}", "$text-muted"))]

    def row_height(self, tag: tuple[str, int], width: int) -> int:
        return 1

    def row_key(self, tag: tuple[str, int]) -> str:
        return tag[0]
