"""Provides the brief file format: one Markdown file is one briefing (see briefs/README.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tui.domain.sanitize import clean_line, clean_text
from tui.domain.text import commonmark

MAX_BRIEF_BYTES = 20 * 1024 * 1024
"""Larger brief files are refused: no one writes a briefing that long, and parsing must stay bounded."""

_METADATA_KEYS = ("source", "url", "date", "author")
_SUMMARY, _QUOTES, _FIGURES = "summary", "quotes", "key figures"
_BLOCK_NAMES = (_SUMMARY, _QUOTES, _FIGURES)
_DASHES = ("—", "–", "--", "-")


class BriefError(ValueError):
    """A brief file cannot be read; the message is one line naming the file and what is wrong."""


class NoArticlesError(BriefError):
    """A file with front matter but no '## ' article section: one article (a web clip, a note app's
    page), not a brief; the importer imports it as an article file."""


@dataclass(frozen=True)
class ExplicitQuote:
    """A quote written in a brief's Quotes block."""

    text: str
    speaker: str = ""
    role: str = ""
    partial: bool = False


@dataclass(frozen=True)
class ExplicitFigure:
    """A figure written in a brief's Key figures block."""

    value: str
    measures: str = ""


@dataclass
class ParsedArticle:
    """One `##` section of a brief file, before extraction."""

    title: str
    body: str
    """The article's text as Markdown, without its metadata and explicit blocks."""
    line: int
    """1-based line of the article's heading in the file, for error messages."""
    source: str = ""
    url: str = ""
    date: str = ""
    author: str = ""
    summary: list[str] | None = None
    """The Summary block, or None when the file has none (then the engine's summary is used)."""
    quotes: list[ExplicitQuote] | None = None
    figures: list[ExplicitFigure] | None = None


@dataclass
class ParsedBrief:
    """A brief file, parsed."""

    title: str
    date: str = ""
    tags: list[str] = field(default_factory=list)
    summary: str = ""
    key: str = ""
    """What identifies the briefing across re-imports: the front matter's id, else its title."""
    articles: list[ParsedArticle] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_brief_file(path: Path) -> ParsedBrief:
    """Read and parse one brief file.

    Raises:
        BriefError: With one line naming the file and what is wrong.
    """
    try:
        size = path.stat().st_size
        if size > MAX_BRIEF_BYTES:
            raise BriefError(f"{path}: too large ({size // (1024 * 1024)} MB; the limit is 20 MB)")
        raw = path.read_bytes()
    except OSError as error:
        raise BriefError(f"{path}: cannot read ({error.strerror or error})") from error
    if b"\x00" in raw[:8192]:
        raise BriefError(f"{path}: a binary file, not a Markdown brief")
    warnings = []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
        warnings.append(f"{path}: not valid UTF-8, decoded with replacement characters")
    brief = parse_brief(text, name=str(path))
    brief.warnings[:0] = warnings
    return brief


def parse_brief(text: str, *, name: str = "<brief>") -> ParsedBrief:
    """Parse the text of a brief file.

    Args:
        text: The whole file.
        name: The file's name, used in error messages.

    Raises:
        BriefError: With one line naming the file and what is wrong.
    """
    text = clean_text(text.lstrip("\ufeff"))
    front, body_text, body_offset = _split_front_matter(text, name)
    title = clean_line(front.get("title", ""))
    if not title:
        raise BriefError(f"{name}: no title: start the file with front matter holding 'title: ...'")
    brief = ParsedBrief(
        title=title,
        tags=_tags(front.get("tags", "")),
        summary=clean_line(front.get("summary", "")),
        key=clean_line(front.get("id", "")) or title,
    )
    brief.date = _iso_date(front.get("date", ""), name, "date", brief.warnings)
    lines = body_text.split("\n")
    tokens = _block_parser().parse(body_text)
    for section_tokens, heading in _sections(tokens):
        article = _parse_article(section_tokens, heading, lines, body_offset, name, brief.warnings)
        brief.articles.append(article)
    if not brief.articles:
        raise NoArticlesError(f"{name}: no articles: each article starts with a '## ' heading")
    return brief


@cache
def _block_parser() -> MarkdownIt:
    """Markdown's blocks only: a brief needs its headings, lists and paragraphs as written (an inline
    token's content is its source); the words of an article are parsed later, by markdown_to_text.
    Skipping the inline pass over every paragraph is a third of the time to read a brief file."""
    return MarkdownIt("commonmark").disable("inline")


def _split_front_matter(text: str, name: str) -> tuple[dict[str, str], str, int]:
    """Split the leading `---` block off; returns its keys, the rest and the rest's line offset."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise BriefError(f"{name}: no front matter: the file must start with a '---' line, then 'title: ...'")
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        raise BriefError(f"{name}: front matter is not closed: add a '---' line after it")
    front: dict[str, str] = {}
    current_list_key = ""
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        stripped = line.strip()
        if stripped.startswith("- ") and current_list_key:
            front[current_list_key] = ", ".join(filter(None, (front[current_list_key], stripped[2:])))
            continue
        key, colon, value = line.partition(":")
        if not colon or not key.strip() or " " in key.strip():
            raise BriefError(f"{name}: line {number}: front matter lines must be 'key: value'")
        key = key.strip().lower()
        front[key] = _unquote(value.strip())
        current_list_key = key if not value.strip() else ""
    return front, "\n".join(lines[end + 1 :]), end + 1


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _tags(value: str) -> list[str]:
    value = value.strip().removeprefix("[").removesuffix("]")
    tags = []
    for tag in value.split(","):
        tag = clean_line(_unquote(tag.strip())).lstrip("#").lower()
        if tag and tag not in tags:
            tags.append(tag)
    return tags


def _iso_date(value: str, name: str, what: str, warnings: list[str]) -> str:
    value = _unquote(value.strip())
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        warnings.append(f"{name}: {what} {value!r} is not an ISO date (YYYY-MM-DD); ignored")
        return ""


def _sections(tokens: list[Token]) -> list[tuple[list[Token], Token]]:
    """Cut the token stream at each level-2 heading; text before the first one is ignored."""
    sections: list[tuple[list[Token], Token]] = []
    for token in tokens:
        if token.type == "heading_open" and token.tag == "h2":
            sections.append(([], token))
        elif sections:
            sections[-1][0].append(token)
    return sections


def _inline_text(token: Token | None) -> str:
    return clean_line(token.content) if token is not None and token.type == "inline" else ""


def _parse_article(
    tokens: list[Token], heading: Token, lines: list[str], offset: int, name: str, warnings: list[str]
) -> ParsedArticle:
    heading_line = (heading.map[0] if heading.map else 0) + offset + 1
    title = _inline_text(tokens[0] if tokens else None)
    if not title:
        raise BriefError(f"{name}: line {heading_line}: an article heading has no text")
    article = ParsedArticle(title=title, body="", line=heading_line)
    blocks = _top_level_blocks(tokens[2:])  # skip the heading's inline and heading_close
    if blocks and blocks[0][0].type == "bullet_list_open":
        metadata = _metadata(blocks[0])
        if metadata is not None:
            for key, value in metadata.items():
                if key == "date":
                    value = _iso_date(value, name, f"line {heading_line}: article date", warnings)
                setattr(article, key, value)
            blocks = blocks[1:]
    body_blocks: list[list[Token]] = []
    current_block_name = ""
    for block in blocks:
        opener = block[0]
        if opener.type == "heading_open":
            heading_text = _inline_text(block[1]).lower().rstrip(":")
            if heading_text in _BLOCK_NAMES:
                current_block_name = heading_text
                continue
            if current_block_name and int(opener.tag[1]) <= 3:
                current_block_name = ""
        # A block that does not fit the explicit block it stands in (a paragraph among key figures)
        # is article text, so nothing the writer typed is lost.
        kind = opener.type
        if current_block_name == _SUMMARY and kind in ("bullet_list_open", "ordered_list_open", "paragraph_open"):
            article.summary = (article.summary or []) + _list_items_or_paragraphs(block)
        elif current_block_name == _QUOTES and kind == "blockquote_open":
            quote = _explicit_quote(block)
            if quote is not None:
                article.quotes = (article.quotes or []) + [quote]
        elif current_block_name == _FIGURES and kind in ("bullet_list_open", "ordered_list_open"):
            article.figures = (article.figures or []) + _explicit_figures(block)
        else:
            body_blocks.append(block)
    article.body = "\n\n".join(
        "\n".join(lines[block[0].map[0] : block[0].map[1]]).strip("\n") for block in body_blocks if block[0].map
    )
    return article


def _top_level_blocks(tokens: list[Token]) -> list[list[Token]]:
    """Group tokens into top-level blocks: each runs from a level-0 token to its matching close."""
    blocks: list[list[Token]] = []
    depth = 0
    for token in tokens:
        if depth == 0:
            blocks.append([])
        blocks[-1].append(token)
        depth += token.nesting
    return blocks


def _metadata(block: list[Token]) -> dict[str, str] | None:
    """Read a `- key: value` list; None when any item is not a known key (then it is body text)."""
    metadata: dict[str, str] = {}
    for token in block:
        if token.type != "inline":
            continue
        key, colon, value = token.content.partition(":")
        key = key.strip().lower()
        if not colon or key not in _METADATA_KEYS:
            return None
        metadata[key] = clean_line(value)
    return metadata or None


def _list_items_or_paragraphs(block: list[Token]) -> list[str]:
    return [text for token in block if (text := _inline_text(token))]


def _explicit_quote(block: list[Token]) -> ExplicitQuote | None:
    paragraphs = _list_items_or_paragraphs(block)
    speaker = role = ""
    partial = False
    if paragraphs and paragraphs[-1].startswith(_DASHES):
        attribution = paragraphs.pop()
        for dash in _DASHES:
            attribution = attribution.removeprefix(dash)
        attribution = attribution.strip()
        if attribution.lower().endswith("(partial)"):
            partial = True
            attribution = attribution[: -len("(partial)")].strip()
        speaker, _, role = (part.strip() for part in attribution.partition(","))
    text = " ".join(paragraphs).strip()
    if len(text) >= 2 and text[0] in "\"“'‘" and text[-1] in "\"”'’":
        text = text[1:-1].strip()
    # A quote that runs into its attribution ends in a comma inside the marks: not part of what is shown.
    text = text.removesuffix(",").strip()
    return ExplicitQuote(text=text, speaker=speaker, role=role, partial=partial) if text else None


def _explicit_figures(block: list[Token]) -> list[ExplicitFigure]:
    figures = []
    for token in block:
        if token.type != "inline" or not token.content.strip():
            continue
        parsed = commonmark().parseInline(token.content)[0].children or []
        children = [child for child in parsed if child.type != "text" or child.content]
        value = rest = ""
        if children and children[0].type == "strong_open":
            close = next((i for i, c in enumerate(children) if c.type == "strong_close"), len(children))
            value = "".join(c.content for c in children[1:close])
            rest = "".join(c.content for c in children[close + 1 :])
        else:
            content = token.content
            for separator in (" — ", " – ", " -- ", ": "):
                if separator in content:
                    value, _, rest = content.partition(separator)
                    break
            else:
                value = content
        rest = rest.strip()
        for separator in ("—", "–", "--", ":", "-"):
            rest = rest.removeprefix(separator)
        value, measures = clean_line(value), clean_line(rest)
        if value:
            figures.append(ExplicitFigure(value=value, measures=measures))
    return figures
