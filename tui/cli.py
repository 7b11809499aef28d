"""Provides the command line: the TUI by default, and commands for scripts sharing the same domain code."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui import __version__
from tui.domain.ids import kind_of
from tui.domain.models import Article, Briefing
from tui.domain.sanitize import clean_line, clean_text
from tui.domain.storage import StoreError
from tui.domain.text import counted
from tui.paths import data_dir

if TYPE_CHECKING:
    from tui.app import BriefingApp
    from tui.domain.store import Library


class CommandError(Exception):
    """A command cannot do what was asked; the message is one line for the user."""


def make_app(library: Library, *, problems: Sequence[str] = ()) -> BriefingApp:
    """The app factory shared by the entry point, the tests and the screenshot script."""
    from tui.app import BriefingApp

    return BriefingApp(library, problems=problems)


def open_library(directory: str | None) -> tuple[Library, list[str]]:
    """Open the library in the data directory, importing the bundled briefs on the first run.

    Returns:
        The library and one line per problem met while opening it (bad bundled files and so on).
    """
    from tui.domain.store import Library

    library = Library(data_dir(directory))
    problems = library.check()
    if library.is_empty():
        # Imported only here: the importer pulls in the extraction engine, which commands such as
        # `tag` or `note` never need (and it is most of their start-up time).
        from tui.domain.importer import import_bundled
        from tui.paths import bundled_briefs_dir

        report = import_bundled(library, bundled_briefs_dir())
        problems += report.errors
    return library, problems


def build_parser() -> argparse.ArgumentParser:
    """The argument parser: global options, and one sub-command per script-facing action."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS,
        help="where the library lives (default: $BRIEFING_DATA_DIR, else the platform's data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="briefing", parents=[common],
        description="A terminal briefing reader. Without a command, opens the reader.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, json_flag: bool = False) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=help_text, description=help_text)
        if json_flag:
            sub.add_argument("--json", action="store_true", help="print JSON for scripts")
        return sub

    command("list", "list the briefings", json_flag=True)
    show = command("show", "show a briefing, article, quote or figure by its id", json_flag=True)
    show.add_argument("id", metavar="ID")
    imp = command("import", "import brief files, folders of articles, or article files")
    imp.add_argument("paths", metavar="PATH", nargs="+", type=Path)
    imp.add_argument("--briefing", metavar="TITLE", default="", help="put loose articles in this briefing")
    ext = command("extract", "print what the engine extracts from one article file, without storing it",
                  json_flag=True)
    ext.add_argument("file", metavar="FILE", type=Path)
    tag = command("tag", "add tags to an item")
    tag.add_argument("id", metavar="ID")
    tag.add_argument("tags", metavar="TAG", nargs="+")
    untag = command("untag", "remove a tag from an item")
    untag.add_argument("id", metavar="ID")
    untag.add_argument("tag", metavar="TAG")
    note = command("note", "add a note to an item")
    note.add_argument("id", metavar="ID")
    note.add_argument("text", metavar="TEXT")
    star = command("star", "star an item (again to unstar)")
    star.add_argument("id", metavar="ID")
    search = command("search", "search titles, text, quotes, figures, notes and tags "
                     "(filters: tag:NAME speaker:NAME is:unread is:starred briefing:WORD)", json_flag=True)
    search.add_argument("query", metavar="QUERY", nargs="+")
    backup = command("backup", "copy your notes, tags and read state into the backups folder (or FILE)")
    backup.add_argument("-o", "--output", metavar="FILE", type=Path, help="write the copy to FILE")
    restore = command("restore", "replace your notes, tags and read state with a backup (the current ones are kept "
                      "as a backup first)")
    restore.add_argument("file", metavar="FILE", type=Path)
    export = command("export", "export a briefing memo (Markdown) or a backup of your notes and tags (JSON)")
    export.add_argument("id", metavar="ID", nargs="?", default=None, help="a briefing or article (default: all)")
    export.add_argument("--format", choices=("md", "json"), default="md")
    export.add_argument("-o", "--output", metavar="FILE", type=Path, help="write to FILE instead of printing")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    directory = getattr(args, "data_dir", None)
    try:
        if args.command is None:
            return _run_app(directory)
        if args.command == "extract":
            return _extract(args)
        library, problems = open_library(directory)
        for problem in problems:
            print(f"briefing: {problem}", file=sys.stderr)
        handler: Callable[[Library, argparse.Namespace], int] = _COMMANDS[args.command]
        return handler(library, args)
    except (CommandError, StoreError) as error:
        print(f"briefing: {clean_line(str(error))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _run_app(directory: str | None) -> int:
    library, problems = open_library(directory)
    make_app(library, problems=problems).run()
    return 0


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _list(library: Library, args: argparse.Namespace) -> int:
    rows = [_briefing_row(library, b) for b in library.briefings()]
    if args.json:
        _print_json(rows)
        return 0
    if not rows:
        print("No briefings yet. Import some with: briefing import PATH")
    for row in rows:
        tags = " ".join(f"#{t}" for t in row["tags"])
        articles = "articles" if row["articles"] != 1 else "article "
        print(f"{row['id']}  {row['date'] or '----------'}  {row['articles']:>3} {articles}  "
              f"{row['unread']:>3} unread  {clean_line(row['title'])}  {tags}".rstrip())
    return 0


def _briefing_row(library: Library, briefing: Briefing) -> dict[str, Any]:
    return {
        "id": briefing.id, "title": briefing.title, "date": briefing.date,
        "articles": len(briefing.article_ids), "unread": library.unread_count(briefing), "tags": list(briefing.tags),
    }


def _show(library: Library, args: argparse.Namespace) -> int:
    located = library.locate(args.id.strip())
    if located is None:
        what = kind_of(args.id.strip()) or "item"
        raise CommandError(f"no {what} with id {args.id!r} (see 'briefing list')")
    if located.kind == "briefing":
        value = _briefing_json(library, located.briefing)
        if args.json:
            _print_json(value)
        else:
            _print_briefing(value)
        return 0
    assert located.article is not None
    value = _article_json(library, located.article)
    if located.item is not None:
        kind = located.kind + "s"
        value = {**next(i for i in value[kind] if i["id"] == located.item.id),
                 "kind": located.kind, "article": located.article.id, "briefing": located.briefing.id}
        if args.json:
            _print_json(value)
        else:
            for key, item in value.items():
                print(f"{key}: {clean_line(str(item))}")
        return 0
    if args.json:
        _print_json(value)
    else:
        _print_article(value, located.article)
    return 0


def _briefing_json(library: Library, briefing: Briefing) -> dict[str, Any]:
    state = library.user_state(briefing.id)
    read = library.read_ids()
    return {
        **_briefing_row(library, briefing),
        "summary": briefing.summary,
        "articles": [
            {"id": a.id, "title": a.title, "summary": a.one_line, "source": a.source, "date": a.date,
             "read": a.id in read}
            for a in library.articles(briefing.id)
        ],
        "tags": list(briefing.tags) + [t for t in state.tags if t not in briefing.tags],
        "notes": [n.text for n in state.notes],
    }


def _article_json(library: Library, article: Article) -> dict[str, Any]:
    state = library.user_state(article.id)
    return {
        "id": article.id, "briefing": article.briefing_id, "title": article.title, "source": article.source,
        "url": article.url, "date": article.date, "author": article.author,
        "summary": list(article.summary), "bottom_line": article.bottom_line,
        "quotes": [{"id": q.id, "text": q.text, "speaker": q.speaker, "role": q.role, "partial": q.partial,
                    "sentence": q.sentence} for q in article.quotes],
        "figures": [{"id": f.id, "value": f.value, "measures": f.measures, "key": f.key, "sentence": f.sentence}
                    for f in article.figures],
        "dates": [{"text": d.text, "iso": d.iso} for d in article.dates],
        "read": state.read, "starred": state.starred, "tags": state.tags, "notes": [n.text for n in state.notes],
    }


def _print_briefing(value: dict[str, Any]) -> None:
    print(f"{clean_line(value['title'])}  ({value['id']})")
    print(f"{value['date']}  {counted(len(value['articles']), 'article')}, {value['unread']} unread  "
          + " ".join(f"#{t}" for t in value["tags"]))
    if value["summary"]:
        print(f"\n{clean_line(value['summary'])}")
    print()
    for article in value["articles"]:
        marker = " " if article["read"] else "*"
        print(f"{marker} {article['id']}  {clean_line(article['title'])}")
        if article["summary"]:
            print(f"               {clean_line(article['summary'])}")


def _print_article(value: dict[str, Any], article: Article) -> None:
    print(clean_line(article.title))
    print(" · ".join(clean_line(x) for x in (article.source, article.date, article.author, article.id) if x))
    print("\nSummary")
    for sentence in article.summary:
        print(f"  - {clean_line(sentence)}")
    print("\nQuotes")
    for quote in value["quotes"]:
        who = ", ".join(clean_line(x) for x in (quote["speaker"], quote["role"]) if x) or "unattributed"
        print(f"  {quote['id']}  “{clean_line(quote['text'])}” — {who}{' (partial)' if quote['partial'] else ''}")
    print("\nKey figures")
    for figure in value["figures"]:
        print(f"  {figure['id']}  {clean_line(figure['value'])} — {clean_line(figure['measures'])}")
    if value["tags"] or value["notes"]:
        print("\nYours: " + " ".join(f"#{t}" for t in value["tags"]))
        for note in value["notes"]:
            print(f"  note: {clean_line(note)}")
    print()
    print(clean_text(article.body))


def _import(library: Library, args: argparse.Namespace) -> int:
    from tui.domain.importer import import_paths

    report = import_paths(library, args.paths, briefing_title=clean_line(args.briefing))
    for warning in report.warnings:
        print(f"briefing: warning: {clean_line(warning)}", file=sys.stderr)
    for error in report.errors:
        print(f"briefing: {clean_line(error)}", file=sys.stderr)
    for briefing in report.briefings:
        print(f"imported {briefing.id}  {clean_line(briefing.title)}  ({counted(len(briefing.article_ids), 'article')})")
    for line in report.restored:
        print(clean_line(line))
    return 1 if report.errors else 0


def _search(library: Library, args: argparse.Namespace) -> int:
    if library.search_needs_rebuild():
        print("briefing: rebuilding the search index for this version of Briefing (once; about a minute "
              "for 10,000 articles)...", file=sys.stderr)
    hits = library.search(" ".join(args.query))
    if args.json:
        _print_json([{"id": h.id, "kind": h.kind, "title": h.title, "snippet": h.snippet} for h in hits])
        return 0
    if not hits:
        print("No results.")
    for hit in hits:
        print(f"{hit.id}  {hit.kind:<8} {clean_line(hit.title)}\n    {clean_line(hit.snippet)}")
    return 0


def _output_file(path: Path | None, example: str) -> Path | None:
    """An -o FILE argument, refused when it names a folder."""
    if path is not None and path.is_dir():
        raise CommandError(f"{path} is a folder: give a file name, such as {path / example}")
    return path


def _backup(library: Library, args: argparse.Namespace) -> int:
    path = library.user.backup(reason="manual", target=_output_file(args.output, "notes.json"))
    if path is None:
        raise CommandError("nothing to back up yet: you have no notes, tags or read state")
    print(f"wrote {path}")
    return 0


def _restore(library: Library, args: argparse.Namespace) -> int:
    from tui.domain.export import replace_with_backup
    from tui.domain.storage import CorruptStoreError, read_json_file

    try:
        data = read_json_file(args.file)
    except CorruptStoreError as error:
        raise CommandError(f"{args.file}: not a backup ({error})") from error
    if data is None:
        raise CommandError(f"{args.file}: no such file")
    if not (isinstance(data.get("items"), (list, dict)) or "state" in data):
        raise CommandError(f"{args.file}: not a backup of Briefing notes (no items in it)")
    items, notes, orphaned = replace_with_backup(library, data)
    print(f"restored {items} items and {notes} notes from {args.file}"
          + (f"; {orphaned} orphaned" if orphaned else "") + f" (the previous ones are in {library.user.backups_dir})")
    return 0


def _export(library: Library, args: argparse.Namespace) -> int:
    from tui.domain.export import ExportError, export_backup, export_markdown
    from tui.domain.storage import atomic_write_text

    output = _output_file(args.output, "briefing.md")
    try:
        if args.format == "md":
            text = export_markdown(library, args.id)
        else:
            text = json.dumps(export_backup(library, args.id), ensure_ascii=False, indent=2) + "\n"
    except ExportError as error:
        raise CommandError(str(error)) from error
    if output is None:
        sys.stdout.write(text)
        return 0
    atomic_write_text(output, text)
    print(f"wrote {output}")
    return 0


def _extract(args: argparse.Namespace) -> int:
    from tui.domain.article_file import ArticleFileError, read_article_file
    from tui.domain.extract import extract

    try:
        loaded = read_article_file(args.file)
    except ArticleFileError as error:
        raise CommandError(str(error)) from error
    for warning in loaded.warnings:
        print(f"briefing: warning: {clean_line(warning)}", file=sys.stderr)
    result = extract(loaded.body, title=loaded.title, published=loaded.published)
    value = {
        "title": result.title or loaded.title,
        "summary": list(result.summary),
        "bottom_line": result.bottom_line,
        "quotes": [{"text": q.text, "speaker": q.speaker, "role": q.role, "partial": q.partial, "sentence": q.sentence}
                   for q in result.quotes],
        "figures": [{"value": f.value, "measures": f.measures, "key": f.key, "sentence": f.sentence}
                    for f in result.figures],
        "dates": [{"text": d.text, "iso": d.iso} for d in result.dates],
        "entities": [{"name": e.name, "kind": e.kind, "role": e.role} for e in result.entities],
    }
    if args.json:
        _print_json(value)
        return 0
    print(clean_line(value["title"]))
    print(f"\nBottom line: {clean_line(value['bottom_line'])}\n\nSummary")
    for sentence in value["summary"]:
        print(f"  - {clean_line(sentence)}")
    print("\nQuotes")
    for q in value["quotes"]:
        who = ", ".join(clean_line(x) for x in (q["speaker"], q["role"]) if x) or "unattributed"
        print(f"  “{clean_line(q['text'])}” — {who}{' (partial)' if q['partial'] else ''}")
    print("\nKey figures")
    for f in value["figures"]:
        print(f"  {'*' if f['key'] else ' '} {clean_line(f['value'])} — {clean_line(f['measures'])}")
    if value["dates"]:
        print("\nDates")
        for d in value["dates"]:
            print(f"  {clean_line(d['text'])}: {d['iso'] or '?'}")
    return 0


def _require(library: Library, item_id: str) -> str:
    if not library.exists(item_id.strip()) and library.user_state(item_id.strip()).anchor is None:
        raise CommandError(f"no item with id {item_id!r} (see 'briefing list' and 'briefing show ID')")
    return item_id.strip()


def _tag(library: Library, args: argparse.Namespace) -> int:
    tags = library.add_tags(_require(library, args.id), args.tags)
    print(f"{args.id}: tags now " + " ".join(f"#{t}" for t in tags))
    return 0


def _untag(library: Library, args: argparse.Namespace) -> int:
    tags = library.remove_tag(_require(library, args.id), args.tag)
    print(f"{args.id}: tags now " + (" ".join(f"#{t}" for t in tags) or "(none)"))
    return 0


def _note(library: Library, args: argparse.Namespace) -> int:
    text = clean_text(args.text).strip()
    if not text:
        raise CommandError("the note is empty")
    note = library.add_note(_require(library, args.id), text)
    print(f"{args.id}: added note {note.id}")
    return 0


def _star(library: Library, args: argparse.Namespace) -> int:
    item_id = _require(library, args.id)
    starred = not library.user_state(item_id).starred
    library.set_star(item_id, starred)
    print(f"{item_id}: {'starred' if starred else 'unstarred'}")
    return 0


_COMMANDS: dict[str, Callable[[Library, argparse.Namespace], int]] = {
    "list": _list, "show": _show, "import": _import, "tag": _tag, "untag": _untag, "note": _note, "star": _star,
    "export": _export, "backup": _backup, "restore": _restore, "search": _search,
}
