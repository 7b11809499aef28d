"""Provides the extraction engine: plain article text -> summary, quotes, figures, dates and entities."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain

from tui.domain.extract.dates import extract_dates
from tui.domain.extract.figures import extract_figures
from tui.domain.extract.people import Registry
from tui.domain.extract.quotes import extract_quotes
from tui.domain.extract.scan import ArticleWords
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
    words = ArticleWords(body)
    registry = Registry(body, words)
    quotes = extract_quotes(body, sentences, registry)
    figures = extract_figures(sentences, words=words)
    summary = summarise(sentences, quotes_share(body, sentences), title=title)
    bottom_line = _bottom_line(summary, title)
    entities = tuple(Entity(person.name, person.kind, person.role) for person in registry.people)
    return Extraction(
        title=title,
        summary=tuple(summary),
        bottom_line=bottom_line,
        quotes=tuple(ExtractedQuote(q.text, q.speaker, q.role, q.partial, q.sentence) for q in quotes),
        figures=tuple(ExtractedFigure(f.value, f.measures, f.key, f.sentence) for f in figures),
        dates=tuple(extract_dates(body, published, words=words)),
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
        text = sentence.text
        quoted = sum(len(m.group(0)) for m in _QUOTED.finditer(text)) if '"' in text or "“" in text else 0
        shares[sentence.index] = quoted / max(1, len(text))
    return shares


SUMMARY_SENTENCES = 3
"""Summary length: three sentences matched the gold summaries best (four was chosen before)."""
_SMALL_WORDS = frozenset(
    "the and for that with from this its their his her was were has have had are not but which who also been "
    "more than after about over into said says will would they she him them our out what when there".split())
_CONTENT_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
_CONTENT_CHARACTERS = bytes(c if chr(c) in f"{_CONTENT_ALPHABET}\n" else ord(" ") for c in range(256))
_NOT_CONTENT = _SMALL_WORDS.union(_CONTENT_ALPHABET, (a + b for a in _CONTENT_ALPHABET for b in _CONTENT_ALPHABET))
"""The small words and every word of one or two characters (of those the content words are made of)."""


def _content_words(texts: list[str]) -> list[set[str]]:
    """For each text (of one line), its words of three letters or digits or more (ASCII, in lower case)
    but the small ones: found in one bytes.translate of them all, every other character a space, and
    one set difference per text."""
    if not texts:
        return []
    joined = "\n".join(texts).lower().encode("ascii", "replace").translate(_CONTENT_CHARACTERS).decode("ascii")
    return [set(line.split()) - _NOT_CONTENT for line in joined.split("\n")]


def summarise(sentences: list[Sentence], quoted: dict[int, float], size: int = SUMMARY_SENTENCES,
              title: str = "") -> list[str]:
    """News-aware extractive summary: the lead first, then the sentences most about the story, in article order.

    A sentence scores for where it stands (the lead most), for how much it shares the words the
    whole article keeps coming back to (its centrality) and the headline's, and a little for its
    numbers. It is left out when it needs its neighbour to make sense (it opens with a pronoun or a
    connective), when it is mostly a quotation, or when it repeats one already chosen. The weights
    were chosen on the dev/ evaluation articles, where they beat the lead-3 baseline.
    """
    *content_words, headline = _content_words([*(s.text.replace("\n", " ") for s in sentences), title.replace("\n", " ")])
    words_of = {sentence.index: words for sentence, words in zip(sentences, content_words)}
    frequency = Counter(chain.from_iterable(content_words))  # in how many sentences each word stands
    # A word's weight is the log of its frequency, 0 for a word of one sentence: looked up by
    # frequency (at most one per sentence), not computed for each word.
    weight_of_frequency = [0.0, 0.0, *map(math.log, range(2, len(sentences) + 1))]
    candidates = []
    for sentence in sentences:
        if quoted.get(sentence.index, 0) > 0.4 or sentence.index > 0 and _NEEDS_NEIGHBOUR.match(sentence.text):
            continue
        if sentence.text.startswith(("“", "\"", "‘")) or sentence.text.rstrip().endswith((":", "?")):
            continue
        if not 6 <= len(sentence.text.split()) <= 60:
            continue
        content = words_of[sentence.index]
        # Centrality: the words this sentence shares with the rest of the article, counted by how
        # often the article uses them (log-damped, per word, so long sentences are not favoured).
        centrality = sum(map(weight_of_frequency.__getitem__, map(frequency.__getitem__, content))) / (len(content) + 5)
        on_headline = len(content & headline) / (len(headline) + 1)
        position = 1.0 / (1 + sentence.paragraph) + (0.6 if sentence.index == 0 else 0)
        numbers = 0.1 * min(3, len(_DIGIT.findall(sentence.text)) // 2)
        candidates.append((position + 0.5 * centrality + 0.5 * on_headline + numbers, sentence))
    chosen: dict[Sentence, set[str]] = {}
    """The sentences chosen so far, with their words in lower case (to tell a repeat)."""
    for _, sentence in sorted(candidates, key=lambda pair: -pair[0]):
        words = set(sentence.text.lower().split())
        if any(_overlap(words, other) > 0.6 for other in chosen.values()):
            continue
        chosen[sentence] = words
        if len(chosen) == size:
            break
    return [s.text for s in sorted(chosen, key=lambda s: s.index)]


def _overlap(first: set[str], second: set[str]) -> float:
    return len(first & second) / max(1, min(len(first), len(second)))


BOTTOM_LINE_CHARS = 120
"""A bottom line is one line of a list: a longer lead is shortened, clause by clause."""
_LEAD_IN = re.compile(
    r"^(?:In|On|At|After|Before|With|Amid|Despite|As|While|Following|Under|Once|For|Since|Although|Though|By|"
    r"From|Speaking|Facing|Hours|Days|Weeks|Months|Years|Nearly|Almost|More|Less)\b[^,“”\"]{3,120},\s+"
    r"(?=(?:the|a|an|[A-Z])\w*\s)"
)
"""An opening clause before the news: "In a clear signal of deepening alignment, the Kremlin said ..."."""
_ASIDE = re.compile(r"\s+\([^()]{1,120}\)|\s+—[^—]{1,120}—|\s+–[^–]{1,120}–|,\s+(?:who|which)\s[^,]{1,80},")
_WHEN = re.compile(r"\s+(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                   r"(?:\s+(?:morning|afternoon|evening|night))?\b|\s+(?:this|last)\s+week\b")
_TRAILING_CLAUSE = re.compile(r",\s+(?:\w+ing|which|who|whose|as|while|after|and|but|according|a move|in a)\b"
                              r"|\s+—\s+|;\s+")


def bottom_line(sentence: str) -> str:
    """The lead sentence in one line: without the clause leading into it, its asides, its weekday, its tail.

    Args:
        sentence: The summary's first sentence (usually the article's lead).

    Returns:
        The sentence, shortened step by step while it is longer than BOTTOM_LINE_CHARS; cut at a
        word (with an ellipsis) only when nothing else is left to take out.
    """
    line = sentence.strip()
    lead = _LEAD_IN.match(line)
    if lead and len(line) - lead.end() > 40:
        rest = line[lead.end():]
        line = rest[0].upper() + rest[1:]
    for shorten in (_ASIDE, _WHEN):
        if len(line) > BOTTOM_LINE_CHARS:
            line = shorten.sub("", line)
    if len(line) > BOTTOM_LINE_CHARS:
        cuts = [m.start() for m in _TRAILING_CLAUSE.finditer(line) if m.start() >= 40]
        if cuts:
            fitting = [cut for cut in cuts if cut <= BOTTOM_LINE_CHARS - 1]
            line = line[: (fitting or cuts)[-1 if fitting else 0]].rstrip(",;: ") + "."
    if len(line) > BOTTOM_LINE_CHARS:
        cut = line[: BOTTOM_LINE_CHARS - 1].rsplit(" ", 1)[0]
        line = cut.rstrip(",;:") + "…"
    return line


def _bottom_line(summary: list[str], title: str) -> str:
    return bottom_line(summary[0]) if summary else bottom_line(title)
