"""Provides the product's nouns: briefings, articles, quotes, figures and the reader's annotations."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Quote:
    """A direct quotation in an article."""

    id: str
    """Stable id, derived from the article and the quote's text (so notes survive re-import)."""
    text: str
    """The quoted words, without the quotation marks."""
    speaker: str = ""
    """Full name of who said it, as first introduced in the article ("" when unknown)."""
    role: str = ""
    """The speaker's role when the text gives one ("Kremlin spokesman")."""
    partial: bool = False
    """True for a fragment quoted inside the reporter's own sentence."""
    sentence: str = ""
    """The sentence the quote stands in, used to find it in the text."""


@dataclass(frozen=True)
class Figure:
    """A key figure in an article, such as "$25 billion" or "18 percent"."""

    id: str
    """Stable id, derived from the article, the value and what it measures."""
    value: str
    """The figure as written ("$25-billion", "1,057 megawatts")."""
    measures: str = ""
    """A short label of what the figure is."""
    key: bool = True
    """True for the figures worth showing first."""
    sentence: str = ""
    """The sentence the figure stands in, used to find it in the text."""


@dataclass(frozen=True)
class DateMention:
    """A date expression in an article, resolved against the article's date where possible."""

    text: str
    iso: str = ""
    """ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known); "" when unresolved."""


@dataclass(frozen=True)
class Entity:
    """A person or organisation mentioned in an article."""

    name: str
    kind: str
    """"person" or "organisation"."""
    role: str = ""


@dataclass(frozen=True)
class Article:
    """One article of a briefing, with what was extracted or written about it."""

    id: str
    briefing_id: str
    title: str
    body: str
    """The full text as Markdown (sanitised)."""
    source: str = ""
    url: str = ""
    date: str = ""
    """Publication date as ISO text, "" when unknown."""
    author: str = ""
    summary: tuple[str, ...] = ()
    """Summary sentences in article order."""
    bottom_line: str = ""
    """One line that says what the article is about."""
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateMention, ...] = ()
    entities: tuple[Entity, ...] = ()

    @property
    def one_line(self) -> str:
        """The line shown for the article in lists."""
        return self.bottom_line or (self.summary[0] if self.summary else "")


@dataclass(frozen=True)
class ArticleEntry:
    """An article as a briefing's list shows it; its text, quotes and figures are read when it is opened."""

    id: str
    title: str
    source: str = ""
    date: str = ""
    one_line: str = ""
    """The line shown under the title (the article's bottom line)."""


@dataclass(frozen=True)
class BriefingFigure:
    """A key figure of a briefing, with the article it comes from."""

    figure: Figure
    article_id: str
    article_title: str


@dataclass(frozen=True)
class Speaker:
    """Someone quoted in a briefing."""

    name: str
    role: str = ""
    quotes: int = 0
    """How many quotes of theirs the briefing's articles hold."""


@dataclass(frozen=True)
class TimelineEntry:
    """A date an article of a briefing mentions."""

    iso: str
    text: str
    """The words that name the date ("last Monday")."""
    article_id: str
    article_title: str


@dataclass(frozen=True)
class BriefingOverview:
    """What the briefing screen shows, made from its articles at import (so opening it reads one small file)."""

    entries: tuple[ArticleEntry, ...] = ()
    """The articles, in the briefing's order."""
    figures: tuple[BriefingFigure, ...] = ()
    """Key figures to show: each article's first one, then the others, up to a limit."""
    key_figures: int = 0
    """How many key figures the articles hold in all."""
    speakers: tuple[Speaker, ...] = ()
    """Who is quoted, most quoted first."""
    timeline: tuple[TimelineEntry, ...] = ()
    """Dates mentioned, oldest first; the most recent ones when there are many."""
    dates: int = 0
    """How many (date, article) pairs there are in all."""


@dataclass(frozen=True)
class Briefing:
    """A set of articles on one topic, as listed in the library index."""

    id: str
    title: str
    date: str = ""
    tags: tuple[str, ...] = ()
    summary: str = ""
    article_ids: tuple[str, ...] = ()
    source: str = ""
    """Where the briefing was imported from (a file or folder path)."""


@dataclass(frozen=True)
class Anchor:
    """Where an annotated item stands, kept with the annotation so it survives re-import."""

    kind: str
    """"briefing", "article", "quote", "figure" or "passage"."""
    briefing_id: str
    article_id: str = ""
    text: str = ""
    """The item's own words (a quote's text, a figure's value, a passage), to find it again."""
    label: str = ""
    """How to name the item in lists: a title, or the article's title for a quote."""


@dataclass(frozen=True)
class Note:
    """A note the reader wrote on an item (briefing, article, quote, figure or passage)."""

    id: str
    item_id: str
    text: str
    created: str
    """ISO timestamp."""
    updated: str = ""


@dataclass
class UserState:
    """Everything the reader wrote about one item, gathered for display."""

    read: bool = False
    starred: bool = False
    tags: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    anchor: Anchor | None = None
    orphaned: bool = False
    """True when a re-import removed the item: the annotation is kept and shown as orphaned."""

    @property
    def annotated(self) -> bool:
        """True when the reader wrote anything on the item (beyond reading it)."""
        return bool(self.starred or self.tags or self.notes)
