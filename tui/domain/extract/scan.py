"""Provides fast scans of an article: a finditer for large patterns whose every match holds a
cheap-to-find anchor (or starts with a literal), whole words by str.find, the article's words found
once, characters by str.find, and alternations grouped by first character for re."""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD_START = re.compile(r"\S(?<!\w.)(?:(?<=[^\W\d_])[^\W_]*)?")
"""Where a match can start: a character that does not follow a letter or a digit (matched first, then
looked behind, so that re skips quickly from one candidate to the next). A letter comes with the rest
of its run of letters and digits, the word anchored_finditer looks up in lead_words: no position
inside that run is one where a match can start."""
_TOKEN = re.compile(r"[^\W_]+")
"""Runs of letters and digits: the words find_words looks for start with one ("twenty-three" with "twenty")."""
_LETTERS_AND_HYPHENS = bytes(c if chr(c).isascii() and chr(c).isalpha() or c == ord("-") else ord(" ") for c in range(256))


class ArticleWords:
    """The words of one article, found in one pass and shared by the extractors.

    words: every run of ASCII letters and hyphens that starts with a letter ("director-general");
    letters: those words and every run of ASCII letters ("director", "general"); lowered: letters in
    lower case, which are those in lower case unless the text holds a Kelvin sign (the
    one letter that lowers to ASCII, "K" to "k"): then None, and a search falls back to the text.
    A WordList tests its words' first runs of letters against these sets instead of searching the
    whole text for each.
    """

    def __init__(self, text: str) -> None:
        # Found by bytes.translate and split, twice as fast as re: every other character is a space.
        ascii_text = text.encode("ascii", "replace")
        runs = ascii_text.translate(_LETTERS_AND_HYPHENS).decode("ascii")
        if "-" in runs:
            runs = f" {runs}"
            while " -" in runs:  # a word starts with its first letter, not with hyphens before it
                runs = runs.replace(" -", "  ")
        self.words = set(runs.split())
        # Every run of letters is a word or a part of one ("director--general" has "" too, as
        # its split("-") does).
        self.letters = self.words.union(*(word.split("-") for word in self.words if "-" in word))
        self.lowered = set(map(str.lower, self.letters)) if "\u212a" not in text else None


def anchored_finditer(pattern: re.Pattern[str], text: str, anchors: Iterable[tuple[int, int]], *,
                      before: int, after: int, lead_words: frozenset[str] = frozenset()) -> list[re.Match[str]]:
    """The matches pattern.finditer(text) finds, trying the pattern only near each anchor.

    A big alternation (every figure or date form) is slow to try at every position of an article,
    while its anchor (a digit, a month name) is found quickly. Anchors are (start, end) pairs in text
    order. Every match must hold an anchor, start at most `before` characters ahead of it (or inside
    it) and end at most `after` characters past it; a match cut by the window is made again without
    it. Each pattern must start with a word boundary (or a look-behind that excludes word characters).
    With lead_words (lower case, letters only), a match starting before its anchor must start with
    one of them, a digit or a symbol: other words ahead of the anchor are not tried.
    """
    matches = []
    position = 0
    for anchor_start, anchor_end in anchors:
        if anchor_start < position:
            continue
        # Leftmost match first, as search() would find it, but tried only where a word can start.
        for start in _WORD_START.finditer(text, max(position, anchor_start - before), anchor_end):
            at = start.start()
            # A run cut by the window's end holds the anchor's digits, as no lead word does.
            if (lead_words and at < anchor_start and text[at].isalpha() and start.end() <= anchor_start
                    and start.group(0).lower() not in lead_words):
                continue  # (a word that runs into the anchor is tried: "P1.2 billion")
            match = pattern.match(text, at, anchor_end + after)
            if match is None:
                continue
            if match.end() == anchor_end + after:
                match = pattern.match(text, at) or match  # cut by the window: made again without it
            matches.append(match)
            position = match.end()
            break
    return matches



def literal_finditer(pattern: re.Pattern[str], text: str, literals: Iterable[str]) -> list[re.Match[str]]:
    """The matches pattern.finditer(text) finds, for a pattern whose every match starts with one of
    these literals ("said", "says"): tried only where str.find finds one, not at every position."""
    matches = []
    end = 0
    for at in dict.fromkeys(positions(text, literals)):  # two literals may start at one place
        if at >= end:
            match = pattern.match(text, at)
            if match is not None:
                matches.append(match)
                end = match.end()
    return matches


def find_words(text: str, words: Iterable[str] | WordList, *, joiners: str = "_", joiners_before: str | None = None,
               letters: set[str] | None = None) -> list[tuple[int, int]]:
    """Where each of the words stands whole in text, as (start, end) pairs in text order.

    str.find over a few dozen words is several times faster than a regex alternation of them
    between \\b, which Python's re tries at every position of the text. A word stands whole when
    no letter, digit or joiner touches it on either side; joiners_before, if given, are those
    that may not stand before it ("_-" before and "_" after: "Smith" stands whole in "Smith-Jones",
    not in "Jones-Smith"). letters (every run of ASCII letters of the text, as ArticleWords has
    them) lets a WordList skip its absent words without a search.
    """
    before = joiners if joiners_before is None else joiners_before
    found = []
    size = len(text)
    if isinstance(words, WordList):
        words = words.present(text, letters)  # many words, most absent: look only for those the text may hold
    for word in words:
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if ((at == 0 or not (text[at - 1].isalnum() or text[at - 1] in before))
                    and (end == size or not (text[end].isalnum() or text[end] in joiners))):
                found.append((at, end))
            at = text.find(word, end)
    found.sort()
    return found


def find_first(text: str, marks: str, start: int = 0, end: int | None = None) -> int:
    """Where the first of these characters stands in text[start:end], or -1.

    One str.find per character: several times faster than re with a character class, which
    tests the class at every position.
    """
    found = [at for at in (text.find(mark, start, end) for mark in marks) if at != -1]
    return min(found) if found else -1


def positions(text: str, marks: Iterable[str]) -> list[int]:
    """Where each of these characters (or literals: each occurrence, overlapping ones too) stands in
    text, in text order."""
    found = []
    for mark in marks:
        at = text.find(mark)
        while at != -1:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


class WordList:
    """A fixed list of words for find_words, indexed by each word's first run of letters or digits.

    For long lists (every number word, every date word) most words are absent from an article:
    find_words then looks only for those whose first word appears in it, one substring test per
    distinct first word ("twenty" for all of "twenty-one" to "twenty-nine").
    """

    def __init__(self, words: Iterable[str]) -> None:
        by_first: dict[str, list[str]] = {}
        for word in words:
            first = _TOKEN.match(word)
            by_first.setdefault(first.group(0) if first else "", []).append(word)
        # A first word of ASCII letters can be looked up among the text's runs of letters.
        self._by_first = [(first, first.isascii() and first.isalpha(), group) for first, group in by_first.items()]

    def present(self, text: str, letters: set[str] | None = None) -> list[str]:
        """The words whose first word stands somewhere in the text (as a substring: a quick test), or
        is one of its runs of letters, when those are given (a set lookup: quicker still)."""
        return [word for first, plain, words in self._by_first
                if not first or (first in letters if plain and letters is not None else first in text) for word in words]


def alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a regex alternation ("a(?:b|c)|d" gives "a(?:b|c)" and "d")."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(alternation):
        char = alternation[i]
        if char == "\\":
            i += 1  # an escaped character
        elif char == "[":
            i = alternation.index("]", i + 2)  # a character class ("[]]" holds a "]")
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(alternation[start:i])
            start = i + 1
        i += 1
    return parts + [alternation[start:]]


def grouped(alternation: str, *, either_case: bool = False, ignore_case: bool = False) -> str:
    """An alternation grouped by first character: "dollars?|dinars?|euros?" as "d(?:ollars?|inars?)|e(?:uros?)".

    The alternatives keep their order within each group, and only one group can match at a place: the
    matches are the same, but re enters one group's alternatives there instead of trying every one (it
    does not group them itself). either_case: a first letter in lower case may also be a capital, as
    a figure's first word may open a sentence ("[dD](?:ollars?|inars?)"). ignore_case: for a pattern
    compiled with re.IGNORECASE, where "Bank" and "bank" start the same group (and re, which enters
    every alternative of such an alternation one by one, gains the most).
    """
    groups: dict[str, list[str]] = {}
    for fragment in alternatives(alternation):
        size = 2 if fragment.startswith("\\") else 1
        if not (fragment[:1].isalnum() or fragment[:1] in "\\$%°€£¥₹₽₵₦₱₩₺₴₫₪"):
            raise ValueError(f"an alternative must start with a character: {fragment!r}")
        first = fragment[:size].lower() if ignore_case else fragment[:size]
        groups.setdefault(first, []).append(fragment[size:])
    return "|".join(f"{f'[{first}{first.upper()}]' if either_case and first.isascii() and first.islower() else first}"
                    f"(?:{'|'.join(rests)})" for first, rests in groups.items())
