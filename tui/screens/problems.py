"""Provides the problems dialog: what went wrong while opening the library, and what to do."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.widgets.rows import plain


class ProblemsScreen(ModalScreen[None]):
    """Shows problems met at start (bad files, a store moved aside), one per line."""

    BINDINGS = [Binding("escape,enter,q", "dismiss", "Close")]

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__()
        self.problems = list(problems)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="problems-body", classes="dialog"):
            lines = [plain(f"• {problem}") for problem in self.problems]
            yield Static(Content("\n").join(lines))

    def on_mount(self) -> None:
        body = self.query_one("#problems-body")
        body.border_title = "Some things need your attention"
        body.border_subtitle = "Enter to continue"
