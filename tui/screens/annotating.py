"""Provides the base of screens whose items the reader can tag, note and star."""

from __future__ import annotations

from collections.abc import Callable

from textual import events, on
from textual.binding import Binding
from textual.screen import Screen

from tui.domain.storage import StoreError
from tui.domain.store import Library
from tui.screens.note_modal import NoteModal
from tui.screens.tag_modal import TagModal


class AnnotatingScreen(Screen[None]):
    """A screen with a current item (what has focus) that t, n and s act on."""

    BINDINGS = [
        Binding("t", "tag", "Tag", tooltip="Tag the item under the cursor"),
        Binding("n", "note", "Note", tooltip="Write a note on the item under the cursor"),
        Binding("s", "star", "Star", tooltip="Star or unstar the item under the cursor"),
        Binding("a", "annotations", "Annotations", show=False, tooltip="Every note and highlight"),
    ]

    library: Library
    ready = False
    """Set when the screen has shown its content; before that there is nothing to refresh."""
    _styled_with: tuple[object, ...] | None = None
    """What the app's styles stood on when this screen's were last applied (see _keep_styles)."""

    @on(events.ScreenResume)
    def _keep_styles(self, event: events.ScreenResume) -> None:
        # Textual applies the whole stylesheet again to a screen that is pushed: 4-8 ms of opening
        # a briefing. These screens are reused, and their styles only go stale when the app's
        # change while they are away: the theme (Textual counts its CSS updates) or the terminal's
        # focus. Classes and focus changed on their widgets are applied as they change.
        inputs = (getattr(self.app, "_css_update_count", None), self.app.theme, self.app.app_focus)
        if inputs[0] is not None and inputs == self._styled_with:
            event.refresh_styles = False  # read by Screen's own handler, which runs after this one
        self._styled_with = inputs

    def current_item(self) -> tuple[str, str] | None:
        """The item the keys act on: (id, how to name it). Screens override this."""
        return None

    def refresh_annotations(self) -> None:
        """Redraw what shows the reader's annotations. Screens override this."""

    def open_place(self, briefing_id: str, article_id: str = "", jump: tuple[str, str] | None = None) -> None:
        """Open a briefing, or one of its articles (scrolled to jump's words); say so when it is gone."""
        briefing = self.library.briefing(briefing_id)
        if briefing is None:
            self.notify("Its briefing is no longer in the library.", severity="warning")
            return
        if not article_id:
            self.app.open_briefing(briefing)  # type: ignore[attr-defined]
            return
        article = self.library.article_of(briefing.id, article_id)
        if article is None:
            self.notify("Its article is no longer in the library.", severity="warning")
            return
        self.app.open_article(article, jump)  # type: ignore[attr-defined]

    def _write(self, change: Callable[[], object], done: str, *, refresh: bool = True) -> None:
        """Apply a change to the reader's data; a failure is a notification, never a crash.

        Args:
            change: The write.
            done: What to tell the reader when it worked ("" to say nothing).
            refresh: Redraw the annotations afterwards (the caller may do it itself).
        """
        try:
            change()
        except StoreError as error:
            self.notify(f"Not saved: {error}", severity="error", markup=False, timeout=10)
            return
        if done:
            self.notify(done, markup=False)
        if refresh:
            self.refresh_annotations()

    def action_tag(self) -> None:
        item = self.current_item()
        if item is None:
            return
        item_id, label = item
        known = sorted(set(self.library.user.view().tag_counts()) | {t for b in self.library.briefings() for t in b.tags})

        def apply(result: tuple[list[str], list[str]] | None) -> None:
            if result is None:
                return
            add, remove = result

            def change() -> None:
                if add:
                    self.library.add_tags(item_id, add)
                for tag in remove:
                    self.library.remove_tag(item_id, tag)

            self._write(change, "Tags saved.")

        self.app.push_screen(TagModal(label, self.library.user_state(item_id).tags, known), apply)

    def action_note(self) -> None:
        item = self.current_item()
        if item is None:
            return
        item_id, label = item

        def apply(text: str | None) -> None:
            if text:
                self._write(lambda: self.library.add_note(item_id, text), "Note saved.")

        self.app.push_screen(NoteModal(label), apply)

    def action_star(self) -> None:
        item = self.current_item()
        if item is None:
            return
        item_id, _ = item
        starred = not self.library.user_state(item_id).starred
        self._write(lambda: self.library.set_star(item_id, starred), "Starred." if starred else "Unstarred.")

    def action_annotations(self) -> None:
        from tui.screens.annotations import AnnotationsScreen

        if not isinstance(self, AnnotationsScreen):
            self.app.push_screen(AnnotationsScreen(self.library))
