"""Regular expressions compiled by an earlier run, kept beside Python's bytecode.

Loading the Markdown reader compiles about 600 patterns: 80-110 ms of a 1 MB
list's import, spent before the workers that read the list in parts can be forked
(they inherit the reader loaded). Python compiles a pattern in Python code
(``re._parser``, ``re._compiler``) and keeps the result for the process only. The
result, the code that the regular-expression engine (``_sre``) runs, depends on
nothing but the pattern, its flags and the engine's version, so it can be kept as
Python keeps bytecode: in ``__pycache__``, in a file named for the interpreter and
the engine (``_sre.MAGIC``), written again when a pattern was missing from it.

``kept()`` serves ``re.compile`` from that file while the modules it wraps load:
the reader's patterns then take about 5 ms. A pattern's code is kept only when the
pattern built from it equals the one ``re.compile`` made (``Pattern.__eq__``
compares the engine's code), and the engine checks code it is given before it runs
it. Anything unexpected (another Python, a damaged or unwritable file) costs only
time: ``re.compile`` does the work as it always did. ``PYTHONDONTWRITEBYTECODE``
stops the writing, as it stops Python's.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

try:  # the engine and the compiler's parts (CPython 3.11 and later)
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: patterns are compiled as usual
    _sre = None

# (pattern, flags) -> what _sre.compile takes besides the pattern: flags, code, groups,
# group index, index group
Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def cache_file(folder: Path | None = None) -> Path | None:
    """Where this interpreter keeps the patterns (None where it cannot)."""
    tag = sys.implementation.cache_tag
    if _sre is None or tag is None:
        return None
    folder = folder or Path(__file__).resolve().parent / "__pycache__"
    return folder / f"patterns.{tag}-{_sre.MAGIC}.marshal"


@contextmanager
def kept(path: Path | None = None) -> Iterator[None]:
    """``re.compile`` served from the file at *path* (``cache_file()``) within the block,
    and the file written again afterwards when a pattern compiled in it was missing."""
    path = path or cache_file()
    if path is None:
        yield
        return
    known = _load(path)
    used: dict[tuple[str, int], Compiled] = {}
    plain = re.compile

    def compile_(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        if not isinstance(pattern, str) or flags & re.DEBUG:
            return plain(pattern, flags)
        key = (pattern, int(flags))
        found = known.get(key)
        if found is not None:
            try:
                compiled = _sre.compile(pattern, *found)
            except Exception:  # (code the engine refuses: compiled anew below)
                compiled = None
            if compiled is not None:
                used[key] = found
                return compiled
        compiled = plain(pattern, flags)
        parts = _parts(pattern, int(flags))
        if parts is not None and _sre.compile(pattern, *parts) == compiled:
            used[key] = parts
        return compiled

    re.compile = compile_  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = plain  # type: ignore[assignment]
    if used.keys() - known.keys() and not sys.dont_write_bytecode:
        # (what earlier runs kept is kept too, for other modules' patterns, unless most of it
        # has gone unused here: patterns changed or removed since, which would only pile up)
        _save(path, {**known, **used} if len(known) <= 2 * len(used) else used)


def _parts(pattern: str, flags: int) -> Compiled | None:
    """What ``re._compiler.compile`` gives ``_sre.compile`` for *pattern*; None where
    this Python's compiler is not the one expected."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = [int(c) for c in _compiler._code(parsed, flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
    except Exception:
        return None


def _load(path: Path) -> dict[tuple[str, int], Compiled]:
    try:
        data = marshal.loads(path.read_bytes())
        return {(pattern, flags): tuple(rest) for pattern, flags, *rest in data}  # type: ignore[misc]
    except Exception:  # none yet, unreadable or damaged: compiled as usual, and written again
        return {}


def _save(path: Path, patterns: dict[tuple[str, int], Compiled]) -> None:
    """Write *patterns* (atomically: a reader never sees half a file)."""
    data = marshal.dumps([(pattern, flags, *rest) for (pattern, flags), rest in sorted(patterns.items())])
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:  # a read-only install: compiled as usual next time too
        temporary.unlink(missing_ok=True)
