"""Pilot tests of the reader's own layer: tag, note, star, highlight, the Annotations screen and jumping."""

from __future__ import annotations

from textual.widgets import Input, TextArea

from tui.cli import make_app
from tui.domain.store import Library
from tui.screens.annotations import AnnotationsScreen
from tui.screens.article import ArticleScreen
from tui.screens.briefing import BriefingScreen
from tui.widgets.annotation_list import AnnotationList
from tui.widgets.article_text import ArticleText
from tui.widgets.briefing_list import BriefingList
from tui.widgets.quote_panel import QuotePanel


def grid(library: Library):
    return next(b for b in library.briefings() if b.title.startswith("Baltic"))


async def test_tag_a_briefing_with_suggestions_and_filter_by_it(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j", "t")
        await pilot.pause()
        tag_input = app.screen.query_one("#tags", Input)
        await pilot.press(*"ener")
        await pilot.pause()
        assert tag_input._suggestion == "energy", "suggests a tag already in use"
        await pilot.press("right", "space", *"winter", "enter")
        await pilot.pause()
        assert library.user_state(grid(library).id).tags == ["energy", "winter"]
        row = app.screen.query_one(BriefingList).row_text(1)
        assert row.splitlines()[0] == "Baltic grid goes it alone  #energy #winter"
        await pilot.press(*"#winter")
        assert [o.splitlines()[0] for o in (app.screen.query_one(BriefingList).row_text(i)
                for i in range(app.screen.query_one(BriefingList).row_count))] == [
            "Baltic grid goes it alone  #energy #winter"]


async def test_note_on_a_quote_then_find_it_in_annotations_and_jump_back(library: Library) -> None:
    article = library.articles(grid(library).id)[0]
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(ArticleScreen(library, article))
        await pilot.pause()
        await pilot.press("tab", "n")  # the quote panel has focus: the note goes on the quote
        await pilot.pause()
        assert app.screen.query_one(TextArea).has_focus
        await pilot.press(*"Check the date", "enter", *"with her office")
        await pilot.press("ctrl+s")
        await pilot.pause()
        quote = article.quotes[0]
        [note] = library.user_state(quote.id).notes
        assert note.text == "Check the date\nwith her office"
        assert "✎1" in app.screen.query_one(QuotePanel).row_text(0)
        await pilot.press("s")
        assert library.user_state(quote.id).starred
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AnnotationsScreen)
        row = app.screen.query_one(AnnotationList).row_text(0)
        assert row.splitlines()[0].startswith("Quote  Baltic states unplug from Russian grid  ★ ✎1")
        assert "✎ Check the date …" in row
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert "This is the end of a long road" in app.screen.query_one(ArticleText).jumped_block()


async def test_edit_and_delete_a_note_from_annotations(library: Library) -> None:
    briefing = grid(library)
    library.add_note(briefing.id, "first thought")
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(AnnotationsScreen(library))
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("end", *", revised", "ctrl+s")
        await pilot.pause()
        assert [n.text for n in library.user_state(briefing.id).notes] == ["first thought, revised"]
        await pilot.press("d")
        assert library.user_state(briefing.id).notes, "one press only arms the delete"
        await pilot.press("d")
        assert library.user_state(briefing.id).notes == []


async def test_filter_annotations_by_tag_and_text(library: Library) -> None:
    briefing = grid(library)
    library.add_note(briefing.id, "about cables")
    library.add_tags(briefing.article_ids[1], ["poland"])
    library.add_note(briefing.article_ids[1], "about winter")
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(AnnotationsScreen(library))
        await pilot.pause()
        listing = app.screen.query_one(AnnotationList)
        assert listing.row_count == 2
        app.screen.query_one("#filter", Input).value = "tag:poland"
        await pilot.pause()
        assert listing.row_count == 1 and "about winter" in listing.row_text(0)
        app.screen.query_one("#filter", Input).value = "cables"
        await pilot.pause()
        assert listing.row_count == 1 and "about cables" in listing.row_text(0)


async def test_highlight_a_passage_after_a_jump(library: Library) -> None:
    article = library.articles(grid(library).id)[0]
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(ArticleScreen(library, article))
        await pilot.pause()
        await pilot.press("tab", "enter", "h")  # jump to the quote, highlight its sentence
        await pilot.pause()
        [(passage_id, state)] = library.passages(article.id)
        assert state.anchor.text.startswith('"This is the end of a long road')
        spans = app.screen.query_one(ArticleText).highlighted_spans()
        assert ("underline $text-warning", state.anchor.text) in spans


async def test_mark_a_whole_briefing_read(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(BriefingScreen(library, grid(library)))
        await pilot.pause()
        assert "2 unread" in app.screen.sub_title
        await pilot.press("m")
        assert "0 unread" in app.screen.sub_title
        await pilot.press("escape")
        row = app.screen.query_one(BriefingList).row_text(1)
        assert "all read" in row


async def test_search_from_the_briefings_screen_opens_the_quote_in_its_article(library: Library) -> None:
    from tui.screens.search import SearchScreen

    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"speaker:simson")
        results = app.screen.query_one("#results")
        for _ in range(50):
            await pilot.pause(0.02)
            if results.row_count:
                break
        assert results.row_count == 1
        assert results.row_text(0).startswith("Quote  Baltic states unplug from Russian grid")
        await pilot.press("enter", "enter")  # to the results, then open
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert "This is the end of a long road" in app.screen.query_one(ArticleText).jumped_block()


async def test_highlight_the_passage_selected_with_the_mouse(library: Library) -> None:
    from textual.geometry import Offset
    from textual.selection import Selection

    article = library.articles(grid(library).id)[0]
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(ArticleScreen(library, article))
        await pilot.pause()
        text = app.screen.query_one(ArticleText)
        line = text.block_line(next(i for i, b in enumerate(text.blocks) if "Soviet era" in b))
        # What a mouse drag over the first words of the paragraph leaves behind.
        app.screen.selections = {text: Selection.from_offsets(Offset(0, line), Offset(30, line))}
        await pilot.pause()
        selected = app.screen.get_selected_text()
        assert selected and selected.startswith("Estonia, Latvia")
        await pilot.press("h")
        await pilot.pause()
        [(_, state)] = library.passages(article.id)
        assert state.anchor.text == " ".join(selected.split())
        assert ("underline $text-warning", state.anchor.text) in text.highlighted_spans()


async def test_a_full_disk_while_reading_is_a_notification_not_a_crash(library: Library, monkeypatch) -> None:
    import os

    article = library.articles(grid(library).id)[0]

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        monkeypatch.setattr(os, "fsync", full_disk)
        app.push_screen(ArticleScreen(library, article))  # opening marks it read: the write fails
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen) and app.is_running
        messages = [n.message for n in app._notifications]
        assert any("No space left on device" in m for m in messages)
        monkeypatch.undo()
