"""Provides the reader's own store (user.json): read state, stars, tags, notes and highlighted passages.

It is small and apart from the derived article data, so saving a note stays fast at any library size.
Every change is one read-modify-write under the library's lock: re-read from disk, changed, and written
once, atomically, so two Briefing processes never lose each other's updates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypeVar

from tinydb import Query, TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.table import Table

from tui.domain.ids import make_id
from tui.domain.migrations import CURRENT, migrate
from tui.domain.models import Anchor, Note, UserState
from tui.domain.storage import AtomicJSONStorage, StoreError, atomic_write_text, file_lock, read_json_file

BACKUPS_KEPT = 5
"""Rotating copies of user.json kept in backups/."""
BACKUP_EVERY = dt.timedelta(minutes=30)
"""A new rotating copy is made at start when the newest is older than this."""

T = TypeVar("T")


@dataclass(frozen=True)
class UserView:
    """Everything in user.json, read once and shared until the file changes."""

    states: dict[str, UserState]
    read: frozenset[str]
    starred: frozenset[str]

    def state(self, item_id: str) -> UserState:
        """A copy of what the reader recorded on one item."""
        state = self.states.get(item_id)
        if state is None:
            return UserState()
        return UserState(state.read, state.starred, list(state.tags), list(state.notes), state.anchor, state.orphaned)

    def tag_counts(self) -> dict[str, int]:
        """Every tag the reader used, with how many items carry it."""
        counts: dict[str, int] = {}
        for state in self.states.values():
            for tag in state.tags:
                counts[tag] = counts.get(tag, 0) + 1
        return dict(sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])))


class UserStore:
    """The reader's data in one small TinyDB file."""

    def __init__(self, path: Path, lock_path: Path) -> None:
        self.path = path
        self.lock_path = lock_path
        self._view: tuple[Any, UserView] | None = None

    def stamp(self) -> tuple[int, int, int] | None:
        """What identifies the file's current version (changes with every write, by any process)."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return None
        return (stat.st_mtime_ns, stat.st_size, stat.st_ino)

    def view(self) -> UserView:
        """The current content, re-read only when the file changed on disk (another process wrote)."""
        stamp = self.stamp()
        if self._view is None or self._view[0] != stamp:
            data = (read_json_file(self.path) if stamp is not None else None) or {}
            self._view = (stamp, _build_view(data))
        return self._view[1]

    # -- changes ------------------------------------------------------------------------------------

    def mark_read(self, item_ids: Iterable[str], read: bool = True) -> None:
        """Mark articles read or unread."""
        ids = list(item_ids)

        def change(db: TinyDB) -> None:
            items = db.table("items")
            for item_id in ids:
                _upsert(items, item_id, None, read=read)

        self._update(change)

    def set_star(self, item_id: str, anchor: Anchor | None, starred: bool) -> None:
        """Star or unstar an item."""
        self._update(lambda db: _upsert(db.table("items"), item_id, anchor, starred=starred))

    def add_tags(self, item_id: str, anchor: Anchor | None, tags: Iterable[str]) -> list[str]:
        """Add tags to an item; returns its tags afterwards."""
        new = [t for t in (normalise_tag(t) for t in tags) if t]

        def change(db: TinyDB) -> list[str]:
            items = db.table("items")
            doc = items.get(Query().item == item_id)
            current = list(doc.get("tags", [])) if doc else []
            for tag in new:
                if tag not in current:
                    current.append(tag)
            _upsert(items, item_id, anchor, tags=current)
            return current

        return self._update(change)

    def remove_tag(self, item_id: str, tag: str) -> list[str]:
        """Remove a tag from an item; returns its tags afterwards."""
        tag = normalise_tag(tag)

        def change(db: TinyDB) -> list[str]:
            items = db.table("items")
            doc = items.get(Query().item == item_id)
            current = [t for t in (doc.get("tags", []) if doc else []) if t != tag]
            _upsert(items, item_id, None, tags=current)
            return current

        return self._update(change)

    def add_note(self, item_id: str, anchor: Anchor | None, text: str) -> Note:
        """Add a note to an item."""
        now = _now()
        note = Note(id=make_id("n", item_id, text, now), item_id=item_id, text=text, created=now, updated=now)

        def change(db: TinyDB) -> None:
            _upsert(db.table("items"), item_id, anchor)
            db.table("notes").insert(_note_to_doc(note))

        self._update(change)
        return note

    def edit_note(self, note_id: str, text: str) -> bool:
        """Change a note's text; False when there is no such note."""
        return bool(self._update(
            lambda db: db.table("notes").update({"text": text, "updated": _now()}, Query().id == note_id)))

    def delete_note(self, note_id: str) -> bool:
        """Delete a note; False when there is no such note."""
        return bool(self._update(lambda db: db.table("notes").remove(Query().id == note_id)))

    def add_passage(self, anchor: Anchor) -> str:
        """Highlight a passage of an article; returns the passage's id (the same for the same text)."""
        passage_id = make_id("p", anchor.article_id, anchor.text)
        self._update(lambda db: _upsert(db.table("items"), passage_id, anchor))
        return passage_id

    def relink(
        self, moves: dict[str, str], anchors: dict[str, Anchor], orphans: Iterable[str], found: Iterable[str] = ()
    ) -> None:
        """After a re-import: move annotations to their items' new ids, flag the lost ones orphaned.

        Args:
            moves: Old item id -> new item id, for items found again by their content.
            anchors: New anchors for items found again (after the moves: keyed by the new id).
            orphans: Items whose anchor is gone: kept, and shown as orphaned.
            found: Items that stand where they were (an orphan flag on them is cleared).
        """
        orphan_ids, found_ids = set(orphans), set(found)

        def change(db: TinyDB) -> None:
            items, notes = db.table("items"), db.table("notes")
            for old, new in moves.items():
                doc = items.get(Query().item == old)
                if doc is None:
                    continue
                merged = {**doc, "item": new, "orphaned": False}
                if anchor := merged.get("anchor"):
                    merged["anchor"] = {**anchor}
                items.remove(Query().item == old)
                existing = items.get(Query().item == new)
                if existing:
                    merged["tags"] = list(dict.fromkeys([*existing.get("tags", []), *merged.get("tags", [])]))
                    merged = {**existing, **merged}
                    items.remove(Query().item == new)
                items.insert(merged)
                notes.update({"item": new}, Query().item == old)
            for item_id, anchor in anchors.items():
                items.update({"anchor": asdict(anchor), "orphaned": False}, Query().item == item_id)
            for item_id in orphan_ids:
                items.update({"orphaned": True}, Query().item == item_id)
            for item_id in found_ids:
                items.update({"orphaned": False}, (Query().item == item_id) & (Query().orphaned == True))  # noqa: E712

        if moves or anchors or orphan_ids or found_ids:
            self._update(change)

    def export(self) -> dict[str, Any]:
        """Everything the reader wrote, as plain JSON-ready data (the backup format's user part)."""
        data = read_json_file(self.path) or {}
        return {
            "items": list(data.get("items", {}).values()),
            "notes": list(data.get("notes", {}).values()),
        }

    def restore(self, exported: dict[str, Any]) -> tuple[int, int]:
        """Merge exported user data back in: nothing already here is dropped.

        Returns:
            How many items and notes were added or updated.
        """
        items_in = [d for d in exported.get("items", []) if isinstance(d, dict) and d.get("item")]
        notes_in = [d for d in exported.get("notes", []) if isinstance(d, dict) and d.get("id") and d.get("item")]

        def change(db: TinyDB) -> tuple[int, int]:
            items, notes = db.table("items"), db.table("notes")
            for doc in items_in:
                existing = items.get(Query().item == doc["item"]) or {}
                merged = {**doc, **{k: v for k, v in existing.items() if v}}
                merged["tags"] = list(dict.fromkeys([*existing.get("tags", []), *doc.get("tags", [])]))
                items.remove(Query().item == doc["item"])
                items.insert(merged)
            added = 0
            for doc in notes_in:
                if not notes.contains(Query().id == doc["id"]):
                    notes.insert({k: doc.get(k, "") for k in ("id", "item", "text", "created", "updated")})
                    added += 1
            return len(items_in), added

        return self._update(change)

    def upgrade(self) -> int | None:
        """Migrate user.json to the current schema if it is older; returns the old version, or None."""
        with file_lock(self.lock_path):
            data = read_json_file(self.path)
            if data is None:
                return None
            migrated, version = migrate(data, name=str(self.path))
            if version == CURRENT:
                return None
            self.backup(reason=f"before-upgrade-from-v{version}")
            AtomicJSONStorage(self.path).write(migrated)
            self._view = None
            return version

    @property
    def backups_dir(self) -> Path:
        """Where rotating copies of user.json are kept."""
        return self.path.parent / "backups"

    def backups(self) -> list[Path]:
        """The rotating copies, newest first."""
        return sorted(self.backups_dir.glob("user-*.json"), reverse=True)

    def backup(self, *, reason: str = "", target: Path | None = None) -> Path | None:
        """Copy user.json atomically: into backups/ (keeping the newest few) or to target.

        Returns:
            Where the copy went, or None when there is nothing to copy yet.
        """
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as error:
            raise StoreError(f"cannot read {self.path}: {error.strerror or error}") from error
        if target is not None:
            atomic_write_text(target, text)
            return target
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.backups_dir / f"user-{stamp}{'-' + reason if reason else ''}.json"
        atomic_write_text(target, text)
        for old in self.backups()[BACKUPS_KEPT:]:
            old.unlink(missing_ok=True)
        return target

    def rotate_backups(self) -> None:
        """Make a rotating copy at start when the newest one is old (cheap: user.json is small)."""
        newest = next(iter(self.backups()), None)
        if newest is not None:
            age = dt.datetime.now().timestamp() - newest.stat().st_mtime
            if age < BACKUP_EVERY.total_seconds():
                return
        self.backup()

    def replace_with(self, data: dict[str, Any]) -> None:
        """Make data the whole user store (restore), after keeping a copy of the current one.

        Args:
            data: A copy of user.json (from backups/) or an export made by `briefing export --format json`.
        """
        if isinstance(data.get("items"), list):  # the export format: lists of items and notes
            data = {
                "meta": {"1": {"schema": CURRENT}},
                "items": {str(n): doc for n, doc in enumerate(data["items"], 1)},
                "notes": {str(n): doc for n, doc in enumerate(data.get("notes", []), 1)},
            }
        migrated, _ = migrate(data, name="the backup")
        with file_lock(self.lock_path):
            self.backup(reason="before-restore")
            AtomicJSONStorage(self.path).write(migrated)
            self._view = None

    def _update(self, change: Callable[[TinyDB], T]) -> T:
        """Apply one change: locked, re-read from disk, written once, atomically."""
        with file_lock(self.lock_path):
            storage = CachingMiddleware(AtomicJSONStorage)
            storage.WRITE_CACHE_SIZE = 1_000_000  # one write, on close
            db = TinyDB(self.path, storage=storage)
            try:
                meta = db.table("meta")
                if not meta.all():
                    meta.insert({"schema": CURRENT})
                result = change(db)
            finally:
                db.close()
            self._view = None
            return result


def normalise_tag(tag: str) -> str:
    """Tags are lower case words joined by dashes, without a leading #."""
    return "-".join(tag.strip().lstrip("#").lower().split())


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _upsert(table: Table, item_id: str, anchor: Anchor | None, **fields: Any) -> None:
    if anchor is not None:
        fields["anchor"] = asdict(anchor)
    if not table.update(fields, Query().item == item_id):
        table.insert({"item": item_id, **fields})


def _note_to_doc(note: Note) -> dict[str, Any]:
    return {"id": note.id, "item": note.item_id, "text": note.text, "created": note.created, "updated": note.updated}


def _build_view(data: dict[str, Any]) -> UserView:
    states: dict[str, UserState] = {}
    for doc in data.get("items", {}).values():
        anchor = doc.get("anchor")
        states[doc["item"]] = UserState(
            read=bool(doc.get("read")), starred=bool(doc.get("starred")), tags=list(doc.get("tags", [])),
            anchor=Anchor(**anchor) if isinstance(anchor, dict) else None, orphaned=bool(doc.get("orphaned")),
        )
    for doc in sorted(data.get("notes", {}).values(), key=lambda d: d.get("created", "")):
        note = Note(doc["id"], doc["item"], doc["text"], doc.get("created", ""), doc.get("updated", ""))
        states.setdefault(note.item_id, UserState()).notes.append(note)
    return UserView(
        states=states,
        read=frozenset(item for item, state in states.items() if state.read),
        starred=frozenset(item for item, state in states.items() if state.starred),
    )
