"""Provides importing into the library: brief files, folders of plain-text articles and loose articles."""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from tui.domain.article_file import ArticleFileError, read_article_file
from tui.domain.briefs import BriefError, NoArticlesError, ParsedArticle, ParsedBrief, read_brief_file
from tui.domain.extract import extract
from tui.domain.extract.sentences import Sentence, sentence_at, split_sentences
from tui.domain.ids import make_id
from tui.domain.models import Article, Briefing, Figure, Quote
from tui.domain.sanitize import clean_text
from tui.domain.search import PreparedBriefing, SearchIndex, Terms, article_terms
from tui.domain.storage import StoreError
from tui.domain.store import Library
from tui.domain.text import markdown_to_text, search_candidates

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
LOOSE_BRIEFING = "Imported articles"
"""The briefing loose articles go to when no --briefing is given."""


@dataclass
class ImportReport:
    """What an import did: briefings stored, and one line per problem."""

    briefings: list[Briefing] = field(default_factory=list)
    articles: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    """One line per backup restored."""


@dataclass
class _Pending:
    """Briefings parsed and built, waiting to be stored in one batch."""

    entries: dict[str, tuple[Briefing, dict[str, Article], bool]] = field(default_factory=dict)
    queued: list[tuple[ParsedBrief, str, bool]] = field(default_factory=list)
    """Briefs parsed and waiting for their articles to be built (all at once, on every core)."""
    terms: Terms = field(default_factory=dict)
    """The search index words of the built articles' documents (counted where they were built)."""
    prepared: dict[str, PreparedBriefing] = field(default_factory=dict)
    """Briefings whose index files are made already (while the workers built the next ones)."""

    def build(self) -> None:
        """Build the queued briefs' articles and add them, in the order they were queued.

        The articles come back from the workers in order, as they are built: meanwhile this process
        prepares the index files of each briefing whose articles are all in.
        """
        tasks = [(make_id("b", brief.key), parsed) for brief, _, _ in self.queued for parsed in brief.articles]
        built = _build_articles(tasks)
        for brief, source, replace in self.queued:
            articles = []
            for _ in brief.articles:
                article, terms = next(built)
                articles.append(article)
                self.terms.update(terms)
            briefing = _briefing_of(brief, articles, source)
            self.add(briefing, articles, replace)
            stored, kept, _ = self.entries[briefing.id]
            if replace and list(kept.values()) == articles:  # what will be indexed, unless the store keeps others
                self.prepared[briefing.id] = SearchIndex.prepare(stored, articles, self.terms)
        self.queued.clear()

    def add(self, briefing: Briefing, articles: list[Article], replace: bool) -> None:
        if briefing.id in self.entries:  # the same briefing twice in one import: merge
            _, earlier, earlier_replace = self.entries[briefing.id]
            articles_by_id = {**earlier, **{a.id: a for a in articles}} if not replace else {a.id: a for a in articles}
            self.entries[briefing.id] = (briefing, articles_by_id, earlier_replace or replace)
        else:
            self.entries[briefing.id] = (briefing, {a.id: a for a in articles}, replace)


def import_paths(library: Library, paths: list[Path], *, briefing_title: str = "") -> ImportReport:
    """Import brief files, folders and article files; a bad file is reported and the rest still import.

    Args:
        library: Where to store what is imported.
        paths: Brief files (.md with front matter), folders (of brief files, or of plain-text
            articles, which become one briefing named after the folder) and single article files.
        briefing_title: Put loose articles and folders of articles in the briefing with this title.

    Returns:
        The report; nothing already stored is lost when a file is bad.
    """
    with _cycle_collector_paused():
        return _import_paths(library, paths, briefing_title)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Run an import without Python's cycle collector (and its workers with a frozen start heap).

    An import makes millions of small objects that hold no cycles (postings, documents, parsed
    articles) and keeps thousands of articles alive until they are stored: the collector's passes
    over them cost 10-15% of a large import and free nothing. It runs again as before afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _import_paths(library: Library, paths: list[Path], briefing_title: str) -> ImportReport:
    report = ImportReport()
    pending = _Pending()
    loose: list[Path] = []
    # Each folder listed and each file's front matter looked at once, before any brief is parsed.
    folders = {path: _briefs_in(path) for path in paths if path.is_dir()}
    brief_files = {path for path in paths if path not in folders and _is_brief_file(path)}
    parsed = _read_briefs([brief for briefs, _ in folders.values() for brief in briefs]
                          + [path for path in paths if path in brief_files])
    for path in paths:
        if path.suffix.lower() == ".json" and path.is_file():
            _restore(library, path, report)
        elif path in folders:
            briefs, outside = folders[path]
            report.warnings += [f"{p}: skipped, a link to a file outside {path}" for p in outside]
            not_briefs = [brief_path for brief_path in briefs
                          if not _import_brief_file(pending, brief_path, parsed, report, briefing_title)]
            articles = sorted([
                p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p not in briefs
                and p not in outside
                and p.name.lower() != "readme.md" and p.is_file()
            ] + not_briefs)
            if articles:
                _import_articles(library, pending, articles, briefing_title or path.resolve().name, report, str(path))
            elif not briefs:
                report.errors.append(f"{path}: no brief files (.md) or articles (.txt, .md, .html) in this folder")
        elif not path.exists():
            report.errors.append(f"{path}: no such file or folder")
        elif path in brief_files:
            if not _import_brief_file(pending, path, parsed, report, briefing_title):
                loose.append(path)
        else:
            loose.append(path)
    if loose:
        _import_articles(library, pending, loose, briefing_title or LOOSE_BRIEFING, report, "")
    pending.build()
    batch = [(briefing, list(articles.values()), replace) for briefing, articles, replace in pending.entries.values()]
    try:
        report.briefings = library.save_briefings(batch, terms=pending.terms, prepared=pending.prepared)
    except StoreError as error:
        report.errors.append(f"nothing was stored: {error}")
        return report
    report.articles = sum(len(articles) for _, articles, _ in batch)
    orphaned = library.relink(b.id for b in report.briefings)
    if orphaned:
        report.warnings.append(
            f"{orphaned} annotation{'s' if orphaned != 1 else ''} lost {'their' if orphaned != 1 else 'its'} place in the "
            "re-imported text; kept, and shown as orphaned on the Annotations screen")
    return report


def _restore(library: Library, path: Path, report: ImportReport) -> None:
    """Restore a backup made by `briefing export --format json`."""
    from tui.domain.export import ExportError, is_backup, restore_backup

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        report.errors.append(f"{path}: not a Briefing backup ({error})")
        return
    if not is_backup(data):
        report.errors.append(f"{path}: not a Briefing backup (made by 'briefing export --format json')")
        return
    try:
        items, notes, orphaned = restore_backup(library, data)
    except (ExportError, StoreError) as error:
        report.errors.append(f"{path}: {error}")
        return
    report.restored.append(f"{path}: restored {items} annotated items and {notes} new notes"
                           + (f"; {orphaned} are orphaned until their briefs are imported" if orphaned else ""))


def import_bundled(library: Library, folder: Path) -> ImportReport:
    """Import the briefs shipped with Briefing (the first run's library)."""
    return import_paths(library, [folder])


def _inside(path: Path, folder: Path) -> bool:
    """Whether a link points inside the folder being imported."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _has_front_matter(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(4).lstrip(b"\xef\xbb\xbf").startswith(b"---")
    except OSError:
        return False


def _briefs_in(folder: Path) -> tuple[list[Path], list[Path]]:
    """A folder's brief files, in name order, and the links in it to files outside it (not read)."""
    outside = [p for p in folder.iterdir() if p.is_symlink() and not _inside(p, folder)]
    briefs = sorted(p for p in folder.glob("*.md") if p.name.lower() != "readme.md" and p not in outside
                    and _has_front_matter(p))
    return briefs, outside


def _is_brief_file(path: Path) -> bool:
    return path.suffix.lower() in (".md", ".markdown") and path.is_file() and _has_front_matter(path)


PARALLEL_PARSE_BYTES = 4_000_000
"""Below this much Markdown in brief files, starting worker processes to parse it costs more than it saves."""


def _read_briefs(paths: list[Path]) -> dict[Path, ParsedBrief | BriefError]:
    """Each brief file parsed (or why it cannot be), in worker processes when there is a lot to parse:
    Markdown parsing is most of the wait before the articles start being built."""
    size = 0
    for path in paths:
        try:
            size += path.stat().st_size
        except OSError:
            pass  # read_brief_file says why
    if len(paths) < 2 or size < PARALLEL_PARSE_BYTES:
        return {}  # read one by one as they are imported
    return dict(zip(paths, _in_workers(_parse_task, paths, chunksize=1)))


def _parse_task(path: Path) -> ParsedBrief | BriefError:
    try:
        return read_brief_file(path)
    except BriefError as error:
        return error


def _import_brief_file(pending: _Pending, path: Path, parsed: dict[Path, ParsedBrief | BriefError],
                       report: ImportReport, title: str) -> bool:
    """Import a brief file; False when it is a single article with front matter (to import as one)."""
    brief = parsed.pop(path, None) or _parse_task(path)  # a path given twice is read again
    if isinstance(brief, NoArticlesError):
        return False
    if isinstance(brief, BriefError):
        report.errors.append(str(brief))
        return True
    report.warnings.extend(brief.warnings)
    if title:
        brief.title = brief.key = title
    _build(pending, brief, str(path), replace=True)
    return True


def _import_articles(
    library: Library, pending: _Pending, paths: list[Path], title: str, report: ImportReport, source: str
) -> None:
    brief = ParsedBrief(title=title, key=title)
    for path in paths:
        try:
            loaded = read_article_file(path)
        except ArticleFileError as error:
            report.errors.append(str(error))
            continue
        report.warnings.extend(loaded.warnings)
        # Plain text keeps its paragraphs; each becomes a Markdown paragraph.
        body = "\n\n".join(p.strip() for p in loaded.body.split("\n") if p.strip())
        brief.articles.append(ParsedArticle(title=loaded.title, body=body, line=1, date=loaded.published,
                                            url=path.resolve().as_uri()))
    if brief.articles:
        existing = library.briefing(make_id("b", brief.key))
        if existing is not None:
            brief.date, brief.tags, brief.summary = existing.date, list(existing.tags), existing.summary
        _build(pending, brief, source or (existing.source if existing else ""), replace=False)


def _build(pending: _Pending, brief: ParsedBrief, source: str, *, replace: bool) -> None:
    pending.queued.append((brief, source, replace))


def _briefing_of(brief: ParsedBrief, articles: list[Article], source: str) -> Briefing:
    dates = sorted(a.date for a in articles if a.date)
    return Briefing(
        id=make_id("b", brief.key),
        title=brief.title,
        date=brief.date or (dates[-1] if dates else ""),
        tags=tuple(brief.tags),
        summary=brief.summary,
        source=source,
    )


_Task = TypeVar("_Task")
_Result = TypeVar("_Result")
PARALLEL_FROM = 64
"""Below this many articles, starting worker processes costs more than it saves."""


def _build_articles(tasks: list[tuple[str, ParsedArticle]]) -> Iterator[tuple[Article, Terms]]:
    """Build articles and count their index words, in worker processes (one per core) when there
    are many; each is yielded as soon as it and those before it are built (in order)."""
    if len(tasks) < PARALLEL_FROM:
        return (_build_task(task) for task in tasks)
    return _in_workers(_build_task, tasks, chunksize=max(1, min(32, len(tasks) // (4 * _workers()))))


def _usable_cores() -> int:
    """The cores this process may run on (taskset or a container can allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # no affinity on this system (macOS, Windows)
        return os.cpu_count() or 1


def _workers() -> int:
    """Worker processes for a large import: one per usable core, at most 8 (asked at each import, so
    a process pinned to fewer cores after it started uses fewer)."""
    return min(_usable_cores(), 8)


def _in_workers(function: Callable[[_Task], _Result], tasks: list[_Task], *, chunksize: int) -> Iterator[_Result]:
    """function of each task, in worker processes (one per core) where the system has them (else
    in this one); each result is yielded as soon as it and those before it are done (in order)."""
    done = 0
    workers = _workers()
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        try:
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                     initializer=_start_worker) as pool:
                for result in pool.map(function, tasks, chunksize=chunksize):
                    yield result
                    done += 1
                return
        except (OSError, BrokenProcessPool):
            pass  # no processes here (a sandbox, a limit): do the rest in this one
    for task in tasks[done:]:
        yield function(task)


def _start_worker() -> None:
    """A forked worker collects cycles of its own objects only, not the heap it shares with the parent."""
    gc.freeze()
    gc.enable()


def _build_task(task: tuple[str, ParsedArticle]) -> tuple[Article, Terms]:
    article = build_article(*task)
    return article, article_terms(article)


def build_article(briefing_id: str, parsed: ParsedArticle) -> Article:
    """Make an article from its parsed section: explicit blocks win over what the engine extracts."""
    article_id = make_id("a", briefing_id, parsed.url or parsed.title)
    text = markdown_to_text(parsed.body)
    extraction = extract(text, title=parsed.title, published=parsed.date)
    # Sentences are needed only to place quotes and figures written in the brief file.
    sentences = split_sentences(text) if parsed.quotes is not None or parsed.figures is not None else None
    if parsed.summary:
        summary, bottom_line = tuple(parsed.summary), parsed.summary[0]
    else:
        summary, bottom_line = extraction.summary, extraction.bottom_line
    if parsed.quotes is not None:
        quotes = [
            Quote(make_id("q", article_id, q.text), q.text, q.speaker, q.role, q.partial, sentence_around(text, q.text, sentences))
            for q in parsed.quotes
        ]
    else:
        quotes = [
            Quote(make_id("q", article_id, q.text), q.text, q.speaker, q.role, q.partial, q.sentence)
            for q in extraction.quotes
        ]
    if parsed.figures is not None:
        figures = [(f.value, f.measures, True, sentence_around(text, f.value, sentences)) for f in parsed.figures]
    else:
        figures = [(f.value, f.measures, f.key, f.sentence) for f in extraction.figures]
    return Article(
        id=article_id,
        briefing_id=briefing_id,
        title=parsed.title,
        body=clean_text(parsed.body),
        source=parsed.source,
        url=parsed.url,
        date=parsed.date,
        author=parsed.author,
        summary=summary,
        bottom_line=bottom_line,
        quotes=tuple(_unique_ids(quotes)),
        figures=tuple(_unique_ids([Figure(make_id("f", article_id, v), v, m, k, s) for v, m, k, s in figures])),
        dates=extraction.dates,
        entities=extraction.entities,
    )


def _unique_ids(items: list[Quote] | list[Figure]) -> list:
    """Keep the first of items sharing an id (the same quote or figure written twice)."""
    seen: set[str] = set()
    return [item for item in items if not (item.id in seen or seen.add(item.id))]


def sentence_around(text: str, needle: str, sentences: list[Sentence] | None = None) -> str:
    """The sentence (or sentences) of text in which needle stands, or "" when it does not occur.

    A quote split around its attribution ("A," she said, "B.") is not verbatim in the text: then
    its first part, or failing that its first words, places it.

    Args:
        text: Plain article text.
        needle: A quote's words or a figure's value.
        sentences: The text split by split_sentences, when the caller has it already.
    """
    for candidate in search_candidates(needle):
        at = text.find(candidate)
        if at < 0:
            at = text.casefold().find(candidate.casefold())
        if at >= 0 and candidate:
            break
    else:
        return ""
    sentences = sentences if sentences is not None else split_sentences(text)
    first = sentence_at(sentences, at)
    last = sentence_at(sentences, at + len(candidate) - 1) or first
    return text[first.start : last.end] if first else ""
