"""Provides the key bar: the keys that work on the current screen, on one line at the bottom."""

from __future__ import annotations

from textual.content import Content
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Static


class KeyBar(Static):
    """The keys that work here, as Textual's Footer lists them, drawn as one line of text.

    Textual's Footer is a widget per key and rebuilds them all whenever focus moves, which was most
    of the time it took to open a briefing or an article; one line of text redraws in a fraction of
    that. Clicking a key (the key's own cell, drawn as a link) presses it.
    """

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-description-foreground;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        link-style: none;
        link-color: $footer-key-foreground;
        link-background: $footer-background;
        link-style-hover: reverse;
        link-color-hover: $footer-key-foreground;
        link-background-hover: $footer-background;
    }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        # A screen being covered by another loses its focus and the app's keys: the line it would
        # get then is not the one it will need when it is shown again, so it keeps the last one.
        if screen is self.screen and screen is self.app.screen:
            self.update(self.keys_line(screen))

    def keys_line(self, screen: Screen) -> Content:
        """The shown bindings of the focused widget, its parents, the screen and the app, in that order."""
        pieces: list[str] = []
        actions: set[str] = set()
        for _, binding, enabled, _ in screen.active_bindings.values():
            if not binding.show or binding.action in actions:
                continue
            actions.add(binding.action)
            key = escape(self.app.get_key_display(binding))
            description = escape(binding.description) if enabled else f"[dim]{escape(binding.description)}[/]"
            pieces.append(f"[@click=app.press_key({binding.key!r}) bold] {key} [/]{description}")
        if self.app.ENABLE_COMMAND_PALETTE:
            pieces.append("[@click=app.command_palette bold] ^p [/]palette")
        return Content.from_markup(" ".join(pieces))
