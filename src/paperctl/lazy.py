"""Modules imported when first used, not when the module naming them is.

``library.py`` names the write side (``store.records``, ``paper_fields`` and what
they import: citation keys, names, the bibliographic record), which the read
commands (``list``, ``search``, ``show``) never use; importing it on every start
cost those commands about 5 ms. A name bound to ``module(...)`` behaves as the
module from its first attribute on.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


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
