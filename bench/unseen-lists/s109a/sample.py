#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(10911).

Candidates: list items (bullets, numbered), Markdown table body rows, HTML <tr>
rows inside <tbody>, lines starting with bold, and -- because
zerong7777-boop/awesome-fmri-encoding-decoding writes its papers as plain
paragraphs (title line, then a `[[Venue Year](url)] [[Code](url)]` line) -- the
first line of any paragraph that has a later line starting with `[[`.
Fenced code and HTML comments are skipped. Lines are split on LF and a trailing
CR is dropped (one list has CRLF line ends).
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(?:\*\*|__)\S')
LINKS = re.compile(r'^\s*\[(?:\[|!\[|\w+ \[)')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def lines_of(path):
    with open(path, encoding='utf-8', newline='') as f:
        text = f.read()
    return [l[:-1] if l.endswith('\r') else l for l in text.split('\n')]


def candidates(lines):
    out = []
    in_fence = in_comment = in_tbody = False
    md_table_header = set()
    for i, l in enumerate(lines):
        if TABLE_SEP.match(l) and '|' in l and i > 0:
            md_table_header.add(i - 1)
    for i, l in enumerate(lines):
        s = l.strip()
        if in_comment:
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('<tbody'):
            in_tbody = True
            continue
        if s.startswith('</tbody'):
            in_tbody = False
            continue
        if in_tbody and s.startswith('<tr'):
            out.append(i); continue
        if BULLET.match(l) or BOLD.match(l):
            out.append(i); continue
        if s.startswith('|') and not TABLE_SEP.match(l) and i not in md_table_header:
            out.append(i); continue
        # plain-paragraph entry: first line of a paragraph with a later `[[` links line
        if s and (i == 0 or not lines[i - 1].strip()) and not s.startswith(('#', '>', '<', '|', '!', '---')) \
                and not LINKS.match(l):
            j = i + 1
            while j < len(lines) and lines[j].strip():
                if LINKS.match(lines[j]):
                    out.append(i); break
                j += 1
    return out


def main():
    rng = random.Random(10911)
    rows = []
    for f in FILES:
        lines = lines_of(os.path.join(HERE, f))
        c = candidates(lines)
        pick = sorted(rng.sample(c, min(20, len(c))))
        print(f, 'candidates', len(c), 'picked', len(pick))
        for i in pick:
            rows.append({'list': f, 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as o:
        for r in rows:
            o.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
