"""Provides the Annotations screen: every note and highlight across the library, filtered, with tags."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input

from tui.domain.store import Library
from tui.screens.annotating import AnnotatingScreen
from tui.screens.layout import NarrowLayout
from tui.screens.note_modal import NoteModal
from tui.widgets.annotation_list import AnnotationList, AnnotationRow
from tui.widgets.key_bar import KeyBar
from tui.widgets.row_list import RowList
from tui.widgets.tag_list import TagList
from tui.widgets.title_bar import TitleBar


def matches(row: AnnotationRow, query: str, briefing_titles: dict[str, str]) -> bool:
    """Whether a row passes the filter: words, tag:NAME (or #NAME) and briefing:WORD, all required."""
    for word in query.casefold().split():
        if word.startswith(("tag:", "#")):
            tag = word.split(":", 1)[-1].lstrip("#")
            if tag and tag not in row.state.tags:
                return False
        elif word.startswith("briefing:"):
            wanted = word.split(":", 1)[1]
            anchor = row.state.anchor
            title = briefing_titles.get(anchor.briefing_id, "").casefold() if anchor else ""
            if wanted and wanted not in title and not (anchor and anchor.briefing_id == wanted):
                return False
        elif word not in row.words():
            return False
    return True


class AnnotationsScreen(NarrowLayout, AnnotatingScreen):
    """Every note and highlight; Enter jumps to the item."""

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("enter", "jump", "Jump to it"),
        Binding("slash", "filter", "Filter"),
        Binding("e", "edit", "Edit note"),
        Binding("d", "delete", "Delete note"),
        Binding("p", "toggle_panels", "Tags", show=False),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self._delete_armed: str | None = None

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="columns"):
            with Vertical(id="main"):
                yield Input(placeholder="Filter: words, tag:NAME, briefing:WORD", id="filter")
                annotations = AnnotationList(id="annotations", classes="panel")
                annotations.border_title = "Notes and highlights"
                yield annotations
            with Vertical(id="sidebar"):
                tags = TagList(id="tags", classes="panel")
                tags.border_title = "Tags"
                yield tags
        yield KeyBar()

    def on_mount(self) -> None:
        self.title = "Annotations"
        self.query_one(AnnotationList).focus()
        self.ready = True

    def on_screen_resume(self) -> None:
        self.refresh_annotations()

    def rows(self) -> list[AnnotationRow]:
        """Every annotation row, newest first: one per note, one per item without a note."""
        rows = []
        for item_id, state in self.library.annotations():
            if state.notes:
                rows += [AnnotationRow(item_id, state, note) for note in reversed(state.notes)]
            else:
                rows.append(AnnotationRow(item_id, state))
        return rows

    def refresh_annotations(self) -> None:
        titles = {b.id: b.title for b in self.library.briefings()}
        query = self.query_one("#filter", Input).value
        rows = [row for row in self.rows() if matches(row, query, titles)]
        listing = self.query_one(AnnotationList)
        listing.show(rows)
        listing.border_subtitle = f"{len(rows)}"
        tags = self.query_one(TagList)
        counts = self.library.user.view().tag_counts()
        tags.set_rows(list(counts.items()))
        tags.border_subtitle = f"{len(counts)}" if counts else "no tags yet"
        self.sub_title = f"{len(rows)} shown"

    def current_item(self) -> tuple[str, str] | None:
        row = self.query_one(AnnotationList).selected_row
        if row is None:
            return None
        return row.item_id, row.state.anchor.label if row.state.anchor else row.item_id

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self.refresh_annotations()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one(AnnotationList).focus()

    @on(RowList.Selected, "#tags")
    def _tag_chosen(self, event: RowList.Selected) -> None:
        self.query_one("#filter", Input).value = f"tag:{event.item[0]}"
        self.query_one(AnnotationList).focus()

    @on(RowList.Selected, "#annotations")
    def _row_chosen(self) -> None:
        self.action_jump()

    def action_jump(self) -> None:
        row = self.query_one(AnnotationList).selected_row
        if row is None or row.state.anchor is None:
            return
        anchor = row.state.anchor
        if row.state.orphaned:
            self.notify("Its place is gone from the re-imported text; the note is kept here.", severity="warning")
            return
        located = self.library.locate(row.item_id)
        sentence = located.item.sentence if located is not None and located.item is not None else ""
        jump = (anchor.text, sentence) if anchor.kind in ("quote", "figure", "passage") else None
        self.open_place(anchor.briefing_id, "" if anchor.kind == "briefing" else anchor.article_id, jump)

    def action_edit(self) -> None:
        row = self.query_one(AnnotationList).selected_row
        if row is None or row.note is None:
            self.notify("Choose a note to edit (n adds one).")
            return
        note = row.note

        def apply(text: str | None) -> None:
            if text and text != note.text:
                self._write(lambda: self.library.edit_note(note.id, text), "Note saved.")

        self.app.push_screen(NoteModal(self.current_item()[1], note.text), apply)

    def action_delete(self) -> None:
        row = self.query_one(AnnotationList).selected_row
        if row is None or row.note is None:
            return
        if self._delete_armed != row.note.id:
            self._delete_armed = row.note.id
            self.notify("Press d again to delete this note.", severity="warning")
            return
        self._delete_armed = None
        self._write(lambda: self.library.delete_note(row.note.id), "Note deleted.")

    def action_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_back(self) -> None:
        filter_input = self.query_one("#filter", Input)
        if filter_input.has_focus and filter_input.value:
            filter_input.value = ""
            return
        self.app.pop_screen()
