"""Tests of the library on disk: derived data, the reader's data, ids and re-import."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tui.domain.ids import kind_of, make_id
from tui.domain.importer import import_paths
from tui.domain.models import Anchor
from tui.domain.store import Library

from .conftest import BRIEFS, snapshot_files


def test_briefings_articles_and_items_round_trip(library: Library) -> None:
    titles = [b.title for b in library.briefings()]
    assert titles == ["Hostile [bold]markup[/] test", "Baltic grid goes it alone"]  # newest first
    grid = library.briefings()[1]
    articles = library.articles(grid.id)
    assert [a.title for a in articles] == ["Baltic states unplug from Russian grid", "Poland links up a second interconnector"]
    first = articles[0]
    assert first.summary[0].startswith("Estonia, Latvia and Lithuania left")
    assert first.one_line == first.summary[0]
    assert [(q.speaker, q.role) for q in first.quotes] == [("Kadri Simson", "European energy commissioner")]
    assert first.quotes[0].sentence.startswith('"This is the end of a long road')
    assert [f.value for f in first.figures] == ["about €1.6 billion", "0.1 hertz"]
    located = library.locate(first.figures[1].id)
    assert located is not None and located.kind == "figure" and located.article == first
    assert library.locate(first.quotes[0].id).item == first.quotes[0]
    assert library.locate(grid.id).briefing == grid
    assert library.locate("a-zzzzzzzz") is None and library.locate("nonsense") is None


def test_ids_are_short_typed_and_stable_across_libraries(tmp_path: Path, library: Library) -> None:
    other = Library(tmp_path / "other")
    import_paths(other, [BRIEFS / "grid.md"])
    grid = next(b for b in library.briefings() if b.title.startswith("Baltic"))
    assert [b.id for b in other.briefings()] == [grid.id]
    assert [a.id for a in other.articles(grid.id)] == list(grid.article_ids)
    assert kind_of(grid.id) == "briefing" and len(grid.id) == 10
    assert all(kind_of(a) == "article" for a in grid.article_ids)
    assert make_id("a", "X", "Some Title") == make_id("a", "x", "some   title")


def test_reimport_updates_in_place_and_keeps_read_state(tmp_path: Path, library: Library) -> None:
    grid = next(b for b in library.briefings() if b.title.startswith("Baltic"))
    library.mark_read([grid.article_ids[0]])
    changed = tmp_path / "grid.md"
    changed.write_text((BRIEFS / "grid.md").read_text().replace("on Saturday, ending", "on Saturday 8 February, ending"))
    report = import_paths(library, [changed])
    assert report.errors == []
    assert len(library.briefings()) == 2, "no second copy"
    articles = library.articles(grid.id)
    assert "Saturday 8 February" in articles[0].body
    assert articles[0].id == grid.article_ids[0]
    assert library.unread_count(library.briefing(grid.id)) == 1


def test_reading_writes_only_the_small_user_file(library: Library) -> None:
    derived_before = snapshot_files(library.derived)
    grid = library.briefings()[1]
    assert library.unread_count(grid) == 2
    library.mark_read([grid.article_ids[1]])
    assert snapshot_files(library.derived) == derived_before
    user = json.loads((library.root / "user.json").read_text())
    assert user["meta"]["1"]["schema"] == 1
    assert library.unread_count(grid) == 1
    assert Library(library.root).read_ids() == {grid.article_ids[1]}, "persisted"
    library.mark_read([grid.article_ids[1]], read=False)
    assert library.unread_count(grid) == 2


def test_a_second_library_object_sees_changes_made_by_another(library: Library) -> None:
    """Like a CLI command writing while the TUI runs: the cache is refreshed from disk."""
    other = Library(library.root)
    article_id = library.briefings()[0].article_ids[0]
    assert article_id not in library.read_ids()
    other.mark_read([article_id])
    other.add_tags(article_id, ["Urgent", "#follow up"])
    assert article_id in library.read_ids()
    assert library.user_state(article_id).tags == ["urgent", "follow-up"]


def test_tags_notes_and_stars(library: Library) -> None:
    article_id = library.briefings()[0].article_ids[0]
    assert library.add_tags(article_id, ["energy", "energy", "grid"]) == ["energy", "grid"]
    assert library.remove_tag(article_id, "energy") == ["grid"]
    note = library.add_note(article_id, "Ask the ministry\nabout the date.")
    library.set_star(article_id, True)
    state = library.user_state(article_id)
    assert state.starred and state.tags == ["grid"]
    assert [n.text for n in state.notes] == ["Ask the ministry\nabout the date."]
    assert kind_of(note.id) == "note"


def test_writes_leave_no_temporary_files(library: Library) -> None:
    library.mark_read([library.briefings()[0].article_ids[0]])
    leftovers = [p for p in library.root.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []


def test_a_bad_file_is_reported_and_the_rest_still_imports(tmp_path: Path) -> None:
    library = Library(tmp_path / "lib")
    import_paths(library, [BRIEFS / "grid.md"])
    before = snapshot_files(library.derived)
    report = import_paths(library, [BRIEFS / "broken.md", BRIEFS / "hostile.md", tmp_path / "missing.md"])
    assert len(report.errors) == 2
    assert report.errors[0].endswith("broken.md: no title: start the file with front matter holding 'title: ...'")
    assert report.errors[1].endswith("missing.md: no such file or folder")
    assert [b.title for b in report.briefings] == ["Hostile [bold]markup[/] test"]
    grid_id = library.briefings()[1].id
    assert library.articles(grid_id) and before.keys() <= snapshot_files(library.derived).keys()


def test_a_damaged_user_file_is_moved_aside_not_overwritten(library: Library) -> None:
    damaged = library.root / "user.json"
    damaged.write_text('{"state": {"1": {"item": "a-')  # truncated mid-write by some other tool
    problems = library.check()
    assert len(problems) == 1 and "not valid JSON" in problems[0] and "moved to" in problems[0]
    [aside] = library.root.glob("user.json.damaged-*")
    assert aside.read_text() == '{"state": {"1": {"item": "a-'
    assert library.read_ids() == frozenset()
    assert library.briefings(), "derived data untouched"


def test_a_large_import_builds_on_every_core_and_stores_the_same(tmp_path: Path, monkeypatch) -> None:
    """From PARALLEL_FROM articles on, articles are built in worker processes: same result, same order."""
    from tui.bench import generate_library
    from tui.domain import importer

    sources = tmp_path / "sources"
    sources.mkdir()
    count = generate_library(sources, briefings=2, articles=importer.PARALLEL_FROM + 2)
    pools = []
    real_pool = importer.ProcessPoolExecutor
    monkeypatch.setattr(importer, "ProcessPoolExecutor", lambda *a, **k: pools.append(1) or real_pool(*a, **k))
    stored = []
    for name, parallel_from in (("parallel", importer.PARALLEL_FROM), ("serial", 10**9)):
        monkeypatch.setattr(importer, "PARALLEL_FROM", parallel_from)
        library = Library(tmp_path / name)
        report = import_paths(library, [sources])
        assert not report.errors and report.articles == count
        stored.append([(b.id, [(a.id, a.quotes, a.figures, a.summary) for a in library.articles(b.id)])
                       for b in library.briefings()])
    assert stored[0] == stored[1]
    assert pools == ([1] if importer._workers() > 1 else [])


def test_import_starts_workers_only_for_the_cores_it_may_use(monkeypatch) -> None:
    """Pinned to one core (taskset, a container's CPU set), import builds in its own process."""
    from tui.domain import importer

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {3}, raising=False)
    assert importer._usable_cores() == 1
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    assert importer._usable_cores() == 3
    monkeypatch.delattr(os, "sched_getaffinity")
    monkeypatch.setattr(os, "cpu_count", lambda: 5)
    assert importer._usable_cores() == 5


def test_brief_files_parsed_on_every_core_import_the_same_and_report_the_same_errors(
        tmp_path: Path, monkeypatch) -> None:
    """Much Markdown to parse (PARALLEL_PARSE_BYTES) is parsed in worker processes: same result."""
    import shutil

    from tui.domain import importer

    folder = tmp_path / "briefs"
    folder.mkdir()
    for name in ("grid.md", "broken.md", "hostile.md"):
        shutil.copy(BRIEFS / name, folder / name)
    pools = []
    real_pool = importer.ProcessPoolExecutor
    monkeypatch.setattr(importer, "ProcessPoolExecutor", lambda *a, **k: pools.append(1) or real_pool(*a, **k))
    results = []
    for name, parse_from in (("parallel", 0), ("serial", 10**12)):
        monkeypatch.setattr(importer, "PARALLEL_PARSE_BYTES", parse_from)
        library = Library(tmp_path / name)
        report = import_paths(library, [folder, BRIEFS / "grid.md"])
        results.append(([b.title for b in report.briefings], [e.replace(str(tmp_path), "") for e in report.errors],
                        report.warnings, [(b.id, [a.id for a in library.articles(b.id)]) for b in library.briefings()]))
    assert results[0] == results[1]
    assert results[0][1] == ["/briefs/broken.md: no title: start the file with front matter holding 'title: ...'"]
    assert pools == ([1] if (os.cpu_count() or 1) > 1 else [])


def test_a_briefing_overview_is_made_at_import_and_read_without_its_articles(library: Library, monkeypatch) -> None:
    grid = library.briefings()[1]
    overview_file = library.derived / "overviews" / f"{grid.id}.json"
    assert overview_file.exists(), "written at import beside the articles"
    fresh = Library(library.root)
    monkeypatch.setattr(fresh, "articles", lambda briefing_id: (_ for _ in ()).throw(AssertionError("read articles")))
    overview = fresh.overview(grid.id)
    assert [e.title for e in overview.entries] == ["Baltic states unplug from Russian grid",
                                                  "Poland links up a second interconnector"]
    assert overview.entries[0].one_line.startswith("Estonia, Latvia and Lithuania left")
    assert [(f.figure.value, f.article_title) for f in overview.figures][:2] == [
        ("about €1.6 billion", "Baltic states unplug from Russian grid"),
        ("500-megawatt", "Poland links up a second interconnector")], "each article's first key figure comes first"
    assert overview.key_figures == len(overview.figures)
    assert [(s.name, s.role, s.quotes) for s in overview.speakers][0] == ("Kadri Simson", "European energy commissioner", 1)
    assert all(a.iso <= b.iso for a, b in zip(overview.timeline, overview.timeline[1:]))


def test_tagging_an_article_reads_its_overview_not_its_briefing_s_articles(library: Library, monkeypatch) -> None:
    grid = library.briefings()[1]
    article = library.articles(grid.id)[0]
    expected = library.locate(article.id)
    fresh = Library(library.root)
    monkeypatch.setattr(fresh, "_shard", lambda briefing_id: (_ for _ in ()).throw(AssertionError("read articles")))
    assert fresh.add_tags(article.id, ["grid"]) == ["grid"]
    assert expected is not None and expected.kind == "article"
    assert fresh.user.view().state(article.id).anchor == Anchor("article", grid.id, article.id, article.title, article.title)
    monkeypatch.undo()
    quote = article.quotes[0]
    assert Library(library.root).add_tags(quote.id, ["q"]) == ["q"], "a quote is still found in the articles file"


def test_a_missing_damaged_or_stale_overview_is_made_again_from_the_articles(library: Library) -> None:
    grid = library.briefings()[1]
    overview_file = library.derived / "overviews" / f"{grid.id}.json"
    expected = library.overview(grid.id)
    for damage in ("", "{not json", json.dumps({"overview": {"entries": [{"id": "a-gone", "title": "Old"}]}})):
        if damage:
            overview_file.write_text(damage)
        else:
            overview_file.unlink()
        assert Library(library.root).overview(grid.id) == expected
        assert json.loads(overview_file.read_text())["overview"]["entries"][0]["title"] == expected.entries[0].title
    assert Library(library.root).overview("b-notthere").entries == ()
