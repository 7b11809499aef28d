"""Provides the list of the reader's annotations: notes, highlights, tags and stars across the library."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.domain.models import Note, UserState
from tui.widgets.rows import badges, join, plain, separated

KIND_LABELS = {"briefing": "Briefing", "article": "Article", "quote": "Quote", "figure": "Figure",
               "passage": "Highlight"}


@dataclass(frozen=True)
class AnnotationRow:
    """One row: an annotated item, and one of its notes (None for an item with no note)."""

    item_id: str
    state: UserState
    note: Note | None = None

    def words(self) -> str:
        """Everything the text filter looks at, folded."""
        anchor = self.state.anchor
        parts = [anchor.label, anchor.text] if anchor else [self.item_id]
        parts += [self.note.text if self.note else "", " ".join(f"#{t}" for t in self.state.tags)]
        return " ".join(parts).casefold()


class AnnotationOption(Option):
    """A row: kind and where it stands, the item's words, then the note."""

    def __init__(self, row: AnnotationRow) -> None:
        self.row = row
        anchor = row.state.anchor
        kind = KIND_LABELS.get(anchor.kind, anchor.kind) if anchor else "Item"
        head = join(plain(kind, "bold $text-accent"), plain(anchor.label if anchor else row.item_id, "bold"),
                    badges(row.state), separator="  ")
        lines = [head]
        if anchor and anchor.kind in ("quote", "figure", "passage") and anchor.text:
            lines.append(join(Content("  "), plain(f"“{anchor.text}”" if anchor.kind != "figure" else anchor.text,
                                                     "italic $text-muted")))
        if row.note is not None:
            first, _, rest = row.note.text.partition("\n")
            more = " …" if rest.strip() else ""
            lines.append(join(Content("  ✎ "), plain(first + more), Content("  "),
                              plain(row.note.updated[:16].replace("T", " "), "$text-muted")))
        super().__init__(Content("\n").join(lines), id=f"{row.item_id}/{row.note.id if row.note else ''}")


class AnnotationList(OptionList):
    """Annotations, newest first."""

    def show(self, rows: list[AnnotationRow]) -> None:
        """Show these rows, keeping the cursor where it was."""
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(separated(AnnotationOption(row) for row in rows))
        if self.option_count:
            self.highlighted = min(highlighted or 0, self.option_count - 1)

    @property
    def selected_row(self) -> AnnotationRow | None:
        """The row under the cursor."""
        option = self.highlighted_option
        return option.row if isinstance(option, AnnotationOption) else None
