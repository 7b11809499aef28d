"""Tests of reading one article file: plain text, Markdown, HTML, and bad input."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tui.domain.article_file import ArticleFileError, read_article_file

SEED = Path(__file__).parent.parent.parent / "shared" / "seeds"


def test_plain_text_headline_then_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Port strike ends\nDate: 2025-03-18\n\nWorkers voted to return.\n\nThe union said it won.\n")
    article = read_article_file(path)
    assert (article.title, article.published) == ("Port strike ends", "2025-03-18")
    assert article.body == "Workers voted to return.\nThe union said it won."


def test_markdown_title_from_the_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Grid deal signed\n\nThe *deal* covers 900 metres of cable.\n\nIt starts in May.\n")
    article = read_article_file(path)
    assert article.title == "Grid deal signed"
    assert article.body == "The deal covers 900 metres of cable.\nIt starts in May."


def test_saved_html_keeps_paragraphs_and_drops_scripts(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(
        "<html><head><title>Site | Story</title><meta property='article:published_time' content='2025-01-02T10:00'>"
        "<script>alert('x')</script></head><body><nav><p>Menu</p></nav><h1>Story &amp; more</h1>"
        "<p>First <b>paragraph</b>.</p><p>Second.</p><footer><p>Cookie notice</p></footer></body></html>")
    article = read_article_file(path)
    assert (article.title, article.published) == ("Story & more", "2025-01-02")
    assert article.body == "First paragraph.\nSecond."


@pytest.mark.parametrize(("content", "message"), [(b"", "empty file"), (b"  \n\n", "empty file"),
                                                  (b"\x89PNG\r\n\x00\x00", "a binary file")])
def test_bad_files_give_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleFileError, match=message) as error:
        read_article_file(path)
    assert str(error.value).startswith(str(path)) and "\n" not in str(error.value)


def test_non_utf8_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 opens\n\nIt serves cr\xeapes.\n".encode("latin-1"))
    article = read_article_file(path)
    assert article.title == "Caf\ufffd opens"
    assert article.warnings == (f"{path}: not valid UTF-8, decoded with replacement characters",)


def test_a_10_mb_article_is_read_quickly_and_cut(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("Huge\n\n" + ("A sentence of an enormous article. " * 300 + "\n") * 1000)
    start = time.perf_counter()
    article = read_article_file(path)
    assert time.perf_counter() - start < 2
    assert "only the beginning was read" in article.warnings[0]


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ArticleFileError, match="no such file"):
        read_article_file(tmp_path / "nope.txt")
    with pytest.raises(ArticleFileError, match="a folder"):
        read_article_file(tmp_path)


@pytest.mark.skipif(not SEED.is_dir(), reason="the shared seeds are beside the repository")
def test_the_seed_article_reads(tmp_path: Path) -> None:
    [seed] = sorted(SEED.glob("*.txt"))
    article = read_article_file(seed)
    assert article.title.startswith("In a clear signal of deepening geopolitical alignment")
    assert len(article.title) <= 160
    assert article.body.startswith("In a clear signal"), "the lead paragraph stays in the body"


@pytest.mark.parametrize(("suffix", "content"), [
    (".md", "# Dam at a 30-year low\n\n*Published 14 August 2026*\n\nRationing began on Thursday.\n"),
    (".txt", "Dam at a 30-year low\nUpdated: Aug. 14, 2026 3:05 p.m. ET\n\nRationing began on Thursday.\n"),
    (".txt", "Dam at a 30-year low\n\nLast updated 9:15am GMT, Friday 14 August 2026\nRationing began on Thursday.\n"),
    (".html", "<h1>Dam at a 30-year low</h1><p>Posted 2026-08-14T10:00:00Z</p><p>Rationing began on Thursday.</p>"),
])
def test_a_line_near_the_top_that_gives_only_a_date_is_the_article_s_date(tmp_path: Path, suffix: str,
                                                                         content: str) -> None:
    path = tmp_path / f"a{suffix}"
    path.write_text(content)
    article = read_article_file(path)
    assert (article.title, article.published, article.body) == (
        "Dam at a 30-year low", "2026-08-14", "Rationing began on Thursday.")


def test_a_sentence_with_a_date_in_it_is_not_the_article_s_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Dam at a 30-year low\n\nThe dam opened on 14 August 1959.\nBy Ana Diaz | 2 May 2026\n")
    article = read_article_file(path)
    assert article.published == ""
    assert article.body == "The dam opened on 14 August 1959.\nBy Ana Diaz | 2 May 2026"


def test_markdown_front_matter_gives_the_title_and_date_and_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "clip.md"
    path.write_text('---\ntitle: "Grid deal signed"\ndate: 2026-01-05T10:00:00Z\nsource: Example\n---\n\n'
                    "The deal was signed on Monday. It covers 900 metres of cable.\n")
    article = read_article_file(path)
    assert (article.title, article.published) == ("Grid deal signed", "2026-01-05")
    assert article.body == "The deal was signed on Monday. It covers 900 metres of cable."
