"""Provides safe building blocks for list rows: untrusted text always enters as plain Content."""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content
from textual.widgets.option_list import Option

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


def separated(options: Iterable[Option]) -> list[Option | None]:
    """Options with a separator line between them, so multi-line rows read apart."""
    result: list[Option | None] = []
    for option in options:
        if result:
            result.append(None)
        result.append(option)
    return result


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
