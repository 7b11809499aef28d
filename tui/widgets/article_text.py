"""Provides the article's full text, rendered as Markdown, with jumping to a quote or figure."""

from __future__ import annotations

from textual.await_complete import AwaitComplete
from textual.widgets import Markdown
from textual.widgets.markdown import MarkdownBlock

from tui.domain.text import search_candidates

HIGHLIGHT_STYLE = "bold reverse"
"""Where a chosen quote or figure stands."""
PASSAGE_STYLE = "underline $text-warning"
"""A passage the reader highlighted."""


def _fold(text: str) -> str:
    """Fold quotes, dashes and white space so a quote matches the text however it was typed."""
    table = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-", "\u00a0": " "})
    return " ".join(text.translate(table).casefold().split())


class ArticleText(Markdown):
    """The article's text. Links are never opened by themselves: the screen decides (http(s) only).

    Highlights are styles laid over each block's rendered text (`MarkdownBlock._content`, which
    Textual keeps as the block's own content), so the Markdown itself is never rewritten.
    """

    DEFAULT_CSS = """
    ArticleText { padding: 0 1; }
    ArticleText MarkdownBlock.-jumped { background: $warning 15%; }
    """

    def __init__(self, markdown: str | None = None, **kwargs) -> None:
        super().__init__(markdown, open_links=False, **kwargs)
        self._passages: list[str] = []
        self._jump: tuple[MarkdownBlock, tuple[int, int], str] | None = None
        self._styled: set[MarkdownBlock] = set()

    def update(self, markdown: str) -> AwaitComplete:
        """Show another text: the jump and the passage styles belonged to the old one's blocks."""
        self._jump = None
        self._styled.clear()
        return super().update(markdown)

    def _blocks(self) -> list[MarkdownBlock]:
        return [block for block in self.query(MarkdownBlock) if block._content.plain.strip()]

    def jump_to(self, text: str, context: str = "") -> MarkdownBlock | None:
        """Scroll to where a text stands and highlight it.

        Args:
            text: What to highlight (a quote's words, a figure's value).
            context: The sentence it stands in: it picks the right place when the text occurs twice.

        Returns:
            The block found, or None when the text does not occur.
        """
        self.clear_jump()
        blocks = self._blocks()
        around = _fold(context)
        found = None
        if around:
            found = next(((b, s) for b in blocks if (s := _find(b._content.plain, around))), None)
            if found is not None:
                block = found[0]
                spans = (_find(block._content.plain, _fold(c)) for c in search_candidates(text))
                found = (block, next((span for span in spans if span), found[1]))
        for candidate in search_candidates(text) if found is None else ():
            folded = _fold(candidate)
            found = next(((b, s) for b in blocks if folded and (s := _find(b._content.plain, folded))), None)
            if found is not None:
                break
        if found is None:
            return None
        block, span = found
        self._jump = (block, span, context or text)
        block.add_class("-jumped")
        self._restyle(block)
        block.scroll_visible(top=True, animate=False)
        return block

    def jumped_text(self) -> str:
        """The sentence of the last jump (what `h` highlights when nothing is selected), or ""."""
        return self._jump[2] if self._jump else ""

    def clear_jump(self) -> None:
        """Remove the highlight of the last jump."""
        if self._jump is not None:
            block = self._jump[0]
            self._jump = None
            block.remove_class("-jumped")
            self._restyle(block)

    def show_passages(self, passages: list[str]) -> None:
        """Mark the reader's highlighted passages in the text (a passage may span paragraphs)."""
        self._passages = [_fold(piece) for passage in passages for piece in passage.split("\n") if piece.strip()]
        for block in self._blocks():
            if block in self._styled or any(p in _fold(block._content.plain) for p in self._passages):
                self._restyle(block)

    def _restyle(self, block: MarkdownBlock) -> None:
        content = block._content
        for passage in self._passages:
            span = _find(content.plain, passage)
            if span is not None:
                content = content.stylize(PASSAGE_STYLE, *span)
        if self._jump is not None and self._jump[0] is block:
            content = content.stylize(HIGHLIGHT_STYLE, *self._jump[1])
        block.update(content)
        if content is block._content:
            self._styled.discard(block)
        else:
            self._styled.add(block)


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
