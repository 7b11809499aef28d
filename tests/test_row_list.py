"""Tests of the list widget every list is built on: thousands of rows, only the visible ones made."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.app import App, ComposeResult
from textual.content import Content

from tui.widgets.row_list import RowList


class NumberList(RowList[int]):
    """Rows of two lines; counts how many rows were turned into text."""

    def __init__(self) -> None:
        super().__init__(id="numbers")
        self.made: set[int] = set()

    def row_lines(self, item: int, width: int) -> list[Content]:
        self.made.add(item)
        return [Content(f"Row {item}"), Content(f"[bold]not markup[/] {'x' * 300}")]

    def row_height(self, item: int, width: int) -> int:
        return 2


class ListApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.chosen: list[int] = []

    def compose(self) -> ComposeResult:
        yield NumberList()

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        self.chosen.append(event.item)


async def test_ten_thousand_rows_make_only_the_visible_ones() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        numbers = app.query_one(NumberList)
        numbers.set_rows(range(10_000))
        numbers.focus()
        await pilot.pause()
        assert numbers.row_count == 10_000 and numbers.cursor == 0
        assert numbers.virtual_size.height == 10_000 * 3 - 1, "two lines and a rule per row, no rule after the last"
        assert len(numbers.made) <= 8, f"rendered {len(numbers.made)} rows for a 20-line screen"
        await pilot.press("end")
        await pilot.pause()
        assert numbers.cursor == 9_999 and numbers.scroll_y == numbers.max_scroll_y
        assert len(numbers.made) <= 16
        await pilot.press("pageup", "up")
        await pilot.pause()
        assert numbers.cursor < 9_999 - 5
        await pilot.press("enter")
        assert app.chosen == [numbers.cursor]


async def test_rows_are_plain_text_cut_to_the_width_and_the_cursor_stays_on_its_item() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        numbers = app.query_one(NumberList)
        numbers.set_rows([1, 2, 3])
        await pilot.press("tab", "down")
        await pilot.pause()
        assert numbers.current == 2
        lines = [numbers.render_line(y).text for y in range(5)]
        assert lines[0].strip() == "Row 1" and lines[2].strip().startswith("─")
        assert lines[1].startswith(" [bold]not markup[/] xxx") and lines[1].rstrip().endswith("…")
        assert all(len(line) == numbers.scrollable_content_region.width for line in lines)
        numbers.set_rows([0, 2, 3])
        assert numbers.current == 2, "the cursor follows its item, not its index"
        numbers.set_rows([7])
        assert numbers.current == 7
        numbers.set_rows([])
        assert numbers.current is None and numbers.cursor is None


async def test_a_click_on_a_row_chooses_it() -> None:
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        numbers = app.query_one(NumberList)
        numbers.set_rows([10, 20, 30])
        await pilot.pause()
        await pilot.click(NumberList, offset=(3, 4))  # the third line down of row two (rows are 2 + a rule)
        assert app.chosen == [20]
        await pilot.click(NumberList, offset=(3, 2))  # the rule between two rows chooses nothing
        assert app.chosen == [20]


@settings(max_examples=200, deadline=None)
@given(measures=st.text(alphabet=st.sampled_from("ab  \t\n\x1b€字-"), max_size=90), width=st.integers(1, 50),
       context=st.sampled_from(["", "From: an article"]))
def test_a_figure_rows_height_is_told_without_making_it(measures: str, width: int, context: str) -> None:
    from tui.domain.models import Figure
    from tui.widgets.figure_sidebar import FigureRow, FigureSidebar

    sidebar = FigureSidebar()
    row = FigureRow(Figure("f-1", "$25 billion", measures), context)
    assert sidebar.row_height(row, width) == len(sidebar.row_lines(row, width))
