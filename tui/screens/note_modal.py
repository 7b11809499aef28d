"""Provides the note dialog: write or edit a multi-line note on an item."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from tui.widgets.rows import plain


class NoteModal(ModalScreen[str | None]):
    """A TextArea for a note. Ctrl+S saves; Escape cancels. Returns the text, or None."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "dismiss(None)", "Cancel"),
    ]

    def __init__(self, label: str, text: str = "") -> None:
        super().__init__()
        self.label = label
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog", classes="dialog"):
            yield Static(plain(self.label, "bold"))
            yield TextArea(self.text, id="note", soft_wrap=True, show_line_numbers=False)

    def on_mount(self) -> None:
        dialog = self.query_one("#note-dialog")
        dialog.border_title = "Edit note" if self.text else "Note"
        dialog.border_subtitle = "Ctrl+S to save · Escape to cancel"
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        text = self.query_one(TextArea).text.strip()
        self.dismiss(text or None)
