"""Provides the article's full text, drawn from its Markdown, with jumping to a quote or figure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, NamedTuple

from rich.segment import Segment
from textual import events
from textual.cache import LRUCache
from textual.content import Content, Span
from textual.geometry import Size
from textual.message import Message
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget

from tui.domain.text import TextBlock, markdown_blocks, search_candidates

HIGHLIGHT_STYLE = "bold reverse"
"""Where a chosen quote or figure stands."""
PASSAGE_STYLE = "underline $text-warning"
"""A passage the reader highlighted."""
RUN_STYLES = {"bold": "bold", "italic": "italic", "strike": "strike", "code": "$text-accent"}
"""How Markdown's inline formatting is drawn."""
LINK_STYLE = "underline $text-primary"


def _fold(text: str) -> str:
    """Fold quotes, dashes and white space so a quote matches the text however it was typed."""
    table = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-", "\u00a0": " "})
    return " ".join(text.translate(table).casefold().split())


class _Line(NamedTuple):
    """One line on screen: the block it belongs to, what stands before its text, and the text."""

    block: int
    prefix: Content
    text: Content


class ArticleText(Widget, can_focus=False):
    """The article's text, drawn line by line: only the lines on screen are rendered.

    Textual's Markdown widget is a widget per paragraph, which made laying out an article most of
    the time it took to open one. Here the Markdown becomes blocks (tui.domain.text), each block is
    wrapped to the width once, and a highlight is a style laid over a block's text. Links are
    never opened by themselves: a click posts LinkClicked and the screen decides (http(s) only).
    """

    ALLOW_SELECT = True
    COMPONENT_CLASSES: ClassVar[set[str]] = {"article-text--jumped", "article-text--muted"}

    DEFAULT_CSS = """
    ArticleText {
        height: auto;
        padding: 0 1;
        & > .article-text--jumped { background: $warning 15%; }
        & > .article-text--muted { color: $text-muted; }
    }
    """

    @dataclass
    class LinkClicked(Message):
        """The reader clicked a link in the text."""

        href: str

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._blocks: list[TextBlock] = []
        self._links: list[str] = []
        """The targets of the text's links; a link's text carries its index."""
        self._contents: list[Content] = []
        """Each block's text with its formatting (and the highlights laid over it)."""
        self._passages: list[str] = []
        self._jump: tuple[int, tuple[int, int], str] | None = None
        """The block jumped to, the span highlighted in it, and the sentence (for `h`)."""
        self._lines: list[_Line] = []
        self._first_lines: list[int] = []
        """The first line of each block."""
        self._laid_out_width = -1
        self._strips: LRUCache[tuple[int, int], Strip] = LRUCache(256)

    # -- the text -------------------------------------------------------------------------------

    def update(self, markdown: str) -> None:
        """Show another text (the jump and the passages belonged to the old one)."""
        self._blocks = markdown_blocks(markdown)
        self._links = []
        self._jump = None
        self._contents = [self._format(block) for block in self._blocks]
        self._passages = []
        self._invalidate()

    @property
    def blocks(self) -> list[str]:
        """The plain text of each block, as shown (for tests and for finding words)."""
        return [content.plain for content in self._contents]

    def _format(self, block: TextBlock) -> Content:
        """A block's text with its inline formatting; links get their index so a click can find them."""
        spans: list[Span] = []
        at = 0
        for run in block.runs:
            end = at + len(run.text)
            for name in run.style.split():
                if name in RUN_STYLES:
                    spans.append(Span(at, end, RUN_STYLES[name]))
            if run.link:
                spans.append(Span(at, end, LINK_STYLE))
                spans.append(Span(at, end, Style.from_meta({"article_link": len(self._links)})))
                self._links.append(run.link)
            at = end
        if block.kind == "heading":
            spans.insert(0, Span(0, at, "bold $text-primary"))
        return Content(block.text, spans)

    def _styled(self, index: int) -> Content:
        """A block's text with the passages and the jump laid over it."""
        content = self._contents[index]
        if not self._passages and (self._jump is None or self._jump[0] != index):
            return content
        for passage in self._passages:
            span = _find(content.plain, passage)
            if span is not None:
                content = content.stylize(PASSAGE_STYLE, *span)
        if self._jump is not None and self._jump[0] == index:
            content = content.stylize(HIGHLIGHT_STYLE, *self._jump[1])
        return content

    # -- layout ---------------------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._laid_out_width = -1
        self._strips.clear()
        self.refresh(layout=True)

    def _layout(self, width: int) -> list[_Line]:
        """The text wrapped to a width (done again only when the width or the text changes)."""
        if width == self._laid_out_width:
            return self._lines
        muted = "$text-muted"
        lines: list[_Line] = []
        firsts: list[int] = []
        previous: TextBlock | None = None
        for index, block in enumerate(self._blocks):
            if previous is not None and not (block.kind == previous.kind == "item"):
                lines.append(_Line(index - 1, Content(""), Content("")))
            firsts.append(len(lines))
            quote = Content("▌ " * block.quoted).stylize(muted)
            if block.kind == "rule":
                lines.append(_Line(index, quote, Content("─" * max(0, width - quote.cell_length)).stylize(muted)))
            elif block.kind == "code":
                for part in self._styled(index).split("\n", allow_blank=True):
                    indent = quote + Content("  ")
                    for piece in part.fold(max(1, width - indent.cell_length)) if part.plain else [part]:
                        lines.append(_Line(index, indent, piece))
            else:
                first, rest = quote, quote
                if block.kind == "item":
                    indent = "  " * (block.level - 1)
                    marker = f"{block.marker} " if block.marker else "  "
                    first = quote + Content(indent) + Content(marker).stylize("bold $text-secondary")
                    rest = quote + Content(indent + " " * len(marker))
                room = max(1, width - first.cell_length)
                wrapped = [line for part in self._styled(index).split("\n", allow_blank=True)
                           for line in (part.wrap(room) if part.plain else [part])]
                for n, line in enumerate(wrapped):
                    lines.append(_Line(index, first if n == 0 else rest, line.rstrip()))
            previous = block
        self._lines, self._first_lines, self._laid_out_width = lines, firsts, width
        self._strips.clear()
        return lines

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._layout(width))

    def on_resize(self) -> None:
        self._strips.clear()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    # -- drawing --------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.content_size.width
        lines = self._layout(width)
        selection = self.text_selection
        key = (y, width)
        if selection is None and (cached := self._strips.get(key)) is not None:
            return cached
        if not 0 <= y < len(lines):
            return Strip.blank(width, self.rich_style)
        line = lines[y]
        base = self.visual_style
        if self._jump is not None and line.block == self._jump[0] and line.text.plain:
            base = self.get_visual_style("article-text--jumped")
        text = line.text
        if selection is not None and (span := selection.get_span(y)) is not None:
            start, end = span
            text = text.stylize(self.screen.get_visual_style("screen--selection"), start,
                                len(text) if end == -1 else end)
        parse = self._get_style
        segments = [Segment(part, style.rich_style) for part, style in line.prefix.render(base, "", parse)]
        body = Strip([Segment(part, style.rich_style) for part, style in text.render(base, "", parse)],
                     text.cell_length).apply_offsets(0, y)  # offsets: where a mouse selection starts and ends
        segments += list(body)
        used = line.prefix.cell_length + text.cell_length
        if used < width:
            segments.append(Segment(" " * (width - used), base.rich_style))
        strip = Strip(segments, max(width, used)).crop(0, width)
        if selection is None:
            self._strips[key] = strip
        return strip

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The text under a mouse selection (the lines as shown, without their indents)."""
        return selection.extract("\n".join(line.text.plain for line in self._lines)), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self._strips.clear()
        self.refresh()

    async def _on_click(self, event: events.Click) -> None:
        index = event.style.meta.get("article_link") if event.style else None
        if isinstance(index, int) and 0 <= index < len(self._links):
            event.stop()
            self.post_message(self.LinkClicked(self._links[index]))

    # -- jumping and passages -------------------------------------------------------------------

    def jump_to(self, text: str, context: str = "") -> int | None:
        """Scroll to where a text stands and highlight it.

        Args:
            text: What to highlight (a quote's words, a figure's value).
            context: The sentence it stands in: it picks the right place when the text occurs twice.

        Returns:
            The index of the block found, or None when the text does not occur.
        """
        self.clear_jump()
        plains = self.blocks
        around = _fold(context)
        found = None
        if around:
            found = next(((i, s) for i, p in enumerate(plains) if (s := _find(p, around))), None)
            if found is not None:
                index = found[0]
                spans = (_find(plains[index], _fold(c)) for c in search_candidates(text))
                found = (index, next((span for span in spans if span), found[1]))
        for candidate in search_candidates(text) if found is None else ():
            folded = _fold(candidate)
            found = next(((i, s) for i, p in enumerate(plains) if folded and (s := _find(p, folded))), None)
            if found is not None:
                break
        if found is None:
            return None
        index, span = found
        self._jump = (index, span, context or text)
        self._invalidate()
        self.call_after_refresh(self._scroll_to_block, index)
        return index

    def _scroll_to_block(self, index: int) -> None:
        """Scroll the reading column so that a block's first line is at the top."""
        self._layout(self.content_size.width)
        if index < len(self._first_lines) and isinstance(self.parent, Widget):
            top = self.virtual_region.y + self.styles.gutter.top + self._first_lines[index]
            self.parent.scroll_to(y=top, animate=False)

    def block_line(self, index: int) -> int:
        """The line a block starts on, as laid out at the widget's width."""
        self._layout(self.content_size.width)
        return self._first_lines[index]

    def jumped_text(self) -> str:
        """The sentence of the last jump (what `h` highlights when nothing is selected), or ""."""
        return self._jump[2] if self._jump else ""

    def clear_jump(self) -> None:
        """Remove the highlight of the last jump."""
        if self._jump is not None:
            self._jump = None
            self._invalidate()

    def jumped_block(self) -> str | None:
        """The text of the block jumped to, with its highlight (for tests): None when there is no jump."""
        if self._jump is None:
            return None
        return self._styled(self._jump[0]).plain

    def highlighted_spans(self) -> list[tuple[str, str]]:
        """Every (style, words) laid over the text by the jump and the passages (for tests)."""
        spans = []
        for index in range(len(self._blocks)):
            content = self._styled(index)
            spans += [(s.style, content.plain[s.start:s.end]) for s in content.spans
                      if s.style in (HIGHLIGHT_STYLE, PASSAGE_STYLE)]
        return spans

    def show_passages(self, passages: list[str]) -> None:
        """Mark the reader's highlighted passages in the text (a passage may span paragraphs)."""
        folded = [_fold(piece) for passage in passages for piece in passage.split("\n") if piece.strip()]
        if folded != self._passages:
            self._passages = folded
            self._invalidate()


def _find(text: str, needle: str) -> tuple[int, int] | None:
    """Find needle (already folded) in text, returning offsets in the original text."""
    folded_chars: list[str] = []
    offsets: list[int] = []
    table = {"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-"}
    previous_space = True
    for index, char in enumerate(text):
        if char.isspace():
            if previous_space:
                continue
            char, previous_space = " ", True
        else:
            char, previous_space = table.get(char, char).casefold(), False
        for piece in char:
            folded_chars.append(piece)
            offsets.append(index)
    folded = "".join(folded_chars)
    at = folded.find(needle)
    if at < 0:
        return None
    return offsets[at], offsets[at + len(needle) - 1] + 1
