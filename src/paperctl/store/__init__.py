"""The library file: opening and migrating it, the schema's numbered migrations,
the full-text index, and row-level reads and writes of papers and sections.

Only this package opens a database file. It knows nothing of formats, remote
services or the terminal; ``paperctl.library.Library`` is its one caller
outside tests.
"""
