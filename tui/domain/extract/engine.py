"""Provides the extraction engine: plain article text -> summary, quotes, figures, dates and entities."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.domain.extract.dates import extract_dates
from tui.domain.extract.figures import extract_figures
from tui.domain.extract.people import Registry
from tui.domain.extract.quotes import extract_quotes
from tui.domain.extract.sentences import Sentence, split_sentences
from tui.domain.models import DateMention, Entity

MAX_CHARS = 200_000
"""Only this much of an article is read, so any input is extracted within a bounded time."""


@dataclass(frozen=True)
class ExtractedQuote:
    """A direct quotation."""

    text: str
    speaker: str = ""
    role: str = ""
    partial: bool = False
    sentence: str = ""


@dataclass(frozen=True)
class ExtractedFigure:
    """A figure and what it measures."""

    value: str
    measures: str = ""
    key: bool = True
    sentence: str = ""


@dataclass(frozen=True)
class Extraction:
    """Everything the engine found in one article."""

    title: str
    summary: tuple[str, ...] = ()
    bottom_line: str = ""
    quotes: tuple[ExtractedQuote, ...] = ()
    figures: tuple[ExtractedFigure, ...] = ()
    dates: tuple[DateMention, ...] = ()
    entities: tuple[Entity, ...] = ()


def extract(body: str, *, title: str = "", published: str = "") -> Extraction:
    """Extract the summary, quotes, key figures, dates and entities of an article.

    Args:
        body: Plain text, one paragraph per line (blank lines allowed).
        title: The headline, if known.
        published: The article's date (ISO), used to resolve "Monday" or "last month".
    """
    body = body[:MAX_CHARS]
    sentences = split_sentences(body)
    registry = Registry(body)
    quotes = extract_quotes(body, sentences, registry)
    figures = extract_figures(sentences)
    summary = summarise(sentences, quotes_share(body, sentences))
    bottom_line = _bottom_line(summary, title)
    entities = tuple(Entity(person.name, person.kind, person.role) for person in registry.people)
    return Extraction(
        title=title,
        summary=tuple(summary),
        bottom_line=bottom_line,
        quotes=tuple(ExtractedQuote(q.text, q.speaker, q.role, q.partial, q.sentence) for q in quotes),
        figures=tuple(ExtractedFigure(f.value, f.measures, f.key, f.sentence) for f in figures),
        dates=tuple(extract_dates(body, published)),
        entities=entities,
    )


_NEEDS_NEIGHBOUR = re.compile(
    r"^(?:He|She|They|It|This|That|These|Those|But|And|Or|So|Yet|Still|However|Also|Meanwhile|Instead|"
    r"Such|Its|Their|His|Her|The move|The decision|The deal|There|Then|Thus|Nevertheless|Moreover)\b"
)


_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
_DIGIT = re.compile(r"\d")


def quotes_share(body: str, sentences: list[Sentence]) -> dict[int, float]:
    """How much of each sentence is inside quotation marks (0 to 1)."""
    shares = {}
    for sentence in sentences:
        quoted = sum(len(m.group(0)) for m in _QUOTED.finditer(sentence.text))
        shares[sentence.index] = quoted / max(1, len(sentence.text))
    return shares


def summarise(sentences: list[Sentence], quoted: dict[int, float], size: int = 4) -> list[str]:
    """News-aware extractive summary: the lead first, then informative sentences, in article order.

    A sentence is left out when it needs its neighbour to make sense (it opens with a pronoun or a
    connective), when it is mostly a quotation, or when it repeats one already chosen.
    """
    candidates = []
    for sentence in sentences:
        words = sentence.text.split()
        if not 6 <= len(words) <= 60 or quoted.get(sentence.index, 0) > 0.4:
            continue
        if _NEEDS_NEIGHBOUR.match(sentence.text) and sentence.index > 0:
            continue
        if sentence.text.startswith(("“", "\"", "‘")) or sentence.text.rstrip().endswith((":", "?")):
            continue
        position = 1.0 / (1 + sentence.paragraph) + (0.6 if sentence.index == 0 else 0)
        numbers = 0.15 * min(3, len(_DIGIT.findall(sentence.text)) // 2)
        candidates.append((position + numbers, sentence))
    chosen: list[Sentence] = []
    for _, sentence in sorted(candidates, key=lambda pair: -pair[0]):
        if any(_overlap(sentence.text, other.text) > 0.6 for other in chosen):
            continue
        chosen.append(sentence)
        if len(chosen) == size:
            break
    return [s.text for s in sorted(chosen, key=lambda s: s.index)]


def _overlap(a: str, b: str) -> float:
    first, second = set(a.lower().split()), set(b.lower().split())
    return len(first & second) / max(1, min(len(first), len(second)))


def _bottom_line(summary: list[str], title: str) -> str:
    line = summary[0] if summary else title
    if len(line) > 160:
        cut = line[:157].rsplit(" ", 1)[0]
        line = cut.rstrip(",;:") + "…"
    return line
