"""Provides paragraphs and sentences with character offsets, the units the extractors work on."""

from __future__ import annotations

import bisect
import re
import string
from typing import NamedTuple

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "st", "jr", "sr",
    "inc", "ltd", "co", "corp", "no", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov",
    "dec", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "fig", "approx", "est", "dept",
}

# A sentence ends at . ! ? or … (and any closing quotes or brackets) followed by space and a capital,
# a digit or an opening quote.
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")


class Sentence(NamedTuple):
    """A sentence of the article, located in the whole text (a NamedTuple: an article makes dozens,
    and a tuple is made several times faster than a frozen dataclass)."""

    text: str
    start: int
    end: int
    paragraph: int
    """Index of the paragraph it stands in."""
    index: int  # type: ignore[assignment]  # shadows tuple.index(), which nothing calls on a sentence
    """Its position among all sentences."""


def paragraphs(body: str) -> list[tuple[int, str]]:
    """The article's paragraphs (one per line, blank lines ignored) with their offsets in body."""
    result = []
    offset = 0
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped:
            result.append((offset + line.index(stripped[0]), stripped))
        offset += len(line) + 1
    return result


def split_sentences(body: str) -> list[Sentence]:
    """Split the text into sentences, paragraph by paragraph, keeping offsets into body."""
    sentences: list[Sentence] = []
    for number, (offset, paragraph) in enumerate(paragraphs(body)):
        start = 0
        for match in _BOUNDARY.finditer(paragraph):
            last_word = _word_before_stop(paragraph, start, match.start()) or ""
            word = last_word.lower().rstrip(".")
            if word == "no" and not paragraph[match.end():match.end() + 1].isdigit():
                word = ""  # "voted no. He said": "No." abbreviates only before a number ("No. 4")
            if word and (word in ABBREVIATIONS or len(last_word) == 1):
                continue  # "Mr. Smith", "U.S. officials", an initial: not the end of a sentence
            end = match.end()
            text = paragraph[start:end].strip()
            if text:
                sentences.append(Sentence(text, offset + start, offset + start + len(text), number, len(sentences)))
            start = end
        text = paragraph[start:].strip()
        if text:
            sentences.append(Sentence(text, offset + start, offset + start + len(text), number, len(sentences)))
    return sentences


_LETTERS_AND_DOTS = f"{string.ascii_letters}."


def _word_before_stop(paragraph: str, start: int, stop: int) -> str | None:
    r"""The word of ASCII letters and dots that the full stop at paragraph[stop] ends, if it stands
    alone ("Mr" of "Mr.", "U.S" of "U.S."; not the "C" of "41C."): what
    re.search(r"(?<!\w)([A-Za-z.]+)\.$", paragraph[start:stop + 1]) would capture.

    Read back from the stop with rstrip instead: the regex, which has no anchor to start from,
    was tried at every position of the sentence.
    """
    if paragraph[stop] != ".":
        return None
    before = paragraph[start:stop]
    run = len(before.rstrip(_LETTERS_AND_DOTS))  # where the letters and dots before the stop begin
    if run == len(before):
        return None
    if run == 0 or not (before[run - 1].isalnum() or before[run - 1] == "_"):  # re's \w
        return before[run:]
    # Glued to a word character ("41C."): the leftmost start inside the run that follows a dot.
    dot = before.find(".", run, len(before) - 1)
    return before[dot + 1:] if dot != -1 else None


def sentence_at(sentences: list[Sentence], position: int) -> Sentence | None:
    """The sentence that holds a character position."""
    i = bisect.bisect_right(sentences, position, key=lambda sentence: sentence.start) - 1
    if i >= 0 and position < sentences[i].end + 1:
        return sentences[i]
    return None
