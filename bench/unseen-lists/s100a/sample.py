"""Sample 20 candidate entry lines from each saved README (seed 10011).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold
(`**`, `__`, `<b>`, `<strong>`, also after leading `:emoji:` shortcodes, as in
timzhang642's `:game_die: <b>Title (2017)</b>`), and `<details><summary>` lines, which in
chawins/llm-sp are the papers themselves (papers written as fold labels, like papers written
as headings). Fenced code and HTML comments are skipped. A truncated last line (file saved
from two read_file pages, no final newline) is left out.
One generator, lists in sorted file-name order.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
EMOJI_PREFIX = re.compile(r'^(?:\s*:[a-z0-9_+-]+:)+\s*')
BOLD_RE = re.compile(r'^(\*\*|__|<b>|<strong>)', re.I)
SUMMARY_RE = re.compile(r'^\s*<details>\s*<summary>', re.I)


def candidates(text):
    lines = text.split('\n')
    truncated = not text.endswith('\n')
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        if truncated and i == len(lines) - 1:
            break
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence or not s:
            continue
        if s.startswith('|'):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt) and '-' in nxt:
                continue  # header row
            out.append(i + 1)
            continue
        if LIST_RE.match(line):
            out.append(i + 1)
            continue
        if SUMMARY_RE.match(line):
            out.append(i + 1)
            continue
        if BOLD_RE.match(EMOJI_PREFIX.sub('', s)):
            out.append(i + 1)
            continue
    return out, lines


def main():
    rng = random.Random(10011)
    rows = []
    for f in FILES:
        text = open(os.path.join(HERE, f), encoding='utf-8', newline='').read()
        cands, lines = candidates(text)
        k = min(20, len(cands))
        picked = sorted(rng.sample(cands, k))
        print(f, 'candidates', len(cands), 'sampled', k)
        for ln in picked:
            rows.append({'list': f, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
