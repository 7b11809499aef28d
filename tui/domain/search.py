"""Provides library search: query parsing, an inverted index built at import, and ranked hits with snippets.

The index lives in derived/search/: postings sharded by a hash of the term (a query reads only the
shards of its words, each a few hundred kilobytes at 10,000 articles), and the searchable documents
in one small file per article (a query reads only the files of the hits it shows) beside one file
per briefing. A term's postings are three space-separated strings (documents, counts, homes), most
frequent first: decoding them is a few string splits, not an object per posting, and a one-word
query reads only the top of the list. A speaker file says which article files hold each speaker's
quotes, so that a speaker: filter reads only those. Importing a batch of briefings rewrites each
touched shard once. The reader's notes and tags are searched at query time from user.json, which is small.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
import math
import re
import shutil
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.domain.ids import id_prefixes
from tui.domain.models import Article, Briefing, Note
from tui.domain.storage import AtomicBatch, AtomicJSONStorage, CorruptStoreError, json_text, read_json_file

SHARDS = 1024
FORMAT = 4
"""The layout of derived/search; an index of another format is rebuilt (it is derived data)."""
KIND_BOOST = {"briefing": 1.6, "article": 1.0, "quote": 1.3, "figure": 1.2, "note": 1.4}
_COMPOUND = re.compile(r"(?<![^\W_])[^\W_]++(?:[.,'’-][^\W_]++)+")
"""A word with inner punctuation: "1,057", "25-billion", "o'brien", "u.s" (possessive)."""
_INNER_PUNCTUATION = re.compile(r"[.,'’-](?<=[^\W_].)(?=[^\W_])")
"""The punctuation inside a compound, between a letter or digit and another (found first, so that re
skips quickly from one such mark to the next)."""
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
"""Combining marks (accents) as NFKD decomposes them."""
_PART = re.compile(r"[^\W_]+")
_FILTER = re.compile(r"^(tag|speaker|is|briefing|kind):(.*)$", re.IGNORECASE)
_STOP = {"the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "at", "by", "is", "was", "it", "that", "with"}


def tokens(text: str) -> list[str]:
    """Words for the index: folded case and accents; "1,057" and "25-billion" kept whole and in parts."""
    return [w for w in _words(text) if w not in _STOP]


def term_counts(text: str) -> Counter[str]:
    """How often each word of tokens(text) occurs (counted in C: indexing does this for every document)."""
    counts = Counter(_words(text))
    for word in _STOP.intersection(counts):
        del counts[word]
    return counts


_ASCII_SEPARATORS = bytes(c if c >= 128 or chr(c).isalnum() else ord(" ") for c in range(256))
"""Every ASCII character that is not a letter or a digit as a space, for bytes.translate (UTF-8 bytes
of other characters are left as they are)."""


def _words(text: str) -> list[str]:
    folded = text.casefold()
    if not folded.isascii():  # accents off ("Tomás" -> "tomas"); plain ASCII needs none of this
        folded = _COMBINING.sub("", unicodedata.normalize("NFKD", folded))
    # Every simple word (a run of letters and digits, as _PART finds them), and each compound
    # ("1,057", "25-billion") whole as well. ASCII separators become spaces in the UTF-8 bytes (in
    # C: str.translate looks each character up in a dict once a text holds one that is not ASCII,
    # three times slower than the regex); a token left holding another mark ("“we", "€25") is then
    # cut by _PART, and one call tells whether any is.
    words = folded.encode("utf-8", "surrogatepass").translate(_ASCII_SEPARATORS).decode("utf-8", "surrogatepass").split()
    if words and not "".join(words).isalnum():
        words = [part for word in words for part in ((word,) if word.isalnum() else _PART.findall(word))]
    return words + _compounds(folded)


def _compounds(text: str) -> list[str]:
    """Every compound of the text, in order: each holds a mark of inner punctuation, from which
    the start of its first word is found (twice as fast as trying _COMPOUND at every word)."""
    found = []
    end = 0
    for mark in _INNER_PUNCTUATION.finditer(text):
        start = mark.start()
        if start < end:
            continue  # a mark inside the compound found last ("1,057,000")
        while start > end and text[start - 1].isalnum():
            start -= 1
        compound = _COMPOUND.match(text, start)
        if compound is not None:  # always: the mark stands between two words
            found.append(compound.group(0))
            end = compound.end()
    return found


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
            query.speakers.append(value.casefold())  # as the speakers it is compared with
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


@functools.lru_cache(maxsize=1 << 16)
def _shard(term: str) -> str:
    return f"{int(hashlib.blake2b(term.encode(), digest_size=2).hexdigest(), 16) % SHARDS:04d}"


def _documents(briefing: Briefing, articles: list[Article]) -> dict[str, dict[str, Any]]:
    """The searchable documents of a briefing, with what is needed to show and filter a hit."""
    base = {"briefing": briefing.id, "btitle": briefing.title, "btags": list(briefing.tags)}
    docs = {briefing.id: {**base, "kind": "briefing", "title": briefing.title, "text": briefing.summary,
                          "words": f"{briefing.title} {briefing.title} {briefing.summary} {' '.join(briefing.tags)}"}}
    for article in articles:
        for doc_id, doc in _article_documents(article):
            docs[doc_id] = {**base, **doc}
    return docs


def _article_documents(article: Article) -> Iterator[tuple[str, dict[str, Any]]]:
    """An article's documents (itself, its quotes, its figures), without what they take from their briefing."""
    body = " ".join(article.body.split())
    yield article.id, {"kind": "article", "article": article.id, "title": article.title,
                       "text": " ".join(article.summary) + " " + body[:600],
                       "words": f"{article.title} {article.title} {article.source} {body}"}
    for quote in article.quotes:
        yield quote.id, {"kind": "quote", "article": article.id, "title": article.title,
                         "text": f"“{quote.text}” — {quote.speaker}", "speaker": quote.speaker,
                         "words": f"{quote.text} {quote.speaker} {quote.role}"}
    for figure in article.figures:
        yield figure.id, {"kind": "figure", "article": article.id, "title": article.title,
                          "text": f"{figure.value}: {figure.measures}",
                          "words": f"{figure.value} {figure.measures}"}


Terms = dict[str, dict[str, int]]
"""Document id -> how often each index word occurs in it."""
Slots = dict[int, tuple[int, str, str]]
"""A term's postings by count: count -> (how many documents, their ids, their homes), the ids and
homes space-separated in the order they are stored."""


def _indexed_fields(briefing: Briefing) -> tuple[str, str, str, tuple[str, ...]]:
    return briefing.id, briefing.title, briefing.summary, tuple(briefing.tags)


@dataclass
class PreparedBriefing:
    """A briefing's index files and postings, made ahead of writing them (SearchIndex.prepare)."""

    fields: tuple[str, str, str, tuple[str, ...]]
    """What of the briefing its documents hold: id, title, summary, tags."""
    articles: list[Article]
    postings: dict[str, Slots]
    """Term -> its postings in this briefing, by count (see Slots): merging a batch's joins strings."""
    texts: dict[str, str]
    """Article id -> the JSON text of its documents' file."""
    own: str
    """The JSON text of the briefing's own file (its document and its terms)."""
    speakers: dict[str, set[str]]
    """Speaker (case-folded) -> the homes ("briefing/article") of their quotes."""

    def fits(self, briefing: Briefing, articles: list[Article]) -> bool:
        """Whether this was prepared for this briefing with these very articles (and nothing changed since)."""
        return (_indexed_fields(briefing) == self.fields and len(articles) == len(self.articles)
                and all(a is b for a, b in zip(articles, self.articles)))


def article_terms(article: Article) -> Terms:
    """The index words of an article's documents, counted ahead of indexing.

    An import counts them in its worker processes, beside the extraction, so that the one process
    that writes the index only merges them (see SearchIndex.index_briefings).
    """
    return {doc_id: dict(term_counts(doc["words"])) for doc_id, doc in _article_documents(article)}


class SearchIndex:
    """The inverted index of the library's derived data."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def needs_rebuild(self) -> bool:
        """True when the index on disk has another layout than this version's (or none at all)."""
        data = read_json_file(self.directory / "format.json") if self.directory.exists() else None
        return (data or {}).get("format") != FORMAT

    def rebuild(self, batch: list[tuple[Briefing, list[Article]]], terms: Terms | None = None,
                prepared: dict[str, PreparedBriefing] | None = None) -> None:
        """Index everything anew (after a format change or damage): the old files are removed first."""
        if self.directory.exists():
            shutil.rmtree(self.directory)
        self.index_briefings(batch, terms, prepared)

    def _docs_path(self, briefing_id: str, article_id: str = "") -> Path:
        """A briefing's own file (its document and its terms), or one article's documents."""
        if article_id:
            return self.directory / "docs" / briefing_id / f"{article_id}.json"
        return self.directory / "docs" / f"{briefing_id}.json"

    def index_briefings(self, batch: list[tuple[Briefing, list[Article]]], terms: Terms | None = None,
                        prepared: dict[str, PreparedBriefing] | None = None) -> None:
        """Index briefings (replacing what was indexed for them before); each shard is written once.

        Args:
            batch: The briefings and all their articles.
            terms: article_terms() of some of the articles, counted already; the others are counted here.
            prepared: Briefings prepared already (see prepare), by id; one that no longer fits its
                entry of the batch is prepared again.
        """
        self.directory.mkdir(parents=True, exist_ok=True)
        with AtomicBatch() as files:  # thousands of small files: synced together, not one by one
            self._write_briefings(batch, files, terms or {}, prepared or {})
        # Written last: a rebuild cut short leaves no format mark, so the next run rebuilds again.
        AtomicJSONStorage(self.directory / "format.json").write({"format": FORMAT})

    @staticmethod
    def prepare(briefing: Briefing, articles: list[Article], counted: Terms) -> PreparedBriefing:
        """What indexing a briefing writes and adds to the postings, made without touching the disk.

        An import prepares each briefing as soon as its articles are built, while its workers
        build the next ones, so that little is left to do once the last article is in.

        Args:
            briefing: The briefing (its id, title, summary and tags are indexed).
            articles: All its articles.
            counted: article_terms() of some of the articles; the others are counted here.
        """
        by_term: dict[str, dict[int, list[str]]] = {}
        """Term -> count -> the documents holding it that often."""
        homes: dict[str, str] = {}
        by_article: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        speakers: dict[str, set[str]] = defaultdict(set)
        for doc_id, doc in _documents(briefing, articles).items():
            words = doc.pop("words")
            counts = counted[doc_id] if doc_id in counted else term_counts(words)
            article_id = doc.get("article", "")
            home = homes[doc_id] = f"{briefing.id}/{article_id}"
            for word, count in counts.items():
                slots = by_term.get(word)
                if slots is None:
                    by_term[word] = {count: [doc_id]}
                elif count in slots:
                    slots[count].append(doc_id)
                else:
                    slots[count] = [doc_id]
            by_article[article_id][doc_id] = doc
            if doc.get("speaker"):
                speakers[doc["speaker"].casefold()].add(home)
        postings = {term: {count: (len(docs), " ".join(docs), " ".join([homes[doc] for doc in docs]))
                           for count, docs in slots.items()} for term, slots in by_term.items()}
        texts = {article_id: json_text({"docs": docs}) for article_id, docs in by_article.items() if article_id}
        own = json_text({"docs": by_article.get("", {}), "terms": sorted(by_term)})
        return PreparedBriefing(_indexed_fields(briefing), articles, postings, texts, own, speakers)

    def _write_briefings(self, batch: list[tuple[Briefing, list[Article]]], files: AtomicBatch, counted: Terms,
                         prepared: dict[str, PreparedBriefing]) -> None:
        added: dict[str, list[Slots]] = defaultdict(list)
        """Term -> its postings in each briefing of the batch, in batch order."""
        replaced: dict[str, set[str]] = defaultdict(set)
        """Shard -> the terms that held postings of the batch's briefings from an earlier import."""
        speakers: dict[str, set[str]] = defaultdict(set)
        """Speaker -> the homes of their quotes in the batch."""
        for briefing, articles in batch:
            old = read_json_file(self._docs_path(briefing.id)) or {}
            for term in old.get("terms", []):
                replaced[_shard(term)].add(term)
            old_articles = self.directory / "docs" / briefing.id
            if old_articles.exists():
                shutil.rmtree(old_articles)
            ready = prepared.get(briefing.id)
            if ready is None or not ready.fits(briefing, articles):
                ready = self.prepare(briefing, articles, counted)
            for article_id, text in ready.texts.items():
                files.write_text(self._docs_path(briefing.id, article_id), text)
            files.write_text(self._docs_path(briefing.id), ready.own)
            for speaker, homes in ready.speakers.items():
                speakers[speaker] |= homes
            for term, slots in ready.postings.items():
                added[term].append(slots)
        by_shard: dict[str, list[str]] = defaultdict(list)
        for term in added:
            by_shard[_shard(term)].append(term)
        briefing_ids = {b.id for b, _ in batch}
        for shard in set(by_shard) | set(replaced):
            path = self.directory / f"{shard}.json"
            stored: dict[str, dict[str, str]] = (read_json_file(path) or {}).get("postings", {})
            # Only the terms the batch touches are decoded and written again; the others stay as stored.
            for term in set(by_shard.get(shard, ())) | replaced.get(shard, set()):
                parts = added.get(term, [])
                if term in stored:  # the postings of other briefings first, as they are stored
                    kept = {doc: value for doc, value in Postings(stored[term]).entries().items()
                            if value[1].partition("/")[0] not in briefing_ids}
                    parts = [Postings.slots(kept), *parts]
                if any(parts):
                    stored[term] = Postings.join(parts)
                else:
                    stored.pop(term, None)
            files.write_json(path, {"postings": stored})
        self._write_speakers(files, speakers, briefing_ids)

    def _write_speakers(self, files: AtomicBatch, added: dict[str, set[str]], briefing_ids: set[str]) -> None:
        """The speaker file with the batch's speakers, and without what its briefings held before."""
        path = self.directory / "speakers.json"
        # An index made anew starts from no speakers; one in use from those it holds.
        stored = self._stored_speakers() if (self.directory / "format.json").exists() else {}
        if stored is None:
            stored = self._speakers_from_documents(briefing_ids)  # lost or damaged: made again
        for speaker in set(stored) | set(added):
            homes = {home for home in stored.get(speaker, "").split() if home.partition("/")[0] not in briefing_ids}
            homes |= added.get(speaker, set())
            if homes:
                stored[speaker] = " ".join(sorted(homes))
            else:
                stored.pop(speaker, None)
        files.write_json(path, {"speakers": stored})

    def _speakers_from_documents(self, skip: set[str]) -> dict[str, str]:
        """The speaker file's table made from the document files, but those of the briefings in skip."""
        speakers: dict[str, set[str]] = defaultdict(set)
        for path in (self.directory / "docs").glob("*/*.json"):
            if path.parent.name not in skip:
                for doc in _read_table(path, "docs").values():
                    if isinstance(doc, dict) and isinstance(doc.get("speaker"), str) and doc["speaker"]:
                        speakers[doc["speaker"].casefold()].add(f"{path.parent.name}/{path.stem}")
        return {speaker: " ".join(sorted(homes)) for speaker, homes in speakers.items()}

    def _stored_speakers(self) -> dict[str, str] | None:
        """Speaker -> the homes of their quotes, space-separated; None when the file is missing or damaged."""
        try:
            stored = (read_json_file(self.directory / "speakers.json") or {}).get("speakers")
        except CorruptStoreError:
            return None
        if not isinstance(stored, dict) or not all(isinstance(homes, str) for homes in stored.values()):
            return None
        return stored

    def _speaker_homes(self, query: Query) -> set[str] | None:
        """The homes ("briefing/article") of the quotes whose speaker a query's speaker: filters let
        through (each filter is a part of the name); None when the speaker file cannot tell."""
        stored = self._stored_speakers()
        if stored is None:
            return None  # the filter is then applied to every quote, as read
        return {home for speaker, homes in stored.items() if all(part in speaker for part in query.speakers)
                for home in homes.split()}

    def search(self, text: str, user: UserView, *, limit: int = 50) -> list[Hit]:
        """Ranked hits for a query; an empty query finds nothing."""
        query = parse_query(text)
        if query.empty:
            return []
        hits: list[Hit] = []
        # A speaker filter tells which article files can hold a hit (the speaker file says): only
        # those are read, and "speaker:okafor port" ranks only the quotes of those articles.
        speaker_homes = self._speaker_homes(query) if query.speakers else None
        if query.words:
            total = 10_000  # idf needs only the order of magnitude of the number of documents
            # The rarest word first: only its documents can match, so a word found in nearly every
            # document ("financing" in a library of financing stories) is looked up, not walked.
            lists = sorted((self._postings(word) for word in dict.fromkeys(query.words)), key=len)
            rarest = lists[0]
            wanted = max(limit * 8, 400)
            # Only documents of the kinds the filters let through (told by their ids: "q-…" is a
            # quote) are ranked: "speaker:okafor port" reads the files of quotes, not of articles.
            kinds = _kinds_passing(query)
            prefixes = None if kinds is None else id_prefixes(kinds)
            if len(lists) == 1:
                # One word: its idf is the same for every document, and its postings are stored most
                # frequent first, so the ranking is the top of the list.
                top = rarest.top(wanted, prefixes, speaker_homes)
                scores = {doc: 1 + math.log(count) for doc, (count, _) in top.items()}
                homes = {doc: home for doc, (_, home) in top.items()}
            else:
                homes = rarest.homes()
                if prefixes is not None:
                    homes = {doc: home for doc, home in homes.items() if doc.startswith(prefixes)}
                if speaker_homes is not None:
                    homes = {doc: home for doc, home in homes.items() if home in speaker_homes}
                scores = dict.fromkeys(homes, 0.0)
                for postings in lists:
                    idf = math.log(1 + total / (1 + len(postings)))
                    counts = postings.counts()
                    # Counts are small numbers: weigh each distinct one once, not once per document.
                    weight = {n: idf * (1 + math.log(int(n))) for n in set(counts.values())}
                    scores = {doc: s + weight[n] for doc, s in scores.items() if (n := counts.get(doc))}
            ranked = heapq.nlargest(wanted, scores, key=scores.__getitem__)
            # In score order, reading only the documents of the hits shown (one small file per article);
            # a hit that a filter or a phrase rejects costs one more file, up to a bound.
            files: dict[Path, dict[str, Any]] = {}
            complete = 0
            for doc_id in ranked:
                briefing_id, _, article_id = homes[doc_id].partition("/")
                path = self._docs_path(briefing_id, article_id)
                if path not in files:
                    files[path] = _read_table(path, "docs")
                doc = files[path].get(doc_id)
                if doc is None:
                    continue
                hit, whole = self._hit(doc_id, doc, query, user, scores[doc_id])
                if hit is not None:
                    hits.append(hit)
                    complete += whole
                    if complete >= limit:
                        break
        else:
            # Every hit scores the same, so the first `limit` in the files' order are the ones shown:
            # the files after them are not read ("speaker:okafor" stops at its 50th quote).
            paths = None if speaker_homes is None else [self._docs_path(*home.split("/", 1)) for home in speaker_homes]
            for doc_id, doc in self._all_docs(self._candidates(query, user), paths):
                hit, _ = self._hit(doc_id, doc, query, user, 1.0)
                if hit is not None:
                    hits.append(hit)
                    if len(hits) == limit:
                        break
        hits += _note_hits(query, user)
        hits.sort(key=lambda h: -h.score)
        return hits[:limit]

    def _hit(self, doc_id: str, doc: dict[str, Any], query: Query, user: UserView,
             score: float) -> tuple[Hit | None, bool]:
        """The hit a document makes for the query (None when a filter or a phrase rules it out), and
        whether it matches whole (an article whose stored text lacks a phrase ranks lower)."""
        if not self._passes(doc_id, doc, query, user):
            return None, False
        score *= KIND_BOOST.get(doc["kind"], 1.0)
        whole = True
        if query.phrases and not all(p.casefold() in doc["text"].casefold() for p in query.phrases):
            if doc["kind"] != "article":
                return None, False
            score *= 0.5  # the phrase may stand further into the article than its stored text
            whole = False
        hit = Hit(doc_id, doc["kind"], doc["title"], _snippet(doc["text"], query.words), score,
                  doc["briefing"], doc.get("article", ""))
        return hit, whole

    def _postings(self, word: str) -> Postings:
        return Postings(_read_table(self.directory / f"{_shard(word)}.json", "postings").get(word))

    def _candidates(self, query: Query, user: UserView) -> set[str]:
        """Items for a query of filters only: what the reader starred, else everything ("*")."""
        return set(user.starred) if query.starred else {"*"}


    def _all_docs(self, wanted: set[str], paths: list[Path] | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
        """Documents for a query of filters only, the wanted ones or every one ("*"), file by file as
        they are read (each once), from every document file or from these."""
        seen: set[str] = set()
        everything = "*" in wanted
        for path in sorted((self.directory / "docs").rglob("*.json") if paths is None else paths):
            for doc_id, doc in _read_table(path, "docs").items():
                if (everything or doc_id in wanted) and doc_id not in seen:
                    seen.add(doc_id)
                    yield doc_id, doc

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


def _kinds_passing(query: Query) -> set[str] | None:
    """The kinds of document a query's filters let through (None: every kind). Only quotes have a
    speaker: "speaker:okafor port" ranks the quotes holding "port", not every article that does."""
    kinds = set(query.kinds) if query.kinds else None
    if query.speakers:
        kinds = kinds & {"quote"} if kinds is not None else {"quote"}
    return kinds


class Postings:
    """A term's postings as stored: documents, their counts and their homes, most frequent first.

    Stored as {"d": "doc doc …", "c": "3 1 …", "h": "briefing/article …"} (space-separated, in the
    same order; a home says which file holds the document). At 10,000 articles a common word has
    70,000 postings, which JSON decoded as a list each in about 50 ms, and as three strings in 2.
    """

    def __init__(self, stored: dict[str, str] | None) -> None:
        stored = stored if isinstance(stored, dict) else {}
        self._docs = stored.get("d", "")
        self._counts = stored.get("c", "")
        self._homes = stored.get("h", "")
        self._length = self._docs.count(" ") + 1 if self._docs else 0

    def __len__(self) -> int:
        return self._length

    def counts(self) -> dict[str, str]:
        """Document -> how often the term occurs in it (as stored: digits)."""
        return dict(zip(self._docs.split(" "), self._counts.split(" "))) if self._length else {}

    def homes(self) -> dict[str, str]:
        """Document -> "briefing/article", where its file is."""
        return dict(zip(self._docs.split(" "), self._homes.split(" "))) if self._length else {}

    def top(self, count: int, prefixes: tuple[str, ...] | None = None,
            within: set[str] | None = None) -> dict[str, tuple[int, str]]:
        """The `count` documents holding the term most often: document -> (count, home). prefixes:
        only documents whose ids start so ("q-", the quotes); within: only documents of these homes."""
        if not self._length:
            return {}
        if prefixes is not None or within is not None:
            docs, homes = self._docs.split(" "), self._homes.split(" ")
            kept = [i for i, doc in enumerate(docs) if (prefixes is None or doc.startswith(prefixes))
                    and (within is None or homes[i] in within)][:count]
            counts = self._counts.split(" ")
            return {docs[i]: (int(counts[i]), homes[i]) for i in kept}
        docs = self._docs.split(" ", count)[:count]
        counts, homes = self._counts.split(" ", len(docs)), self._homes.split(" ", len(docs))
        return {doc: (int(n), home) for doc, n, home in zip(docs, counts, homes)}

    def entries(self) -> dict[str, tuple[int, str]]:
        """Every document: document -> (count, home)."""
        if not self._length:
            return {}
        return {doc: (int(n), home) for doc, n, home in
                zip(self._docs.split(" "), self._counts.split(" "), self._homes.split(" "))}

    @staticmethod
    def encode(postings: dict[str, tuple[int, str]]) -> dict[str, str]:
        """The stored form of document -> (count, home), most frequent first."""
        return Postings.join([Postings.slots(postings)])

    @staticmethod
    def slots(postings: dict[str, tuple[int, str]]) -> Slots:
        """Document -> (count, home) by count, in their order."""
        by_count: dict[int, list[str]] = defaultdict(list)
        for doc, (count, _) in postings.items():  # counts are small: bucket them rather than sort
            by_count[count].append(doc)
        return {count: (len(docs), " ".join(docs), " ".join([postings[doc][1] for doc in docs]))
                for count, docs in by_count.items()}

    @staticmethod
    def join(parts: list[Slots]) -> dict[str, str]:
        """The stored form of postings given in parts (each a briefing's), most frequent first; within
        a count, in the order of the parts."""
        by_count: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
        for slots in parts:
            for count, slot in slots.items():
                by_count[count].append(slot)
        order = sorted(by_count, reverse=True)
        return {"d": " ".join(slot[1] for count in order for slot in by_count[count]),
                "c": " ".join(" ".join([str(count)] * sum(slot[0] for slot in by_count[count])) for count in order),
                "h": " ".join(slot[2] for count in order for slot in by_count[count])}


def _read_table(path: Path, name: str) -> dict[str, Any]:
    """One table of an index file; a damaged or missing file reads as empty (the index is derived data)."""
    try:
        return (read_json_file(path) or {}).get(name, {})
    except CorruptStoreError:
        return {}


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
