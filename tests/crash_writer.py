"""A writer process for the crash and concurrency tests: adds notes and acknowledges each one.

Usage: python tests/crash_writer.py LIBRARY_ROOT ITEM_ID PREFIX COUNT
Prints "ok PREFIX-N" after each note is stored, as a CLI command reports success.
"""

import sys
from pathlib import Path

from tui.domain.user_store import UserStore

root, item_id, prefix, count = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
store = UserStore(root / "user.json", root / ".lock")
print("ready", flush=True)
for n in range(count):
    store.add_note(item_id, None, f"{prefix}-{n}")
    print(f"ok {prefix}-{n}", flush=True)
