"""Where the library lives.

``--db PATH``, else ``$PAPERCTL_DB``, else the nearest ``data/library.db``
found walking up from the current folder (as git finds ``.git``: a
reading-list repository carries its own library), else ``library.db`` in the
user's data folder.
"""

from __future__ import annotations

import os
from pathlib import Path

LIBRARY_RELATIVE = Path("data") / "library.db"
ENV_VAR = "PAPERCTL_DB"


def find_nearest(start: Path) -> Path | None:
    """The nearest ``data/library.db`` in *start* or one of its parents."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / LIBRARY_RELATIVE
        if candidate.is_file():
            return candidate
    return None


def user_library() -> Path:
    from platformdirs import user_data_path

    return user_data_path("paperctl", appauthor=False) / "library.db"


def library_path(
    explicit: str | os.PathLike[str] | None = None,
    *,
    cwd: Path | None = None,
    environ: dict[str, str] | None = None,
) -> Path:
    """Resolve which library file a command should use (see module docstring)."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ if environ is None else environ
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR]).expanduser()
    nearest = find_nearest(cwd or Path.cwd())
    return nearest if nearest is not None else user_library()
