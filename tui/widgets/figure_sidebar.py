"""Provides the key-figures sidebar: each figure and what it measures, key figures first."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from textual import on
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.domain.models import Figure, UserState
from tui.widgets.rows import plain, separated, with_badges


class FigureOption(Option):
    """One figure: the value in bold, then what it measures."""

    def __init__(self, figure: Figure, context: str = "", state: UserState | None = None) -> None:
        self.figure = figure
        lines = [with_badges(plain(figure.value, "bold $text-warning" if figure.key else "bold"), state),
                 plain(figure.measures or "(what it measures is not clear)", "$text-muted")]
        if context:
            lines.append(plain(context, "italic $text-secondary"))
        super().__init__(Content("\n").join(lines), id=figure.id)


class FigureSidebar(OptionList):
    """Key figures of an article or a briefing; choosing one asks the screen to show it."""

    @dataclass
    class Chosen(Message):
        """The reader chose a figure."""

        figure: Figure

    def show(self, figures: list[tuple[Figure, str]], states: Mapping[str, UserState] | None = None, *,
             total: int = 0) -> None:
        """Show figures, each with an optional line of context (such as the article it is from); keeps the cursor.

        total: how many there are when only some are shown (the subtitle then says "40 of 45").
        """
        states = states or {}
        highlighted = self.highlighted
        self.clear_options()
        ordered = sorted(figures, key=lambda pair: not pair[0].key)  # stable: key figures first
        self.add_options(separated(FigureOption(f, context, states.get(f.id)) for f, context in ordered))
        if self.option_count:
            self.highlighted = min(highlighted or 0, self.option_count - 1)
        shown = f"{len(figures)} of {total}" if total > len(figures) else f"{len(figures)}"
        self.border_subtitle = shown if figures else "none found"

    def current_item(self) -> tuple[str, str] | None:
        """The figure under the cursor, as (id, how to name it), for tagging and notes."""
        option = self.highlighted_option
        if isinstance(option, FigureOption):
            return option.figure.id, f"{option.figure.value}: {option.figure.measures}"
        return None

    @on(OptionList.OptionSelected)
    def _post_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if isinstance(event.option, FigureOption):
            self.post_message(self.Chosen(event.option.figure))
