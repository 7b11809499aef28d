"""Provides the extraction engine: raw article text -> summary, quotes, figures, dates and entities."""

from __future__ import annotations

from tui.domain.extract.engine import ExtractedFigure, ExtractedQuote, Extraction, extract

__all__ = ["ExtractedFigure", "ExtractedQuote", "Extraction", "extract"]
