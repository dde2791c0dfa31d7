#!/usr/bin/env bash
# Rebuild data/library.db from the user's reading lists in data/ with paperctl's own importer.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f data/library.db data/library.db-wal data/library.db-shm
# The user's lists: a bare title is unread, a year heading is a year (not a section).
paperctl --db data/library.db import --read-if-summary --year-groups data/reading-notes.md data/llm-mllm-paper-list.2024-12-26.md
paperctl --db data/library.db tags --alias "LLM/In-Context Learning" ICL
# Fold the write-ahead log into the file so that the committed library is complete on its own.
python3 -c "import sqlite3; c = sqlite3.connect('data/library.db'); c.execute('PRAGMA wal_checkpoint(TRUNCATE)'); c.execute('VACUUM'); c.close()"
