"""Provides library search: query parsing, an inverted index built at import, and ranked hits with snippets.

The index lives in derived/search/: postings sharded by a hash of the term (a query reads only the
shards of its words) and one small file of searchable documents per briefing. Importing a batch of
briefings rewrites each touched shard once. The reader's notes and tags are searched at query time
from user.json, which is small.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.domain.models import Article, Briefing, Note
from tui.domain.storage import AtomicJSONStorage, CorruptStoreError, read_json_file

SHARDS = 64
KIND_BOOST = {"briefing": 1.6, "article": 1.0, "quote": 1.3, "figure": 1.2, "note": 1.4}
_TOKEN = re.compile(r"[^\W_]+(?:[.,'’-][^\W_]+)*")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
"""Combining marks (accents) as NFKD decomposes them."""
_JOINER = re.compile(r"[.,'’-]")
_FILTER = re.compile(r"^(tag|speaker|is|briefing|kind):(.*)$", re.IGNORECASE)
_STOP = {"the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "at", "by", "is", "was", "it", "that", "with"}


def tokens(text: str) -> list[str]:
    """Words for the index: folded case and accents; "1,057" and "25-billion" kept whole and in parts."""
    folded = text.casefold()
    if not folded.isascii():  # accents off ("Tomás" -> "tomas"); plain ASCII needs none of this
        folded = _COMBINING.sub("", unicodedata.normalize("NFKD", folded))
    words: list[str] = []
    for word in _TOKEN.findall(folded):
        words.append(word)
        if _JOINER.search(word):
            words += [part for part in _JOINER.split(word) if part]
    return [w for w in words if w not in _STOP]


@dataclass
class Query:
    """A parsed query: words, quoted phrases and filters."""

    words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    briefings: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    unread: bool = False
    starred: bool = False

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases or self.tags or self.speakers or self.briefings or self.unread
                    or self.starred or self.kinds)


def parse_query(text: str) -> Query:
    """Parse `energy "playing with fire" tag:iran speaker:peskov is:unread is:starred briefing:grid`."""
    query = Query()
    text = text[:500]
    for phrase in re.findall(r"[\"“]([^\"”]+)[\"”]", text):
        query.phrases.append(phrase.strip())
        query.words += tokens(phrase)
    text = re.sub(r"[\"“][^\"”]+[\"”]", " ", text)
    for word in text.split():
        match = _FILTER.match(word)
        if match is None:
            query.words += tokens(word)
            continue
        name, value = match.group(1).lower(), match.group(2).strip().lower().lstrip("#")
        if not value:
            continue
        if name == "tag":
            query.tags.append(value)
        elif name == "speaker":
            query.speakers.append(value)
        elif name == "briefing":
            query.briefings.append(value)
        elif name == "kind":
            query.kinds.append(value)
        elif value in ("unread", "starred"):
            setattr(query, value, True)
    return query


@dataclass(frozen=True)
class Hit:
    """One search result."""

    id: str
    kind: str
    title: str
    snippet: str
    score: float
    briefing_id: str
    article_id: str = ""


@dataclass(frozen=True)
class UserView:
    """What search needs from the reader's store."""

    read: frozenset[str]
    starred: frozenset[str]
    tags: dict[str, list[str]]
    notes: list[Note]
    places: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    """Item id -> (briefing id, article id, label), from the anchors kept with annotations."""


def _shard(term: str) -> str:
    return f"{int(hashlib.blake2b(term.encode(), digest_size=2).hexdigest(), 16) % SHARDS:02d}"


def _documents(briefing: Briefing, articles: list[Article]) -> dict[str, dict[str, Any]]:
    """The searchable documents of a briefing, with what is needed to show and filter a hit."""
    base = {"briefing": briefing.id, "btitle": briefing.title, "btags": list(briefing.tags)}
    docs = {briefing.id: {**base, "kind": "briefing", "title": briefing.title, "text": briefing.summary,
                          "words": f"{briefing.title} {briefing.title} {briefing.summary} {' '.join(briefing.tags)}"}}
    for article in articles:
        body = " ".join(article.body.split())
        docs[article.id] = {**base, "kind": "article", "article": article.id, "title": article.title,
                            "text": " ".join(article.summary) + " " + body[:600],
                            "words": f"{article.title} {article.title} {article.source} {body}"}
        for quote in article.quotes:
            docs[quote.id] = {**base, "kind": "quote", "article": article.id, "title": article.title,
                              "text": f"“{quote.text}” — {quote.speaker}", "speaker": quote.speaker,
                              "words": f"{quote.text} {quote.speaker} {quote.role}"}
        for figure in article.figures:
            docs[figure.id] = {**base, "kind": "figure", "article": article.id, "title": article.title,
                               "text": f"{figure.value}: {figure.measures}",
                               "words": f"{figure.value} {figure.measures}"}
    return docs


class SearchIndex:
    """The inverted index of the library's derived data."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _docs_path(self, briefing_id: str) -> Path:
        return self.directory / "docs" / f"{briefing_id}.json"

    def index_briefings(self, batch: list[tuple[Briefing, list[Article]]]) -> None:
        """Index briefings (replacing what was indexed for them before); each shard is written once."""
        added: dict[str, dict[str, dict[str, list[Any]]]] = defaultdict(dict)
        stale: set[str] = set()
        """Shards holding postings of the batch's briefings from an earlier import."""
        for briefing, articles in batch:
            old = read_json_file(self._docs_path(briefing.id)) or {}
            stale.update(_shard(term) for term in old.get("terms", []))
            docs = _documents(briefing, articles)
            terms: set[str] = set()
            for doc_id, doc in docs.items():
                counts: dict[str, int] = defaultdict(int)
                for word in tokens(doc.pop("words")):
                    counts[word] += 1
                for word, count in counts.items():
                    added[_shard(word)].setdefault(word, {})[doc_id] = [count, briefing.id]
                    terms.add(word)
            AtomicJSONStorage(self._docs_path(briefing.id)).write({"docs": docs, "terms": sorted(terms)})
        briefing_ids = {b.id for b, _ in batch}
        for shard in set(added) | stale:
            path = self.directory / f"{shard}.json"
            data = read_json_file(path) or {}
            postings: dict[str, dict[str, Any]] = data.get("postings", {})
            if shard in stale:
                for term, docs in list(postings.items()):
                    kept = {d: v for d, v in docs.items() if v[1] not in briefing_ids}
                    if kept:
                        postings[term] = kept
                    else:
                        del postings[term]
            for term, docs in added.get(shard, {}).items():
                postings.setdefault(term, {}).update(docs)
            AtomicJSONStorage(path).write({"postings": postings})

    def search(self, text: str, user: UserView, *, limit: int = 50) -> list[Hit]:
        """Ranked hits for a query; an empty query finds nothing."""
        query = parse_query(text)
        if query.empty:
            return []
        scores: dict[str, float] = {}
        homes: dict[str, str] = {}
        if query.words:
            total = 10_000  # idf needs only the order of magnitude of the number of documents
            for position, word in enumerate(dict.fromkeys(query.words)):
                postings = self._postings(word)
                idf = math.log(1 + total / (1 + len(postings)))
                if position == 0:
                    scores = {doc: idf * (1 + math.log(count)) for doc, (count, _) in postings.items()}
                    homes = {doc: briefing for doc, (_, briefing) in postings.items()}
                else:
                    scores = {doc: s + idf * (1 + math.log(postings[doc][0])) for doc, s in scores.items()
                              if doc in postings}
                if not scores:
                    break
        if query.words:
            # Only the briefings holding the best-scored documents are read, never the whole index.
            best = sorted(scores, key=lambda d: -scores[d])[: max(limit * 4, 200)]
            docs = self._load_docs(set(best), {homes[d] for d in best})
        else:
            docs = self._load_docs(self._candidates(query, user), None)
        hits: list[Hit] = []
        for doc_id, doc in docs.items():
            if not self._passes(doc_id, doc, query, user):
                continue
            score = scores.get(doc_id, 1.0) * KIND_BOOST.get(doc["kind"], 1.0)
            if query.phrases and not all(p.casefold() in doc["text"].casefold() for p in query.phrases):
                if doc["kind"] != "article":
                    continue
                score *= 0.5
            hits.append(Hit(doc_id, doc["kind"], doc["title"], _snippet(doc["text"], query.words), score,
                            doc["briefing"], doc.get("article", "")))
        hits += _note_hits(query, user)
        hits.sort(key=lambda h: -h.score)
        return hits[:limit]

    def _postings(self, word: str) -> dict[str, list]:
        try:
            data = read_json_file(self.directory / f"{_shard(word)}.json") or {}
        except CorruptStoreError:
            return {}
        return data.get("postings", {}).get(word, {})

    def _candidates(self, query: Query, user: UserView) -> set[str]:
        """Items for a query of filters only: what the reader starred, else everything ("*")."""
        return set(user.starred) if query.starred else {"*"}

    def _load_docs(self, wanted: set[str], briefings: set[str] | None) -> dict[str, dict[str, Any]]:
        docs: dict[str, dict[str, Any]] = {}
        everything = "*" in wanted
        paths = ([self._docs_path(b) for b in sorted(briefings)] if briefings is not None
                 else sorted((self.directory / "docs").glob("*.json")))
        for path in paths:
            try:
                data = read_json_file(path) or {}
            except CorruptStoreError:
                continue
            for doc_id, doc in data.get("docs", {}).items():
                if everything or doc_id in wanted:
                    docs[doc_id] = doc
        return docs

    @staticmethod
    def _passes(doc_id: str, doc: dict[str, Any], query: Query, user: UserView) -> bool:
        if query.kinds and doc["kind"] not in query.kinds:
            return False
        if query.speakers and not all(s in doc.get("speaker", "").casefold() for s in query.speakers):
            return False
        if query.briefings and not all(b in doc["btitle"].casefold() or b == doc["briefing"] for b in query.briefings):
            return False
        if query.tags:
            # An item matches its own tags; an article (and a briefing) also its briefing's tags.
            tags = set(user.tags.get(doc_id, []))
            if doc["kind"] in ("briefing", "article"):
                tags |= set(doc["btags"]) | set(user.tags.get(doc["briefing"], []))
            if not set(query.tags) <= tags:
                return False
        if query.unread and (doc["kind"] == "briefing" or doc.get("article", doc_id) in user.read):
            return False
        if query.starred and doc_id not in user.starred:
            return False
        return True


def _note_hits(query: Query, user: UserView) -> list[Hit]:
    """The reader's notes that match the query's words (and its tag filter)."""
    if not query.words or query.speakers or query.unread:
        return []
    hits = []
    for note in user.notes:
        words = set(tokens(note.text)) | set(user.tags.get(note.item_id, []))
        if not all(w in words for w in query.words):
            continue
        if query.tags and not set(query.tags) <= set(user.tags.get(note.item_id, [])):
            continue
        if query.starred and note.item_id not in user.starred:
            continue
        briefing_id, article_id, label = user.places.get(note.item_id, ("", "", "Note"))
        hits.append(Hit(note.id, "note", label, _snippet(note.text, query.words), 2.0 * KIND_BOOST["note"],
                        briefing_id, article_id))
    return hits


def _snippet(text: str, words: list[str], width: int = 160) -> str:
    """A window of the text around the first query word, at most `width` characters."""
    text = " ".join(text.split())
    folded = text.casefold()
    at = min((i for w in words if (i := folded.find(w)) >= 0), default=0)
    start = max(0, at - width // 3)
    snippet = text[start : start + width]
    return ("…" if start else "") + snippet + ("…" if start + width < len(text) else "")
