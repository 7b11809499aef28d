"""Provides reading one article file: plain text (headline first), Markdown, or saved HTML."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from markdown_it import MarkdownIt

from tui.domain.extract.dates import extract_dates
from tui.domain.sanitize import clean_line, clean_text
from tui.domain.text import markdown_to_text

MAX_READ_BYTES = 50 * 1024 * 1024
"""Larger files are refused: no article is that long."""
MAX_TEXT_CHARS = 200_000
"""Text beyond this is cut (with a warning), so extraction of any file stays within seconds."""

MAX_HEADLINE_CHARS = 160
"""A first line longer than this is a paragraph, not a headline."""

_DATE_LINE_WORDS = re.compile(
    r"(?:[\W\d_]|[ap]\.m\.|(?<=\d)[ap]m\b|t(?=\d)|(?<=\d)z(?![a-z])|\b(?:first|last|published|updated|posted|date|dated|on|at|am|pm|gmt|utc|bst|cet|cest|"
    r"est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ist|jst|aest|aedt|sast|eat|wat|h)\b)*", re.IGNORECASE)
"""What a line that gives the article's date may hold besides the date: "Published on", "Updated:",
a time, a time zone, separators."""
MAX_DATE_LINE_CHARS = 80


class ArticleFileError(Exception):
    """One-line, user-facing message naming the file and what is wrong."""


@dataclass(frozen=True)
class ArticleFile:
    """An article read from a file."""

    title: str
    body: str
    """Plain text, one paragraph per line."""
    published: str = ""
    """ISO date when the file gives one: HTML metadata, Markdown front matter ("date: 2025-07-28"), or a
    line near the top that gives only a date ("Date: 2025-07-28", "Published 14 August 2026")."""
    warnings: tuple[str, ...] = ()


def read_article_file(path: Path) -> ArticleFile:
    """Read an article file, deciding its kind by its suffix (.html/.htm, .md/.markdown, else plain text).

    Raises:
        ArticleFileError: For a missing, unreadable, empty, binary or oversized file.
    """
    try:
        if path.is_dir():
            raise ArticleFileError(f"{path}: a folder, not an article file")
        size = path.stat().st_size
        if size > MAX_READ_BYTES:
            raise ArticleFileError(f"{path}: too large ({size // (1024 * 1024)} MB; the limit is 50 MB)")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArticleFileError(f"{path}: no such file") from None
    except OSError as error:
        raise ArticleFileError(f"{path}: cannot read ({error.strerror or error})") from error
    if not raw.strip():
        raise ArticleFileError(f"{path}: empty file")
    if b"\x00" in raw[:8192]:
        raise ArticleFileError(f"{path}: a binary file, not an article")
    warnings: list[str] = []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
        warnings.append(f"{path}: not valid UTF-8, decoded with replacement characters")
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
        warnings.append(f"{path}: longer than {MAX_TEXT_CHARS:,} characters; only the beginning was read")
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        title, body, published = _from_html(text)
    elif suffix in (".md", ".markdown"):
        title, body, published = _from_markdown(text)
    else:
        title, body, published = _from_plain_text(text)
    title, body = clean_line(title), clean_text(body).strip()
    if not title and not body:
        raise ArticleFileError(f"{path}: no text in it")
    return ArticleFile(title=title or path.stem, body=body, published=published, warnings=tuple(warnings))


def _from_plain_text(text: str) -> tuple[str, str, str]:
    lines = text.strip().split("\n")
    title = lines[0].strip()
    rest = lines[1:]
    if len(title) > MAX_HEADLINE_CHARS:
        # No headline: the first line is the lead paragraph. Keep it, and name the article by its start.
        rest = lines
        first_sentence = re.split(r"(?:(?<=[.!?])|(?<=[.!?][”\"’']))\s", title, maxsplit=1)[0]
        title = first_sentence if len(first_sentence) <= MAX_HEADLINE_CHARS else title[:MAX_HEADLINE_CHARS - 1] + "…"
    paragraphs = [" ".join(block.split()) for block in "\n".join(rest).split("\n") if block.strip()]
    published, paragraphs = _take_date_line(paragraphs)
    return title, "\n".join(paragraphs), published


def _take_date_line(paragraphs: list[str]) -> tuple[str, list[str]]:
    """The article's date from a line near the top that gives only it, and the paragraphs without that line.

    "Date: 2025-07-28", "Published 14 August 2026", "Updated: Aug. 14, 2026 3:05 p.m. ET": a full
    date (with its year) and nothing but such words around it. A sentence that mentions a date is
    not one.
    """
    for index, line in enumerate(paragraphs[:3]):
        if len(line) > MAX_DATE_LINE_CHARS:
            continue
        dates = [d for d in extract_dates(line, "") if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.iso)]
        if dates and _DATE_LINE_WORDS.fullmatch(line.replace(dates[0].text, " ")):
            return dates[0].iso, paragraphs[:index] + paragraphs[index + 1:]
    return "", paragraphs


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<fields>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
"""YAML front matter, as note apps and web clippers write it: "---", "title: ...", "date: ...", "---"."""
_FRONT_MATTER_FIELD = re.compile(r"^(?P<key>[A-Za-z_-]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.MULTILINE)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """The simple fields of a Markdown file's front matter (lower-case keys, unquoted values), and the rest."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {field.group("key").lower(): field.group("value").strip("\"'")
              for field in _FRONT_MATTER_FIELD.finditer(match.group("fields"))}
    return fields, text[match.end():]


def _from_markdown(text: str) -> tuple[str, str, str]:
    fields, text = _front_matter(text)
    tokens = MarkdownIt("commonmark").parse(text)
    title = ""
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h1":
            title = tokens[index + 1].content
            break
    body = markdown_to_text(text)
    if title and body.startswith(title):
        body = body[len(title):]
    if not title and fields.get("title"):
        title = fields["title"]
    if not title:
        title, _, body = body.strip().partition("\n\n")
    published, paragraphs = _take_date_line(body.replace("\n\n", "\n").strip().split("\n"))
    for key in ("date", "published", "created"):
        dated, _ = _take_date_line([fields.get(key, "")])
        if dated:
            return title, "\n".join(paragraphs), dated
    return title, "\n".join(paragraphs), published


class _ArticleHTML(HTMLParser):
    """Collects the title, the paragraphs and a publication date of a saved web page."""

    SKIP = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "svg"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.h1 = ""
        self.published = ""
        self.paragraphs: list[str] = []
        self._stack: list[str] = []
        self._buffer: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skipping += 1
        if tag in ("p", "h1", "title", "li", "blockquote"):
            self._stack.append(tag)
            self._buffer = []
        if tag == "meta":
            values = dict(attrs)
            if values.get("property") in ("article:published_time",) or values.get("name") in ("date", "pubdate"):
                self.published = (values.get("content") or "")[:10]
        if tag == "time" and not self.published:
            self.published = (dict(attrs).get("datetime") or "")[:10]

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skipping:
            self._skipping -= 1
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()
            text = " ".join("".join(self._buffer).split())
            if tag == "title":
                self.title = text
            elif tag == "h1" and not self.h1:
                self.h1 = text
            elif text and not self._skipping:
                self.paragraphs.append(text)
            self._buffer = []

    def handle_data(self, data: str) -> None:
        if self._stack:
            self._buffer.append(data)


def _from_html(text: str) -> tuple[str, str, str]:
    parser = _ArticleHTML()
    parser.feed(text)
    parser.close()
    published = parser.published if re.fullmatch(r"\d{4}-\d{2}-\d{2}", parser.published) else ""
    paragraphs = parser.paragraphs
    if not published:
        published, paragraphs = _take_date_line(paragraphs)
    return parser.h1 or parser.title, "\n".join(paragraphs), published
