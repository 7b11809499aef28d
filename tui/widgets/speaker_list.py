"""Provides the list of who is quoted across a briefing's articles."""

from __future__ import annotations

from textual.content import Content

from tui.domain.models import Speaker
from tui.domain.text import counted
from tui.widgets.row_list import RowList
from tui.widgets.rows import join, plain


class SpeakerList(RowList[Speaker]):
    """Speakers quoted in a briefing, most quoted first, with their role."""

    def row_lines(self, speaker: Speaker, width: int) -> list[Content]:
        count = counted(speaker.quotes, "quote")
        line = join(plain(speaker.name, "bold"), Content("  "), plain(count, "$text-muted"))
        return [line, plain(speaker.role, "$text-muted")] if speaker.role else [line]

    def row_height(self, speaker: Speaker, width: int) -> int:
        return 2 if speaker.role else 1

    def row_key(self, speaker: Speaker) -> str:
        return speaker.name

    def show(self, speakers: tuple[Speaker, ...]) -> None:
        """Show these speakers."""
        self.set_rows(speakers)
        self.border_subtitle = f"{len(speakers)}" if speakers else "nobody quoted"
