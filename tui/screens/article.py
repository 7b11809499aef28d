"""Provides the article screen: summary, full text, the quote panel and the key-figures sidebar."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from tui.domain.models import Article
from tui.domain.sanitize import is_safe_url
from tui.domain.store import Library
from tui.screens.annotating import AnnotatingScreen
from tui.screens.layout import NarrowLayout
from tui.widgets.article_text import ArticleText
from tui.widgets.figure_sidebar import FigureSidebar
from tui.widgets.key_bar import KeyBar
from tui.widgets.quote_panel import QuotePanel
from tui.widgets.rows import badges, join, plain
from tui.widgets.summary_panel import SummaryPanel
from tui.widgets.title_bar import TitleBar


class ArticleScreen(NarrowLayout, AnnotatingScreen):
    """One article. Opening it marks it read."""

    BINDINGS = [
        Binding("escape", "back", "Back", tooltip="Back to the briefing"),
        Binding("p", "toggle_panels", "Panels", tooltip="Show or hide the quotes and key figures"),
        Binding("u", "toggle_read", "Read/unread", tooltip="Mark the article unread (or read again)", show=False),
        Binding("h", "highlight", "Highlight", tooltip="Highlight the selected passage (select it with the mouse)"),
        Binding("o", "open_link", "Open link", tooltip="Open the article's web address in a browser", show=False),
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
    ]

    def __init__(self, library: Library, article: Article | None = None, *,
                 jump: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.library = library
        self.article = article
        self.jump = jump
        self._shown: Article | None = None
        """The article the widgets show; the screen is reused, so it may be another one's."""

    def show(self, article: Article, jump: tuple[str, str] | None = None) -> None:
        """Make this screen show an article, scrolled to jump's words (drawn when the screen is next shown)."""
        self.article = article
        self.jump = jump
        self.ready = False

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="columns"):
            with VerticalScroll(id="reading"):
                yield Static(id="article-heading")
                summary = SummaryPanel(id="summary", classes="panel")
                summary.border_title = "Summary"
                yield summary
                yield ArticleText(id="text")
            with Vertical(id="sidebar"):
                quotes = QuotePanel(id="quotes", classes="panel")
                quotes.border_title = "Quotes"
                yield quotes
                figures = FigureSidebar(id="figures", classes="panel")
                figures.border_title = "Key figures"
                yield figures
        yield KeyBar()

    @staticmethod
    def _heading(article: Article) -> Content:
        meta = join(plain(article.source, "$text-secondary"), plain(article.date, "$text-muted"),
                    plain(f"by {article.author}" if article.author else "", "$text-muted"), separator="  ·  ")
        lines = [plain(article.title, "bold"), meta]
        if is_safe_url(article.url):
            lines.append(plain(article.url, "$text-muted underline"))
        return Content("\n").join(lines)

    def on_screen_resume(self) -> None:
        article, jump = self.article, self.jump
        if article is None:
            return
        self.jump = None
        if article is not self._shown:
            self._show_article(article)
        else:
            self.refresh_annotations()
            if jump is None:
                self.query_one(ArticleText).clear_jump()
            self.ready = True
        if jump:
            self.call_after_refresh(self._jump, *jump)

    def _show_article(self, article: Article) -> None:
        self._shown = article
        self.title = article.title
        self.query_one("#article-heading", Static).update(self._heading(article))
        self.query_one(SummaryPanel).show(article.summary)
        reading = self.query_one("#reading", VerticalScroll)
        reading.scroll_home(animate=False)
        reading.focus()
        self.query_one(ArticleText).update(article.body)  # drops the last article's jump too
        # Marked read once the article is on screen: the write (an fsync) is not in the way of the frame.
        self.call_after_refresh(self._write, lambda: self.library.mark_read([article.id]), "", refresh=False)
        self.refresh_annotations()
        # Lay the screen out again in the frame that draws it: Textual repaints a resumed screen
        # at once, which would draw the new text in the old article's layout for a frame.
        self.refresh(layout=True)
        self.ready = True

    def _jump(self, text: str, context: str = "") -> None:
        if self.query_one(ArticleText).jump_to(text, context) is None:
            self.notify("Not found in the text.", severity="warning")

    @on(QuotePanel.Chosen)
    def _quote_chosen(self, event: QuotePanel.Chosen) -> None:
        self._jump(event.quote.text, event.quote.sentence)

    @on(FigureSidebar.Chosen)
    def _figure_chosen(self, event: FigureSidebar.Chosen) -> None:
        self._jump(event.figure.value, event.figure.sentence)

    @on(ArticleText.LinkClicked)
    def _link_clicked(self, event: ArticleText.LinkClicked) -> None:
        event.stop()
        self._open_url(event.href)

    def _open_url(self, url: str) -> None:
        if is_safe_url(url):
            self.app.open_url(url)
            self.notify(f"Opening {url}", markup=False)
        else:
            self.notify("Only http and https links are opened.", severity="warning")

    def action_open_link(self) -> None:
        if self.article.url:
            self._open_url(self.article.url)
        else:
            self.notify("This article has no web address.")

    def action_toggle_read(self) -> None:
        read = self.article.id in self.library.read_ids()
        self._write(lambda: self.library.mark_read([self.article.id], read=not read),
                    "Marked unread." if read else "Marked read.")

    def current_item(self) -> tuple[str, str] | None:
        focused = self.focused
        if isinstance(focused, (QuotePanel, FigureSidebar)) and (item := focused.current_item()) is not None:
            return item
        return self.article.id, self.article.title

    def refresh_annotations(self) -> None:
        states = self.library.user.view().states
        self.query_one(QuotePanel).show(self.article.quotes, states)
        self.query_one(FigureSidebar).show([(figure, "") for figure in self.article.figures], states)
        self.query_one(ArticleText).show_passages(
            [state.anchor.text for _, state in self.library.passages(self.article.id) if state.anchor]
        )
        marks = badges(self.library.user_state(self.article.id)).plain
        self.sub_title = " · ".join(filter(None, [self.article.source, marks]))

    def action_highlight(self) -> None:
        passage = (self.get_selected_text() or "").strip() or self.query_one(ArticleText).jumped_text()
        if not passage:
            self.notify("Select a passage with the mouse first (or jump to a quote), then press h.")
            return
        self._write(lambda: self.library.highlight(self.article, passage), "Passage highlighted.")
        self.clear_selection()

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_scroll_down(self) -> None:
        self.query_one("#reading", VerticalScroll).scroll_down()

    def action_scroll_up(self) -> None:
        self.query_one("#reading", VerticalScroll).scroll_up()
