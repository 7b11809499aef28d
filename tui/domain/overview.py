"""Provides a briefing's overview: its article list, key figures, speakers and timeline, made once at import."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from tui.domain.models import (
    Article,
    ArticleEntry,
    BriefingFigure,
    BriefingOverview,
    Figure,
    Speaker,
    TimelineEntry,
)

OVERVIEW_FIGURES = 40
"""Key figures kept for a whole briefing; a long briefing keeps its articles' first ones."""
OVERVIEW_DATES = 60
"""Dates kept for the timeline; a long briefing keeps its most recent ones."""


def overview_of(articles: Iterable[Article]) -> BriefingOverview:
    """Gather what the briefing screen shows from a briefing's articles (in the briefing's order).

    Args:
        articles: The briefing's articles.

    Returns:
        The list entries, the key figures (each article's first one before any article's second),
        the speakers (most quoted first) and the dated mentions (oldest first).
    """
    articles = list(articles)
    keyed = [[BriefingFigure(f, a.id, a.title) for f in a.figures if f.key] for a in articles]
    firsts = [figures[0] for figures in keyed if figures]
    rest = [figure for figures in keyed for figure in figures[1:]]

    counts: Counter[str] = Counter()
    roles: dict[str, str] = {}
    for article in articles:
        for quote in article.quotes:
            if quote.speaker:
                counts[quote.speaker] += 1
                if not roles.get(quote.speaker):
                    roles[quote.speaker] = quote.role

    seen: set[tuple[str, str]] = set()
    dated: list[TimelineEntry] = []
    for article in articles:
        for mention in article.dates:
            if mention.iso and (mention.iso, article.id) not in seen:
                seen.add((mention.iso, article.id))
                dated.append(TimelineEntry(mention.iso, mention.text, article.id, article.title))
    dated.sort(key=lambda entry: entry.iso)

    return BriefingOverview(
        entries=tuple(ArticleEntry(a.id, a.title, a.source, a.date, a.one_line) for a in articles),
        figures=tuple((firsts + rest)[:OVERVIEW_FIGURES]),
        key_figures=len(firsts) + len(rest),
        speakers=tuple(Speaker(name, roles.get(name, ""), count) for name, count in counts.most_common()),
        timeline=tuple(dated[-OVERVIEW_DATES:]),
        dates=len(dated),
    )


def overview_to_doc(overview: BriefingOverview) -> dict[str, Any]:
    """The overview as stored (plain JSON types)."""
    return {
        "entries": [vars(e) for e in overview.entries],
        "figures": [{**vars(f.figure), "article_id": f.article_id, "article_title": f.article_title}
                    for f in overview.figures],
        "key_figures": overview.key_figures,
        "speakers": [vars(s) for s in overview.speakers],
        "timeline": [vars(t) for t in overview.timeline],
        "dates": overview.dates,
    }


def overview_from_doc(doc: dict[str, Any]) -> BriefingOverview:
    """The overview from its stored form."""
    figures = []
    for item in doc.get("figures", ()):
        item = dict(item)
        article_id, article_title = item.pop("article_id"), item.pop("article_title")
        figures.append(BriefingFigure(Figure(**item), article_id, article_title))
    return BriefingOverview(
        entries=tuple(ArticleEntry(**e) for e in doc.get("entries", ())),
        figures=tuple(figures),
        key_figures=doc.get("key_figures", 0),
        speakers=tuple(Speaker(**s) for s in doc.get("speakers", ())),
        timeline=tuple(TimelineEntry(**t) for t in doc.get("timeline", ())),
        dates=doc.get("dates", 0),
    )
