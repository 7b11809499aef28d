"""Provides exporting: a Markdown briefing memo (Obsidian-friendly) and the JSON backup of the reader's data."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from tui.domain.models import Article, Briefing, UserState
from tui.domain.sanitize import is_safe_url
from tui.domain.store import Library

BACKUP_FORMAT = "briefing-backup"
BACKUP_VERSION = 1


class ExportError(ValueError):
    """What to export cannot be found; the message is one line for the user."""


def _briefings_for(library: Library, item_id: str | None) -> list[tuple[Briefing, list[Article]]]:
    """The briefings (and articles) an export covers: all, one briefing, or one article."""
    if not item_id:
        return [(b, library.articles(b.id)) for b in library.briefings()]
    located = library.locate(item_id)
    if located is None:
        raise ExportError(f"no item with id {item_id!r} (see 'briefing list')")
    if located.article is not None:
        return [(located.briefing, [located.article])]
    return [(located.briefing, library.articles(located.briefing.id))]


def _passages_by_article(library: Library) -> dict[str, list[UserState]]:
    """Every highlighted passage, by the article it stands in (one pass over the reader's data)."""
    passages: dict[str, list[UserState]] = {}
    for _, state in library.annotations():
        if state.anchor and state.anchor.kind == "passage":
            passages.setdefault(state.anchor.article_id, []).append(state)
    return passages


def export_markdown(library: Library, item_id: str | None = None) -> str:
    """A briefing memo: summary, then per article its summary, quotes, key figures, notes and tags.

    Args:
        library: The library.
        item_id: A briefing or article id; None for every briefing.

    Raises:
        ExportError: When the id is unknown.
    """
    covered = _briefings_for(library, item_id)
    view = library.user.view()
    tags = sorted({t for b, _ in covered for t in (*b.tags, *view.state(b.id).tags)})
    title = covered[0][0].title if len(covered) == 1 else "Briefings"
    lines = [
        "---",
        f"title: {json.dumps(title, ensure_ascii=False)}",
        f"date: {covered[0][0].date if len(covered) == 1 else dt.date.today().isoformat()}",
        f"tags: [{', '.join(tags)}]",
        f"exported: {dt.datetime.now(dt.timezone.utc).isoformat(timespec='seconds')}",
        "---",
        "",
    ]
    passages = _passages_by_article(library)
    for briefing, articles in covered:
        lines += _briefing_memo(library, briefing, articles, passages, heading="#" if len(covered) == 1 else "##")
    return "\n".join(lines).rstrip() + "\n"


def _briefing_memo(
    library: Library, briefing: Briefing, articles: list[Article], passages: dict[str, list[UserState]], heading: str
) -> list[str]:
    view = library.user.view()
    state = view.state(briefing.id)
    lines = [f"{heading} {briefing.title}", ""]
    meta = " · ".join(filter(None, [briefing.date, f"{len(articles)} articles", _tags(briefing.tags, state)]))
    lines += [meta, ""]
    if briefing.summary:
        lines += [f"> {briefing.summary}", ""]
    lines += _notes(state)
    sub = heading + "#"
    for article in articles:
        article_state = view.state(article.id)
        lines += [f"{sub} {article.title}", ""]
        link = f"[link]({article.url})" if is_safe_url(article.url) else ""
        where = " · ".join(filter(None, [article.source, article.date, link]))
        marks = " ".join(filter(None, [where, "★" if article_state.starred else "", _tags((), article_state)]))
        if marks:
            lines += [marks, ""]
        if article.summary:
            lines += ["**Summary**", ""] + [f"- {s}" for s in article.summary] + [""]
        if article.quotes:
            lines += ["**Quotes**", ""]
            for quote in article.quotes:
                who = ", ".join(filter(None, [quote.speaker, quote.role])) or "unattributed"
                lines.append(f"- “{quote.text}” — {who}{_marks(view.state(quote.id))}")
                lines += [f"  - ✎ {n.text}".replace("\n", "\n    ") for n in view.state(quote.id).notes]
            lines.append("")
        if article.figures:
            lines += ["**Key figures**", ""]
            for figure in article.figures:
                lines.append(f"- **{figure.value}** — {figure.measures}{_marks(view.state(figure.id))}")
                lines += [f"  - ✎ {n.text}".replace("\n", "\n    ") for n in view.state(figure.id).notes]
            lines.append("")
        if passages.get(article.id):
            lines += ["**Highlights**", ""]
            for passage in passages[article.id]:
                lines += [f"> {passage.anchor.text}", *_notes(passage), ""]
        lines += _notes(article_state)
    return lines


def _tags(own: tuple[str, ...], state: UserState) -> str:
    return " ".join(f"#{t}" for t in dict.fromkeys([*own, *state.tags]))


def _marks(state: UserState) -> str:
    marks = " ".join(filter(None, ["★" if state.starred else "", _tags((), state)]))
    return f"  {marks}" if marks else ""


def _notes(state: UserState) -> list[str]:
    if not state.notes:
        return []
    lines = ["**Notes**", ""]
    for note in state.notes:
        lines.append(f"- {note.text} _({note.created[:10]})_".replace("\n", "\n  "))
    return lines + [""]


def export_backup(library: Library, item_id: str | None = None) -> dict[str, Any]:
    """Everything the reader wrote (on one briefing or article, or on all), with where it stands.

    `briefing import` of this JSON restores it: it is the backup format.
    """
    user = library.user.export()
    if item_id:
        covered = _briefings_for(library, item_id)
        briefing_ids = {b.id for b, _ in covered}
        article_ids = {a.id for _, articles in covered for a in articles}
        single_article = item_id in article_ids

        def inside(doc: dict[str, Any]) -> bool:
            anchor = doc.get("anchor") or {}
            if doc["item"] in briefing_ids | article_ids:
                return not (single_article and doc["item"] in briefing_ids)
            if single_article:
                return anchor.get("article_id") in article_ids
            return anchor.get("briefing_id") in briefing_ids

        user["items"] = [doc for doc in user["items"] if inside(doc)]
        kept = {doc["item"] for doc in user["items"]}
        user["notes"] = [doc for doc in user["notes"] if doc["item"] in kept]
    return {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "exported": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        **user,
    }


def is_backup(data: Any) -> bool:
    """Whether parsed JSON is a Briefing backup."""
    return isinstance(data, dict) and data.get("format") == BACKUP_FORMAT


def restore_backup(library: Library, data: dict[str, Any]) -> tuple[int, int, int]:
    """Merge a backup into the library's user data; nothing already there is dropped.

    Returns:
        Items restored, notes added, and how many annotations are orphaned (their item is not in
        the library: import its brief again and they find their place).
    """
    if data.get("version", 0) > BACKUP_VERSION:
        raise ExportError(f"this backup is version {data.get('version')}; this Briefing reads up to {BACKUP_VERSION}")
    items, notes = library.user.restore(data)
    orphaned = library.relink({b.id for b in library.briefings()})
    return items, notes, orphaned


def replace_with_backup(library: Library, data: dict[str, Any]) -> tuple[int, int, int]:
    """Make a backup the reader's whole data (`briefing restore`); the current data is kept as a backup.

    Args:
        data: A copy of user.json (from backups/) or an export made by `briefing export --format json`.

    Returns:
        Items and notes now held, and how many annotations are orphaned.
    """
    library.user.replace_with(data)
    orphaned = library.relink({b.id for b in library.briefings()})
    states = library.user.view().states
    return len(states), sum(len(s.notes) for s in states.values()), orphaned
