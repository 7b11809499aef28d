"""Provides the extraction entry point (placeholder: lead sentences only, replaced by the real engine)."""

from __future__ import annotations

from dataclasses import dataclass

from tui.domain.models import DateMention, Entity


@dataclass(frozen=True)
class ExtractedQuote:
    text: str
    speaker: str = ""
    role: str = ""
    partial: bool = False
    sentence: str = ""


@dataclass(frozen=True)
class ExtractedFigure:
    value: str
    measures: str = ""
    key: bool = True
    sentence: str = ""


@dataclass(frozen=True)
class Extraction:
    title: str
    summary: tuple[str, ...] = ()
    bottom_line: str = ""
    quotes: tuple[ExtractedQuote, ...] = ()
    figures: tuple[ExtractedFigure, ...] = ()
    dates: tuple[DateMention, ...] = ()
    entities: tuple[Entity, ...] = ()


def extract(body: str, *, title: str = "", published: str = "") -> Extraction:
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    return Extraction(title=title, summary=tuple(paragraphs[:3]), bottom_line=paragraphs[0] if paragraphs else "")
