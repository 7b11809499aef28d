"""Provides conversions of article Markdown: to the plain text the extraction engine reads, and to blocks to show."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


@cache
def commonmark() -> MarkdownIt:
    """The CommonMark parser, made once on first use."""
    # Made on first use: importing markdown-it is most of the start-up of CLI commands that never parse.
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


@cache
def _reading_parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


class Run(NamedTuple):
    """A stretch of a block's text in one style."""

    text: str
    style: str = ""
    """Space-separated: "bold", "italic", "code", "strike" (empty for plain text)."""
    link: str = ""
    """Where a link points (as written in the article: check it before opening it)."""


class TextBlock(NamedTuple):
    """One block of an article as the reader sees it: a paragraph, a heading, a list item..."""

    kind: str
    """"paragraph", "heading", "item", "code" or "rule"."""
    runs: tuple[Run, ...] = ()
    level: int = 0
    """A heading's level, or how deep a list item is nested (1 for a top-level item)."""
    marker: str = ""
    """A list item's bullet or number ("•", "3.")."""
    quoted: int = 0
    """How many block quotes the block stands in."""

    @property
    def text(self) -> str:
        """The block's words, without formatting."""
        return "".join(run.text for run in self.runs)


_INLINE_STYLES = {"strong": "bold", "em": "italic", "s": "strike"}


def markdown_blocks(markdown: str) -> list[TextBlock]:
    """Turn article Markdown into the blocks the reader shows, in order.

    Nested lists and quotes are flattened into blocks that know their depth; a table becomes one
    block per row (cells joined by " │ "); raw HTML is shown as the text it is.

    Args:
        markdown: Article text in Markdown (already sanitised).

    Returns:
        The blocks; empty ones are left out.
    """
    blocks: list[TextBlock] = []
    lists: list[list[int]] = []  # per open list: [next number] (0 for bullets)
    item_marker = ""  # the marker of a list item whose first block is still to come
    quoted = 0
    heading = 0
    row: list[tuple[Run, ...]] | None = None
    for token in _reading_parser().parse(markdown):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append([int(token.attrGet("start") or 1) if kind == "ordered_list_open" else 0])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            counter = lists[-1] if lists else [0]
            item_marker = f"{counter[0]}." if counter[0] else "•"
            if counter[0]:
                counter[0] += 1
        elif kind == "blockquote_open":
            quoted += 1
        elif kind == "blockquote_close":
            quoted -= 1
        elif kind == "heading_open":
            heading = int(token.tag[1:]) if token.tag[1:].isdigit() else 1
        elif kind == "heading_close":
            heading = 0
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            runs: list[Run] = []
            for cell in row:
                if runs:
                    runs.append(Run(" │ "))
                runs.extend(cell)
            if any(run.text.strip() for run in runs):
                blocks.append(TextBlock("paragraph", tuple(runs), quoted=quoted))
            row = None
        elif kind == "inline":
            runs = _runs(token.children or ())
            if row is not None:
                row.append(runs)
            elif any(run.text.strip() for run in runs):
                if heading:
                    blocks.append(TextBlock("heading", runs, heading, quoted=quoted))
                elif lists:
                    blocks.append(TextBlock("item", runs, len(lists), item_marker, quoted))
                    item_marker = ""
                else:
                    blocks.append(TextBlock("paragraph", runs, quoted=quoted))
        elif kind in ("code_block", "fence", "html_block") and token.content.strip():
            blocks.append(TextBlock("code" if kind != "html_block" else "paragraph",
                                    (Run(token.content.rstrip("\n"), "code" if kind != "html_block" else ""),),
                                    len(lists), quoted=quoted))
        elif kind == "hr":
            blocks.append(TextBlock("rule", quoted=quoted))
    return blocks


def _runs(children: list[Token] | tuple[Token, ...]) -> tuple[Run, ...]:
    """The styled stretches of an inline token's children; line breaks inside a paragraph are spaces."""
    runs: list[Run] = []
    styles: list[str] = []
    link = ""
    for child in children:
        kind = child.type
        if kind in ("text", "html_inline"):
            runs.append(Run(child.content, " ".join(styles), link))
        elif kind == "code_inline":
            runs.append(Run(child.content, " ".join([*styles, "code"]), link))
        elif kind == "softbreak":
            runs.append(Run(" ", " ".join(styles), link))
        elif kind == "hardbreak":
            runs.append(Run("\n", "", link))
        elif kind == "image":
            runs.append(Run(child.content or "[image]", " ".join([*styles, "italic"]), link))
        elif kind.endswith("_open") and kind[:-5] in _INLINE_STYLES:
            styles.append(_INLINE_STYLES[kind[:-5]])
        elif kind.endswith("_close") and kind[:-6] in _INLINE_STYLES and styles:
            styles.pop()
        elif kind == "link_open":
            link = str(child.attrGet("href") or "")
        elif kind == "link_close":
            link = ""
    return tuple(runs)


_INLINE_MARKS = "\\`*_[]<>&#~\r\x00"
"""The characters of inline syntax and entities (and a carriage return or a NUL, which CommonMark reads in
its own way): a text without any is no Markdown inside its lines (str.find for each is quicker than re)."""
_MARKED_LINE = re.compile(r"\n(?:[ \t]+[^ \t\n]|[-+=|0-9])")
"""A line (after a line break) that starts with a space or a tab (code, or more of a list), or with a
mark of a list, a setext heading or a table."""
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
"""What ends a paragraph: a line with nothing but spaces and tabs (CommonMark's blank line)."""


def markdown_to_text(markdown: str) -> str:
    """Turn Markdown into plain text, one paragraph per block, blocks separated by a blank line.

    Formatting (emphasis, links, code marks) is dropped and only the words are kept, so the
    extraction engine sees the same sentences the reader sees.

    Args:
        markdown: Article text in Markdown.

    Returns:
        Plain text with paragraphs separated by blank lines.
    """
    if not any(mark in markdown for mark in _INLINE_MARKS) and _MARKED_LINE.search(f"\n{markdown}") is None:
        # Plain paragraphs (most article bodies): what the parser would make of them, without it.
        paragraphs = (" ".join(block.split()) for block in _BLANK_LINES.split(markdown))
        return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    return _parsed_to_text(markdown)


def _parsed_to_text(markdown: str) -> str:
    """markdown_to_text, by the CommonMark parser."""
    blocks: list[str] = []
    for token in commonmark().parse(markdown):
        if token.type == "inline":
            pieces = []
            for child in token.children or ():
                if child.type in ("text", "code_inline"):
                    pieces.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    # Line breaks inside a paragraph are spaces in the rendered text.
                    pieces.append(" ")
            words = " ".join("".join(pieces).split())
            if words:
                blocks.append(words)
        elif token.type in ("code_block", "fence") and token.content.strip():
            blocks.append(token.content.rstrip())
    return "\n\n".join(blocks)


def search_candidates(needle: str) -> list[str]:
    """What to look for to find a quote in its text: all of it, its first sentence, its first words."""
    needle = needle.strip()
    candidates = [needle]
    bare = needle.rstrip(".,;:!?…")
    if bare and bare != needle:
        candidates.append(bare)
    first = re.split(r"(?<=[.!?,;:])\s", needle, maxsplit=1)[0].rstrip(".,;:!?…")
    if first and first not in candidates:
        candidates.append(first)
    words = needle.split()
    if len(words) > 6:
        candidates.append(" ".join(words[:6]))
    return candidates


def counted(count: int, noun: str) -> str:
    """A count with its noun, singular for one: "1 article", "3 articles"."""
    return f"{count} {noun}{'s' if count != 1 else ''}"
