"""The domain never imports the UI: importing it (and the CLI) must not load Textual or Rich."""

from __future__ import annotations

import subprocess
import sys

HEADLESS = [
    "tui.domain.models", "tui.domain.briefs", "tui.domain.store", "tui.domain.storage", "tui.domain.importer",
    "tui.domain.extract", "tui.domain.sanitize", "tui.domain.ids", "tui.domain.text", "tui.domain.article_file",
    "tui.domain.search", "tui.paths", "tui.cli", "tui.eval", "tui.bench",
]
"""tui.bench drives the app only in the processes it times (tui.app_timing), never in its own."""


def test_headless_modules_do_not_load_textual_or_rich() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {HEADLESS!r}: importlib.import_module(name)\n"
        "leaks = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(' '.join(leaks))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
