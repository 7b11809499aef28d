"""Reliability: damaged stores, schema migrations, backups and restore, read-only data folders."""

from __future__ import annotations

import gc
import json
import os
from pathlib import Path

import pytest

from tui.cli import main, open_library
from tui.domain import importer
from tui.domain.importer import import_paths
from tui.domain.migrations import CURRENT, NewerSchemaError
from tui.domain.storage import AtomicBatch, StoreError
from tui.domain.store import Library

from .conftest import BRIEFS

# Every earlier schema of user.json, as Briefing wrote it, with the read state and notes it held.
EARLIER_USER_FILES = {
    0: {"state": {"1": {"item": "a-0000000a", "read": True, "tags": ["energy"]}},
        "notes": {"1": {"id": "n-00000001", "item": "a-0000000a", "text": "kept", "created": "2026-01-01T00:00:00+00:00",
                        "updated": ""}}},
}


@pytest.mark.parametrize("version", sorted(EARLIER_USER_FILES))
def test_migrations_from_every_earlier_schema(tmp_path: Path, version: int) -> None:
    assert set(EARLIER_USER_FILES) == set(range(CURRENT)), "a fixture for every earlier version"
    root = tmp_path / "lib"
    root.mkdir()
    (root / "user.json").write_text(json.dumps(EARLIER_USER_FILES[version]))
    library = Library(root)
    problems = library.check()
    assert problems == [f"Your notes were upgraded from format {version} to {CURRENT}; "
                        f"a copy of the old file is in {root / 'backups'}."]
    assert json.loads((root / "user.json").read_text())["meta"]["1"]["schema"] == CURRENT
    state = library.user_state("a-0000000a")
    assert state.read and state.tags == ["energy"] and [n.text for n in state.notes] == ["kept"]
    [copy] = (root / "backups").glob(f"*before-upgrade-from-v{version}.json")
    assert json.loads(copy.read_text()) == EARLIER_USER_FILES[version]


def test_a_store_from_a_newer_briefing_is_left_untouched(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    newer = json.dumps({"meta": {"1": {"schema": CURRENT + 1}}, "items": {}})
    (root / "user.json").write_text(newer)
    with pytest.raises(NewerSchemaError, match="written by a newer Briefing"):
        Library(root).check()
    assert (root / "user.json").read_text() == newer


@pytest.mark.parametrize("content", ['{"items": {"1": {"item": "a-', "", "[1, 2]", '{"items": 3}', "\x00\x01binary"])
def test_a_damaged_user_store_is_moved_aside_with_one_clear_screen(library: Library, content: str) -> None:
    library.add_note(library.briefings()[0].id, "before the damage")
    library.user.backup()
    (library.root / "user.json").write_text(content)
    problems = library.check()
    assert len(problems) == 1
    assert "moved to" in problems[0] and "'briefing restore " in problems[0]
    [aside] = library.root.glob("user.json.damaged-*")
    assert aside.read_text() == content
    assert library.read_ids() == frozenset()


def test_a_damaged_index_is_rebuilt_from_the_briefing_files(library: Library) -> None:
    before = [(b.id, b.title, b.article_ids) for b in library.briefings()]
    quote = library.articles(before[1][0])[0].quotes[0]
    (library.root / "derived" / "briefings.json").write_text('{"briefings": {"1": {"id": ')
    problems = library.check()
    assert len(problems) == 1 and "rebuilt from the 2 briefing files" in problems[0]
    assert [(b.id, b.title, b.article_ids) for b in library.briefings()] == before
    assert library.locate(quote.id).item == quote


def test_backup_and_restore_commands(capsys: pytest.CaptureFixture[str], library: Library, tmp_path: Path) -> None:
    data = str(library.root)
    briefing_id = library.briefings()[0].id
    library.add_note(briefing_id, "the one to keep")
    assert main(["--data-dir", data, "backup"]) == 0
    backup = Path(capsys.readouterr().out.split("wrote ", 1)[1].strip())
    library.add_note(briefing_id, "a mistake")
    assert main(["--data-dir", data, "restore", str(backup)]) == 0
    assert "restored 1 items and 1 notes" in capsys.readouterr().out
    assert [n.text for n in Library(library.root).user_state(briefing_id).notes] == ["the one to keep"]
    # The state before the restore was kept as a backup too: nothing is lost.
    [before] = (library.root / "backups").glob("*before-restore.json")
    assert "a mistake" in before.read_text()
    assert main(["--data-dir", data, "restore", str(tmp_path / "nope.json")]) == 1
    assert capsys.readouterr().err.endswith("nope.json: no such file\n")


def test_backups_rotate(library: Library) -> None:
    library.add_note(library.briefings()[0].id, "x")
    for _ in range(8):
        library.user.backup()
    assert len(library.user.backups()) == 5


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_data_folder_gives_a_clear_error(library: Library) -> None:
    os.chmod(library.root, 0o500)
    try:
        with pytest.raises(StoreError, match="cannot"):
            library.add_note(library.briefings()[0].id, "x")
    finally:
        os.chmod(library.root, 0o700)


def test_a_failed_write_leaves_the_old_file_and_reports(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk: the write fails, the stored notes stay as they were, the user gets one line."""
    briefing_id = library.briefings()[0].id
    library.add_note(briefing_id, "safe")
    before = (library.root / "user.json").read_bytes()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(StoreError, match="No space left on device"):
        library.add_note(briefing_id, "lost")
    monkeypatch.undo()
    assert (library.root / "user.json").read_bytes() == before
    assert [p for p in library.root.iterdir() if p.name.endswith(".tmp")] == []


def test_cli_reports_a_full_disk_in_one_line(capsys: pytest.CaptureFixture[str], library: Library,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    briefing_id = library.briefings()[0].id
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    assert main(["--data-dir", str(library.root), "note", briefing_id, "x"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No space left on device" in err


def test_open_library_survives_a_damaged_store(tmp_path: Path) -> None:
    library, problems = open_library(str(tmp_path / "lib"))
    (library.root / "user.json").write_text("{not json")
    library, problems = open_library(str(tmp_path / "lib"))
    assert len(problems) == 1 and "not valid JSON" in problems[0]


def test_temporary_files_left_by_a_killed_writer_are_removed_at_start(library: Library) -> None:
    stale = library.root / ".user.json.abc.tmp"
    fresh = library.root / ".user.json.def.tmp"
    stale.write_text("{")
    fresh.write_text("{")
    os.utime(stale, (1, 1))
    library.check()
    assert not stale.exists() and fresh.exists(), "a fresh one may belong to a live writer"


def test_an_unreadable_store_at_start_is_a_clear_error_and_is_not_touched(
    capsys: pytest.CaptureFixture[str], library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No permission to read user.json (simulated: the tests run as root): one line, nothing moved or rewritten."""
    library.add_note(library.briefings()[0].id, "mine")
    before = (library.root / "user.json").read_bytes()
    real_read_text = Path.read_text

    def denied(self: Path, *args, **kwargs):
        if self.name == "user.json":
            raise PermissionError(13, "Permission denied")
        return real_read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", denied)
    assert main(["--data-dir", str(library.root), "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Permission denied" in err and "user.json" in err
    monkeypatch.undo()
    assert (library.root / "user.json").read_bytes() == before
    assert not list(library.root.glob("user.json.damaged-*"))


def test_a_batch_of_files_is_all_written_or_left_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The search index's thousands of small files are written in one batch with two syncs in all."""
    paths = [tmp_path / "docs" / f"{n}.json" for n in range(3)]
    for path in paths:
        path.parent.mkdir(exist_ok=True)
        path.write_text('{"old": 1}')
    real_fdopen = os.fdopen
    opened = []

    def full_disk_on_the_second_file(*args, **kwargs):
        opened.append(1)
        if len(opened) == 2:
            raise OSError(28, "No space left on device")
        return real_fdopen(*args, **kwargs)

    monkeypatch.setattr(os, "fdopen", full_disk_on_the_second_file)
    with pytest.raises(StoreError, match="No space left on device"), AtomicBatch() as batch:
        for path in paths:
            batch.write_json(path, {"new": 1})
    monkeypatch.undo()
    assert [json.loads(p.read_text()) for p in paths] == [{"old": 1}] * 3
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == ["0.json", "1.json", "2.json"]

    with AtomicBatch(limit=20) as batch:  # a small limit: flushed along the way as well as at the end
        for path in paths:
            batch.write_json(path, {"new": 1})
    assert [json.loads(p.read_text()) for p in paths] == [{"new": 1}] * 3
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == ["0.json", "1.json", "2.json"]


def test_an_import_pauses_the_cycle_collector_and_always_restarts_it(library: Library, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Imports run without the cycle collector (it only costs time there); the app gets it back, failure or not."""
    seen = []
    real = importer._import_paths
    monkeypatch.setattr(importer, "_import_paths", lambda *a: (seen.append(gc.isenabled()), real(*a))[1])
    assert gc.isenabled()
    assert import_paths(library, [BRIEFS / "grid.md"]).articles
    assert seen == [False] and gc.isenabled()

    def broken(*args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(importer, "_import_paths", broken)
    with pytest.raises(RuntimeError):
        import_paths(library, [BRIEFS / "grid.md"])
    assert gc.isenabled()


def test_an_import_that_cannot_finish_writing_leaves_the_store_as_it_was(
        library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A disk that fills up in the middle of storing two briefings: neither is half replaced."""
    from tui.domain import storage

    from .conftest import snapshot_files

    changed = tmp_path / "changed"
    changed.mkdir()
    for name in ("grid.md", "hostile.md"):
        text = (BRIEFS / name).read_text(encoding="utf-8")
        (changed / name).write_text(text.replace("## ", "## Updated: "), encoding="utf-8")
    before = snapshot_files(library.derived)
    made = []
    real = storage.tempfile.mkstemp

    def fills_up(*args, **kwargs):
        made.append(1)
        if len(made) > 3:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(storage.tempfile, "mkstemp", fills_up)
    report = import_paths(library, [changed])
    monkeypatch.undo()
    assert any("No space left on device" in error for error in report.errors)
    assert snapshot_files(library.derived) == before
