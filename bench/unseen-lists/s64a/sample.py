#!/usr/bin/env python3
"""Sample up to 20 entries a list with ONE random.Random(6411), lists in sorted file-name order.

Candidates: list items (bullets, numbered, checkboxes), table body rows (Markdown rows that are not
header or separator rows, and HTML <tr> rows inside <tbody>), lines starting with bold, and heading
lines that are paper titles (none of the three lists writes papers as headings). Fenced code and HTML
comments are skipped.

A drawn line is mapped to the start of its entry:
- plain text lines right after a list item (no blank line between: the author and link lines of a
  citation) belong to that item;
- a nested list item under a non-table-of-contents item (the notes of a paper) belongs to that item;
  table-of-contents items (links to #anchors) are entries of their own, nested or not;
- an HTML <tr> row spans to its </tr>.
Output: /tmp/s64a-work/sample.json (list, line, raw) and a printout.
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
    """Return {candidate line no: entry start line no} and {entry start: [line numbers]}."""
    cand, spans = {}, {}
    in_fence = in_comment = in_tbody = False
    cur = None          # start of current open entry
    cur_indent = 0
    cur_toc = False
    tr_start = None
    n = len(lines)
    i = 0
    while i < n:
        ln = lines[i]; no = i + 1; s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence; cur = None; i += 1; continue
        if in_fence:
            i += 1; continue
        if in_comment:
            if '-->' in s: in_comment = False
            i += 1; continue
        if s.startswith('<!--'):
            if '-->' not in s: in_comment = True
            i += 1; continue
        if '<tbody>' in s: in_tbody = True
        if '</tbody>' in s: in_tbody = False
        if in_tbody and s == '<tr>':
            j = i
            while j < n and lines[j].strip() != '</tr>':
                j += 1
            cand[no] = no
            spans[no] = list(range(no, j + 2))
            for k in range(no + 1, j + 2):
                cand.setdefault(k, None)  # inner lines are not candidates
            i = j + 1; cur = None; continue
        if not s:
            # a blank line ends plain continuation, but nested items may still follow
            if cur is not None:
                # look ahead: keep the entry open only for an indented nested item
                j = i + 1
                while j < n and not lines[j].strip(): j += 1
                if not (j < n and ITEM.match(lines[j]) and indent(lines[j]) > cur_indent and not cur_toc
                        and not TOC.match(lines[j])):
                    cur = None
            i += 1; continue
        if s.startswith('#') or s.startswith('<'):
            cur = None; i += 1; continue
        m = ITEM.match(ln)
        if m:
            ind = indent(ln)
            if cur is not None and ind > cur_indent and not cur_toc and not TOC.match(ln):
                spans[cur].append(no); cand[no] = cur
            else:
                cur = no; cur_indent = ind; cur_toc = bool(TOC.match(ln))
                spans[cur] = [no]; cand[no] = no
            i += 1; continue
        if s.startswith('|'):
            cur = None
            nxt = lines[i + 1] if i + 1 < n else ''
            prev = lines[i - 1].strip() if i > 0 else ''
            if SEP.match(ln) or SEP.match(nxt):   # separator or header row
                i += 1; continue
            if prev.startswith('|') or SEP.match(prev):
                cand[no] = no; spans[no] = [no]
            i += 1; continue
        if BOLD.match(ln):
            cur = no; cur_indent = indent(ln); cur_toc = False
            spans[no] = [no]; cand[no] = no
            i += 1; continue
        # plain text line: continuation of an open item (no blank line between)
        if cur is not None and lines[i - 1].strip():
            spans[cur].append(no)
        else:
            cur = None
        i += 1
    cand = {k: v for k, v in cand.items() if v is not None}
    return cand, spans


def main():
    rng = random.Random(6411)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand, spans = entries(lines)
        keys = sorted(cand)
        rng.shuffle(keys)
        held = []
        for k in keys:
            st = cand[k]
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(f'{name}: {len(keys)} candidate lines, {len(spans)} entries, {len(held)} drawn')
        for st in held:
            raw = '\n'.join(lines[j - 1] for j in spans[st])
            out.append({'list': name, 'line': st, 'raw': raw})
    json.dump(out, open('/tmp/s64a-work/sample.json', 'w'), ensure_ascii=False, indent=0)
    for d in out:
        print('---', d['list'][:20], d['line']); print(d['raw'])


if __name__ == '__main__':
    main()
