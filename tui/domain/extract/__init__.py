"""Provides the extraction engine: raw article text -> summary, quotes, figures, dates and entities."""

from __future__ import annotations

from tui.domain.extract.engine import Extraction, extract

__all__ = ["Extraction", "extract"]
