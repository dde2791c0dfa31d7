#!/usr/bin/env python3
"""Sample 20 candidate entries a list with random.Random(8871) (one generator,
lists in sorted file-name order) and write sample.jsonl.

Candidates: list items (bullets, numbered), table body rows, lines starting with
bold, and headings when the list writes papers as headings; fenced code and HTML
comments are skipped.

List-specific judgement (see FINDINGS.md):
* a nested list item that continues a paper bullet (the authors / "Key Word" /
  "<details>" sub-bullets of MinghuiChen43) is part of that entry, not a candidate;
  nested items of a non-paper parent (table-of-contents sub-items) are candidates;
* YurenHao0426 writes papers as `###` headings followed by `**Authors:**`,
  `**Link:**`... field lines: the `###` headings are the candidates, the bold
  field lines belong to the heading's entry, and the `## Papers Updated on ...`
  date-group headings are section headings, not entries.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])\s+\S')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
HEADING_LISTS = {'YurenHao0426__awesome-llm-bias-papers.README.md'}


def entry_end(lines, i, fname):
    """Index (exclusive) of the end of the entry starting at line index i."""
    if fname in HEADING_LISTS:
        j = i + 1
        while j < len(lines):
            s = lines[j]
            if s.startswith('#') or s.strip() == '---':
                break
            j += 1
        # drop trailing blank lines
        while j > i + 1 and lines[j - 1].strip() == '':
            j -= 1
        return j
    m = ITEM.match(lines[i])
    if m:
        ind = len(m.group(1))
        j = i + 1
        while j < len(lines):
            s = lines[j]
            if s.strip() == '':
                break
            mm = ITEM.match(s)
            if mm and len(mm.group(1)) <= ind:
                break
            if not mm and not s.startswith(' '):
                break
            if mm and len(mm.group(1)) > ind and not is_paperish(lines[i]):
                break  # children of a non-paper item are their own entries
            j += 1
        return j
    return i + 1


def is_paperish(line):
    return '[[paper]]' in line.lower() or 'arxiv.org' in line


def candidates(fname, lines):
    out = []
    in_fence = False
    in_comment = False
    parents = []  # stack of (indent, line) for list items
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--') and '-->' not in s:
            in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if fname in HEADING_LISTS:
            if line.startswith('### '):
                out.append(i)
            continue
        if s.startswith('|'):
            if TABLE_SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        m = ITEM.match(line)
        if m:
            ind = len(m.group(1))
            while parents and parents[-1][0] >= ind:
                parents.pop()
            if ind > 0 and parents and is_paperish(parents[-1][1]):
                parents.append((ind, line))
                continue
            parents.append((ind, line))
            out.append(i)
            continue
        if s == '':
            continue
        if not line.startswith(' '):
            parents = []
        if line.startswith('**'):
            out.append(i)
    return out


def main():
    rng = random.Random(8871)
    rows = []
    for fname in sorted(f for f in os.listdir(HERE) if f.endswith('.README.md')):
        text = open(os.path.join(HERE, fname), encoding='utf-8').read()
        lines = text.split('\n')
        cands = candidates(fname, lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(fname, 'candidates', len(cands), 'picked', len(picked))
        for i in picked:
            j = entry_end(lines, i, fname)
            rows.append({'list': fname, 'line': i + 1, 'raw': '\n'.join(lines[i:j])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
