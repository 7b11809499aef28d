"""Provides the list of a briefing's articles, each with its one-line summary."""

from __future__ import annotations

from collections.abc import Mapping

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.domain.models import Article, UserState
from tui.widgets.rows import join, plain, separated, tags_line, with_badges


class ArticleOption(Option):
    """One article: a read marker and the title, then source and date, then its one-line summary."""

    def __init__(self, article: Article, read: bool, state: UserState | None = None) -> None:
        self.article = article
        self.read = read
        marker = Content("  ") if read else Content("● ").stylize("bold $accent")
        title = with_badges(join(marker, plain(article.title, "" if read else "bold")), state)
        meta = join(Content("  "), join(plain(article.source, "$text-secondary"), plain(article.date, "$text-muted"),
                                        separator="  ·  "))
        summary = join(Content("  "), plain(article.one_line, "$text-muted"))
        super().__init__(Content("\n").join([title, meta, summary]), id=article.id)


class ArticleList(OptionList):
    """A briefing's articles."""

    DEFAULT_CSS = """
    ArticleList { height: 1fr; }
    ArticleList > .option-list--option { padding: 0 1; }
    """

    def show(
        self, articles: list[Article], read_ids: frozenset[str], query: str = "",
        states: Mapping[str, UserState] | None = None,
    ) -> None:
        """Show the articles that match the query (words, or #tags the reader put on them), marking the unread."""
        states = states or {}
        highlighted = self.highlighted_option.id if self.highlighted_option is not None else None
        words = query.casefold().split()
        matching = [
            a for a in articles if all(w in _haystack(a, states.get(a.id)) for w in words)
        ]
        self.clear_options()
        self.add_options(separated(ArticleOption(a, a.id in read_ids, states.get(a.id)) for a in matching))
        ids = [a.id for a in matching]
        if ids:
            self.highlighted = ids.index(highlighted) if highlighted in ids else 0

    @property
    def selected_article(self) -> Article | None:
        """The article under the cursor."""
        option = self.highlighted_option
        return option.article if isinstance(option, ArticleOption) else None


def _haystack(article: Article, state: UserState | None) -> str:
    tags = tags_line(state.tags) if state else ""
    return f"{article.title} {article.source} {article.one_line} {tags}".casefold()
