"""The command-line interface: a thin layer over ``paperctl.Library``.

Commands live in modules by concern (adding, papers, annotate, browse); importing them
registers them on ``app``.
"""

from . import adding, annotate, browse, exporting, importing, papers  # noqa: F401  (registers the commands)
from .app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
