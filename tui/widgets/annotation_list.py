"""Provides the list of the reader's annotations: notes, highlights, tags and stars across the library."""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content

from tui.domain.models import Note, UserState
from tui.widgets.row_list import RowList
from tui.widgets.rows import badges, join, plain

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


class AnnotationList(RowList[AnnotationRow]):
    """Annotations, newest first: kind and where it stands, the item's words, then the note."""

    def row_lines(self, row: AnnotationRow, width: int) -> list[Content]:
        anchor = row.state.anchor
        kind = KIND_LABELS.get(anchor.kind, anchor.kind) if anchor else "Item"
        head = join(plain(kind, "bold $text-accent"), plain(anchor.label if anchor else row.item_id, "bold"),
                    badges(row.state), separator="  ")
        lines = [head]
        if _shows_words(row):
            lines.append(join(Content("  "), plain(f"“{anchor.text}”" if anchor.kind != "figure" else anchor.text,
                                                     "italic $text-muted")))
        if row.note is not None:
            first, _, rest = row.note.text.partition("\n")
            more = " …" if rest.strip() else ""
            lines.append(join(Content("  ✎ "), plain(first + more), Content("  "),
                              plain(row.note.updated[:16].replace("T", " "), "$text-muted")))
        return lines

    def row_height(self, row: AnnotationRow, width: int) -> int:
        return 1 + _shows_words(row) + (row.note is not None)

    def row_key(self, row: AnnotationRow) -> str:
        return f"{row.item_id}/{row.note.id if row.note else ''}"

    def show(self, rows: list[AnnotationRow]) -> None:
        """Show these rows, keeping the cursor where it was."""
        self.set_rows(rows)

    @property
    def selected_row(self) -> AnnotationRow | None:
        """The row under the cursor."""
        return self.current


def _shows_words(row: AnnotationRow) -> bool:
    """Whether the row has a line with the item's own words (a quote's, a figure's, a passage's)."""
    anchor = row.state.anchor
    return bool(anchor and anchor.kind in ("quote", "figure", "passage") and anchor.text)
