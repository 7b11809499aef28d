"""Provides conversions of article Markdown to the plain text the extraction engine reads."""

from __future__ import annotations

from markdown_it import MarkdownIt

_PARSER = MarkdownIt("commonmark")


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
    for token in _PARSER.parse(markdown):
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
