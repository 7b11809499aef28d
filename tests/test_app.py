"""Pilot tests: drive the real app with keys and the mouse, and check what is on screen."""

from __future__ import annotations

from textual.widgets import Input

from tui.cli import make_app
from tui.domain.store import Library
from tui.screens.annotations import AnnotationsScreen
from tui.screens.article import ArticleScreen
from tui.screens.briefing import BriefingScreen
from tui.screens.briefings import BriefingsScreen
from tui.screens.help import HelpScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.article_text import ArticleText
from tui.widgets.briefing_list import BriefingList
from tui.widgets.figure_sidebar import FigureSidebar
from tui.widgets.quote_panel import QuotePanel


def visible_rows(row_list) -> list[str]:
    return [row_list.row_text(i) for i in range(row_list.row_count)]


async def test_drill_down_and_back(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.screen, BriefingsScreen)
        rows = visible_rows(app.screen.query_one(BriefingList))
        assert rows[1].splitlines() == [
            "Baltic grid goes it alone", "2025-02-10  ·  2 articles  ·  2 unread  ·  #energy #baltics"]
        await pilot.press("j", "enter")
        assert isinstance(app.screen, BriefingScreen)
        assert app.screen.briefing.title == "Baltic grid goes it alone"
        articles = visible_rows(app.screen.query_one(ArticleList))
        assert articles[0].splitlines()[0] == "● Baltic states unplug from Russian grid"
        assert articles[0].splitlines()[2].strip() == "Estonia, Latvia and Lithuania left the Russian-controlled power network on Saturday."
        figures = visible_rows(app.screen.query_one(FigureSidebar))
        assert figures[0].splitlines()[:2] == ["about €1.6 billion", "spent on new lines and condensers"]
        await pilot.press("enter")
        assert isinstance(app.screen, ArticleScreen)
        titles = {w.border_title for w in app.screen.query(".panel")}
        assert {"Summary", "Quotes", "Key figures"} <= {str(t) for t in titles}
        quotes = visible_rows(app.screen.query_one(QuotePanel))
        assert [" ".join(q.split()) for q in quotes] == [
            "“This is the end of a long road to energy independence” — Kadri Simson, European energy commissioner"]
        text = app.screen.query_one(ArticleText)
        assert any("Soviet era" in b for b in text.blocks)
        await pilot.press("escape")
        assert isinstance(app.screen, BriefingScreen)
        assert visible_rows(app.screen.query_one(ArticleList))[0].startswith("  Baltic states"), "now read"
        assert "1 unread" in app.screen.sub_title
        await pilot.press("escape")
        assert isinstance(app.screen, BriefingsScreen)
        assert "1 unread" in visible_rows(app.screen.query_one(BriefingList))[1]
        await pilot.press("q")
    assert app.return_code == 0


async def test_choosing_a_quote_scrolls_to_it_and_highlights_it(library: Library) -> None:
    grid = next(b for b in library.briefings() if b.title.startswith("Baltic"))
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(ArticleScreen(library, library.articles(grid.id)[0]))
        await pilot.pause()
        await pilot.press("tab", "enter")  # focus the quote panel, choose the first quote
        await pilot.pause()
        text = app.screen.query_one(ArticleText)
        assert text.jumped_block().startswith('"This is the end of a long road')
        assert [words for style, words in text.highlighted_spans() if style == "bold reverse"] == [
            "This is the end of a long road to energy independence"]
        # A figure: its value is highlighted, in the sentence it stands in.
        await pilot.click(FigureSidebar, offset=(2, 1))
        await pilot.pause()
        assert [words for style, words in text.highlighted_spans() if style == "bold reverse"] == [
            "about €1.6 billion"]


async def test_a_figure_in_the_briefing_sidebar_opens_its_article_there(library: Library) -> None:
    grid = next(b for b in library.briefings() if b.title.startswith("Baltic"))
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(BriefingScreen(library, grid))
        await pilot.pause()
        sidebar = app.screen.query_one(FigureSidebar)
        sidebar.focus()
        await pilot.press("down", "enter")  # each article's first key figure comes first: the 500-megawatt link
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.article.title == "Poland links up a second interconnector"
        assert "500-megawatt" in app.screen.query_one(ArticleText).jumped_block()


async def test_type_to_filter_briefings_and_escape_clears(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("b", "a", "l")
        assert app.screen.query_one("#filter", Input).value == "bal"
        assert [r.splitlines()[0] for r in visible_rows(app.screen.query_one(BriefingList))] == ["Baltic grid goes it alone"]
        await pilot.press("escape")
        assert app.screen.query_one(BriefingList).row_count == 2
        await pilot.press("x", "y", "z")
        assert "No briefing matches the filter" in str(app.screen.query_one("#empty").render())


async def test_help_and_theme(library: Library) -> None:
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, BriefingsScreen)
        dark = app.current_theme.dark
        await pilot.press("L")
        assert app.current_theme.dark is not dark


async def test_article_text_is_never_markup(library: Library) -> None:
    hostile = next(b for b in library.briefings() if b.title.startswith("Hostile"))
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        assert app.screen.briefing.id == hostile.id
        assert "Hostile [bold]markup[/] test" in app.screen.title
        await pilot.press("enter")
        await pilot.pause()
        blocks = app.screen.query_one(ArticleText).blocks
        assert any("[bold]not bold[/] and [@click=app.quit]click me[/]" in b for b in blocks)
        assert not any("\x1b" in b or "pwned" in b for b in blocks)
        heading = app.screen.query_one("#article-heading").visual.plain
        assert "[link=https://evil.example]markup[/link]" in heading and "[@click=app.quit]Evil Wire[/]" in heading
        # Clicking the text that looks like an action does nothing: the app is still running.
        await pilot.click(ArticleText, offset=(40, 1))
        assert app.is_running


async def test_narrow_terminal_collapses_the_sidebar(library: Library) -> None:
    grid = next(b for b in library.briefings() if b.title.startswith("Baltic"))
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ArticleScreen(library, library.articles(grid.id)[0]))
        await pilot.pause()
        sidebar = app.screen.query_one("#sidebar")
        assert not sidebar.display or sidebar.region.width == 0
        await pilot.press("p")
        await pilot.pause()
        assert sidebar.region.width > 0
        assert app.screen.query_one("#reading").region.width >= 30


async def test_toggle_read_from_the_article(library: Library) -> None:
    grid = next(b for b in library.briefings() if b.title.startswith("Baltic"))
    article = library.articles(grid.id)[0]
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(ArticleScreen(library, article))
        await pilot.pause()
        assert article.id in library.read_ids()
        await pilot.press("u")
        assert article.id not in library.read_ids()


async def test_reopening_shows_the_new_briefing_and_article_not_the_last_ones(library: Library) -> None:
    """The briefing and article screens are composed once and reused: nothing of the last one may stay."""
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        titles = [b.title for b in library.briefings()]
        await pilot.press("enter")
        first = app.screen
        assert first.briefing.title == titles[0]
        await pilot.press("slash", "x", "y", "z", "enter", "enter")  # a filter that matches nothing
        assert app.screen is first and app.screen.query_one(ArticleList).row_count == 0
        await pilot.press("escape", "escape", "escape", "j", "enter")
        assert app.screen is first, "the same screen, reused"
        assert app.screen.briefing.title == titles[1] and titles[1] in app.screen.title
        listing = app.screen.query_one(ArticleList)
        assert not app.screen.query_one("#filter", Input).value and listing.row_count == 2
        assert listing.cursor == 0 and listing.has_focus
        second_articles = library.articles(app.screen.briefing.id)

        await pilot.press("enter")
        reader = app.screen
        assert reader.article.id == second_articles[0].id
        await pilot.press("tab", "tab", "enter")  # the quote panel: jump to a quote
        await pilot.pause()
        assert reader.query_one(ArticleText).jumped_text()
        await pilot.press("escape", "j", "enter")
        assert app.screen is reader and reader.article.id == second_articles[1].id
        await pilot.pause()
        text = reader.query_one(ArticleText)
        blocks = " ".join(text.blocks)
        assert second_articles[1].body.split()[0] in blocks
        assert second_articles[0].body.split(".")[0] not in blocks
        assert text.jumped_text() == "" and text.jumped_block() is None, "no highlight left from the last article"
        assert reader.article.title in app.screen.title


async def test_opening_a_place_from_annotations_over_the_same_screen_kind(library: Library) -> None:
    """Annotations can open a briefing while a briefing screen is already below: a second one is made."""
    grid = next(b for b in library.briefings() if b.title.startswith("Baltic"))
    other = next(b for b in library.briefings() if b.id != grid.id)
    library.add_note(other.id, "look again")
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_briefing(grid)
        await pilot.pause()
        below = app.screen
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("enter")  # the note's place: the other briefing
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen) and app.screen is not below
        assert app.screen.briefing.id == other.id and below.briefing.id == grid.id
        while app.screen is not below and isinstance(app.screen, (BriefingScreen, AnnotationsScreen)):
            await pilot.press("escape")
        assert app.screen is below and below.briefing.id == grid.id
        assert visible_rows(below.query_one(ArticleList))[0].splitlines()[0].endswith("Baltic states unplug from Russian grid")


async def test_the_key_bar_lists_the_keys_that_work_here_and_a_click_presses_one(library: Library) -> None:
    from tui.widgets.key_bar import KeyBar

    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        bar = app.screen.query_one(KeyBar)
        line = bar.keys_line(app.screen).plain
        assert "/ Search" in line and "? Help" in line and "esc Back" not in line
        await pilot.press("enter")
        line = app.screen.query_one(KeyBar).keys_line(app.screen).plain
        assert "esc Back" in line and "/ Filter" in line and "/ Search" not in line
        bar = app.screen.query_one(KeyBar)
        await pilot.click(bar, offset=(line.index("? Help"), 0))  # the key itself
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_the_figures_count_of_a_long_briefing_does_not_stay_on_the_next_one(library: Library) -> None:
    """The briefing screen is reused: the sidebar's "40 of 45" belongs to the briefing that had 45 figures."""
    from tui.domain.models import Article, Briefing, Figure
    from tui.widgets.figure_sidebar import FigureSidebar

    figures = tuple(Figure(f"f-long{n:04d}", f"{n + 1} tonnes", "cargo", True, "") for n in range(45))
    long = Briefing("b-longlong", "Long briefing", "2099-01-01")  # newest first: the first row
    library.save_briefing(long, [Article("a-longlong", long.id, "Many figures", "Text.", figures=figures)])
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        assert app.screen.briefing.id == long.id
        assert app.screen.query_one(FigureSidebar).border_subtitle == "40 of 45"
        await pilot.press("escape", "j", "enter")
        assert app.screen.briefing.id != long.id
        sidebar = app.screen.query_one(FigureSidebar)
        assert sidebar.border_subtitle == str(len(app.screen.overview.figures)), "its own count, not 40 of 45"


async def test_the_same_briefing_opened_again_is_ready_and_shows_notes_made_meanwhile(library: Library) -> None:
    """Reopening the briefing last shown reuses its screen as it is: it must still count as shown."""
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert screen.ready
        await pilot.press("escape", "enter")
        assert app.screen is screen and screen.ready, "ready, so changes from elsewhere are drawn on it"
        library.add_tags(screen.briefing.article_ids[0], ["from-the-cli"])
        await pilot.pause(1.5)  # the app looks for changes made by other processes every second
        assert "#from-the-cli" in screen.query_one(ArticleList).row_text(0)


async def test_a_screen_opened_again_keeps_its_styles_unless_the_theme_changed_meanwhile(
        library: Library, monkeypatch) -> None:
    """Reopening a reused screen does not apply the stylesheet again (a sixth of opening a
    briefing), but a theme changed while it was away shows on it."""
    from textual.screen import Screen

    applied: list[Screen] = []
    original = Screen.update_node_styles

    def counting(self, animate: bool = True) -> None:  # noqa: ANN001
        applied.append(self)
        original(self, animate)

    monkeypatch.setattr(Screen, "update_node_styles", counting)
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        briefings = app.screen.query_one(BriefingList)
        await pilot.press("enter")
        screen = app.screen
        assert screen.query_one(ArticleList).styles.background == briefings.styles.background
        applied.clear()
        await pilot.press("escape", "j", "enter")
        assert app.screen is screen and screen.briefing.title == "Baltic grid goes it alone"
        assert screen not in applied
        await pilot.press("escape", "L", "enter")
        assert app.screen is screen and screen in applied
        assert screen.query_one(ArticleList).styles.background == briefings.styles.background, "the new theme's"
