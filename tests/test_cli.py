"""Tests of the command line, in process (fast) and as a real process (the entry points)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui import __version__
from tui.cli import main
from tui.domain.store import Library

from .conftest import BRIEFS


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(library: Library) -> str:
    return str(library.root)


def test_list_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str], data: str) -> None:
    code, out, _ = run(capsys, "--data-dir", data, "list", "--json")
    rows = json.loads(out)
    assert code == 0
    assert [set(r) for r in rows] == [{"id", "title", "date", "articles", "unread", "tags"}] * 2
    grid = rows[1]
    assert (grid["title"], grid["date"], grid["articles"], grid["unread"], grid["tags"]) == (
        "Baltic grid goes it alone", "2025-02-10", 2, 2, ["energy", "baltics"])


def test_data_dir_after_the_command_and_from_the_environment(
    capsys: pytest.CaptureFixture[str], data: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert json.loads(run(capsys, "list", "--json", "--data-dir", data)[1])[1]["articles"] == 2
    monkeypatch.setenv("BRIEFING_DATA_DIR", data)
    assert len(json.loads(run(capsys, "list", "--json")[1])) == 2


def test_show_briefing_article_quote_and_figure(capsys: pytest.CaptureFixture[str], data: str) -> None:
    grid = json.loads(run(capsys, "--data-dir", data, "list", "--json")[1])[1]
    briefing = json.loads(run(capsys, "--data-dir", data, "show", grid["id"], "--json")[1])
    assert {"id", "title", "date", "summary", "articles"} <= set(briefing)
    assert briefing["summary"].startswith("Estonia, Latvia and Lithuania leave")
    assert [set(a) >= {"id", "title", "summary"} for a in briefing["articles"]] == [True, True]
    article = json.loads(run(capsys, "--data-dir", data, "show", briefing["articles"][0]["id"], "--json")[1])
    assert {"id", "title", "source", "date", "summary", "quotes", "figures", "tags", "notes"} <= set(article)
    assert article["quotes"][0]["speaker"] == "Kadri Simson"
    assert set(article["quotes"][0]) >= {"id", "text", "speaker", "role", "partial"}
    assert set(article["figures"][0]) >= {"id", "value", "measures"}
    quote = json.loads(run(capsys, "--data-dir", data, "show", article["quotes"][0]["id"], "--json")[1])
    assert quote["kind"] == "quote" and quote["article"] == article["id"]
    code, out, _ = run(capsys, "--data-dir", data, "show", article["figures"][0]["id"])
    assert code == 0 and "value: about €1.6 billion" in out


def test_show_plain_text_of_an_article(capsys: pytest.CaptureFixture[str], data: str) -> None:
    briefing_id = json.loads(run(capsys, "--data-dir", data, "list", "--json")[1])[0]["id"]
    article_id = json.loads(run(capsys, "--data-dir", data, "show", briefing_id, "--json")[1])["articles"][0]["id"]
    code, out, _ = run(capsys, "--data-dir", data, "show", article_id)
    assert code == 0
    assert "Summary" in out and "Quotes" in out and "Key figures" in out
    assert "— Eve Example, spokeswoman" in out
    assert "\x1b" not in out and "\x07" not in out


def test_show_unknown_id(capsys: pytest.CaptureFixture[str], data: str) -> None:
    code, _, err = run(capsys, "--data-dir", data, "show", "a-00000000")
    assert code == 1
    assert err == "briefing: no article with id 'a-00000000' (see 'briefing list')\n"


def test_import_reports_each_file_and_reimport_makes_no_copy(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "lib")
    code, out, err = run(capsys, "--data-dir", data, "import", str(BRIEFS / "grid.md"), str(BRIEFS / "broken.md"))
    assert code == 1
    assert "imported b-" in out and "Baltic grid goes it alone  (2 articles)" in out
    assert "broken.md: no title" in err
    run(capsys, "--data-dir", data, "import", str(BRIEFS / "grid.md"))
    titles = [r["title"] for r in json.loads(run(capsys, "--data-dir", data, "list", "--json")[1])]
    assert titles.count("Baltic grid goes it alone") == 1


def test_import_a_folder_of_plain_text_articles(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "Shipping lanes"
    folder.mkdir()
    (folder / "one.txt").write_text("Red Sea traffic falls\n\nTraffic fell by 40 percent, the authority said.\n")
    (folder / "two.txt").write_text("Insurers raise premiums\n\nPremiums rose to 1 percent of hull value.\n")
    data = str(tmp_path / "lib")
    code, out, _ = run(capsys, "--data-dir", data, "import", str(folder))
    assert code == 0 and "Shipping lanes  (2 articles)" in out
    code, out, _ = run(capsys, "--data-dir", data, "import", str(folder))
    rows = [r for r in json.loads(run(capsys, "--data-dir", data, "list", "--json")[1]) if r["title"] == "Shipping lanes"]
    assert len(rows) == 1 and rows[0]["articles"] == 2


CLIP = ("---\ntitle: Port strike enters a second week\nsource: https://example.org/strike\ndate: 2025-03-18\n---\n\n"
        "Dockworkers extended their walkout on Monday, the union said.\n\n"
        '"We stay out until there is an offer," said Marta Kowalczyk, the union\'s general secretary.\n')


def test_a_markdown_clip_with_front_matter_and_no_sections_imports_as_an_article(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Web clippers and note apps write one article with front matter: no '## ' section, not a brief."""
    (tmp_path / "clip.md").write_text(CLIP)
    folder = tmp_path / "Clips"
    folder.mkdir()
    (folder / "clip.md").write_text(CLIP)
    (folder / "other.txt").write_text("Cranes idle\n\nThe cranes stood idle for a third day.\n")
    data = str(tmp_path / "lib")
    code, out, err = run(capsys, "--data-dir", data, "import", str(tmp_path / "clip.md"), str(folder))
    assert (code, err) == (0, "")
    assert "Imported articles  (1 article)" in out and "Clips  (2 articles)" in out
    rows = {r["title"]: r for r in json.loads(run(capsys, "--data-dir", data, "list", "--json")[1])}
    loose = json.loads(run(capsys, "--data-dir", data, "show", rows["Imported articles"]["id"], "--json")[1])
    [article] = loose["articles"]
    shown = json.loads(run(capsys, "--data-dir", data, "show", article["id"], "--json")[1])
    assert (shown["title"], shown["date"]) == ("Port strike enters a second week", "2025-03-18")
    assert [(q["speaker"], q["role"]) for q in shown["quotes"]] == [("Marta Kowalczyk", "union's general secretary")]
    listed = run(capsys, "--data-dir", data, "list")[1]
    assert "  1 article     1 unread  Imported articles" in listed and "  2 articles    2 unread  Clips" in listed
    assert "1 article, 1 unread" in run(capsys, "--data-dir", data, "show", rows["Imported articles"]["id"])[1]


def test_a_brief_without_a_title_is_still_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "notitle.md").write_text("---\ndate: 2025-03-18\n---\n\n## An article\n\nText.\n")
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "lib"), "import", str(tmp_path / "notitle.md"))
    assert code == 1 and "notitle.md: no title" in err


def test_tag_note_star_print_what_they_did(capsys: pytest.CaptureFixture[str], data: str) -> None:
    briefing_id = json.loads(run(capsys, "--data-dir", data, "list", "--json")[1])[1]["id"]
    assert run(capsys, "--data-dir", data, "tag", briefing_id, "Energy", "winter")[1] == f"{briefing_id}: tags now #energy #winter\n"
    assert run(capsys, "--data-dir", data, "untag", briefing_id, "winter")[1] == f"{briefing_id}: tags now #energy\n"
    assert run(capsys, "--data-dir", data, "star", briefing_id)[1] == f"{briefing_id}: starred\n"
    assert "added note n-" in run(capsys, "--data-dir", data, "note", briefing_id, "Check the cost figure")[1]
    shown = json.loads(run(capsys, "--data-dir", data, "show", briefing_id, "--json")[1])
    assert shown["notes"] == ["Check the cost figure"]
    assert run(capsys, "--data-dir", data, "tag", "b-00000000", "x")[0] == 1


def test_first_run_imports_the_bundled_briefs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "fresh"), "list", "--json")
    assert code == 0 and err == ""
    rows = json.loads(out)
    assert len(rows) >= 3 and sum(r["articles"] for r in rows) >= 10


def test_entry_points_version_and_a_wrong_flag() -> None:
    version = subprocess.run([sys.executable, "-m", "tui", "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout == f"briefing {__version__}\n"
    wrong = subprocess.run([sys.executable, "-m", "tui", "list", "--jsno"], capture_output=True, text=True)
    assert wrong.returncode == 2
    assert "unrecognized arguments: --jsno" in wrong.stderr.splitlines()[-1]


def test_a_tag_through_the_cli_loads_neither_the_search_index_nor_the_engine(library: Library) -> None:
    """A CLI tag is timed against a bare --version (issue 6): it loads only what it needs."""
    briefing_id = library.briefings()[0].id
    code = (
        "import sys\n"
        "from tui.cli import main\n"
        f"main(['--data-dir', {str(library.root)!r}, 'tag', {briefing_id!r}, 'cli'])\n"
        "print(sorted(m for m in sys.modules if m in ('tui.domain.search', 'tui.domain.extract', 'tui.domain.importer')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines() == [f"{briefing_id}: tags now #cli", "[]"]
