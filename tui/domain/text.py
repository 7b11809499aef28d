"""Provides conversions of article Markdown to the plain text the extraction engine reads."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


@cache
def _parser() -> MarkdownIt:
    # Made on first use: importing markdown-it is most of the start-up of CLI commands that never parse.
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


def markdown_to_text(markdown: str) -> str:
    """Turn Markdown into plain text, one paragraph per block, blocks separated by a blank line.

    Formatting (emphasis, links, code marks) is dropped and only the words are kept, so the
    extraction engine sees the same sentences the reader sees.

    Args:
        markdown: Article text in Markdown.

    Returns:
        Plain text with paragraphs separated by blank lines.
    """
    blocks: list[str] = []
    for token in _parser().parse(markdown):
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
