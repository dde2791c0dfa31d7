"""Writing files safely: all or nothing, no stray temporaries, never over the library.

Exports and backups are written to a temporary file beside the target, then
renamed over it, so readers see the old file or the new one, never half. A
process killed mid-write (kill -9, the out-of-memory killer, a power cut)
cannot remove its temporary, so every temporary is named after the process
that writes it (``.paperctl-<pid>-<random>.tmp``) and the next write into the
same folder removes those whose process is gone.

An export or a backup whose target is the library itself (or its ``-wal`` /
``-shm`` / ``-journal`` companion, through any symbolic or hard link) would
replace the user's papers with text: ``refuse_library`` stops that first.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from .errors import PaperctlError

PREFIX = ".paperctl-"
SUFFIX = ".tmp"
_OURS = re.compile(r"^\.paperctl-(\d+)-[A-Za-z0-9_]+\.tmp$")
# Temporaries named by earlier releases carry no process id: removed once clearly abandoned.
_OLD_STYLE = re.compile(r"^\.paperctl-[A-Za-z0-9_]+\.tmp$")
_OLD_STYLE_AGE = 24 * 3600
COMPANIONS = ("", "-wal", "-shm", "-journal")


def refuse_library(target: str | os.PathLike[str], library: str | os.PathLike[str], what: str = "write") -> None:
    """Raise if writing *target* would overwrite the library file or one of its companions."""
    target_real = os.path.realpath(target)
    for suffix in COMPANIONS:
        companion = f"{library}{suffix}"
        same = os.path.realpath(companion) == target_real
        if not same:
            with contextlib.suppress(OSError):
                same = os.path.samefile(companion, target)  # a hard link
        if same:
            label = "the library" if not suffix else f"the library's {suffix[1:]} file"
            raise PaperctlError(f"refusing to {what} {target}: that is {label} ({companion}); give another file name")


def check_target(path: Path) -> Path:
    """*path* as a file to replace: symbolic links followed (the link stays), with a
    clear error for a folder, a link loop or a missing folder."""
    real = Path(os.path.realpath(path))
    if path.is_symlink() and not os.path.exists(path):
        try:
            path.resolve(strict=True)
        except RuntimeError:
            raise PaperctlError(f"cannot write {path}: its symbolic links loop") from None
        except OSError:
            pass  # a dangling link: its target will be created
    if real.is_dir():
        raise PaperctlError(f"{path} is a folder; give a file name")
    folder = real.parent
    if not folder.is_dir():
        raise PaperctlError(f"cannot write {path}: folder {folder} does not exist")
    return real


@contextlib.contextmanager
def temporary_beside(path: Path) -> Iterator[Path]:
    """A new empty temporary file in *path*'s folder, removed unless the caller renamed it."""
    folder = path.parent
    sweep(folder)
    fd, name = tempfile.mkstemp(prefix=f"{PREFIX}{os.getpid()}-", suffix=SUFFIX, dir=folder)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def sweep(folder: Path) -> list[Path]:
    """Remove the temporaries in *folder* that paperctl processes left when they were killed."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if not entry.name.startswith(".") or not entry.name.endswith(SUFFIX):
            continue
        mine = _OURS.match(entry.name)
        if mine:
            stale = not _alive(int(mine.group(1)))
        else:
            stale = bool(_OLD_STYLE.match(entry.name)) and _older(entry, now)
        if stale:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _older(entry: os.DirEntry[str], now: float) -> bool:
    try:
        return now - entry.stat(follow_symlinks=False).st_mtime > _OLD_STYLE_AGE
    except OSError:
        return False


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except PermissionError:
        return True  # another user's process
    except (ProcessLookupError, OverflowError, ValueError):
        return False
    return True
