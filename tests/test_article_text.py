"""Tests of the article text: Markdown turned into blocks, drawn line by line, links and jumps."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll

from tui.domain.text import Run, markdown_blocks
from tui.widgets.article_text import ArticleText

ARTICLE = """## Background

The deal, worth **$25 billion**, was *signed* in [Moscow](https://example.org/moscow) on `Monday`.
A second line of the same paragraph.

- first point
- second point
  1. nested one

> "A quote in a quote block," she said.

```
raw  code
```

---

Last paragraph with [a bad link](javascript:alert(1)) and [bold]not markup[/].
"""


def test_markdown_becomes_blocks_with_their_depth_and_inline_styles() -> None:
    blocks = markdown_blocks(ARTICLE)
    assert [(b.kind, b.level, b.marker, b.quoted) for b in blocks] == [
        ("heading", 2, "", 0), ("paragraph", 0, "", 0), ("item", 1, "•", 0), ("item", 1, "•", 0),
        ("item", 2, "1.", 0), ("paragraph", 0, "", 1), ("code", 0, "", 0), ("rule", 0, "", 0),
        ("paragraph", 0, "", 0)]
    paragraph = blocks[1]
    assert paragraph.text == ("The deal, worth $25 billion, was signed in Moscow on Monday. "
                              "A second line of the same paragraph.")
    assert Run("$25 billion", "bold") in paragraph.runs and Run("signed", "italic") in paragraph.runs
    assert Run("Moscow", "", "https://example.org/moscow") in paragraph.runs
    assert Run("Monday", "code") in paragraph.runs
    assert blocks[6].text == "raw  code"
    assert blocks[8].text.endswith("[bold]not markup[/].")


class TextApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="reading"):
            yield ArticleText(id="text")

    def on_mount(self) -> None:
        self.query_one(ArticleText).update(ARTICLE + "\n\n" + "\n\n".join(f"Filler paragraph {n}." for n in range(40)))

    def on_article_text_link_clicked(self, event: ArticleText.LinkClicked) -> None:
        self.links.append(event.href)


async def test_the_text_is_drawn_with_markers_indents_and_quote_bars() -> None:
    app = TextApp()
    async with app.run_test(size=(50, 20)) as pilot:
        await pilot.pause()
        text = app.query_one(ArticleText)
        lines = [text.render_line(y).text.rstrip() for y in range(20)]
        assert lines[0] == "Background"
        assert lines[2].startswith("The deal, worth $25 billion, was signed in")
        assert "• first point" in lines and "• second point" in lines and "  1. nested one" in lines
        assert any(line.startswith("▌ \"A quote in a quote block,\"") for line in lines)
        assert "  raw  code" in lines
        assert all(len(text.render_line(y).text) == text.content_size.width for y in range(20))


async def test_a_click_on_a_link_asks_the_screen_and_a_jump_scrolls_to_its_block() -> None:
    app = TextApp()
    async with app.run_test(size=(50, 20)) as pilot:
        await pilot.pause()
        text = app.query_one(ArticleText)
        line = next(y for y in range(10) if "Moscow" in text.render_line(y).text)
        column = text.render_line(line).text.index("Moscow")
        await pilot.click(ArticleText, offset=(column + 2, line))
        assert app.links == ["https://example.org/moscow"], "posted, not opened: the screen checks the scheme"
        assert text.jump_to("Filler paragraph 20.") is not None
        await pilot.pause()
        reading = app.query_one("#reading", VerticalScroll)
        top = text.block_line(next(i for i, b in enumerate(text.blocks) if b == "Filler paragraph 20."))
        assert reading.scroll_y == text.virtual_region.y + top
        assert ("bold reverse", "Filler paragraph 20.") in text.highlighted_spans()
        text.clear_jump()
        assert text.jumped_block() is None and not text.highlighted_spans()


_PLAIN = ["Word", "two", " ", "  ", "\t", "\n", "\n\n", " \n", "\t\n", "\u00a0", "\x0c", "\u2028", "é", "“", ".", ",", "'"]
_MARKS = ["1", "2.", "-", "+", "=", "*", "_", "#", ">", "<b>", "&amp;", "[a]", "(b)", "`", "~", "\\", "\r", "|", "\x00"]


@settings(max_examples=1500, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_PLAIN), max_size=16), st.lists(st.sampled_from(_PLAIN + _MARKS), max_size=16))
       .map("".join))
@example("Word\r\rWord")  # two paragraphs: CommonMark ends a line at a carriage return
@example("2.")  # an empty list item
@example("Word\n\u00a0\nWord")  # one paragraph: a no-break space makes no blank line
def test_plain_paragraphs_become_the_text_the_commonmark_parser_makes_of_them(markdown: str) -> None:
    from tui.domain import text

    assert text.markdown_to_text(markdown) == text._parsed_to_text(markdown)
