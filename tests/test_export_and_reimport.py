"""Export (memo and backup), restore from the backup, and annotations surviving re-import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main
from tui.domain.export import export_backup, export_markdown
from tui.domain.importer import import_paths
from tui.domain.store import Library

from .conftest import BRIEFS


def grid(library: Library):
    return next(b for b in library.briefings() if b.title.startswith("Baltic"))


def annotate(library: Library) -> dict[str, str]:
    briefing = grid(library)
    first = library.articles(briefing.id)[0]
    quote, figure = first.quotes[0], first.figures[0]
    library.add_tags(briefing.id, ["winter"])
    library.add_note(first.id, "Ask Elering for the frequency log")
    library.add_note(quote.id, "Use in the memo")
    library.set_star(quote.id, True)
    library.add_tags(figure.id, ["cost"])
    passage = library.highlight(first, "ending a link that dates from the Soviet era")
    return {"briefing": briefing.id, "article": first.id, "quote": quote.id, "figure": figure.id, "passage": passage}


def test_markdown_memo_has_front_matter_summaries_quotes_figures_notes_and_tags(library: Library) -> None:
    ids = annotate(library)
    memo = export_markdown(library, ids["briefing"])
    assert memo.startswith('---\ntitle: "Baltic grid goes it alone"\ndate: 2025-02-10\ntags: [baltics, energy, winter]\n')
    assert "# Baltic grid goes it alone" in memo
    assert "> Estonia, Latvia and Lithuania leave the Russian-run power grid" in memo
    assert "## Baltic states unplug from Russian grid" in memo
    assert "- “This is the end of a long road to energy independence” — Kadri Simson, European energy commissioner  ★" in memo
    assert "  - ✎ Use in the memo" in memo
    assert "- **about €1.6 billion** — spent on new lines and condensers  #cost" in memo
    assert "> ending a link that dates from the Soviet era" in memo
    assert "- Ask Elering for the frequency log _(" in memo


def test_backup_round_trip_restores_everything_into_an_empty_library(library: Library, tmp_path: Path) -> None:
    ids = annotate(library)
    backup = tmp_path / "backup.json"
    backup.write_text(json.dumps(export_backup(library)))
    fresh = Library(tmp_path / "fresh")
    import_paths(fresh, [BRIEFS / "grid.md"])
    report = import_paths(fresh, [backup])
    assert report.errors == [] and report.restored[0].endswith("restored 5 annotated items and 2 new notes")
    for key in ("briefing", "article", "quote", "figure", "passage"):
        assert fresh.user_state(ids[key]) == library.user_state(ids[key]), key
    again = import_paths(fresh, [backup])
    assert again.restored[0].endswith("and 0 new notes"), "restoring twice makes no copies"


def test_backup_of_one_article_holds_only_its_annotations(library: Library) -> None:
    ids = annotate(library)
    data = export_backup(library, ids["article"])
    assert {d["item"] for d in data["items"]} == {ids["article"], ids["quote"], ids["figure"], ids["passage"]}


def test_annotations_survive_a_changed_reimport(library: Library, tmp_path: Path) -> None:
    ids = annotate(library)
    changed = tmp_path / "grid.md"
    text = (BRIEFS / "grid.md").read_text()
    # The quote gains a word in the block and the body; the figure's line moves; the passage stays.
    text = text.replace("energy independence", "true energy independence")
    text = text.replace("- **0.1 hertz** — largest frequency deviation during the switch\n", "")
    text = text.replace("- **about €1.6 billion**", "- **0.1 hertz** — largest frequency deviation\n- **about €1.6 billion**")
    changed.write_text(text)
    report = import_paths(library, [changed])
    assert report.errors == []
    article = library.articles(ids["briefing"])[0]
    assert article.id == ids["article"]
    assert [n.text for n in library.user_state(ids["article"]).notes] == ["Ask Elering for the frequency log"]
    assert library.user_state(ids["figure"]).tags == ["cost"] and not library.user_state(ids["figure"]).orphaned
    assert library.user_state(ids["passage"]).orphaned is False
    # The quote's words changed, so its id did: its note is kept and shown as orphaned, never dropped.
    old_quote = library.user_state(ids["quote"])
    assert old_quote.orphaned and [n.text for n in old_quote.notes] == ["Use in the memo"]
    assert "1 annotation lost its place" in report.warnings[-1]


def test_a_quote_found_again_by_its_words_takes_its_notes_along(library: Library, tmp_path: Path) -> None:
    ids = annotate(library)
    changed = tmp_path / "grid.md"
    # A new url changes the article's id (and so its quotes' ids); the words stay the same.
    changed.write_text((BRIEFS / "grid.md").read_text().replace("baltic-grid", "baltic-grid-updated"))
    import_paths(library, [changed])
    article = library.articles(ids["briefing"])[0]
    assert article.id != ids["article"]
    new_quote = article.quotes[0].id
    assert [n.text for n in library.user_state(new_quote).notes] == ["Use in the memo"]
    assert library.user_state(new_quote).starred
    assert [n.text for n in library.user_state(article.id).notes] == ["Ask Elering for the frequency log"]
    [(passage_id, passage)] = library.passages(article.id)
    assert passage_id == ids["passage"] and not passage.orphaned


def test_cli_export_to_a_file_and_errors(capsys: pytest.CaptureFixture[str], library: Library, tmp_path: Path) -> None:
    ids = annotate(library)
    data = str(library.root)
    assert main(["--data-dir", data, "export", ids["briefing"], "--format", "md", "-o", str(tmp_path / "memo.md")]) == 0
    assert (tmp_path / "memo.md").read_text().startswith("---\ntitle:")
    assert main(["--data-dir", data, "export", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out.split("\n", 1)[1] if out.startswith("wrote") else out)["format"] == "briefing-backup"
    assert main(["--data-dir", data, "export", ids["briefing"], "-o", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err
    assert main(["--data-dir", data, "export", "b-00000000"]) == 1
