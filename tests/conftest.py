"""Shared fixtures: a library built from the fixture briefs in a temporary folder, never the user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui.domain.importer import import_paths
from tui.domain.store import Library

FIXTURES = Path(__file__).parent / "fixtures"
BRIEFS = FIXTURES / "briefs"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real user data directory."""
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "default-data"))


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """A library holding the two good fixture briefs."""
    library = Library(tmp_path / "data")
    report = import_paths(library, [BRIEFS / "grid.md", BRIEFS / "hostile.md"])
    assert report.errors == []
    return library


def snapshot_files(root: Path) -> dict[str, bytes]:
    """Every file under root with its bytes, to check what a change touched."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
