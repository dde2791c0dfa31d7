#!/usr/bin/env python3
"""Sample 20 entries a list for hand labelling (seed 1943).

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold;
fenced code and HTML comments are skipped. Each candidate is mapped to the line where its
entry starts, so an entry is drawn once however many candidate lines it has:
  * an indented (nested) list item belongs to the nearest less-indented list item above it;
  * a top-level list item that follows a whole-line bold title (amusi's `**Title**` then
    `- intro:` / `- arxiv:` / `- github:` lines), with no heading in between, belongs to
    that bold line.
Unique entry starts are sampled with random.Random(1943).sample(entries, 20), a fresh
generator for each list, lists taken in sorted file-name order.
"""
import json, random, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s')
HEAD_RE = re.compile(r'^\s{0,3}#{1,6}\s')
SEP_RE = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')


def entries(path):
    lines = open(path, encoding='utf-8', newline='').read().replace('\r\n', '\n').split('\n')
    in_fence = in_comment = False
    bold_ctx = None          # line index of the current whole-line bold title
    list_stack = []          # (indent, entry_start) of open list items
    start_of = {}            # candidate line index -> entry start index
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        if s.startswith('<!--') and '-->' not in s[4:]:
            in_comment = True
            continue
        if s.startswith('<!--'):
            continue
        if re.match(r'^\s*(```|~~~)', ln):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if HEAD_RE.match(ln):
            bold_ctx = None
            list_stack = []
            continue
        m = LIST_RE.match(ln)
        if m:
            ind = len(m.group(1).expandtabs(4))
            while list_stack and list_stack[-1][0] >= ind:
                list_stack.pop()
            if list_stack:
                st = list_stack[-1][1]
            elif bold_ctx is not None:
                st = bold_ctx
            else:
                st = i
            list_stack.append((ind, st))
            start_of[i] = st
            continue
        if s.startswith('|'):
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP_RE.match(ln) or SEP_RE.match(nxt):
                continue            # separator or header row
            start_of[i] = i
            continue
        if s.startswith('**') or s.startswith('__'):
            bold_ctx = i
            list_stack = []
            start_of[i] = i
            continue
        if s and not s.startswith('-') and bold_ctx is None:
            list_stack = [] if not ln.startswith(' ') else list_stack
    starts = sorted(set(start_of.values()))
    # the raw text of an entry runs to the line before the next entry start or heading
    # (a list item or table row: to its first blank line), without trailing blank lines
    bounds = sorted(set(starts) | {i for i, l in enumerate(lines) if HEAD_RE.match(l)} | {len(lines)})
    out = []
    for st in starts:
        end = min(b for b in bounds if b > st)
        seg = lines[st:end]
        bold_title = lines[st].strip().startswith(('**', '__'))
        keep = []
        for j, l in enumerate(seg):
            # a bold-title entry runs over blank lines to its detail lines; a list item or
            # table row ends at the first blank line
            if j > 0 and not l.strip() and not bold_title:
                break
            keep.append(l)
        while keep and not keep[-1].strip():
            keep.pop()
        out.append((st + 1, '\n'.join(keep)))
    return out


def main():
    res = []
    for name in sorted(os.listdir(HERE)):
        if not name.endswith('.README.md'):
            continue
        ents = entries(os.path.join(HERE, name))
        rng = random.Random(1943)
        pick = sorted(rng.sample(ents, 20))
        print(f'{name}: {len(ents)} entries', file=sys.stderr)
        for line, raw in pick:
            res.append({'list': name, 'line': line, 'raw': raw})
    for r in res:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == '__main__':
    main()
