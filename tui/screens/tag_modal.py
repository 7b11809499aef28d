"""Provides the tag dialog: add tags to an item (suggesting tags already in use), or remove them."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Static

from tui.widgets.rows import plain, tags_line


class TagSuggester(Suggester):
    """Completes the last word typed from the tags already in use."""

    def __init__(self, tags: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=False)
        self.tags = tags

    async def get_suggestion(self, value: str) -> str | None:
        head, _, last = value.rpartition(" ")
        sign = "-" if last.startswith("-") else ""
        word = last.lstrip("-#")
        if not word:
            return None
        match = next((t for t in self.tags if t.startswith(word) and t != word), None)
        return f"{head} {sign}{match}".lstrip() if match else None


class TagModal(ModalScreen[tuple[list[str], list[str]] | None]):
    """Asks for tags: words to add, and words starting with - to remove. Returns (add, remove)."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, label: str, current: list[str], known: list[str]) -> None:
        super().__init__()
        self.label = label
        self.current = current
        self.known = known

    def compose(self) -> ComposeResult:
        with Vertical(id="tag-dialog", classes="dialog"):
            yield Static(plain(self.label, "bold"))
            yield Static(plain(f"Tags now: {tags_line(self.current) or 'none'}", "$text-muted"), id="current-tags")
            yield Input(placeholder="energy follow-up   (-tag removes one; Tab completes)",
                        suggester=TagSuggester(self.known), id="tags")

    def on_mount(self) -> None:
        dialog = self.query_one("#tag-dialog")
        dialog.border_title = "Tag"
        dialog.border_subtitle = "Enter to save · Escape to cancel"

    @on(Input.Submitted)
    def _save(self, event: Input.Submitted) -> None:
        words = event.value.replace(",", " ").split()
        add = [w for w in words if not w.startswith("-")]
        remove = [w[1:] for w in words if w.startswith("-") and len(w) > 1]
        self.dismiss((add, remove) if add or remove else None)
