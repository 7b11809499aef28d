"""Provides the first screen: every briefing, with its date, article count, unread count and tags."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.events import Key
from textual.widgets import Input, Static

from tui.domain.store import Library
from tui.screens.annotating import AnnotatingScreen
from tui.widgets.briefing_list import BriefingList
from tui.widgets.key_bar import KeyBar
from tui.widgets.row_list import RowList
from tui.widgets.title_bar import TitleBar


class BriefingsScreen(AnnotatingScreen):
    """The library: choose a briefing to read."""

    BINDINGS = [
        Binding("enter", "open", "Open", tooltip="Open the briefing under the cursor"),
        Binding("slash", "search", "Search", tooltip="Search titles, text, quotes, figures, notes and tags"),
        Binding("escape", "clear_filter", "Clear filter", show=False),
        Binding("m", "mark_all_read", "Mark read", tooltip="Mark every article of the briefing read", show=False),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield Input(placeholder="Type to filter briefings (title, date, #tag)", id="filter", select_on_focus=False)
        yield BriefingList(id="briefings")
        yield Static("", id="empty", classes="empty-state")
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = "Briefings"
        self.query_one(BriefingList).focus()
        self.ready = True

    def on_screen_resume(self) -> None:
        self.refresh_briefings()

    def refresh_briefings(self) -> None:
        """Re-read the library (cheap: the index is cached until it changes on disk) and redraw."""
        briefings = self.library.briefings()
        rows = [(b, self.library.unread_count(b)) for b in briefings]
        query = self.query_one("#filter", Input).value
        listing = self.query_one(BriefingList)
        listing.show(rows, query, self.library.user.view().states)
        empty = self.query_one("#empty", Static)
        if not briefings:
            empty.update("No briefings yet. Import some from a shell:  briefing import PATH")
        elif listing.row_count == 0:
            empty.update("No briefing matches the filter. Press Escape to clear it.")
        empty.display = listing.row_count == 0
        listing.display = listing.row_count > 0
        total = sum(unread for _, unread in rows)
        self.sub_title = f"{len(briefings)} briefings · {total} unread"

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self.refresh_briefings()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one(BriefingList).focus()

    @on(RowList.Selected, "#briefings")
    def _briefing_chosen(self) -> None:
        self.action_open()

    def on_key(self, event: Key) -> None:
        # Type to filter: a printable key that is not a binding starts the filter.
        filter_input = self.query_one("#filter", Input)
        if filter_input.has_focus:
            if event.key == "down":
                self.query_one(BriefingList).focus()
                event.stop()
            return
        if event.is_printable and event.character and event.character not in "jkq?/Ltnsam":
            filter_input.focus()
            filter_input.insert_text_at_cursor(event.character)
            event.stop()

    def current_item(self) -> tuple[str, str] | None:
        briefing = self.query_one(BriefingList).selected_briefing
        return (briefing.id, briefing.title) if briefing else None

    def refresh_annotations(self) -> None:
        self.refresh_briefings()

    def action_mark_all_read(self) -> None:
        briefing = self.query_one(BriefingList).selected_briefing
        if briefing is not None:
            self._write(lambda: self.library.mark_read(briefing.article_ids), f"{briefing.title}: all read.")

    def action_open(self) -> None:
        briefing = self.query_one(BriefingList).selected_briefing
        if briefing is not None:
            self.app.open_briefing(briefing)  # type: ignore[attr-defined]

    def action_search(self) -> None:
        from tui.screens.search import SearchScreen

        self.app.push_screen(SearchScreen(self.library))

    def action_clear_filter(self) -> None:
        self.query_one("#filter", Input).value = ""
        self.query_one(BriefingList).focus()

    def action_cursor_down(self) -> None:
        self.query_one(BriefingList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(BriefingList).action_cursor_up()
