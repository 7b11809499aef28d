"""Provides date expressions resolved to ISO dates against the article's own date."""

from __future__ import annotations

import datetime as dt
import re

from tui.domain.extract.scan import anchored_finditer, find_words
from tui.domain.models import DateMention

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_MONTH_RE = "|".join(m.capitalize() for m in _MONTHS)
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DAY_RE = "|".join(d.capitalize() for d in _DAYS)
_FUTURE = re.compile(r"\b(?:will|would|is due|are due|is expected|are expected|plans? to|scheduled|next|from)\b",
                     re.IGNORECASE)

_DATE_WORDS = [m.capitalize() for m in _MONTHS + _DAYS] + ["last", "next", "this", "yesterday", "today", "tomorrow"]
_ISO_DATE_START = re.compile(r"\b\d{4}-\d\d")
_DATE = re.compile(
    rf"\b(?:(?P<md>(?P<m1>{_MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?)"
    rf"|(?P<dm>(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_RE})(?:\s+(?P<y2>\d{{4}}))?)"
    rf"|(?P<my>(?P<m3>{_MONTH_RE})\s+(?P<y3>\d{{4}}))"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?P<wd>(?:(?:last|next|this)\s+)?(?P<day>{_DAY_RE}))"
    rf"|(?P<rel>(?P<which>last|next|this)\s+(?P<unit>week|month|year))"
    rf"|(?P<near>yesterday|today|tomorrow)"
    rf"|(?:in|since|until|by|from|during|early|late|mid-)\s+(?P<mo>(?P<m4>{_MONTH_RE}))\b(?!\s+\d))",
)


def extract_dates(text: str, published: str) -> list[DateMention]:
    """Every date expression, each text once, with its ISO date when it can be resolved."""
    try:
        base = dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        base = None
    mentions: list[DateMention] = []
    seen: set[str] = set()
    # "early March", "14th February": a date starts at most 12 characters ahead of its anchor word.
    anchors = find_words(text, _DATE_WORDS) + [match.span() for match in _ISO_DATE_START.finditer(text)]
    for match in anchored_finditer(_DATE, text, sorted(anchors), before=12, after=24):
        surface = match.group("mo") or match.group(0)
        if surface in seen:
            continue
        seen.add(surface)
        context = text[max(0, match.start() - 60) : match.end() + 40]
        mentions.append(DateMention(surface, _resolve(match, base, context)))
    return mentions


def _month(name: str) -> int:
    return _MONTHS.index(name.lower()) + 1


def _resolve(match: re.Match[str], base: dt.date | None, context: str) -> str:
    groups = match.groupdict()
    if groups["iso"]:
        return groups["iso"]
    future = bool(_FUTURE.search(context))
    for m, d, y in (("m1", "d1", "y1"), ("m2", "d2", "y2")):
        if groups[m]:
            year = int(groups[y]) if groups[y] else (base.year if base else None)
            if year is None:
                return ""
            try:
                day = dt.date(year, _month(groups[m]), int(groups[d]))
            except ValueError:
                return ""
            if not groups[y] and base:
                if day > base + dt.timedelta(days=31) and not future:
                    day = day.replace(year=year - 1)
                elif day < base - dt.timedelta(days=300) and future:
                    day = day.replace(year=year + 1)
            return day.isoformat()
    if groups["my"]:
        return f"{groups['y3']}-{_month(groups['m3']):02d}"
    if base is None:
        return ""
    if groups["mo"]:
        month = _month(groups["m4"])
        year = base.year
        if month > base.month and not future:
            year -= 1
        elif month < base.month and future:
            year += 1
        return f"{year}-{month:02d}"
    if groups["day"]:
        target = _DAYS.index(groups["day"].lower())
        wd = groups["wd"].lower()
        if wd.startswith("next") or (future and not wd.startswith("last")):
            delta = (target - base.weekday()) % 7 or (7 if wd.startswith("next") else 0)
            return (base + dt.timedelta(days=delta)).isoformat()
        delta = (base.weekday() - target) % 7
        if wd.startswith("last") and delta == 0:
            delta = 7
        return (base - dt.timedelta(days=delta)).isoformat()
    if groups["rel"]:
        step = {"last": -1, "next": 1, "this": 0}[groups["which"].lower()]
        unit = groups["unit"].lower()
        if unit == "year":
            return str(base.year + step)
        if unit == "month":
            month_index = base.year * 12 + base.month - 1 + step
            return f"{month_index // 12}-{month_index % 12 + 1:02d}"
        year, week, _ = (base + dt.timedelta(weeks=step)).isocalendar()
        return f"{year}-W{week:02d}"
    if groups["near"]:
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[groups["near"].lower()]
        return (base + dt.timedelta(days=offset)).isoformat()
    return ""
