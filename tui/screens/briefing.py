"""Provides the briefing screen: its summary, its articles, and its key figures and speakers."""

from __future__ import annotations

from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input

from tui.domain.models import ArticleEntry, Briefing, BriefingOverview
from tui.domain.store import Library
from tui.screens.annotating import AnnotatingScreen
from tui.screens.layout import NarrowLayout
from tui.widgets.article_list import ArticleList
from tui.widgets.figure_sidebar import FigureSidebar
from tui.widgets.key_bar import KeyBar
from tui.widgets.row_list import RowList
from tui.widgets.speaker_list import SpeakerList
from tui.widgets.summary_panel import SummaryPanel
from tui.widgets.timeline import Timeline
from tui.widgets.title_bar import TitleBar


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
        self.overview = BriefingOverview()
        self._shown: Briefing | None = None
        """The briefing the widgets show; the screen is reused, so it may be another one's."""

    def show(self, briefing: Briefing) -> None:
        """Make this screen show a briefing (it is drawn when the screen is next shown)."""
        self.briefing = briefing
        self.ready = False

    def compose(self) -> ComposeResult:
        yield TitleBar()
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
        elif self.briefing is not None:
            self.refresh_articles()  # the same briefing again (back from an article, or opened twice)
            self.ready = True

    def _show_briefing(self, briefing: Briefing) -> None:
        self._shown = briefing
        self.title = briefing.title
        self.overview = overview = self.library.overview(briefing.id)
        summary = [briefing.summary] if briefing.summary else []
        self.query_one(SummaryPanel).show(summary, empty="This briefing has no summary.")
        self.query_one(SpeakerList).show(overview.speakers)
        self.query_one(Timeline).show(overview.timeline, overview.dates)
        filter_input = self.query_one("#filter", Input)
        filter_input.value = ""
        filter_input.add_class("-hidden")
        articles = self.query_one(ArticleList)
        articles.set_rows([], keep_cursor=False)  # the cursor starts on the first article
        self.refresh_articles()
        articles.scroll_home(animate=False)
        articles.focus()
        self.refresh(layout=True)  # in the frame that draws it (see ArticleScreen._show_article)
        self.ready = True
        # While the reader looks at the list, read the articles' file in the background, so that
        # opening the first article does not wait for it.
        self.call_after_refresh(self.run_worker, partial(self.library.warm, briefing.id), thread=True,
                                group="warm", exclusive=True, exit_on_error=False)

    def refresh_articles(self) -> None:
        """Redraw the article list and the figures with the current read state and annotations."""
        read = self.library.read_ids()
        states = self.library.user.view().states
        entries = self.overview.entries
        self.query_one(ArticleList).show(entries, read, self.query_one("#filter", Input).value, states)
        figures = [(f.figure, f.article_title) for f in self.overview.figures]
        self.query_one(FigureSidebar).show(figures, states, total=self.overview.key_figures)
        unread = sum(1 for e in entries if e.id not in read)
        self.sub_title = f"{self.briefing.date} · {len(entries)} articles · {unread} unread".lstrip(" ·")

    def open_article(self, entry: ArticleEntry, jump: tuple[str, str] | None = None) -> None:
        """Open an article, optionally jumping to a text in it."""
        self.open_place(self.briefing.id, entry.id, jump)

    @on(RowList.Selected, "#articles")
    def _article_chosen(self) -> None:
        self.action_open()

    @on(FigureSidebar.Chosen)
    def _figure_chosen(self, event: FigureSidebar.Chosen) -> None:
        for figure in self.overview.figures:
            if figure.figure == event.figure:
                self.open_place(self.briefing.id, figure.article_id, jump=(figure.figure.value, figure.figure.sentence))
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
        if isinstance(focused, ArticleList) and focused.selected_entry is not None:
            return focused.selected_entry.id, focused.selected_entry.title
        return self.briefing.id, self.briefing.title

    def refresh_annotations(self) -> None:
        self.refresh_articles()

    def action_mark_all_read(self) -> None:
        self._write(lambda: self.library.mark_read(self.briefing.article_ids), "Every article marked read.")

    def action_open(self) -> None:
        entry = self.query_one(ArticleList).selected_entry
        if entry is not None:
            self.open_article(entry)

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
