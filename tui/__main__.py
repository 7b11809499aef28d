"""Provides `python -m tui`: the same entry point as the `briefing` command."""

import sys

from tui.cli import main

sys.exit(main())
