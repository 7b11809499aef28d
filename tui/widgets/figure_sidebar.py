"""Provides the key-figures sidebar: each figure and what it measures, key figures first."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar, NamedTuple

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message

from tui.domain.models import Figure, UserState
from tui.widgets.row_list import RowList
from tui.widgets.rows import plain, with_badges, wrap, wrapped_height


class FigureRow(NamedTuple):
    """One figure, with a line of context (the article it is from, on a briefing) and the reader's marks."""

    figure: Figure
    context: str = ""
    state: UserState | None = None


class FigureSidebar(RowList[FigureRow]):
    """Key figures of an article or a briefing: the value in bold, then what it measures.

    Choosing one asks the screen to show it.
    """

    WRAPS = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Show in text", tooltip="Open the text where the figure stands")]

    @dataclass
    class Chosen(Message):
        """The reader chose a figure."""

        figure: Figure

    def row_lines(self, row: FigureRow, width: int) -> list[Content]:
        figure = row.figure
        lines = [with_badges(plain(figure.value, "bold $text-warning" if figure.key else "bold"), row.state)]
        lines += wrap(plain(_measures(figure), "$text-muted"), width)
        if row.context:
            lines.append(plain(row.context, "italic $text-secondary"))
        return lines

    def row_height(self, row: FigureRow, width: int) -> int:
        return 1 + wrapped_height(_measures(row.figure), width) + (1 if row.context else 0)

    def row_key(self, row: FigureRow) -> str:
        return row.figure.id

    def show(self, figures: list[tuple[Figure, str]], states: Mapping[str, UserState] | None = None, *,
             total: int = 0) -> None:
        """Show figures, each with an optional line of context (such as the article it is from); keeps the cursor.

        total: how many there are when only some are shown (the subtitle then says "40 of 45").
        """
        states = states or {}
        ordered = sorted(figures, key=lambda pair: not pair[0].key)  # stable: key figures first
        self.set_rows([FigureRow(f, context, states.get(f.id)) for f, context in ordered])
        shown = f"{len(figures)} of {total}" if total > len(figures) else f"{len(figures)}"
        self.border_subtitle = shown if figures else "none found"

    def current_item(self) -> tuple[str, str] | None:
        """The figure under the cursor, as (id, how to name it), for tagging and notes."""
        row = self.current
        return (row.figure.id, f"{row.figure.value}: {row.figure.measures}") if row is not None else None

    @on(RowList.Selected)
    def _post_chosen(self, event: RowList.Selected) -> None:
        event.stop()
        self.post_message(self.Chosen(event.item.figure))


def _measures(figure: Figure) -> str:
    return figure.measures or "(what it measures is not clear)"
