#!/usr/bin/env python3
"""Sample up to 20 entries a list with ONE random.Random(6571), lists in sorted file-name order.

Candidates: list items (bullets, numbered), Markdown table body rows (not header or separator rows),
lines starting with bold; no list here writes papers as headings. Fenced code and HTML comments are
skipped (their lines are never candidates).

A drawn line is mapped to the start of its entry: a plain-text line right after a list item (no blank
line between, e.g. the wrapped author lines of a citation) belongs to that item; a nested list item
belongs to its parent only when the parent is not a table-of-contents item. A fenced block that
directly follows a list item (the one-line notes in optimass's list) is part of that item's raw; a bold
line is an entry of one line.
Output: /tmp/s65g-work/sample.json (list, line, raw) and a printout.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
TOC = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\(#')


def indent(ln):
    return len(ln) - len(ln.lstrip(' '))


def entries(lines):
    cand, spans = {}, {}
    in_fence = in_comment = False
    cur = None; cur_indent = 0; cur_toc = False
    n = len(lines)
    for i, ln in enumerate(lines):
        no = i + 1; s = ln.strip()
        if s.startswith('```'):
            in_fence = not in_fence
            if cur is not None:
                spans[cur].append(no)
                if not in_fence:
                    cur = None      # a closed note block ends the entry
            continue
        if in_fence:
            if cur is not None:
                spans[cur].append(no)
            continue
        if in_comment:
            if '-->' in s: in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: in_comment = True
            continue
        if not s:
            cur = None if cur is None or not (i + 1 < n and ITEM.match(lines[i + 1]) and indent(lines[i + 1]) > cur_indent and not cur_toc) else cur
            continue
        if s.startswith('#') or s.startswith('<'):
            cur = None; continue
        if ITEM.match(ln):
            ind = indent(ln)
            if cur is not None and ind > cur_indent and not cur_toc and not TOC.match(ln):
                spans[cur].append(no); cand[no] = cur
            else:
                cur = no; cur_indent = ind; cur_toc = bool(TOC.match(ln))
                spans[cur] = [no]; cand[no] = no
            continue
        if s.startswith('|'):
            cur = None
            nxt = lines[i + 1] if i + 1 < n else ''
            prev = lines[i - 1].strip() if i > 0 else ''
            if SEP.match(ln) or SEP.match(nxt):
                continue
            if prev.startswith('|'):
                cand[no] = no; spans[no] = [no]
            continue
        if BOLD.match(ln):
            spans[no] = [no]; cand[no] = no
            cur = None          # a bold line is an entry of one line here
            continue
        if cur is not None and lines[i - 1].strip():
            spans[cur].append(no); cand[no] = cur
        else:
            cur = None
    return cand, spans


def main():
    rng = random.Random(6571)
    out = []
    os.makedirs('/tmp/s65g-work', exist_ok=True)
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand, spans = entries(lines)
        keys = sorted(cand)
        rng.shuffle(keys)
        held = []
        for k in keys:
            if cand[k] not in held:
                held.append(cand[k])
            if len(held) == 20:
                break
        print(f'== {name}: {len(keys)} candidate lines, {len(spans)} entries, drew {len(held)}')
        for st in held:
            raw = '\n'.join(lines[j - 1] for j in spans[st])
            out.append({'list': name, 'line': st, 'raw': raw})
            print(f'--- {st}\n{raw}')
    json.dump(out, open('/tmp/s65g-work/sample.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
