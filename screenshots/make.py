"""Makes the README's screenshots: drives the real app headless on the bundled briefs and saves SVGs.

Run from the repository root:  python screenshots/make.py
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from tui.cli import make_app, open_library

HERE = Path(__file__).parent
SIZE = (120, 40)

SHOTS: list[tuple[str, list[str]]] = [
    ("briefings", []),
    ("briefing", ["enter"]),
    ("article", ["enter", "enter", "tab", "enter"]),
    ("help", ["question_mark"]),
]


async def shoot(name: str, keys: list[str], data_dir: Path) -> None:
    library, problems = open_library(str(data_dir))
    app = make_app(library, problems=problems)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await pilot.pause(0.3)
        app.save_screenshot(filename=f"{name}.svg", path=str(HERE))
    print(f"wrote {HERE / (name + '.svg')}")


async def main() -> None:
    for name, keys in SHOTS:
        with tempfile.TemporaryDirectory() as data_dir:
            await shoot(name, keys, Path(data_dir))


if __name__ == "__main__":
    asyncio.run(main())
