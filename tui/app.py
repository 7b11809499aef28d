"""Provides the Textual app: title, styles, global keys and the first screen."""

from __future__ import annotations

from collections.abc import Sequence

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.css.query import NoMatches

from tui.domain.models import Article, Briefing
from tui.domain.storage import StoreError
from tui.domain.store import Library
from tui.screens.annotating import AnnotatingScreen
from tui.screens.briefings import BriefingsScreen
from tui.screens.help import HelpScreen
from tui.screens.problems import ProblemsScreen

WATCH_SECONDS = 1.0
"""How often the app looks for changes that another process made to the reader's data."""


class BriefingApp(App[None]):
    """Briefing: read briefings in the terminal."""

    TITLE = "Briefing"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("q", "quit", "Quit", tooltip="Quit Briefing"),
        Binding("question_mark", "help", "Help", tooltip="Show every key"),
        Binding("L", "toggle_theme", "Light/dark", show=False, tooltip="Switch between dark and light themes"),
    ]

    def __init__(self, library: Library, *, problems: Sequence[str] = ()) -> None:
        super().__init__()
        self.library = library
        self.problems = list(problems)

    def on_mount(self) -> None:
        self.push_screen(BriefingsScreen(self.library))
        if self.problems:
            self.push_screen(ProblemsScreen(self.problems))
        self._user_stamp = self.library.user.stamp()
        self.set_interval(WATCH_SECONDS, self._pick_up_changes)
        if self.library.search_needs_rebuild():
            self.notify("Rebuilding the search index for this version of Briefing (once); reading works "
                        "meanwhile.", timeout=8)
            self._rebuild_search()

    @work(thread=True, exclusive=True, group="search-index")
    def _rebuild_search(self) -> None:
        """Rebuild an index made by another version, in the background (a search meanwhile waits for it)."""
        try:
            self.library.rebuild_search()
        except StoreError as error:
            self.call_from_thread(self.notify, f"The search index could not be rebuilt: {error}",
                                  severity="error", markup=False, timeout=10)
            return
        self.call_from_thread(self.notify, "The search index is ready.")

    def _pick_up_changes(self) -> None:
        """Show notes, tags and read state that another Briefing process (a CLI command) wrote."""
        stamp = self.library.user.stamp()
        if stamp != self._user_stamp:
            self._user_stamp = stamp
            screen = self.screen
            if isinstance(screen, AnnotatingScreen) and screen.ready:
                try:
                    screen.refresh_annotations()
                except NoMatches:
                    pass  # the screen is being taken down (closing, or popped): nothing to redraw

    def open_briefing(self, briefing: Briefing) -> None:
        """Show a briefing. The briefing screen is composed once and reused: opening is a swap of content."""
        from tui.screens.briefing import BriefingScreen

        screen = self._reusable("briefing", BriefingScreen)
        screen.show(briefing)
        self.push_screen(screen)

    def open_article(self, article: Article, jump: tuple[str, str] | None = None) -> None:
        """Show an article, scrolled to jump's words (text, sentence) if given; its screen is reused too."""
        from tui.screens.article import ArticleScreen

        screen = self._reusable("article", ArticleScreen)
        screen.show(article, jump)
        self.push_screen(screen)

    def _reusable(self, name: str, kind: type[AnnotatingScreen]) -> AnnotatingScreen:
        """The installed screen of that name, or a new one while it is already on the stack.

        (The annotations screen can open a second briefing on top of the first.)
        """
        if not self.is_screen_installed(name):
            self.install_screen(kind(self.library), name)
        screen = self.get_screen(name)
        return kind(self.library) if screen in self.screen_stack else screen

    def action_press_key(self, key: str) -> None:
        """Press a key (a click on the key bar)."""
        self.simulate_key(key)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"
