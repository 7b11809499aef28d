"""Provides the help screen: every key, per screen."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = """\
# Briefing keys

| Where | Key | What it does |
|---|---|---|
| everywhere | `↑` `↓` or `k` `j` | move / scroll |
| | `Enter` | open what is under the cursor |
| | `Escape` | back one level (or clear a filter) |
| | `Tab` | move between panels |
| | `q` | quit |
| | `?` | this help |
| | `L` | switch between dark and light |
| | `Ctrl+P` | command palette |
| | `t` / `n` / `s` | tag, note, star what is under the cursor (briefing, article, quote, figure) |
| | `a` | Annotations: every note and highlight, filter by words, `tag:NAME`, `briefing:WORD` |
| | `m` | mark a whole briefing read |
| Briefings | type | filter by title, date or #tag |
| | `/` | search the library: words, `"a phrase"`, `tag:` `speaker:` `is:unread` `is:starred` `briefing:` |
| Briefing | `/` | filter the articles |
| | `p` | show or hide the key figures and speakers |
| Article | `p` | show or hide the quotes and key figures |
| | `Enter` on a quote or figure | scroll the text to it and highlight it |
| | `u` | mark unread (or read again) |
| | `h` | highlight the passage selected with the mouse (or the sentence you jumped to) |
| Annotations | `Enter` / `e` / `d d` | jump to the item / edit the note / delete it |
| | `o` | open the article's web address (http and https only) |

The mouse works too: click a row to open it, a quote or figure to jump to it.
"""


class HelpScreen(ModalScreen[None]):
    """Lists Briefing's keys."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body", classes="dialog"):
            yield Markdown(HELP, open_links=False)

    def on_mount(self) -> None:
        self.query_one("#help-body").border_title = "Help"
        self.query_one("#help-body").border_subtitle = "Escape to close"
