"""Provides every location on disk: the data directory (platformdirs, or an override) and the bundled briefs."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

DATA_DIR_ENV = "BRIEFING_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where the library lives: --data-dir, else $BRIEFING_DATA_DIR, else the platform's user data dir."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return user_data_path("briefing", appauthor=False)


def bundled_briefs_dir() -> Path:
    """The briefs shipped with Briefing: the repository's briefs/ folder, or its copy in the wheel."""
    package = Path(__file__).resolve().parent
    for candidate in (package.parent / "briefs", package / "bundled"):
        if candidate.is_dir():
            return candidate
    return package.parent / "briefs"
