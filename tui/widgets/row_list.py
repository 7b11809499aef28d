"""Provides the list widget every list in Briefing is built on: it renders only the rows on screen.

Textual's OptionList measures every option (wrapping its text) whenever the options change, so
filling it with a hundred articles took tens of milliseconds and ten thousand rows seconds. Here
a row is a few lines of one terminal line each (cut with an ellipsis), its height is known without
rendering it, and a row is turned into text only when it scrolls into view.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Generic, TypeVar

from rich.segment import Segment
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

T = TypeVar("T")

ROW_CACHE_SIZE = 256
"""Rendered rows kept; a screenful is a few dozen."""


@dataclass
class RowMessage(Message):
    """Something happened to a row of a list."""

    row_list: RowList
    index: int
    item: object
    """The row's item."""

    @property
    def control(self) -> RowList:
        return self.row_list


class RowList(ScrollView, Generic[T], can_focus=True):
    """A list of rows, each made from one item, with a cursor; subclasses say how an item looks.

    Subclasses implement `row_lines` (the lines of an item's row at a width, untrusted text as
    plain Content) and may implement `row_height` (the number of those lines, without building
    them) and `row_key` (what identifies an item, so the cursor stays on it when the rows change).
    Rows whose height depends on the width (wrapped text) set WRAPS; their heights are measured
    again when the width changes, so such lists are for tens of rows, not thousands.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "cursor_down", "Down", show=False),
        Binding("up", "cursor_up", "Up", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("enter", "select", "Select", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"row-list--row", "row-list--cursor", "row-list--separator"}

    DEFAULT_CSS = """
    RowList {
        height: 1fr;
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        & > .row-list--cursor {
            color: $foreground;
            background: $block-cursor-blurred-background;
        }
        &:focus > .row-list--cursor {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
        & > .row-list--separator {
            color: $foreground 15%;
        }
    }
    """

    SEPARATED = True
    """Draw a rule between rows (rows of several lines read apart)."""
    WRAPS = False
    """Row heights depend on the width (see the class docstring)."""

    cursor: reactive[int | None] = reactive(None, always_update=True, init=False)
    """The index of the row under the cursor (None when the list is empty)."""

    class Highlighted(RowMessage):
        """The cursor moved to another row."""

    class Selected(RowMessage):
        """A row was chosen (Enter or a click)."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._items: list[T] = []
        self._starts: list[int] = [0]
        """The first line of each row; one more entry past the last row (the total)."""
        self._rendered: LRUCache[tuple[int, bool, int], list[Strip]] = LRUCache(ROW_CACHE_SIZE)
        self._measured_width = -1
        """The width the row heights were measured at (only WRAPS lists depend on it)."""
        self._last_width = 42
        """The last width the list had (a guess until it has one)."""

    # -- what subclasses say --------------------------------------------------------------------

    def row_lines(self, item: T, width: int) -> list[Content]:
        """The lines of an item's row, each at most `width` cells (longer ones are cut with an ellipsis)."""
        raise NotImplementedError

    def row_height(self, item: T, width: int) -> int:
        """How many lines an item's row has (override to avoid building the row)."""
        return len(self.row_lines(item, width))

    def row_key(self, item: T) -> object:
        """What identifies an item across updates of the list."""
        return item

    # -- the rows -------------------------------------------------------------------------------

    def set_rows(self, items: Sequence[T], *, keep_cursor: bool = True) -> None:
        """Show these items. The cursor stays on the same item if it is still there (else on the same index)."""
        old = self.current if keep_cursor else None
        old_index = self.cursor if keep_cursor else None
        self._items = list(items)
        self._measure()
        if not self._items:
            new = None
        elif old is not None:
            key = self.row_key(old)
            new = next((i for i, item in enumerate(self._items) if self.row_key(item) == key),
                       min(old_index or 0, len(self._items) - 1))
        else:
            new = 0
        self.set_reactive(RowList.cursor, new)
        if new is not None:
            self._scroll_to_cursor()
        self.refresh()

    @property
    def _row_width(self) -> int:
        """The width a row's lines are made for (the list's width less a cell each side).

        A list on a screen that is not shown has no size; it keeps the width it last had.
        """
        width = self.scrollable_content_region.width
        if width > 0:
            self._last_width = width
        return max(1, (width or self._last_width) - 2)

    def _measure(self) -> None:
        """Work out where each row starts (its height, without rendering it)."""
        width = self._row_width
        gap = 1 if self.SEPARATED else 0
        starts, line = [], 0
        height = self.row_height
        for item in self._items:
            starts.append(line)
            line += height(item, width) + gap
        starts.append(line)
        self._starts = starts
        self._measured_width = width
        self._rendered.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, max(0, line - gap))

    @property
    def items(self) -> list[T]:
        """The items shown, in order."""
        return self._items

    @property
    def row_count(self) -> int:
        """How many rows there are."""
        return len(self._items)

    @property
    def current(self) -> T | None:
        """The item under the cursor."""
        index = self.cursor
        return self._items[index] if index is not None and 0 <= index < len(self._items) else None

    def row_text(self, index: int) -> str:
        """A row's text, its lines joined by newlines (what the reader sees, for tests and copying)."""
        return "\n".join(line.plain for line in self.row_lines(self._items[index], self._row_width))

    # -- the cursor -----------------------------------------------------------------------------

    def watch_cursor(self, old: int | None, new: int | None) -> None:
        if new is not None and not self._items:
            self.set_reactive(RowList.cursor, None)
            return
        if new is not None and not 0 <= new < len(self._items):
            self.set_reactive(RowList.cursor, max(0, min(new, len(self._items) - 1)))
            new = self.cursor
        for index in (old, new):
            self._refresh_row(index)
        if new is not None:
            self._scroll_to_cursor()
            if new != old:
                self.post_message(self.Highlighted(self, new, self._items[new]))

    def _refresh_row(self, index: int | None) -> None:
        if index is None or not 0 <= index < len(self._items):
            return
        top = self._starts[index] - self.scroll_offset.y
        self.refresh(Region(0, top, self.size.width, self._starts[index + 1] - self._starts[index]))

    def _scroll_to_cursor(self) -> None:
        index = self.cursor
        if index is None:
            return
        top, bottom = self._starts[index], self._starts[index + 1] - (1 if self.SEPARATED else 0)
        self.scroll_to_region(Region(0, top, 1, max(1, bottom - top)), animate=False, force=True,
                              immediate=True)

    def action_cursor_down(self) -> None:
        if self._items:
            self.cursor = 0 if self.cursor is None else min(self.cursor + 1, len(self._items) - 1)

    def action_cursor_up(self) -> None:
        if self._items:
            self.cursor = 0 if self.cursor is None else max(self.cursor - 1, 0)

    def action_first(self) -> None:
        if self._items:
            self.cursor = 0

    def action_last(self) -> None:
        if self._items:
            self.cursor = len(self._items) - 1

    def action_page_down(self) -> None:
        self._move_page(1)

    def action_page_up(self) -> None:
        self._move_page(-1)

    def _move_page(self, direction: int) -> None:
        if not self._items:
            return
        index = self.cursor or 0
        line = self._starts[index] + direction * max(1, self.scrollable_content_region.height)
        line = max(0, min(line, self._starts[-1] - 1))
        self.cursor = max(0, bisect.bisect_right(self._starts, line) - 1)

    def action_select(self) -> None:
        index = self.cursor
        if index is not None and 0 <= index < len(self._items):
            self.post_message(self.Selected(self, index, self._items[index]))

    def _row_at(self, y: int) -> int | None:
        """The row under a line of the widget (None on a separator or past the end)."""
        line = self.scroll_offset.y + y
        index = bisect.bisect_right(self._starts, line) - 1
        if not 0 <= index < len(self._items):
            return None
        if line >= self._starts[index + 1] - (1 if self.SEPARATED else 0):
            return None  # the rule below the row
        return index

    async def _on_click(self, event: events.Click) -> None:
        index = self._row_at(event.y)
        if index is not None:
            self.cursor = index
            self.action_select()

    # -- rendering ------------------------------------------------------------------------------

    def on_resize(self) -> None:
        if self.WRAPS and self._row_width != self._measured_width:
            self._measure()
            self._scroll_to_cursor()
        else:
            self._rendered.clear()
            self.virtual_size = Size(self.scrollable_content_region.width, self.virtual_size.height)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._rendered.clear()

    def render_lines(self, crop: Region) -> list[Strip]:
        if self.WRAPS and self._row_width != self._measured_width:
            self._measure()  # the width changed since the rows were measured
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = self.scroll_offset.y + y
        index = bisect.bisect_right(self._starts, line) - 1
        if not 0 <= index < len(self._items) or line >= self.virtual_size.height:
            return Strip.blank(width, self.rich_style)  # past the last row (and the rule it would have)
        offset = line - self._starts[index]
        strips = self._row_strips(index, width)
        if offset < len(strips):
            return strips[offset]
        style = self.get_visual_style("row-list--separator").rich_style
        return Strip([Segment("─" * width, style)], width)

    def _row_strips(self, index: int, width: int) -> list[Strip]:
        cursor = index == self.cursor
        key = (index, cursor and self.has_focus, width) if cursor else (index, False, width)
        strips = self._rendered.get(key)
        if strips is None:
            style = self.get_visual_style("row-list--row", "row-list--cursor") if cursor \
                else self.get_visual_style("row-list--row")
            rich_style = style.rich_style
            if width < 2:
                return [Strip.blank(width, rich_style)] * self.row_height(self._items[index], 0)
            pad = Segment(" ", rich_style)
            inner = width - 2
            strips = []
            for content in self.row_lines(self._items[index], inner):
                # Content.render into one Strip of the full width: a row line never wraps, and
                # Visual.to_strips' wrapping (and each Strip made on the way) was most of a frame's time.
                if content.cell_length > inner:
                    content = content.truncate(inner, ellipsis=True)
                segments = [pad, *(Segment(text, part.rich_style)
                                   for text, part in content.render(style, end="", parse_style=self._get_style))]
                segments.append(Segment(" " * (width - 1 - content.cell_length), rich_style))
                strips.append(Strip(segments, width))
            self._rendered[key] = strips
        return strips

    def on_focus(self) -> None:
        self._refresh_row(self.cursor)

    def on_blur(self) -> None:
        self._refresh_row(self.cursor)
