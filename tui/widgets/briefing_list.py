"""Provides the list of briefings on the first screen."""

from __future__ import annotations

from collections.abc import Mapping

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.domain.models import Briefing, UserState
from tui.widgets.rows import join, plain, separated, tags_line, with_badges


class BriefingOption(Option):
    """One briefing in the list: title on the first line, date, counts and tags on the second."""

    def __init__(self, briefing: Briefing, unread: int, state: UserState | None = None) -> None:
        self.briefing = briefing
        self.unread = unread
        count = len(briefing.article_ids)
        counts = f"{count} article{'s' if count != 1 else ''}"
        unread_text = plain(f"{unread} unread", "bold $accent") if unread else plain("all read", "$text-muted")
        meta = join(
            plain(briefing.date or "undated", "$text-muted"),
            plain(counts, "$text-muted"),
            unread_text,
            plain(tags_line(briefing.tags), "$text-secondary"),
            separator="  ·  ",
        )
        title_style = "bold" if unread else ""
        title = with_badges(plain(briefing.title, title_style), state)
        super().__init__(Content("\n").join([title, meta]), id=briefing.id)


class BriefingList(OptionList):
    """The briefings, filtered by the text the reader types."""

    DEFAULT_CSS = """
    BriefingList { height: 1fr; }
    BriefingList > .option-list--option { padding: 0 1; }
    """

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
        highlighted = self.highlighted_option.id if self.highlighted_option is not None else None
        words = query.casefold().split()
        matching = [
            (b, unread) for b, unread in briefings
            if all(w in _haystack(b, states.get(b.id)) for w in words)
        ]
        self.clear_options()
        self.add_options(separated(BriefingOption(b, unread, states.get(b.id)) for b, unread in matching))
        ids = [b.id for b, _ in matching]
        if ids:
            self.highlighted = ids.index(highlighted) if highlighted in ids else 0

    @property
    def selected_briefing(self) -> Briefing | None:
        """The briefing under the cursor."""
        option = self.highlighted_option
        return option.briefing if isinstance(option, BriefingOption) else None


def _haystack(briefing: Briefing, state: UserState | None) -> str:
    tags = [*briefing.tags, *(state.tags if state else ())]
    return f"{briefing.title} {briefing.date} {tags_line(tags)}".casefold()
