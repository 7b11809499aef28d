"""Provides the library on disk: derived article data and the reader's own data, in separate TinyDB files.

Layout of the data directory:
    derived/briefings.json           the index: one row per briefing (small; read at start)
    derived/articles/<briefing>.json one file per briefing with its articles (read when one is opened)
    derived/overviews/<briefing>.json what the briefing screen shows: its article list, key figures,
                                     speakers and timeline (small; read when the briefing is opened)
    derived/locations/<c>.json       which briefing holds each article, quote and figure id (32 shards)
    user.json                        what the reader made: read state, stars, tags, notes
Derived files can always be rebuilt from their sources; user.json cannot, so it is kept small
(saving a note never rewrites article text) and every write of it is atomic and locked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from tui.domain.ids import kind_of, normalise_key
from tui.domain.migrations import CURRENT
from tui.domain.models import (
    Anchor,
    Article,
    Briefing,
    BriefingOverview,
    DateMention,
    Entity,
    Figure,
    Note,
    Quote,
    UserState,
)
from tui.domain.overview import overview_from_doc, overview_of, overview_to_doc
from tui.domain.storage import AtomicBatch, AtomicJSONStorage, CorruptStoreError, StoreError, file_lock, read_json_file
from tui.domain.text import markdown_to_text
from tui.domain.user_store import UserStore

if TYPE_CHECKING:
    from tui.domain.search import Hit, PreparedBriefing, SearchIndex, Terms

SCHEMA_VERSION = 1
"""Version of the layout of the derived files; stored in each."""

T = TypeVar("T")


@dataclass(frozen=True)
class Located:
    """An item found by its id, with the briefing and article around it."""

    kind: str
    """"briefing", "article", "quote" or "figure"."""
    briefing: Briefing
    article: Article | None = None
    item: Quote | Figure | None = None

    @property
    def words(self) -> str:
        """The item's own words: a quote's text, a figure's value ("" for a briefing or an article)."""
        if isinstance(self.item, Quote):
            return self.item.text
        return self.item.value if isinstance(self.item, Figure) else ""


class Library:
    """The reader's library: briefings and articles (derived) and what the reader wrote (user data).

    Reads are cached and re-read only when a file changed on disk, so a running TUI picks up
    what a CLI command wrote, and opening a briefing reads only that briefing's file.
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.derived = self.root / "derived"
        self._index_path = self.derived / "briefings.json"
        self._locations_dir = self.derived / "locations"
        self._user_path = self.root / "user.json"
        self._lock_path = self.root / ".lock"
        self._cache: dict[Path, tuple[float, Any]] = {}
        self.user = UserStore(self._user_path, self._lock_path)

    @cached_property
    def search_index(self) -> SearchIndex:
        """The search index; its module is loaded on first use (a tag or a note through the CLI
        never needs it, and it is a fifth of such a command's own time)."""
        from tui.domain.search import SearchIndex

        return SearchIndex(self.derived / "search")

    def check(self) -> list[str]:
        """Check the store files at start; a damaged one is moved aside, never overwritten.

        Returns:
            One message per file moved aside, saying what happened and how to restore.
        """
        problems = []
        for path, what in ((self._user_path, "your notes, tags and read state"), (self._index_path, "the index")):
            try:
                data = read_json_file(path)
                if data is not None and not all(isinstance(t, dict) for t in data.values()):
                    raise CorruptStoreError(f"{path} does not hold Briefing's tables")
                if path == self._user_path and data is not None:
                    old = self.user.upgrade()
                    if old is not None:
                        problems.append(f"Your notes were upgraded from format {old} to {CURRENT}; "
                                        f"a copy of the old file is in {self.user.backups_dir}.")
            except CorruptStoreError as error:
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                aside = path.with_name(f"{path.name}.damaged-{stamp}")
                path.replace(aside)
                self._cache.clear()
                self.user = UserStore(self._user_path, self._lock_path)
                if path == self._user_path:
                    backups = self.user.backups()
                    hint = (f"'briefing restore {backups[0]}' brings back the newest backup" if backups
                            else f"to restore, quit and copy a good copy back to {path}")
                    problems.append(f"{error}. The file holding {what} was moved to {aside}; Briefing starts "
                                    f"with an empty one: {hint}.")
                else:
                    count = self.rebuild_index()
                    problems.append(f"{error}. It was moved to {aside} and rebuilt from the {count} briefing "
                                    "files in the library; nothing was lost.")
        _remove_stale_temporary_files(self.root)
        try:
            self.user.rotate_backups()
        except StoreError as error:
            problems.append(f"No backup of your notes could be made: {error}")
        return problems

    # -- derived data ---------------------------------------------------------------------------

    def is_empty(self) -> bool:
        """True before anything was ever imported."""
        return not self._index_path.exists()

    def briefings(self) -> list[Briefing]:
        """Every briefing, newest first."""
        return list(self._cached(self._index_path, _sorted_briefings))

    def briefing(self, briefing_id: str) -> Briefing | None:
        """The briefing with this id, or None."""
        return next((b for b in self.briefings() if b.id == briefing_id), None)

    def articles(self, briefing_id: str) -> list[Article]:
        """The articles of one briefing, in the briefing's order (reads only that briefing's file)."""
        briefing = self.briefing(briefing_id)
        if briefing is None:
            return []
        return self._shard(briefing_id).articles(briefing.article_ids)

    def overview(self, briefing_id: str) -> BriefingOverview:
        """What the briefing screen shows of a briefing (reads one small file, not its articles).

        A library imported before overviews existed gets each one made from the articles the
        first time, and stored; so does a damaged one, or one that an interrupted import left out
        of step with the index (it is derived data: if it cannot be written, it is made again).
        """
        briefing = self.briefing(briefing_id)
        if briefing is None:
            return BriefingOverview()
        path = self._overview_path(briefing_id)
        try:
            overview = self._cached(path, lambda data: overview_from_doc(data["overview"]) if data else None)
        except (CorruptStoreError, KeyError, TypeError):
            overview = None  # damaged: made again below
        if overview is None or tuple(e.id for e in overview.entries) != briefing.article_ids:
            overview = overview_of(self.articles(briefing_id))
            try:
                AtomicJSONStorage(path).write({"overview": overview_to_doc(overview)})
            except StoreError:
                pass
        return overview

    def warm(self, briefing_id: str) -> None:
        """Read a briefing's articles file into the cache ahead of need (safe from a worker thread)."""
        self._shard(briefing_id)

    def article_of(self, briefing_id: str, article_id: str) -> Article | None:
        """One article of a briefing, or None (reads that briefing's file, once)."""
        briefing = self.briefing(briefing_id)
        if briefing is None or article_id not in briefing.article_ids:
            return None
        shard = self._shard(briefing_id)
        return shard.article(article_id) if article_id in shard.docs else None

    def article(self, article_id: str) -> Article | None:
        """The article with this id, or None."""
        located = self.locate(article_id)
        return located.article if located and located.kind == "article" else None

    def exists(self, item_id: str) -> bool:
        """Whether an item with this id is stored; for a briefing or an article without reading the
        briefing's file of articles (the CLI checks an id before tagging it)."""
        kind = kind_of(item_id)
        if kind == "briefing":
            return self.briefing(item_id) is not None
        if kind == "article":
            return self._briefing_listing(item_id) is not None
        return self.locate(item_id) is not None

    def _briefing_listing(self, article_id: str) -> Briefing | None:
        """The briefing that lists an article among its articles (no article file read)."""
        briefing = self._briefing_holding(article_id)
        return briefing if briefing is not None and article_id in briefing.article_ids else None

    def _briefing_holding(self, item_id: str) -> Briefing | None:
        """The briefing an article, quote or figure is stored in, from the id locations (no article file read)."""
        shard = self._locations_dir / f"{_location_shard(item_id)}.json"
        briefing_id = self._cached(shard, lambda data: data.get("locations", {}).get("1", {})).get(item_id)
        return self.briefing(briefing_id) if briefing_id else None

    def locate(self, item_id: str) -> Located | None:
        """Find any item by its id: a briefing, an article, a quote or a figure."""
        kind = kind_of(item_id)
        if kind == "briefing":
            briefing = self.briefing(item_id)
            return Located("briefing", briefing) if briefing else None
        if kind not in ("article", "quote", "figure"):
            return None
        briefing = self._briefing_holding(item_id)
        if briefing is None:
            return None
        shard = self._shard(briefing.id)
        article_id = item_id if item_id in shard.docs else shard.holder(item_id)
        if article_id is None:
            return None
        article = shard.article(article_id)
        if article.id == item_id:
            return Located("article", briefing, article)
        item = next(i for i in (*article.quotes, *article.figures) if i.id == item_id)
        return Located(kind, briefing, article, item)

    def save_briefing(self, briefing: Briefing, articles: Iterable[Article], *, replace: bool = True) -> Briefing:
        """Store one briefing and its articles; see save_briefings."""
        return self.save_briefings([(briefing, list(articles), replace)])[0]

    def save_briefings(self, batch: list[tuple[Briefing, list[Article], bool]], *,
                       terms: Terms | None = None,
                       prepared: dict[str, PreparedBriefing] | None = None) -> list[Briefing]:
        """Store briefings and their articles, updating each in place when it exists already.

        The index and the id locations are written once for the whole batch, so importing a
        hundred briefings costs a hundred article files and one index write, not a hundred.

        Args:
            batch: For each briefing: the briefing (its article_ids are recomputed), its new or
                changed articles, and replace: True to make these its only articles (a
                re-imported brief file), False to add them to those it has (loose articles).
            terms: The search index words of some of the articles, counted already (by an
                import's worker processes: see search.article_terms).
            prepared: Some of the briefings' index files, made already (see SearchIndex.prepare).

        Returns:
            The briefings as stored.
        """
        stored_all: list[Briefing] = []
        indexed: list[tuple[Briefing, list[Article]]] = []
        located: dict[str, dict[str, str]] = {}
        with file_lock(self._lock_path), AtomicBatch(limit=None) as files:
            # The briefings' files are written as one batch (one sync, not two per file), then the
            # index that lists them; a failure leaves every file as it was (the batch is put in
            # place only once it is complete, however large).
            index = read_json_file(self._index_path) or {}
            for briefing, articles, replace in batch:
                existing = next((r for r in index.get("briefings", {}).values() if r["id"] == briefing.id), None)
                kept: dict[str, Article] = {}
                if existing is not None and not replace:
                    kept = {a.id: a for a in self.articles(briefing.id)}
                order = list(kept) + [a.id for a in articles if a.id not in kept]
                kept.update({a.id: a for a in articles})
                stored = Briefing(**{**asdict(briefing), "article_ids": tuple(order)})
                shard = {
                    "briefing": {"1": _briefing_to_doc(stored)},
                    "articles": {str(n): _article_to_doc(kept[i]) for n, i in enumerate(order, 1)},
                }
                files.write_json(self._shard_path(briefing.id), shard)
                overview = overview_of(kept[i] for i in order)
                files.write_json(self._overview_path(briefing.id), {"overview": overview_to_doc(overview)})
                for article in kept.values():
                    for item_id in _item_ids(article):
                        located.setdefault(_location_shard(item_id), {})[item_id] = briefing.id
                _set_briefing(index, stored)
                stored_all.append(stored)
                indexed.append((stored, [kept[i] for i in order]))
            for name, items in located.items():
                path = self._locations_dir / f"{name}.json"
                data = read_json_file(path) or {}
                _add_locations(data, items)
                data.setdefault("meta", {"1": {"schema": SCHEMA_VERSION}})
                files.write_json(path, data)
            files.flush()
            index.setdefault("meta", {"1": {"schema": SCHEMA_VERSION}})
            AtomicJSONStorage(self._index_path).write(index)
            if self.search_index.needs_rebuild():
                # The batch as it is in memory, and every other briefing as stored (not read back
                # from the files just written), in the order of their files.
                everything = list(self._stored_briefings(skip={b.id for b, _ in indexed})) + indexed
                self.search_index.rebuild(sorted(everything, key=lambda entry: entry[0].id), terms, prepared)
            else:
                self.search_index.index_briefings(indexed, terms, prepared)
        return stored_all

    def search_needs_rebuild(self) -> bool:
        """True when the search index is missing or was made by another version (see rebuild_search)."""
        return not self.is_empty() and self.search_index.needs_rebuild()

    def search(self, text: str, *, limit: int = 50) -> list[Hit]:
        """Search titles, text, quotes, figures, notes and tags across the library (see search.py).

        An index made by another version is rebuilt first (a minute at 10,000 articles): the app
        does it in the background at start, so a search rarely waits for it.
        """
        if self.search_needs_rebuild():
            self.rebuild_search()
        view = self.user.view()
        from tui.domain.search import UserView

        user = UserView(
            read=view.read, starred=view.starred,
            tags={item: state.tags for item, state in view.states.items() if state.tags},
            notes=[note for state in view.states.values() for note in state.notes],
            places={item: (state.anchor.briefing_id, state.anchor.article_id, state.anchor.label)
                    for item, state in view.states.items() if state.anchor},
        )
        return self.search_index.search(text, user, limit=limit)

    def rebuild_index(self) -> int:
        """Rebuild the index and the id locations from the per-briefing files; returns the briefings found."""
        index: dict[str, Any] = {"meta": {"1": {"schema": SCHEMA_VERSION}}}
        located: dict[str, dict[str, str]] = {}
        with file_lock(self._lock_path):
            for briefing, articles in self._stored_briefings():
                _set_briefing(index, briefing)
                for article in articles:
                    for item_id in _item_ids(article):
                        located.setdefault(_location_shard(item_id), {})[item_id] = briefing.id
            for name, items in located.items():
                AtomicJSONStorage(self._locations_dir / f"{name}.json").write({"locations": {"1": items}})
            AtomicJSONStorage(self._index_path).write(index)
            self._cache.clear()
        return len(index.get("briefings", {}))

    def rebuild_search(self) -> int:
        """Rebuild the search index from the per-briefing files; returns the briefings indexed."""
        with file_lock(self._lock_path):
            if not self.search_index.needs_rebuild():
                return 0  # another process rebuilt it while this one waited for the lock
            batch = list(self._stored_briefings())
            self.search_index.rebuild(batch)
        return len(batch)

    def _stored_briefings(self, skip: set[str] | frozenset[str] = frozenset()) -> Iterator[tuple[Briefing, list[Article]]]:
        """Every briefing with its articles (in its order), read from the per-briefing files; not those in skip."""
        for shard in sorted((self.derived / "articles").glob("*.json")):
            if shard.stem in skip:
                continue
            try:
                data = read_json_file(shard) or {}
                briefing = _briefing_from_doc(next(iter(data["briefing"].values())))
                articles = _Shard(data).articles(briefing.article_ids)
            except (CorruptStoreError, KeyError, StopIteration, TypeError):
                continue  # a damaged briefing file is skipped; re-importing its brief restores it
            yield briefing, articles

    def _shard_path(self, briefing_id: str) -> Path:
        return self.derived / "articles" / f"{briefing_id}.json"

    def _overview_path(self, briefing_id: str) -> Path:
        return self.derived / "overviews" / f"{briefing_id}.json"

    # -- the reader's data ----------------------------------------------------------------------

    def read_ids(self) -> frozenset[str]:
        """Ids of the articles the reader has read."""
        return self.user.view().read

    def unread_count(self, briefing: Briefing) -> int:
        """How many of the briefing's articles the reader has not opened."""
        read = self.read_ids()
        return sum(1 for article_id in briefing.article_ids if article_id not in read)

    def user_state(self, item_id: str) -> UserState:
        """What the reader has recorded on one item."""
        return self.user.view().state(item_id)

    def mark_read(self, article_ids: Iterable[str], read: bool = True) -> None:
        """Mark articles read (or unread)."""
        self.user.mark_read(article_ids, read)

    def set_star(self, item_id: str, starred: bool) -> None:
        """Star or unstar an item."""
        self.user.set_star(item_id, self.anchor_for(item_id), starred)

    def add_tags(self, item_id: str, tags: Iterable[str]) -> list[str]:
        """Add tags to an item; returns its tags afterwards."""
        return self.user.add_tags(item_id, self.anchor_for(item_id), tags)

    def remove_tag(self, item_id: str, tag: str) -> list[str]:
        """Remove a tag from an item; returns its tags afterwards."""
        return self.user.remove_tag(item_id, tag)

    def add_note(self, item_id: str, text: str) -> Note:
        """Add a note to an item."""
        return self.user.add_note(item_id, self.anchor_for(item_id), text)

    def edit_note(self, note_id: str, text: str) -> bool:
        """Change a note's text."""
        return self.user.edit_note(note_id, text)

    def delete_note(self, note_id: str) -> bool:
        """Delete a note."""
        return self.user.delete_note(note_id)

    def highlight(self, article: Article, passage: str) -> str:
        """Highlight a passage (a span of sentences) of an article; returns the passage's id."""
        text = " ".join(passage.split())
        return self.user.add_passage(Anchor("passage", article.briefing_id, article.id, text, article.title))

    def passages(self, article_id: str) -> list[tuple[str, UserState]]:
        """The highlighted passages of an article, with what the reader wrote on them."""
        return [
            (item_id, self.user.view().state(item_id))
            for item_id, state in self.user.view().states.items()
            if state.anchor and state.anchor.kind == "passage" and state.anchor.article_id == article_id
        ]

    def anchor_for(self, item_id: str) -> Anchor | None:
        """Where an item stands, to keep with what the reader writes on it."""
        if kind_of(item_id) == "article":
            # An article's anchor is its title: the briefing's overview has it, a small file beside
            # the articles file (a megabyte for a briefing of 100 articles).
            briefing = self._briefing_listing(item_id)
            if briefing is not None:
                entry = next((e for e in self.overview(briefing.id).entries if e.id == item_id), None)
                if entry is not None:
                    return Anchor("article", briefing.id, item_id, entry.title, entry.title)
        located = self.locate(item_id)
        if located is None:
            return self.user.view().state(item_id).anchor
        briefing, article = located.briefing, located.article
        if located.kind == "briefing":
            return Anchor("briefing", briefing.id, "", briefing.title, briefing.title)
        assert article is not None
        if located.kind == "article":
            return Anchor("article", briefing.id, article.id, article.title, article.title)
        return Anchor(located.kind, briefing.id, article.id, located.words, article.title)

    def annotations(self) -> list[tuple[str, UserState]]:
        """Every annotated item (notes, tags, stars, highlights) across the library, newest note first."""
        rows = [
            (item_id, self.user.view().state(item_id))
            for item_id, state in self.user.view().states.items()
            if state.annotated or (state.anchor and state.anchor.kind == "passage")
        ]
        return sorted(rows, key=lambda row: max((n.updated for n in row[1].notes), default=""), reverse=True)

    def relink(self, briefing_ids: Iterable[str]) -> int:
        """Re-anchor annotations on re-imported briefings: by id, else by content; else orphaned.

        Returns:
            How many annotations are orphaned (their item is gone from its source).
        """
        wanted = set(briefing_ids)
        moves: dict[str, str] = {}
        anchors: dict[str, Anchor] = {}
        orphans: list[str] = []
        found: list[str] = []
        for item_id, state in self.user.view().states.items():
            anchor = state.anchor
            if anchor is None or anchor.briefing_id not in wanted:
                continue
            articles = self.articles(anchor.briefing_id)
            if anchor.kind == "passage":
                home = _find_passage(articles, anchor)
                if home is None:
                    orphans.append(item_id)
                elif home.id != anchor.article_id or state.orphaned:
                    anchors[item_id] = Anchor("passage", home.briefing_id, home.id, anchor.text, home.title)
                continue
            if self.locate(item_id) is not None:
                if state.orphaned:
                    found.append(item_id)
                continue
            new_id = _find_by_content(articles, anchor)
            if new_id is None:
                orphans.append(item_id)
            else:
                moves[item_id] = new_id
        self.user.relink(moves, anchors, orphans, found)
        return len(orphans)

    # -- helpers --------------------------------------------------------------------------------

    def _shard(self, briefing_id: str) -> _Shard:
        return self._cached(self._shard_path(briefing_id), _Shard)

    def _cached(self, path: Path, build: Callable[[dict[str, Any]], T]) -> T:
        """Read a JSON file through a cache that is refreshed when the file changes on disk."""
        try:
            stat = path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        except FileNotFoundError:
            stamp = None
        cached = self._cache.get(path)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        data = read_json_file(path) if stamp is not None else None
        value = build(data or {})
        self._cache[path] = (stamp, value)
        return value

class _Shard:
    """A briefing's file of articles; each article is built from its document when first asked for.

    Finding one quote for a CLI command needs one article, not the hundred of a long briefing.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.docs: dict[str, dict[str, Any]] = {doc["id"]: doc for doc in data.get("articles", {}).values()}
        self._built: dict[str, Article] = {}

    def article(self, article_id: str) -> Article:
        article = self._built.get(article_id)
        if article is None:
            article = self._built[article_id] = _article_from_doc(self.docs[article_id])
        return article

    def articles(self, article_ids: Iterable[str]) -> list[Article]:
        """These articles, in this order (ids not in the file are left out)."""
        return [self.article(article_id) for article_id in article_ids if article_id in self.docs]

    def holder(self, item_id: str) -> str | None:
        """The id of the article that holds a quote or figure."""
        for article_id, doc in self.docs.items():
            if any(item.get("id") == item_id for key in ("quotes", "figures") for item in doc.get(key, ())):
                return article_id
        return None


def _item_ids(article: Article) -> tuple[str, ...]:
    """The ids an article holds: its own, its quotes' and its figures'."""
    return (article.id, *(q.id for q in article.quotes), *(f.id for f in article.figures))


def _sorted_briefings(data: dict[str, Any]) -> tuple[Briefing, ...]:
    briefings = [_briefing_from_doc(row) for row in data.get("briefings", {}).values()]
    return tuple(sorted(briefings, key=lambda b: (b.date, b.title.casefold()), reverse=True))


def _set_briefing(data: dict[str, Any], briefing: Briefing) -> None:
    rows = data.setdefault("briefings", {})
    doc = _briefing_to_doc(briefing)
    for row_id, row in rows.items():
        if row["id"] == briefing.id:
            rows[row_id] = doc
            return
    rows[str(max((int(k) for k in rows), default=0) + 1)] = doc


def _location_shard(item_id: str) -> str:
    """Which locations file holds an id: one of 32, by the id's first hash character."""
    return item_id.partition("-")[2][:1] or "_"


def _add_locations(data: dict[str, Any], items: dict[str, str]) -> None:
    # Ids of articles dropped from a re-imported briefing stay behind; locate() checks the
    # briefing still holds the item, so a stale entry only costs a miss.
    data.setdefault("locations", {}).setdefault("1", {}).update(items)


def _briefing_to_doc(briefing: Briefing) -> dict[str, Any]:
    doc = asdict(briefing)
    doc["tags"], doc["article_ids"] = list(briefing.tags), list(briefing.article_ids)
    return doc


def _briefing_from_doc(doc: dict[str, Any]) -> Briefing:
    return Briefing(**{**doc, "tags": tuple(doc.get("tags", ())), "article_ids": tuple(doc.get("article_ids", ()))})


def _article_to_doc(article: Article) -> dict[str, Any]:
    """The article as stored: what dataclasses.asdict gives, several times faster (its items are flat)."""
    doc = dict(vars(article))
    for name in ("quotes", "figures", "dates", "entities"):
        doc[name] = [dict(vars(item)) for item in doc[name]]
    return doc


def _article_from_doc(doc: dict[str, Any]) -> Article:
    return Article(
        **{
            **doc,
            "summary": tuple(doc.get("summary", ())),
            "quotes": tuple(Quote(**q) for q in doc.get("quotes", ())),
            "figures": tuple(Figure(**f) for f in doc.get("figures", ())),
            "dates": tuple(DateMention(**d) for d in doc.get("dates", ())),
            "entities": tuple(Entity(**e) for e in doc.get("entities", ())),
        }
    )


__all__ = ["Library", "Located", "SCHEMA_VERSION", "StoreError"]


def _find_by_content(articles: list[Article], anchor: Anchor) -> str | None:
    """The new id of an item whose id changed, found by its words (quotes, figures) or title (articles)."""
    wanted = normalise_key(anchor.text)
    for article in articles:
        if anchor.kind == "article" and normalise_key(article.title) == wanted:
            return article.id
        if anchor.kind == "quote":
            for quote in article.quotes:
                if normalise_key(quote.text) == wanted:
                    return quote.id
        if anchor.kind == "figure":
            for figure in article.figures:
                if normalise_key(figure.value) == wanted:
                    return figure.id
    return None


def _find_passage(articles: list[Article], anchor: Anchor) -> Article | None:
    """The article whose text holds a highlighted passage, preferring the one it was made in."""
    wanted = normalise_key(anchor.text)
    ordered = sorted(articles, key=lambda a: a.id != anchor.article_id)
    return next((a for a in ordered if wanted in normalise_key(markdown_to_text(a.body))), None)


STALE_SECONDS = 60
"""A temporary file older than this was left by a killed writer (a live write takes milliseconds)."""


def _remove_stale_temporary_files(root: Path) -> None:
    """Remove what an interrupted write left behind (".NAME.xxxx.tmp", older than STALE_SECONDS).

    Only the folders that hold many-writer files are listed, not the whole tree: a library of
    10,000 articles has as many small search files, and a temporary file among those is removed
    with its folder when the briefing is indexed again.
    """
    now = dt.datetime.now().timestamp()
    folders = [root, *(folder for folder in root.glob("*/") if folder.is_dir())]
    folders += [root / "derived" / name for name in ("articles", "overviews", "locations", "search", "search/docs")]
    for temporary in (t for folder in folders for t in folder.glob(".*.tmp")):
        try:
            if now - temporary.stat().st_mtime > STALE_SECONDS:
                temporary.unlink()
        except OSError:
            pass
