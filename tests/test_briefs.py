"""Tests of the brief file format parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.domain.briefs import BriefError, parse_brief, read_brief_file

from .conftest import BRIEFS

README = Path(__file__).parent.parent / "briefs" / "README.md"


def test_the_documented_example_parses_as_documented() -> None:
    example = README.read_text().split("```markdown\n")[1].split("```")[0]
    brief = parse_brief(example)
    assert (brief.title, brief.date, brief.tags) == ("Russia and Iran draw closer", "2025-07-28", ["russia", "iran", "energy"])
    [article] = brief.articles
    assert article.title == "Kremlin says Moscow is ready to widen ties with Tehran"
    assert (article.source, article.url, article.date, article.author) == (
        "Example Wire", "https://example.org/kremlin-iran", "2025-07-28", "A. Writer")
    assert article.summary == ["First summary sentence.", "Second summary sentence."]
    assert [(q.text, q.speaker, q.role, q.partial) for q in article.quotes] == [
        ("Our relations are developing very dynamically.", "Dmitry Peskov", "Kremlin spokesman", False),
        ("playing with fire", "Maria Zakharova", "Foreign Ministry spokeswoman", True),
    ]
    assert [(f.value, f.measures) for f in article.figures] == [
        ("$25 billion", "value of the Rosatom deal for four nuclear plants"),
        ("4", "new nuclear power plants Rosatom will build in Iran"),
    ]
    assert article.body == "The body of the article: any Markdown (paragraphs, lists, sub-headings, block quotes)."


def test_body_keeps_its_own_subheadings_and_drops_metadata_and_blocks() -> None:
    brief = read_brief_file(BRIEFS / "grid.md")
    first, second = brief.articles
    assert "### Background" in first.body and "agreed in 2018" in first.body
    assert "source:" not in first.body and "### Summary" not in first.body and "Key figures" not in first.body
    assert first.quotes[0].text == "This is the end of a long road to energy independence"
    assert second.summary is None, "no Summary block: the engine's summary is used"
    assert second.line == 41


def test_a_stray_paragraph_among_key_figures_stays_article_text() -> None:
    [article] = read_brief_file(BRIEFS / "hostile.md").articles
    assert [f.value for f in article.figures] == ["12 percent"]
    assert "Terminal escapes" in article.body


def test_markup_is_kept_as_text_and_escape_sequences_are_removed() -> None:
    brief = read_brief_file(BRIEFS / "hostile.md")
    [article] = brief.articles
    assert brief.title == "Hostile [bold]markup[/] test"
    assert article.source == "[@click=app.quit]Evil Wire[/]"
    assert "\x1b" not in article.body and "\x07" not in article.body
    assert "pwned" not in article.body and "ZXZpbA" not in article.body


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# no front matter\n\n## A\n", "no front matter"),
        ("---\ntitle: x\n\n## A\n", "front matter is not closed"),
        ("---\ndate: 2025-01-01\n---\n\n## A\nbody\n", "no title"),
        ("---\ntitle: x\n---\n\nJust text, no articles.\n", "no articles"),
        ("---\ntitle: x\nthis line is wrong\n---\n## A\n", "line 3: front matter lines must be 'key: value'"),
    ],
)
def test_malformed_briefs_give_one_clear_line(text: str, message: str) -> None:
    with pytest.raises(BriefError) as error:
        parse_brief(text, name="bad.md")
    assert str(error.value).startswith("bad.md: ")
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_a_bad_date_is_a_warning_not_an_error() -> None:
    brief = parse_brief("---\ntitle: x\ndate: last week\n---\n## A\nbody\n", name="b.md")
    assert brief.date == ""
    assert brief.warnings == ["b.md: date 'last week' is not an ISO date (YYYY-MM-DD); ignored"]


def test_tags_as_a_yaml_list_of_lines() -> None:
    brief = parse_brief("---\ntitle: x\ntags:\n  - Energy\n  - '#grid'\n---\n## A\nbody\n")
    assert brief.tags == ["energy", "grid"]


def test_binary_and_non_utf8_files(tmp_path: Path) -> None:
    binary = tmp_path / "image.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(BriefError, match="binary file"):
        read_brief_file(binary)
    latin = tmp_path / "latin.md"
    latin.write_bytes("---\ntitle: Caf\xe9\n---\n## A\nbody\n".encode("latin-1"))
    brief = read_brief_file(latin)
    assert brief.title == "Caf\ufffd"
    assert "not valid UTF-8" in brief.warnings[0]


def test_bundled_briefs_all_parse_and_show_what_the_screens_are_for() -> None:
    files = sorted(p for p in (README.parent).glob("*.md") if p.name != "README.md")
    assert len(files) >= 3
    articles = [a for f in files for a in read_brief_file(f).articles]
    assert len(articles) >= 10
    for article in articles:
        assert article.summary, article.title
        assert article.quotes and all(q.speaker for q in article.quotes), article.title
        assert article.figures and len(article.figures) >= 2, article.title


def test_every_bundled_quote_and_figure_can_be_found_in_its_text() -> None:
    """The article screen jumps to each quote and figure, so each must be placed in its body."""
    from tui.domain.importer import sentence_around
    from tui.domain.text import markdown_to_text

    for path in sorted(p for p in README.parent.glob("*.md") if p.name != "README.md"):
        for article in read_brief_file(path).articles:
            text = markdown_to_text(article.body)
            for quote in article.quotes:
                assert sentence_around(text, quote.text), (path.name, quote.text)
            for figure in article.figures:
                assert figure.value in text, (path.name, figure.value)
