"""Sample 20 entries a list with ONE random.Random(4841), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not the header row or the
separator row of a table), lines starting with bold. Fenced code and HTML comments are skipped.
None of the three lists writes papers as headings, so no heading line is a candidate.
Every entry in these three files is one line (no entry continues onto a following line; the
indented bullets are separate entries, not continuations), so a drawn line is its own entry start;
entry_start() still walks back over continuation lines for generality.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(?:\*\*|__)\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []            # 0-based indices
    kinds = {}
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            prev_table = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            prev_table = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith('|'):
            is_header = not prev_table and i + 1 < len(lines) and SEP.match(lines[i + 1])
            if not is_header and not SEP.match(line):
                out.append(i); kinds[i] = 'table'
            prev_table = True
            continue
        prev_table = False
        if ITEM.match(line):
            out.append(i); kinds[i] = 'item'
        elif BOLD.match(line):
            out.append(i); kinds[i] = 'bold'
    return out, kinds


def entry_start(lines, i, cand):
    # walk back over continuation lines (non-blank, non-candidate, indented text right after an item)
    j = i
    while j > 0 and j not in cand and lines[j].strip() and lines[j - 1].strip():
        j -= 1
    return j


def main():
    rng = random.Random(4841)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result = []
    for f in files:
        lines = open(f, encoding='utf-8').read().split('\n')
        cand, kinds = candidates(lines)
        cset = set(cand)
        order = list(cand)
        rng.shuffle(order)
        held = []
        for i in order:
            st = entry_start(lines, i, cset)
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        name = os.path.basename(f)
        print(f'{name}: {len(cand)} candidates', {k: sum(1 for v in kinds.values() if v == k) for k in ('item', 'table', 'bold')})
        for st in sorted(held):
            result.append({'list': name, 'line': st + 1, 'raw': lines[st]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in result:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
