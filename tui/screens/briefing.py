"""Provides the briefing screen: its summary, its articles, and its key figures and speakers."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Header, Input, OptionList

from tui.domain.models import Article, Briefing, Figure
from tui.domain.store import Library
from tui.screens.annotating import AnnotatingScreen
from tui.screens.layout import NarrowLayout
from tui.widgets.article_list import ArticleList
from tui.widgets.figure_sidebar import FigureSidebar
from tui.widgets.key_bar import KeyBar
from tui.widgets.speaker_list import SpeakerList
from tui.widgets.summary_panel import SummaryPanel
from tui.widgets.timeline import Timeline

SIDEBAR_FIGURES = 40
"""Key figures shown for a whole briefing; a long briefing shows its articles' first ones."""


class BriefingScreen(NarrowLayout, AnnotatingScreen):
    """One briefing: choose an article to read, or a figure to see where it stands."""

    BINDINGS = [
        Binding("enter", "open", "Open", tooltip="Open the article under the cursor"),
        Binding("escape", "back", "Back", tooltip="Back to the briefings"),
        Binding("slash", "filter", "Filter", tooltip="Filter the articles"),
        Binding("p", "toggle_panels", "Panels", tooltip="Show or hide the key figures and speakers"),
        Binding("m", "mark_all_read", "Mark all read", tooltip="Mark every article of the briefing read", show=False),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, library: Library, briefing: Briefing | None = None) -> None:
        super().__init__()
        self.library = library
        self.briefing = briefing
        self.articles: list[Article] = []
        self._shown: Briefing | None = None
        """The briefing the widgets show; the screen is reused, so it may be another one's."""

    def show(self, briefing: Briefing) -> None:
        """Make this screen show a briefing (it is drawn when the screen is next shown)."""
        self.briefing = briefing
        self.ready = False

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with Horizontal(id="columns"):
            with Vertical(id="main"):
                summary = SummaryPanel(id="briefing-summary", classes="panel")
                summary.border_title = "Summary"
                yield summary
                yield Input(placeholder="Filter articles", id="filter", classes="-hidden")
                articles = ArticleList(id="articles", classes="panel")
                articles.border_title = "Articles"
                yield articles
            with Vertical(id="sidebar"):
                figures = FigureSidebar(id="figures", classes="panel")
                figures.border_title = "Key figures"
                yield figures
                speakers = SpeakerList(id="speakers", classes="panel")
                speakers.border_title = "Quoted"
                yield speakers
                timeline = Timeline(id="timeline", classes="panel")
                timeline.border_title = "Timeline"
                yield timeline
        yield KeyBar()

    def on_screen_resume(self) -> None:
        if self.briefing is not None and self.briefing is not self._shown:
            self._show_briefing(self.briefing)
        else:
            self.refresh_articles()

    def _show_briefing(self, briefing: Briefing) -> None:
        self._shown = briefing
        self.title = briefing.title
        self.articles = self.library.articles(briefing.id)
        summary = [briefing.summary] if briefing.summary else []
        self.query_one(SummaryPanel).show(summary, empty="This briefing has no summary.")
        self.query_one(SpeakerList).show(self.articles)
        self.query_one(Timeline).show(self.articles)
        filter_input = self.query_one("#filter", Input)
        filter_input.value = ""
        filter_input.add_class("-hidden")
        self.refresh_articles()
        articles = self.query_one(ArticleList)
        articles.highlighted = 0 if articles.option_count else None
        articles.scroll_home(animate=False)
        articles.focus()
        self.ready = True

    def refresh_articles(self) -> None:
        """Redraw the article list and the figures with the current read state and annotations."""
        read = self.library.read_ids()
        states = self.library.user.view().states
        self.query_one(ArticleList).show(self.articles, read, self.query_one("#filter", Input).value, states)
        total = sum(1 for a in self.articles for f in a.figures if f.key)
        self.query_one(FigureSidebar).show(self._sidebar_figures(), states, total=total)
        unread = sum(1 for a in self.articles if a.id not in read)
        self.sub_title = f"{self.briefing.date} · {len(self.articles)} articles · {unread} unread".lstrip(" ·")

    def _sidebar_figures(self) -> list[tuple[Figure, str]]:
        """The briefing's key figures: each article's first one, then the others, up to a limit."""
        keyed = [[(f, a.title) for f in a.figures if f.key] for a in self.articles]
        firsts = [figures[0] for figures in keyed if figures]
        rest = [pair for figures in keyed for pair in figures[1:]]
        return (firsts + rest)[:SIDEBAR_FIGURES]

    def open_article(self, article: Article, jump: tuple[str, str] | None = None) -> None:
        """Open an article, optionally jumping to a text in it."""
        self.app.open_article(article, jump)  # type: ignore[attr-defined]

    @on(OptionList.OptionSelected, "#articles")
    def _article_chosen(self) -> None:
        self.action_open()

    @on(FigureSidebar.Chosen)
    def _figure_chosen(self, event: FigureSidebar.Chosen) -> None:
        for article in self.articles:
            if event.figure in article.figures:
                self.open_article(article, jump=(event.figure.value, event.figure.sentence))
                return

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self.refresh_articles()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one(ArticleList).focus()

    def current_item(self) -> tuple[str, str] | None:
        focused = self.focused
        if isinstance(focused, FigureSidebar) and (item := focused.current_item()) is not None:
            return item
        if isinstance(focused, ArticleList) and focused.selected_article is not None:
            return focused.selected_article.id, focused.selected_article.title
        return self.briefing.id, self.briefing.title

    def refresh_annotations(self) -> None:
        self.refresh_articles()

    def action_mark_all_read(self) -> None:
        self._write(lambda: self.library.mark_read(self.briefing.article_ids), "Every article marked read.")

    def action_open(self) -> None:
        article = self.query_one(ArticleList).selected_article
        if article is not None:
            self.open_article(article)

    def action_back(self) -> None:
        filter_input = self.query_one("#filter", Input)
        if filter_input.has_focus or filter_input.value:
            filter_input.value = ""
            filter_input.add_class("-hidden")
            self.query_one(ArticleList).focus()
            return
        self.app.pop_screen()

    def action_filter(self) -> None:
        filter_input = self.query_one("#filter", Input)
        filter_input.remove_class("-hidden")
        filter_input.focus()

    def action_cursor_down(self) -> None:
        self.query_one(ArticleList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(ArticleList).action_cursor_up()
