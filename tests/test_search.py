"""Tests of library search: words, phrases, filters, notes, ranking, snippets and re-indexing."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.cli import main
from tui.domain.importer import import_paths
from tui.domain.search import parse_query, term_counts, tokens
from tui.domain.store import Library

from .conftest import BRIEFS


def test_query_parsing() -> None:
    query = parse_query('Grid "long road" tag:#Energy speaker:simson is:unread is:starred briefing:baltic kind:quote x:')
    assert query.words == ["long", "road", "grid", "x"]
    assert query.phrases == ["long road"]
    assert (query.tags, query.speakers, query.briefings, query.kinds) == (["energy"], ["simson"], ["baltic"], ["quote"])
    assert query.unread and query.starred
    assert parse_query("").empty and parse_query('speaker: "unbalanced').words == ["unbalanced"]


def test_index_words_fold_case_and_accents_and_keep_compounds_whole_and_in_parts() -> None:
    assert tokens("The $25-billion deal, Tomás said: “1,057 MW” in the U.S.") == [
        "25", "billion", "deal", "tomas", "said", "1", "057", "mw", "u", "s", "25-billion", "1,057", "u.s"]
    # Separators outside the fast table (an ideographic comma, a fullwidth colon) still split words.
    assert tokens("alpha\u3001beta\uff1agamma_delta") == ["alpha", "beta", "gamma", "delta"]
    assert term_counts("Grid, grid and GRID-level") == {"grid": 3, "level": 1, "grid-level": 1}
    assert tokens("") == [] and tokens(" \u2014 ") == []


def test_words_find_titles_text_quotes_and_figures_ranked(library: Library) -> None:
    hits = library.search("interconnector")
    assert hits[0].kind == "article" and hits[0].title == "Poland links up a second interconnector"
    assert "interconnector" in hits[0].snippet.lower()
    assert {h.kind for h in library.search("condensers")} >= {"article", "figure"}


def test_filters_speaker_phrase_tag_unread_starred_briefing(library: Library) -> None:
    quote_hits = library.search("speaker:simson")
    assert [h.kind for h in quote_hits] == ["quote"] and "energy independence" in quote_hits[0].snippet
    assert [h.kind for h in library.search('"long road to energy"')][:1] == ["quote"]
    grid = next(b for b in library.briefings() if b.title.startswith("Baltic"))
    assert {h.briefing_id for h in library.search("tag:baltics")} == {grid.id}
    first, second = grid.article_ids
    library.mark_read([first])
    assert [h.id for h in library.search("is:unread lithuania") if h.kind == "article"] == [second]
    library.set_star(first, True)
    assert [h.id for h in library.search("is:starred")] == [first]
    assert all(h.briefing_id == grid.id for h in library.search("briefing:baltic winter"))


def test_notes_and_the_readers_tags_are_searched(library: Library) -> None:
    grid = next(b for b in library.briefings() if b.title.startswith("Baltic"))
    library.add_note(grid.article_ids[0], "Call the grid operator about frequency logs")
    library.add_tags(grid.article_ids[0], ["follow-up"])
    [note] = [h for h in library.search("frequency logs") if h.kind == "note"]
    assert note.article_id == grid.article_ids[0] and "frequency logs" in note.snippet
    assert [h.id for h in library.search("tag:follow-up")] == [grid.article_ids[0]]


def test_reimport_drops_stale_hits(library: Library, tmp_path: Path) -> None:
    assert library.search("condensers")
    changed = tmp_path / "grid.md"
    changed.write_text((BRIEFS / "grid.md").read_text().replace("synchronous condensers", "new substations"))
    import_paths(library, [changed])
    assert not [h for h in library.search("condensers") if h.kind == "article"]
    assert library.search("substations")


def test_cli_search_json(capsys: pytest.CaptureFixture[str], library: Library) -> None:
    assert main(["--data-dir", str(library.root), "search", "interconnector", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert set(rows[0]) == {"id", "kind", "title", "snippet"}
    assert main(["--data-dir", str(library.root), "search", "nothingmatchesthis"]) == 0
    assert "No results" in capsys.readouterr().out


def test_an_index_in_an_older_format_is_rebuilt_by_the_first_search_not_at_start(library: Library) -> None:
    """The search index is derived data: one from an earlier version is rebuilt, and search still works.

    Start-up does not wait for it (a minute at 10,000 articles): the app rebuilds it in the
    background, and a search that comes first rebuilds it itself.
    """
    before = [h.id for h in library.search("Simson")]
    assert before
    search_dir = library.derived / "search"
    (search_dir / "format.json").unlink()
    (search_dir / "00.json").write_text('{"postings": {"simson": {"x": [1, "b-gone"]}}}')  # an old layout
    reopened = Library(library.root)
    assert reopened.check() == [] and reopened.search_needs_rebuild()
    assert [h.id for h in reopened.search("Simson")] == before
    assert not (search_dir / "00.json").exists()
    assert not Library(library.root).search_needs_rebuild(), "once rebuilt, not again"


async def test_the_app_rebuilds_an_old_search_index_in_the_background(library: Library) -> None:
    from tui.cli import make_app

    (library.derived / "search" / "format.json").unlink()
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not library.search_needs_rebuild()
        assert "The search index is ready." in [n.message for n in app._notifications]


def test_an_import_into_an_old_search_index_rebuilds_it_whole(library: Library, tmp_path: Path) -> None:
    from tui.domain.importer import import_paths

    (library.derived / "search" / "format.json").unlink()
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "article.txt").write_text("Quokka census\n\nRangers counted 4,000 quokkas on Rottnest Island.\n")
    import_paths(library, [extra])
    assert not library.search_needs_rebuild()
    assert library.search("quokkas") and library.search("Simson"), "the new article and the old ones"


def _files_read(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the search index reads from now on, in order."""
    from tui.domain import search

    read: list[Path] = []
    original = search.read_json_file

    def counting(path: Path):  # noqa: ANN202
        read.append(path)
        return original(path)

    monkeypatch.setattr(search, "read_json_file", counting)
    return read


def test_search_reads_only_the_files_of_the_hits_it_shows(library: Library, monkeypatch) -> None:
    read = _files_read(monkeypatch)
    hits = library.search("grid", limit=1)
    assert len(hits) == 1
    docs_read = [p for p in read if "docs" in p.parts]
    assert len(docs_read) == 1, docs_read


def test_a_filter_of_kind_or_speaker_reads_only_the_files_of_documents_it_can_let_through(
        library: Library, monkeypatch) -> None:
    read = _files_read(monkeypatch)
    assert library.search("interconnector")  # in articles and figures, in no quote
    assert read and not library.search("speaker:simson interconnector")
    read.clear()
    assert not library.search("speaker:simson interconnector") and not [p for p in read if "docs" in p.parts]
    assert [h.kind for h in library.search("kind:figure interconnector")] == ["figure"] * len(
        library.search("kind:figure interconnector"))


def test_a_speaker_filter_reads_only_the_files_that_quote_someone_of_that_name(library: Library, monkeypatch) -> None:
    every = [h for h in library.search("kind:quote", limit=1000)]
    simson = [h for h in every if "Simson" in h.snippet]
    assert simson and len(simson) < len(every)
    read = _files_read(monkeypatch)
    assert [h.id for h in library.search("speaker:SIMSON")] == [h.id for h in simson]
    docs_read = {p for p in read if "docs" in p.parts}
    assert docs_read == {library.search_index.directory / "docs" / h.briefing_id / f"{h.article_id}.json" for h in simson}
    read.clear()
    assert not library.search("speaker:nobodyofthatname") and not library.search("speaker:nobodyofthatname energy")
    assert not [p for p in read if "docs" in p.parts], "no quote of theirs: no document file read"
    assert [h.id for h in library.search("speaker:kadri speaker:simson energy")] == [h.id for h in simson]


def test_the_speaker_file_follows_a_reimport_and_a_damaged_one_is_not_trusted_but_made_again(
        library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    changed = tmp_path / "grid.md"
    changed.write_text((BRIEFS / "grid.md").read_text().replace("Kadri Simson", "Mirja Tallinna"))
    import_paths(library, [changed])
    read = _files_read(monkeypatch)
    assert not library.search("speaker:simson")
    assert not [p for p in read if "docs" in p.parts], "the old speaker's files are not read"
    [quote] = [h for h in library.search("speaker:tallinna") if h.kind == "quote"]
    assert "energy independence" in quote.snippet
    (library.search_index.directory / "speakers.json").write_text("{not json")
    assert [h.id for h in library.search("speaker:tallinna")] == [quote.id], "every quote read instead"
    extra = tmp_path / "extra.txt"
    extra.write_text("Quokka census\n\nRangers counted 4,000 quokkas on Rottnest Island.\n")
    import_paths(library, [extra])
    read = _files_read(monkeypatch)
    assert [h.id for h in library.search("speaker:tallinna")] == [quote.id], "not forgotten by the next import"
    assert len([p for p in read if "docs" in p.parts]) == 1, "the next import made the file again"


def test_a_query_of_filters_alone_stops_reading_at_the_last_hit_it_shows(library: Library, monkeypatch) -> None:
    every = [h.id for h in library.search("kind:quote", limit=1000)]
    read = _files_read(monkeypatch)
    first = [h.id for h in library.search("kind:quote", limit=2)]
    assert len(every) > 2 and first == every[:2]
    files = list((library.search_index.directory / "docs").rglob("*.json"))
    assert 0 < len([p for p in read if "docs" in p.parts]) < len(files)


def test_a_filtered_word_finds_its_kind_past_the_documents_that_hold_the_word_most() -> None:
    from tui.domain.search import Postings

    many = {f"a-{n:08d}": (5, f"b-1/a-{n:08d}") for n in range(500)}
    postings = Postings(Postings.encode({**many, "q-00000001": (1, "b-1/a-00000001")}))
    assert list(postings.top(400)) == list(many)[:400]
    assert postings.top(400, ("q-",)) == {"q-00000001": (1, "b-1/a-00000001")}


def test_postings_are_stored_most_frequent_first_and_read_without_decoding_all() -> None:
    from tui.domain.search import Postings

    stored = Postings.encode({"q-1": (1, "b-1/a-1"), "a-2": (5, "b-1/a-2"), "b-3": (2, "b-3/")})
    assert stored["d"] == "a-2 b-3 q-1" and stored["c"] == "5 2 1"
    postings = Postings(stored)
    assert len(postings) == 3
    assert postings.top(1) == {"a-2": (5, "b-1/a-2")}
    assert postings.entries()["b-3"] == (2, "b-3/") and postings.counts() == {"a-2": "5", "b-3": "2", "q-1": "1"}
    assert len(Postings(None)) == 0 and Postings({"x": [1]}).entries() == {}, "a damaged entry reads as empty"


def test_words_counted_where_articles_are_built_are_used_and_index_the_same(
        library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An import counts each article's index words in its workers: the index writer only merges them."""
    from tui.domain import search

    from .conftest import snapshot_files

    batch = [(briefing, library.articles(briefing.id)) for briefing in library.briefings()]
    counted = {doc: terms for _, articles in batch for article in articles
               for doc, terms in search.article_terms(article).items()}
    counted_at_write: list[str] = []
    real = search.term_counts
    monkeypatch.setattr(search, "term_counts", lambda text: counted_at_write.append(text) or real(text))
    search.SearchIndex(tmp_path / "counted").index_briefings(batch, counted)
    assert len(counted_at_write) == len(batch), "only each briefing's own document is counted when writing"
    monkeypatch.undo()
    search.SearchIndex(tmp_path / "fresh").index_briefings(batch)
    assert snapshot_files(tmp_path / "counted") == snapshot_files(tmp_path / "fresh")


def test_a_briefing_prepared_while_its_import_runs_is_written_as_prepared_unless_it_changed(
        library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.domain import search

    from .conftest import snapshot_files

    batch = [(briefing, library.articles(briefing.id)) for briefing in library.briefings()]
    prepared = {briefing.id: search.SearchIndex.prepare(briefing, articles, {}) for briefing, articles in batch}
    stale_briefing, stale_articles = batch[0]
    prepared[stale_briefing.id] = search.SearchIndex.prepare(stale_briefing, stale_articles[:-1], {})
    counted_at_write: list[str] = []
    real = search.term_counts
    monkeypatch.setattr(search, "term_counts", lambda text: counted_at_write.append(text) or real(text))
    search.SearchIndex(tmp_path / "prepared").index_briefings(batch, prepared=prepared)
    stale_documents = len(search._documents(stale_briefing, stale_articles))
    assert len(counted_at_write) == stale_documents, "only the briefing whose articles changed is made again"
    monkeypatch.undo()
    search.SearchIndex(tmp_path / "fresh").index_briefings(batch)
    assert snapshot_files(tmp_path / "prepared") == snapshot_files(tmp_path / "fresh")


def test_an_import_hands_its_prepared_briefings_to_the_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.domain import search

    given: list[set[str]] = []
    real = search.SearchIndex._write_briefings

    def write(self, batch, files, counted, prepared):  # noqa: ANN001, ANN202
        given.append({b.id for b, articles in batch if b.id in prepared and prepared[b.id].fits(b, articles)})
        return real(self, batch, files, counted, prepared)

    monkeypatch.setattr(search.SearchIndex, "_write_briefings", write)
    library = Library(tmp_path / "data")
    report = import_paths(library, [BRIEFS / "grid.md", BRIEFS / "hostile.md"])
    assert given == [{b.id for b in report.briefings}]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["1", "057", "u", "s", "o", "brien", "é", "_", "²", ",", ".", "'", "’", "-", " ", "\n",
                                 "\u00a0", '"', "(", "25", "billion"]), max_size=14).map("".join))
def test_compounds_found_from_their_punctuation_are_those_the_pattern_finds_word_by_word(text: str) -> None:
    from tui.domain import search

    tried_at_every_word = search._COMPOUND.findall(" ".join(t for t in text.split() if not t.isalnum()))
    assert search._compounds(text) == tried_at_every_word


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab1 _-,.'’“”€£\xa0\u2003\u3001\u2070ßé字\x00\ud800"), max_size=24))
def test_the_simple_index_words_are_the_runs_of_letters_and_digits(text: str) -> None:
    """Separators found in the UTF-8 bytes, then marks outside ASCII: the words the regex finds."""
    from tui.domain import search

    folded = text.casefold()
    if not folded.isascii():
        folded = search._COMBINING.sub("", unicodedata.normalize("NFKD", folded))
    assert search._words(text) == search._PART.findall(folded) + search._compounds(folded)
