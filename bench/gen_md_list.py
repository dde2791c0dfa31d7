#!/usr/bin/env python3
"""A deterministic 1 MB Markdown reading list in the entry shapes of real lists.

    python bench/gen_md_list.py OUT.md [ENTRIES] [SEED]

Like the largest real paper lists (~16,000 lines, ~3,000 entries, ~1 MB): a title
heading, a table of contents, category headings with year headings under them, and
entries in the five shapes the Markdown reader knows, in the proportions measured on
15 real lists (issue 15): citation style over two or three lines (47 %), table rows
with named columns and badges (25 %), plain titles with bracket links (19 %), venue
prefixes (5.5 %) and link titles with metadata (3.5 %). Papers come from
``gen_corpus.generate`` (unique arXiv IDs and titles), so the same ENTRIES and SEED
give a byte-identical file.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_corpus import generate  # noqa: E402

SHAPES = [("citation", 47), ("table", 25), ("bracket", 19), ("venue", 5.5), ("link", 3.5)]
VENUE_STYLES = ["{name}'{yy}", "{name} {year}", "{name}{year}"]


def _venue(paper: dict, rng: random.Random) -> tuple[str, str]:
    """(written venue, venue name) for a paper; arXiv when it has none."""
    if not paper["venue"]:
        return (f"arXiv {paper['year']}" if rng.random() < 0.5 else f"Preprint'{paper['year'] % 100:02d}"), "arXiv"
    name = paper["venue"].split()[0]
    year = paper["venue"].split()[1] if len(paper["venue"].split()) > 1 else str(paper["year"])
    return rng.choice(VENUE_STYLES).format(name=name, yy=year[2:], year=year), name


def citation(p: dict, n: int, rng: random.Random) -> list[str]:
    venue, _ = _venue(p, rng)
    code = f" [[code](https://github.com/lab{n % 97}/{p['key']})]" if rng.random() < 0.5 else ""
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    date = f"{int(p['published'][8:])} {months[int(p['published'][5:7]) - 1]} {p['published'][:4]}"
    return [f"1. **[{p['title']}.](https://arxiv.org/abs/{p['arxiv_id']})**{code}", "",
            f"    *{', '.join(p['authors'])}.* {venue} \\", f"    {date}", ""] + (
        [f"    - {p['summary']}", ""] if p["summary"] else [])


def table_row(p: dict, n: int, rng: random.Random) -> list[str]:
    venue, name = _venue(p, rng)
    star = (f"[![Star](https://img.shields.io/github/stars/lab{n % 97}/{p['key']}.svg?style=social&label=Star)]"
            f"(https://github.com/lab{n % 97}/{p['key']})<br>")
    badge = f"[![Publish](https://img.shields.io/badge/Conference-{venue.replace(' ', '%20')}-blue)]()" \
        if name != "arXiv" else ""
    return [f"|{star}{badge}[{p['title']}](https://arxiv.org/abs/{p['arxiv_id']}) <br> {', '.join(p['authors'])} "
            f"|<img width=\"1002\" alt=\"image\" src=\"figures/{p['key']}.png\"> "
            f"|[Github](https://github.com/lab{n % 97}/{p['key']}) <br> [Paper](https://arxiv.org/abs/{p['arxiv_id']})"
            f"|[//]: #{p['published'][5:7]}/{p['published'][8:]}"]


def bracket(p: dict, n: int, rng: random.Random) -> list[str]:
    prefix = f"({p['venue']}) " if p["venue"] else ""
    code = f" [[code](https://github.com/lab{n % 97}/{p['key']})]" if rng.random() < 0.6 else ""
    lines = [f"* {prefix}{p['title']} [[paper](https://arxiv.org/abs/{p['arxiv_id']})]{code} "
             f"({p['published'].replace('-', '.')})"]
    if p["summary"] and rng.random() < 0.5:
        lines.append(f"  * {p['summary']}")  # a note under the entry
    return lines + [""]


def venue_prefix(p: dict, n: int, rng: random.Random) -> list[str]:
    venue, _ = _venue(p, rng)
    return [f"- [{venue}] **{p['title']}** [[Paper](https://arxiv.org/pdf/{p['arxiv_id']})], "
            f"[[Code](https://github.com/lab{n % 97}/{p['key']})]", ""]


def link_title(p: dict, n: int, rng: random.Random) -> list[str]:
    summary = f" {p['summary']}" if p["summary"] and rng.random() < 0.5 else ""
    return [f"+ [{p['title']}](https://arxiv.org/abs/{p['arxiv_id']}) `{p['authors'][0].split()[-1]}` "
            f"`{p['year']}`{summary}", f"  [![Star](https://img.shields.io/github/stars/lab{n % 97}/{p['key']}.svg"
            f"?style=social&label=Star)](https://github.com/lab{n % 97}/{p['key']})", ""]


WRITERS = {"citation": citation, "table": table_row, "bracket": bracket, "venue": venue_prefix, "link": link_title}
TABLE_HEADER = ["| Title & Authors | Introduction | Links |", "|:--|  :----: | :---:|"]


def render(entries: int, seed: int) -> str:
    rng = random.Random(seed)
    papers = generate(entries, seed)
    categories = sorted({t for p in papers for t in p["tags"]})
    lines = ["# Awesome Generated Papers", "", "A benchmark list in the shapes of real lists.", ""]
    lines += [f"- [{c}](#{c.lower().replace('/', '').replace(' ', '-')})" for c in categories] + [""]
    by_category: dict[str, list[dict]] = {c: [] for c in categories}
    for p in papers:
        by_category[p["tags"][0]].append(p)
    n = 0
    for category in categories:
        lines += [f"## {category}", ""]
        group = sorted(by_category[category], key=lambda p: -p["year"])
        year = None
        shape = None
        for p in group:
            if p["year"] != year:
                if year is not None:
                    lines += ['<p align="right"><a href="#top">back to top</a></p>', ""]
                year = p["year"]
                lines += [f"### {year}", ""]
                shape = None
            if shape is None or rng.random() < 0.08:  # a run of one shape, as in real lists
                new = rng.choices([s for s, _ in SHAPES], [w for _, w in SHAPES])[0]
                if new != shape:
                    lines += [""] if shape else []
                    shape = new
                    if shape == "table":
                        lines += TABLE_HEADER
            lines += WRITERS[shape](p, n, rng)
            n += 1
        lines.append("")
    return "\n".join(lines) + "\n"


def list_options(ap: argparse.ArgumentParser) -> None:
    """The options every Markdown benchmark takes for its list."""
    ap.add_argument("--entries", type=int, default=3000)
    ap.add_argument("--list", help="a Markdown list to time instead of the generated one")


def list_file(args: argparse.Namespace, folder: Path) -> Path:
    """``--list`` as given, else the generated list of ``--entries`` written into *folder*."""
    if args.list:
        return Path(args.list)
    source = folder / "list.md"
    source.write_text(render(args.entries, 42), encoding="utf-8", newline="\n")
    return source


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    out = Path(argv[0])
    entries = int(argv[1]) if len(argv) > 1 else 3000
    seed = int(argv[2]) if len(argv) > 2 else 42
    text = render(entries, seed)
    out.write_text(text, encoding="utf-8", newline="\n")
    print(f"{entries} entries, {text.count(chr(10))} lines, {len(text.encode())} bytes -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
