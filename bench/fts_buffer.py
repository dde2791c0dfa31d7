#!/usr/bin/env python3
"""What FTS5's buffer of pending terms (``hashsize``) does to indexing a bulk import.

    python bench/fts_buffer.py LIBRARY [--sizes 1,16,64] [--rounds 2]

LIBRARY is a paperctl library with many papers (``paperctl --db /tmp/l.db import
corpus.jsonl``, the corpus from ``bench/gen_corpus.py 100000 42 DIR``). Its index content
is written, 500 rows a statement as ``fts.index_new`` does, into a fresh FTS5 table
like paperctl's, once per buffer size (MiB) and round, sizes taking turns. Printed: CPU
seconds of the inserts and of the commit, the rows of the index's data table, and
the median time of a ``search``-like query (50 best matches of a common word).

Only the standard library; never imported by paperctl or its tests.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

CREATE = ("CREATE VIRTUAL TABLE papers_fts USING fts5(title, authors, abstract, summary, notes, fields,"
          " tokenize = 'porter unicode61 remove_diacritics 2')")
QUERY = "SELECT rowid FROM papers_fts WHERE papers_fts MATCH 'hallucination' ORDER BY rank LIMIT 50"


def run(rows: list[tuple], mib: int, folder: Path) -> tuple[float, float, int, float]:
    path = folder / f"fts-{mib}.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute(CREATE)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO papers_fts(papers_fts, rank) VALUES ('hashsize', ?)", [mib << 20])
    start = time.process_time()
    for at in range(0, len(rows), 500):
        conn.executemany("INSERT INTO papers_fts(rowid, title, authors, abstract, summary, notes, fields)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?)", rows[at : at + 500])
    inserted = time.process_time()
    conn.execute("COMMIT")
    committed = time.process_time()
    data_rows = conn.execute("SELECT count(*) FROM papers_fts_data").fetchone()[0]
    queries = []
    for _ in range(20):
        begin = time.perf_counter()
        conn.execute(QUERY).fetchall()
        queries.append(time.perf_counter() - begin)
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return inserted - start, committed - inserted, data_rows, statistics.median(queries)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("library", type=Path)
    ap.add_argument("--sizes", default="1,16,64", help="buffer sizes in MiB (1 is FTS5's default)")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    source = sqlite3.connect(f"file:{args.library}?mode=ro", uri=True)
    rows = source.execute("SELECT id, c0, c1, c2, c3, c4, c5 FROM papers_fts_content ORDER BY id").fetchall()
    print(f"{len(rows):,} papers; load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory(prefix="fts-buffer-") as tmp:
        for round_ in range(args.rounds):
            for mib in (int(s) for s in args.sizes.split(",")):
                insert, commit, data_rows, query = run(rows, mib, Path(tmp))
                print(f"round {round_ + 1}: {mib:3d} MiB: insert {insert:.2f} s CPU, commit {commit:.2f} s CPU,"
                      f" {data_rows} data rows, query {query * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
