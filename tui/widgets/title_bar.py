"""Provides the title bar: the screen's title and subtitle on one line at the top."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from tui.widgets.rows import plain

ICON = " ≡ "


class TitleBar(Static):
    """The screen's title — subtitle, centred, with the app's icon on the left.

    It takes the place of Textual's Header, which is four widgets and redraws its title one frame
    after the screen changed it (an async watcher); this is one line of text, redrawn at once.
    Titles come from articles, so they are shown as plain text, never markup.
    """

    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        height: 1;
        width: 100%;
        background: $panel;
        color: $foreground;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def on_mount(self) -> None:
        for name in ("title", "sub_title"):
            self.watch(self.screen, name, self._retitle, init=False)
        self._retitle()

    def on_resize(self) -> None:
        self._retitle()

    def _retitle(self, _: object = None) -> None:
        screen = self.screen
        title = screen.title if screen.title is not None else self.app.title
        sub_title = screen.sub_title if screen.sub_title is not None else self.app.sub_title
        line = plain(title, "bold")
        if sub_title:
            line = line + Content(" — ") + plain(sub_title, "$foreground-muted")
        # A bar on a screen that is not shown has no size: it keeps the width it last had.
        width = self._width = self.size.width or getattr(self, "_width", 0)
        room = width - 2 * len(ICON)
        if room > 0 and line.cell_length > room:
            line = line.truncate(room, ellipsis=True)
        # The title is centred in the whole width, the icon stays at the left edge.
        left = max(0, (width - line.cell_length) // 2 - len(ICON))
        self.update(Content(ICON) + Content(" " * left) + line)
