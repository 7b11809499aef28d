"""Provides the search screen: ranked results across the library, each opening its item."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input

from tui.domain.search import Hit
from tui.domain.store import Library
from tui.screens.annotating import AnnotatingScreen
from tui.widgets.hit_list import HitList
from tui.widgets.key_bar import KeyBar
from tui.widgets.row_list import RowList
from tui.widgets.title_bar import TitleBar


class SearchScreen(AnnotatingScreen):
    """Search titles, text, quotes, figures, notes and tags; Enter opens the result."""

    BINDINGS = [Binding("escape", "back", "Back"), Binding("down", "to_results", "Results", show=False)]

    def __init__(self, library: Library, query: str = "") -> None:
        super().__init__()
        self.library = library
        self.initial = query

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield Input(self.initial, placeholder="Search: words, \"a phrase\", tag:NAME speaker:NAME is:unread "
                    "is:starred briefing:WORD", id="query")
        results = HitList(id="results", classes="panel")
        results.border_title = "Results"
        yield results
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = "Search"
        self.query_one("#query", Input).focus()
        self.ready = True

    @on(Input.Changed, "#query")
    def _query_changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @work(exclusive=True, thread=True)
    def run_search(self, text: str) -> None:
        """Search in a worker so typing stays smooth; only the last query's results are shown."""
        hits = self.library.search(text)
        self.app.call_from_thread(self._show, hits, text)

    def _show(self, hits: list[Hit], text: str) -> None:
        results = self.query_one(HitList)
        results.set_rows(hits, keep_cursor=False)
        results.border_subtitle = f"{len(hits)}" if text.strip() else ""

    @on(Input.Submitted, "#query")
    def action_to_results(self) -> None:
        self.query_one(HitList).focus()

    @on(RowList.Selected, "#results")
    def _open(self, event: RowList.Selected) -> None:
        hit: Hit = event.item
        located = self.library.locate(hit.id)
        jump = (located.words, located.item.sentence) if located is not None and located.item is not None else None
        self.open_place(hit.briefing_id, "" if hit.kind == "briefing" else hit.article_id, jump)

    def current_item(self) -> tuple[str, str] | None:
        hit = self.query_one(HitList).current
        if hit is not None and hit.kind != "note":
            return hit.id, hit.title
        return None

    def action_back(self) -> None:
        self.app.pop_screen()
