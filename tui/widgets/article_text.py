"""Provides the article's full text, rendered as Markdown, with jumping to a quote or figure."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Markdown
from textual.widgets.markdown import MarkdownBlock

HIGHLIGHT_STYLE = "bold reverse"


def _fold(text: str) -> str:
    """Fold quotes, dashes and white space so a quote matches the text however it was typed."""
    table = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-", "\u00a0": " "})
    return " ".join(text.translate(table).casefold().split())


class ArticleText(Markdown):
    """The article's text. Links are never opened by themselves: the screen decides (http(s) only)."""

    DEFAULT_CSS = """
    ArticleText { padding: 0 1; }
    ArticleText MarkdownBlock.-jumped { background: $warning 15%; }
    """

    def __init__(self, markdown: str | None = None, **kwargs) -> None:
        super().__init__(markdown, open_links=False, **kwargs)
        self._jumped: tuple[MarkdownBlock, Content] | None = None

    def jump_to(self, text: str, context: str = "") -> MarkdownBlock | None:
        """Scroll to where a text stands and highlight it.

        Args:
            text: What to highlight (a quote's words, a figure's value).
            context: The sentence it stands in: it picks the right place when the text occurs twice.

        Returns:
            The block found, or None when the text does not occur.
        """
        self.clear_jump()
        # _content is the block's rendered text; Textual keeps it on each block.
        blocks = [block for block in self.query(MarkdownBlock) if block._content.plain.strip()]
        needle, around = _fold(text), _fold(context)
        found = None
        if around:
            found = next(((b, s) for b in blocks if (s := _find(b._content.plain, around))), None)
            if found is not None:
                found = (found[0], _find(found[0]._content.plain, needle) or found[1])
        if found is None and needle:
            found = next(((b, s) for b in blocks if (s := _find(b._content.plain, needle))), None)
        if found is None:
            return None
        block, span = found
        content = block._content
        self._jumped = (block, content)
        block.update(content.stylize(HIGHLIGHT_STYLE, *span))
        block.add_class("-jumped")
        block.scroll_visible(top=True, animate=False)
        return block

    def clear_jump(self) -> None:
        """Remove the highlight of the last jump."""
        if self._jumped is not None:
            block, content = self._jumped
            block.update(content)
            block.remove_class("-jumped")
            self._jumped = None


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
