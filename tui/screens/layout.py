"""Provides the narrow-terminal behaviour shared by screens with a sidebar."""

from __future__ import annotations

from textual.events import Resize

NARROW_WIDTH = 100
"""Below this many columns the sidebar is hidden until asked for, so the text keeps its width."""


class NarrowLayout:
    """Mixin for a Screen with a #sidebar: collapses it on narrow terminals; `p` toggles it."""

    _narrow: bool | None = None

    def on_resize(self, event: Resize) -> None:
        narrow = event.size.width < NARROW_WIDTH
        if narrow != self._narrow:
            self._narrow = narrow
            self.set_class(narrow, "-narrow")  # type: ignore[attr-defined]
            self.show_panels(not narrow)

    def show_panels(self, show: bool) -> None:
        """Show or hide the sidebar."""
        self.set_class(not show, "-panels-hidden")  # type: ignore[attr-defined]

    def action_toggle_panels(self) -> None:
        self.show_panels(self.has_class("-panels-hidden"))  # type: ignore[attr-defined]
