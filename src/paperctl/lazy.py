"""Modules imported, and regular expressions compiled, when first used.

``library.py`` names the write side (``store.records``, ``paper_fields`` and what
they import: citation keys, names, the bibliographic record), which the read
commands (``list``, ``search``, ``show``) never use; importing it on every start
cost those commands about 5 ms. A name bound to ``module(...)`` behaves as the
module from its first attribute on.

``re.compile`` parses and compiles a pattern in Python: 0.1 to 0.5 million
instructions each, paid at import by every command, although most commands never
match most patterns (a listing matches no arXiv ID). A name bound to
``pattern(...)`` behaves as the compiled pattern, compiled by its first use.
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType
from typing import Any, cast


class _OnFirstUse:
    def __init__(self, name: str):
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attribute)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, imported on first use>"


def module(name: str) -> Any:
    """The module *name* (absolute), imported the first time one of its attributes is read."""
    return _OnFirstUse(name)


class _CompiledOnFirstUse:
    def __init__(self, source: str, flags: int):
        self._source, self._flags = source, flags

    def __getattr__(self, attribute: str) -> Any:
        # Only reached for what is not yet set on the instance: the first use compiles
        # and sets the pattern's methods here, so later calls go straight to them.
        compiled = re.compile(self._source, self._flags)
        for name in ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer"):
            setattr(self, name, getattr(compiled, name))
        return getattr(compiled, attribute)

    def __repr__(self) -> str:
        return f"<pattern {self._source!r}, compiled on first use>"


def pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, compiled the first time it is used."""
    return cast("re.Pattern[str]", _CompiledOnFirstUse(source, flags))
