"""Run the command line, stopping the process dead at the Nth rename or delete.

`python tests/e2e/stop_at_call.py N ARGS...` runs `main.py ARGS...` with `os.replace`,
`os.rename`, `os.unlink` and `os.remove` (and so `Path.unlink`, `Path.replace`) counting
their calls; the Nth call ends the process with `os._exit(STOPPED)` before it happens, as
a kill or a power cut would. With N = 0 nothing is stopped and the number of calls made is
printed on stderr as `calls=K`, so a test can try every N from 1 to K.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

STOPPED = 86
_calls = 0


def _stopping(real: Callable[..., Any], stop_at: int) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        global _calls
        _calls += 1
        if _calls == stop_at:
            os._exit(STOPPED)
        return real(*args, **kwargs)

    return call


def main() -> int:
    stop_at = int(sys.argv[1])
    for name in ("replace", "rename", "unlink", "remove"):
        setattr(os, name, _stopping(getattr(os, name), stop_at))
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from app.cli.main import run

    try:
        return run(sys.argv[2:])
    finally:
        print(f"calls={_calls}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
