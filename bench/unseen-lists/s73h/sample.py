#!/usr/bin/env python3
"""Draw up to 20 entries a list with ONE random.Random(7381), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold, and H5 heading lines in zh-plus (the one list that writes each paper as a
heading). Fenced code and HTML comments are skipped; blockquote lines are not candidates.
Each drawn line is mapped to the start of its entry: in zh-plus a note bullet under a paper heading
belongs to that heading's entry; elsewhere every candidate line is its own entry.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
TABLE_ROW = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
BOLD_START = re.compile(r'^\s*\*\*')
FENCE = re.compile(r'^ {0,3}(```|~~~)')
HEADING = re.compile(r'^ {0,3}(#{1,6})\s')
PAPER_HEADING_LEVEL = {'zh-plus__Awesome-VLP-and-Efficient-Transformer.README.md': 5}


def candidates(lines, paper_level):
    """Return [(line, entry_start)]."""
    out = []
    in_fence = in_comment = False
    current_paper_heading = None
    for i, line in enumerate(lines, 1):
        s = line
        if FENCE.match(s):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.strip().startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        h = HEADING.match(s)
        if h:
            if paper_level and len(h.group(1)) == paper_level:
                current_paper_heading = i
                out.append((i, i))
            else:
                current_paper_heading = None
            continue
        if not s.strip() or s.lstrip().startswith('>'):
            continue
        start = current_paper_heading
        if LIST_ITEM.match(s):
            out.append((i, start or i))
        elif TABLE_ROW.match(s):
            if TABLE_SEP.match(s):
                continue
            nxt = lines[i] if i < len(lines) else ''
            if TABLE_SEP.match(nxt):      # header row
                continue
            out.append((i, start or i))
        elif BOLD_START.match(s):
            out.append((i, start or i))
    return out


def entry_raw(lines, start, is_heading_entry):
    if not is_heading_entry:
        return lines[start - 1]
    end = start
    j = start
    while j < len(lines) and not HEADING.match(lines[j]):
        j += 1
        if lines[j - 1].strip():
            end = j
    return '\n'.join(lines[start - 1:end])


def main():
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rng = random.Random(7381)
    result = []
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8').read().split('\n')
        level = PAPER_HEADING_LEVEL.get(name)
        cands = candidates(lines, level)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln, start in order:
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        heading_starts = {s for l, s in cands if l == s and level and HEADING.match(lines[l - 1])}
        entries = [{'line': s, 'raw': entry_raw(lines, s, s in heading_starts)} for s in sorted(held)]
        result.append({'list': name, 'candidates': len(cands),
                       'entries_total': len({s for _, s in cands}), 'drawn': entries})
        for e in entries:
            print(f"{name}\t{e['line']}\t{lines[e['line']-1][:150]}")
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1, ensure_ascii=False)
    for r in result:
        print(r['list'], 'candidates', r['candidates'], 'entries', r['entries_total'],
              'drawn', len(r['drawn']), file=sys.stderr)


if __name__ == '__main__':
    main()
