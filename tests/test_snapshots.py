"""Snapshot tests of the key views at 80x24 and 120x40, on the fixture briefs (never the user's data).

Regenerate after an intended change of a screen: pytest tests/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import pytest

from tui.cli import make_app
from tui.domain.store import Library

SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_briefings_screen(snap_compare, library: Library, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(library), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_briefing_screen(snap_compare, library: Library, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(library), terminal_size=size, press=["j", "enter"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_article_screen(snap_compare, library: Library, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(library), terminal_size=size, press=["j", "enter", "enter"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_article_screen_after_choosing_a_quote(snap_compare, library: Library, size: tuple[int, int]) -> None:
    keys = ["j", "enter", "enter", "tab", "enter"] if size[0] >= 100 else ["j", "enter", "enter", "p", "tab", "enter"]
    assert snap_compare(make_app(library), terminal_size=size, press=keys)


def test_help_screen(snap_compare, library: Library) -> None:
    assert snap_compare(make_app(library), terminal_size=(120, 40), press=["question_mark"])
