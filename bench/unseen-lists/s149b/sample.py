#!/usr/bin/env python3
"""Sample up to 20 entries a list for s149b with random.Random(14001).

Candidate lines: list items (bullets -,*,+ and numbered "1." / "1)", including the
"1.【" form with no space that XiaShan1227 writes), table body rows (rows after a
|---| delimiter row), and lines starting with bold. Fenced code and HTML comments
are skipped. A nested list item that is a detail line of a parent entry (every
nested item of hibayesian's Book/Researcher/Survey blocks) is part of its parent
entry, not a candidate of its own; nested table-of-contents items are their own
entries. Each entry's raw is its start line plus its continuation lines (deeper
indented items, or a following non-blank non-list line, as in XiaShan1227).
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
NESTED_IS_DETAIL = {'hibayesian__awesome-graph-learning-papers.README.md'}
ITEM = re.compile(r'^(\s*)([-*+]\s+|\d+[.)]\s*)\S')
DELIM = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')

def candidates(fname, lines):
    out = []
    in_fence = in_comment = False
    in_table = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence; continue
        if in_fence: continue
        if in_comment:
            if '-->' in ln: in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: in_comment = True
            continue
        if DELIM.match(ln) and '|' in ln:
            in_table = True; continue
        if in_table:
            if s.startswith('|'):
                out.append((i, [ln])); continue
            in_table = False
        m = ITEM.match(ln)
        if m:
            indent = len(m.group(1))
            if indent > 0 and fname in NESTED_IS_DETAIL:
                continue  # folded into parent below
            block = [ln]
            j = i + 1
            while j < len(lines):
                nxt = lines[j]
                if not nxt.strip(): break
                mm = ITEM.match(nxt)
                if mm:
                    if fname in NESTED_IS_DETAIL and len(mm.group(1)) > indent:
                        block.append(nxt); j += 1; continue
                    break
                if nxt.lstrip().startswith('#') or nxt.lstrip().startswith('|'): break
                block.append(nxt); j += 1
            out.append((i, block)); continue
        if s.startswith('**') and not ln.startswith(' '):
            out.append((i, [ln]))
    return out

rng = random.Random(14001)
with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fo:
    for f in FILES:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cands = candidates(f, lines)
        pick = cands if len(cands) <= 20 else rng.sample(cands, 20)
        pick = sorted(pick)
        print(f, len(cands), 'candidates,', len(pick), 'sampled')
        for i, block in pick:
            fo.write(json.dumps({'list': f, 'line': i + 1, 'raw': '\n'.join(block)}, ensure_ascii=False) + '\n')
