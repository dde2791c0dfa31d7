#!/usr/bin/env python3
"""Draw up to 20 entries a list with ONE random.Random(7411), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows) and
lines starting with bold; fenced code and HTML comments are skipped. Blockquoted lines ("> - ...")
are study notes inside a paper's note block and are not candidates.
One extension for JackHCC__Awesome-Uplift-Model (papers written as plain paragraphs, the way other
lists write papers as headings): a paragraph line outside lists/quotes/headings that carries a year
and either a link or a "[J]" marker is a citation candidate. There, the method-name bullets that
follow a citation paragraph (only blank lines between) belong to that citation's entry.
Everywhere else each list item, table row or bold line is its own entry start; its raw text runs
over following non-blank lines that are not new items or headings.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
TABLE_ROW = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
BOLD_START = re.compile(r'^\s*\*\*')
FENCE = re.compile(r'^ {0,3}(```|~~~)')
HEADING = re.compile(r'^#{1,6}\s')
YEAR = re.compile(r'\b(19|20)\d\d\b')
PARA_LISTS = {'JackHCC__Awesome-Uplift-Model.README.md'}


def is_citation_para(s):
    t = s.strip()
    if not t or t.startswith(('>', '|', '<', '$', '-', '*  ', 'Code Example', '更多参考', '注')) or HEADING.match(t) or LIST_ITEM.match(t):
        return False
    return bool(YEAR.search(t)) and ('](' in t or '[J]' in t)


def scan(name, lines):
    """Return dict entry_start -> (end_line, [candidate lines])."""
    entries = {}
    in_fence = in_comment = False
    para = name in PARA_LISTS
    cur_cite = None          # line of the last citation paragraph (para lists)
    cite_open = False        # still only blank lines / bullets since that citation
    header_seen = False
    for i, line in enumerate(lines, 1):
        s = line
        if FENCE.match(s):
            in_fence = not in_fence
            cite_open = False
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.lstrip().startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        st = s.strip()
        if para and is_citation_para(s):
            entries[i] = [i, [i]]
            cur_cite, cite_open = i, True
            continue
        if LIST_ITEM.match(s) and not st.startswith('>'):
            if para and cite_open and cur_cite:
                entries[cur_cite][0] = i
                entries[cur_cite][1].append(i)
            else:
                entries[i] = [i, [i]]
            continue
        if TABLE_ROW.match(s):
            if TABLE_SEP.match(s):
                continue
            nxt = lines[i] if i < len(lines) else ''
            if TABLE_SEP.match(nxt):      # header row
                continue
            entries[i] = [i, [i]]
            continue
        if BOLD_START.match(s) and not st.startswith('>'):
            entries[i] = [i, [i]]
            continue
        if st == '':
            continue
        cite_open = False
    return entries


def entry_raw(name, lines, start, end):
    if end > start:
        return '\n'.join(lines[start - 1:end])
    # extend over continuation lines
    j = start
    while j < len(lines):
        nxt = lines[j]
        if not nxt.strip() or LIST_ITEM.match(nxt) or HEADING.match(nxt) or TABLE_ROW.match(nxt) or BOLD_START.match(nxt):
            break
        j += 1
    return '\n'.join(lines[start - 1:j])


def main():
    rng = random.Random(7411)
    names = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    out, stats = [], {}
    for name in names:
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        entries = scan(name, lines)
        cand = []
        for start, (end, cl) in entries.items():
            for c in cl:
                cand.append((c, start))
        cand.sort()
        rng.shuffle(cand)
        held = []
        for c, start in cand:
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        stats[name] = {'candidates': len(cand), 'entries': len(entries), 'drawn': len(held)}
        for start in sorted(held):
            end = entries[start][0]
            out.append({'list': name, 'line': start, 'raw': entry_raw(name, lines, start, end)})
    json.dump(out, open(os.path.join(HERE, 'sample.json'), 'w'), ensure_ascii=False, indent=1)
    print(json.dumps(stats, indent=1))


if __name__ == '__main__':
    main()
