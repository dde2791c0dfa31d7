"""paperctl as a separate process: behind a real pipe, or on a pseudo-terminal.

CliRunner cannot show what a terminal or a closed pipe does to a command; these
helpers run ``python -m paperctl`` the way a shell would.
"""

from __future__ import annotations

import fcntl
import os
import select
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

PAPERCTL = [sys.executable, "-m", "paperctl"]


def child_env(**extra: str) -> dict[str, str]:
    """A paperctl child's environment: never the real arXiv, UTF-8 streams, no PAPERCTL_DB,
    no pager or editor inherited from the developer's shell."""
    env = dict(os.environ)
    for name in ("PAPERCTL_DB", "PAPERCTL_PAGER", "PAGER", "EDITOR", "VISUAL", "BROWSER", "NO_COLOR"):
        env.pop(name, None)
    env.update(PAPERCTL_ARXIV_URL="http://127.0.0.1:9/api/query", PAPERCTL_ARXIV_RETRIES="0",
               PAPERCTL_ARXIV_DELAY="0", PAPERCTL_ARXIV_TIMEOUT="2", PYTHONUTF8="1")
    env.update(extra)
    return env


def run_into_closed_pipe(db: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Run with stdout a pipe whose reader has already gone, as in ``paperctl ... | head -0``:
    the first write meets a closed pipe however little is written."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([*PAPERCTL, "--db", str(db), *args], stdout=write_end, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, env=child_env(), timeout=60)
    finally:
        os.close(write_end)


def run_on_terminal(args: list[str], *, columns: int = 120, rows: int = 40, env: dict[str, str] | None = None,
                    keys: bytes = b"", timeout: float = 30) -> tuple[int, str]:
    """Exit status and everything written to a *columns* x *rows* pseudo-terminal (stdin,
    stdout and stderr), typing *keys* once the program has started writing."""
    import pty

    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    environment = {**child_env(TERM="xterm-256color"), **(env or {})}
    environment.pop("COLUMNS", None)
    environment.pop("LINES", None)
    proc = subprocess.Popen(args, stdin=child, stdout=child, stderr=child, env=environment,
                            start_new_session=True)
    os.close(child)
    out = b""
    typed = not keys
    try:
        while select.select([main], [], [], timeout)[0]:
            chunk = os.read(main, 65536)
            if not chunk:
                break
            out += chunk
            if not typed:
                os.write(main, keys)
                typed = True
    except OSError:  # EIO: the child closed the terminal
        pass
    finally:
        os.close(main)
        status = proc.wait(timeout=timeout)
    return status, out.decode("utf-8", "replace").replace("\r\n", "\n")


def children(pid: int) -> list[int]:
    """The process IDs of *pid*'s children (Linux /proc), to check a command's workers."""
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in path.read_text().split()] if path.exists() else []


def alive(pid: int) -> bool:
    """Whether *pid* is a running process (a zombie waiting for its parent is not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ")[1].startswith("Z"))


needs_proc = pytest.mark.skipif(not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(),
                                reason="needs Linux /proc children lists")
