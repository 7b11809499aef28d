"""Provides the app's own timings for the bench: python -m tui.app_timing LIBRARY prints them as JSON.

Run by tui.bench in a process of its own (the bench itself never loads the UI): the time to the
first screen from the start of the process, opening a briefing and an article (key press to the
first full frame, the first time and later), saving a note or tag, and the process's peak memory.
"""

import time

START = time.perf_counter()
"""When the process began to run this module: the first screen is timed from here, imports included."""

import asyncio  # noqa: E402  (imported after START: the time to the first screen includes them)
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402

from textual._compositor import CompositorUpdate  # noqa: E402

from tui.cli import make_app, open_library  # noqa: E402
from tui.screens.article import ArticleScreen  # noqa: E402
from tui.screens.briefing import BriefingScreen  # noqa: E402
from tui.widgets.briefing_list import BriefingList  # noqa: E402


async def main(data_dir: str) -> dict:
    library, problems = open_library(data_dir)
    app = make_app(library)
    async with app.run_test(size=(120, 40)) as pilot:
        # Every frame the app draws, as a terminal would get it: the headless driver skips turning
        # a frame into terminal output, so it is done here (and timed with the frame).
        frames = []
        display = app._display

        def drawn(screen, update):
            display(screen, update)
            if isinstance(update, CompositorUpdate):
                update.render_segments(app.console)
                frames.append((time.perf_counter(), screen, getattr(screen, "ready", False)))

        app._display = drawn  # type: ignore[method-assign]
        while not app.screen.query(BriefingList) or app.screen.query_one(BriefingList).row_count == 0:
            await pilot.pause(0.001)
        first = time.perf_counter() - START
        await pilot.pause(0.2)

        async def open_with(key, kind):
            # From the key press to the end of the first frame that draws the new screen with its
            # content (later frames only move scroll bars: the bench prints the last one too).
            # pilot.press would add its own waits for the process to look idle, which are not the app's.
            frames.clear()
            t = time.perf_counter()
            app.simulate_key(key)
            while not any(isinstance(screen, kind) and ready for _, screen, ready in frames):
                if time.perf_counter() - t > 10:
                    raise SystemExit(f"no frame of {kind.__name__} drawn within 10 s of the key press")
                await asyncio.sleep(0)
            shown = next(when for when, screen, ready in frames if isinstance(screen, kind) and ready) - t
            await asyncio.sleep(0.3)
            return shown, frames[-1][0] - t

        times: dict[str, list[tuple[float, float]]] = {"briefing": [], "article": []}
        for round in range(6):  # the first round composes the screens; later rounds reuse them
            times["briefing"].append(await open_with("enter", BriefingScreen))
            await pilot.press(*["down"] * round)
            times["article"].append(await open_with("enter", ArticleScreen))
            await pilot.press("escape", "escape", "down")
            await pilot.pause(0.05)
        await pilot.press("enter", "enter")
        screen = app.screen
        assert isinstance(screen, ArticleScreen) and screen.article is not None
        article_id = screen.article.id
        t = time.perf_counter()
        library.add_tags(article_id, ["bench"])
        library.add_note(article_id, "note")
        save = (time.perf_counter() - t) / 2
        # VmHWM is this process's own peak; ru_maxrss would carry the parent's across exec.
        status = open("/proc/self/status").read()
        rss = int(status.split("VmHWM:")[1].split()[0]) / 1024
    later = {kind: [shown for shown, _ in runs[1:]] for kind, runs in times.items()}
    settled = {kind: [last for _, last in runs[1:]] for kind, runs in times.items()}
    return {"first": first, "briefing_first": times["briefing"][0][0],
            "briefing": statistics.median(later["briefing"]),
            "briefing_settled": statistics.median(settled["briefing"]),
            "article_first": times["article"][0][0], "article": statistics.median(later["article"]),
            "article_settled": statistics.median(settled["article"]), "save": save, "rss": rss,
            "article_id": article_id}


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(sys.argv[1]))))
