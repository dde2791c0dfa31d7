"""Sample up to 20 candidate entries a list with random.Random(12591).

Candidates: list items (bullets, numbered, including `[n]`-numbered reference
entries), table body rows, lines starting with bold. Fenced code and HTML
comments are skipped. A nested bullet that only carries the authors/title/venue
of the paper bullet directly above it (czxxjtu shape: `* Name (ABBR) \\[[paper]...\\]`
then `\t* Authors. Title [*VENUE*], year`) is part of that entry, not a
candidate of its own.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
NUMREF = re.compile(r'^(\(必读\))?\[\d+\]')
TABLE = re.compile(r'^\s*\|')
DELIM = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*\S')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    table_header_seen = False
    prev_top_paper = None  # index of last top-level bullet with a [paper] link
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if TABLE.match(ln):
            if DELIM.match(ln) and not ln.count('📘'):
                table_header_seen = True
                continue
            if not table_header_seen:
                # header row: is it followed by a delimiter row?
                nxt = lines[i + 1] if i + 1 < len(lines) else ''
                if DELIM.match(nxt):
                    continue
            out.append(i)
            continue
        else:
            if s == '':
                pass
            else:
                table_header_seen = False if not TABLE.match(ln) else table_header_seen
        if BULLET.match(ln) or NUMREF.match(ln) or BOLD.match(ln):
            indented = ln[:1] in ('\t', ' ') and ln.lstrip()[:1] in '-*+'
            if indented and prev_top_paper is not None and prev_top_paper == i - 1 \
                    and 'paper](' not in ln:
                continue  # authors/venue line of the paper bullet above
            out.append(i)
            if not indented and '[paper](' in ln:
                prev_top_paper = i
            else:
                prev_top_paper = None
    return out


def main():
    rng = random.Random(12591)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w') as fo:
        for f in files:
            text = open(os.path.join(HERE, f), encoding='utf-8', newline='').read()
            lines = text.split('\n')
            c = candidates(lines)
            picked = sorted(rng.sample(c, min(20, len(c))))
            print(f, 'candidates', len(c), 'picked', len(picked))
            for i in picked:
                fo.write(json.dumps({'list': f, 'line': i + 1, 'text': lines[i]},
                                    ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
