"""Provides safe building blocks for list rows: untrusted text always enters as plain Content."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content

from tui.domain.models import UserState
from tui.domain.sanitize import clean_line


def plain(text: str, style: str = "") -> Content:
    """Untrusted text as Content: cleaned, on one line, never parsed as markup."""
    content = Content(clean_line(text))
    return content.stylize(style) if style else content


def tags_line(tags: list[str] | tuple[str, ...]) -> str:
    """Tags as the reader writes them: "#energy #iran"."""
    return " ".join(f"#{tag}" for tag in tags)


def join(*parts: Content | str, separator: str = "") -> Content:
    """Join pieces of content, skipping empty ones."""
    pieces = [part if isinstance(part, Content) else Content(part) for part in parts if part]
    return Content(separator).join(pieces)


def badges(state: UserState | None) -> Content:
    """What the reader wrote on an item, in a few characters: ★, ✎ and a count of notes, #tags."""
    if state is None:
        return Content("")
    parts: list[Content] = []
    if state.orphaned:
        parts.append(Content("orphaned").stylize("bold $text-error"))
    if state.starred:
        parts.append(Content("★").stylize("bold $text-warning"))
    if state.notes:
        parts.append(Content(f"✎{len(state.notes)}").stylize("$text-success"))
    if state.tags:
        parts.append(plain(tags_line(state.tags), "$text-secondary"))
    return Content(" ").join(parts)


def with_badges(line: Content, state: UserState | None) -> Content:
    """A row's first line followed by its badges."""
    marks = badges(state)
    return line + Content("  ") + marks if marks else line


def wrap(content: Content, width: int) -> list[Content]:
    """Content broken into lines of at most `width` cells at spaces (a longer word is cut), styles kept.

    Cheaper than Content.wrap, which lists that measure every row (the quote panel, the figures)
    would otherwise call for each row whenever they are filled.
    """
    breaks = _breaks(content.plain, width)
    return [line.rstrip() for line in content.divide(breaks)] if breaks else [content]


def wrapped_height(text: str, width: int) -> int:
    """How many lines wrap(plain(text), width) makes, without making them."""
    return len(_breaks(clean_line(text), width)) + 1


def _breaks(text: str, width: int) -> list[int]:
    """Where each line after the first starts, breaking greedily at spaces."""
    width = max(1, width)
    if cell_len(text) <= width:
        return []
    breaks: list[int] = []
    used = position = 0
    for word in text.split(" "):
        size = cell_len(word)
        if used and used + 1 + size > width:
            breaks.append(position)  # the word starts the next line
            used = 0
        elif used:
            used += 1
        while size > width:  # a word longer than a line is cut
            position += width
            breaks.append(position)
            word, size = word[width:], cell_len(word[width:])
        used += size
        position += len(word) + 1
    return [b for b in breaks if 0 < b < len(text)]
