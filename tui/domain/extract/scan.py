"""Provides a faster finditer for large patterns whose every match holds a cheap-to-find anchor."""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD_START = re.compile(r"(?<!\w)\S")
"""Where a match can start: a character that does not follow a letter or a digit."""


def anchored_finditer(pattern: re.Pattern[str], text: str, anchors: Iterable[re.Match[str]], *,
                      before: int, after: int) -> list[re.Match[str]]:
    """The matches pattern.finditer(text) finds, trying the pattern only near each anchor.

    A big alternation (every figure or date form) is slow to try at every position of an article,
    while its anchor (a digit, a month name) is found quickly. Every match must hold an anchor, start
    at most `before` characters ahead of it and end at most `after` characters past it; a match cut
    by the window is made again without it. Each pattern must start with a word boundary (or a
    look-behind that excludes word characters).
    """
    matches = []
    position = 0
    for anchor in anchors:
        if anchor.start() < position:
            continue
        # Leftmost match first, as search() would find it, but tried only where a word can start.
        for start in _WORD_START.finditer(text, max(position, anchor.start() - before), anchor.start() + 1):
            match = pattern.match(text, start.start(), anchor.end() + after)
            if match is None:
                continue
            if match.end() == anchor.end() + after:
                match = pattern.match(text, start.start())  # cut by the window: made again without it
            matches.append(match)
            position = match.end()
            break
    return matches
