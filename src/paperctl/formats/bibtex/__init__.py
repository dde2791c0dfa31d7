"""BibTeX and biblatex: ``reader`` (with ``chunks`` for large files, parsed in
worker processes) and ``writer``."""
