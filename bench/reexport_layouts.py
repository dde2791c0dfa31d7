"""How an imported Markdown list comes back with ``export --md --style auto``, line by line.

    python bench/reexport_layouts.py LIST.md [LIST.md ...]

For each list (imported into a fresh library through the CLI, like
../shared/tools/score_reexport.py): the entry lines that score counts (list items, table
rows and bold-title lines that link a paper), split into those inside an entry the reader
made a paper of (written back from the stored entry) and those the reader left as document
text; then the same export with every entry forced to be written anew in its own shape
(as if every paper had changed), which measures the shape writers, not the byte copy.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "tools"))
from score_reexport import entry_lines  # noqa: E402


def kept(want: list[str], text: str) -> int:
    have = Counter(line.rstrip() for line in text.splitlines())
    count = 0
    for line in want:
        if have[line] > 0:
            have[line] -= 1
            count += 1
    return count


def main() -> None:
    paperctl = os.environ.get("PAPERCTL", "paperctl")
    print("| list | entry lines | in paper entries | document text | kept as read | kept when all rewritten |")
    print("|---|---|---|---|---|---|")
    for path in sys.argv[1:]:
        original = Path(path).read_text(encoding="utf-8", errors="replace")
        want = entry_lines(original)
        with tempfile.TemporaryDirectory() as work:
            db, out = os.path.join(work, "lib.db"), os.path.join(work, "out.md")
            subprocess.run([paperctl, "--db", db, "import", path], capture_output=True, check=False)
            conn = sqlite3.connect(db)
            raws = [r[0] for r in conn.execute("SELECT raw FROM md_entries WHERE paper_id IS NOT NULL")]
            in_entries = kept(want, "\n".join(raws))
            subprocess.run([paperctl, "--db", db, "export", "--md", "--style", "auto", "-o", out], check=True)
            as_read = kept(want, Path(out).read_text(encoding="utf-8"))
            conn.execute("UPDATE md_entries SET fingerprint = NULL")
            conn.commit()
            conn.close()
            subprocess.run([paperctl, "--db", db, "export", "--md", "--style", "auto", "-o", out], check=True)
            rewritten = kept(want, Path(out).read_text(encoding="utf-8"))
        n = len(want) or 1
        print(f"| {Path(path).name.split('.')[0]} | {len(want)} | {in_entries} | {len(want) - in_entries} |"
              f" {as_read} ({as_read / n:.1%}) | {rewritten} ({rewritten / n:.1%}) |")


if __name__ == "__main__":
    main()
