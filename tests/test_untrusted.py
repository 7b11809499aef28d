"""Untrusted text: escape sequences, control characters and markup never reach the terminal as such."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.domain.briefs import BriefError, parse_brief, read_brief_file
from tui.domain.importer import import_paths
from tui.domain.sanitize import clean_line, clean_text, is_safe_url
from tui.domain.store import Library

from .conftest import BRIEFS

HOSTILE = [
    ("\x1b[31mred\x1b[0m", "red"),                                   # CSI colours
    ("a\x1b]52;c;ZXZpbA==\x07b", "ab"),                             # OSC 52 clipboard write (BEL)
    ("a\x1b]52;c;ZXZpbA==\x1b\\b", "ab"),                           # OSC 52 (ST)
    ("\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\", "link"),  # OSC 8 hyperlink
    ("\x1b]0;new title\x07text", "text"),                           # window title
    ("\x9b31mc1 csi", "c1 csi"),                                     # 8-bit CSI
    ("\x9d52;c;x\x9cafter", "after"),                                # 8-bit OSC and ST
    ("\x1bPdevice control\x1b\\ok", "ok"),                           # DCS
    ("unterminated \x1b]52;c;ZXZpbA== rest of line\nnext", "unterminated \nnext"),
    ("bell\x07 backspace\x08 nul\x00 del\x7f", "bell backspace nul del"),
    ("bidi \u202eevil\u202c override", "bidi evil override"),
    ("tab\tand\r\nwindows", "tab\tand\nwindows"),
]


@pytest.mark.parametrize(("text", "expected"), HOSTILE)
def test_clean_text_removes_escape_sequences_and_controls(text: str, expected: str) -> None:
    assert clean_text(text) == expected


def test_clean_line_folds_to_one_line() -> None:
    assert clean_line("  a\n\nb\t c \x1b[2J ") == "a b c"


@pytest.mark.parametrize(("url", "safe"), [
    ("https://example.org/a", True), ("http://example.org", True), ("javascript:alert(1)", False),
    ("file:///etc/passwd", False), ("HTTPS://EXAMPLE.ORG", True), ("https://x\x1b]8;;", False), ("", False),
])
def test_only_http_links_are_openable(url: str, safe: bool) -> None:
    assert is_safe_url(url) is safe


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_clean_text_never_leaves_a_control_character(text: str) -> None:
    cleaned = clean_text(text)
    assert not any((ord(c) < 32 and c not in "\t\n") or 0x7f <= ord(c) <= 0x9f for c in cleaned)
    assert clean_text(cleaned) == cleaned


brief_texts = st.builds(
    lambda front, body: f"---\n{front}\n---\n{body}",
    st.text(max_size=200),
    st.lists(st.one_of(
        st.sampled_from(["## Heading", "### Summary", "### Quotes", "### Key figures", "- source: x", "- **1** — y",
                         "> quote", "> — Someone, role", "", "```", "> > > nested", "1. item", "[bold]x[/]"]),
        st.text(max_size=80)), max_size=40).map("\n".join),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(brief_texts)
def test_the_brief_parser_either_parses_or_says_what_is_wrong(text: str) -> None:
    try:
        brief = parse_brief(text, name="fuzz.md")
    except BriefError as error:
        assert str(error).startswith("fuzz.md: ") and "\n" not in str(error)
        return
    assert brief.title and brief.articles
    for article in brief.articles:
        assert "\x1b" not in article.body and article.title


def test_deeply_nested_markdown_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "nested.md"
    path.write_text("---\ntitle: Nested\n---\n## Deep\n\n" + "> " * 5000 + "bottom\n\n" + "- " * 5000 + "x\n")
    start = time.perf_counter()
    brief = read_brief_file(path)
    assert time.perf_counter() - start < 5
    assert brief.articles[0].title == "Deep"


def test_a_huge_file_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as stream:
        stream.truncate(100 * 1024 * 1024)  # 100 MB, sparse
    start = time.perf_counter()
    with pytest.raises(BriefError, match="too large"):
        read_brief_file(path)
    assert time.perf_counter() - start < 1


def test_links_out_of_an_imported_folder_are_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / "grid.md").write_text((BRIEFS / "grid.md").read_text())
    secret = tmp_path / "secret.txt"
    secret.write_text("Private\n\nNot for the library.\n")
    (folder / "secret.txt").symlink_to(secret)
    library = Library(tmp_path / "lib")
    report = import_paths(library, [folder])
    assert report.errors == []
    assert report.warnings == [f"{folder / 'secret.txt'}: skipped, a link to a file outside {folder}"]
    assert [b.title for b in library.briefings()] == ["Baltic grid goes it alone"]


def test_cli_plain_text_output_is_clean(capsys: pytest.CaptureFixture[str], library: Library) -> None:
    from tui.cli import main

    for argv in (["list"], ["show", library.briefings()[0].id]):
        assert main(["--data-dir", str(library.root), *argv]) == 0
        out = capsys.readouterr().out
        assert not any(ord(c) < 32 and c not in "\n\t" for c in out)
