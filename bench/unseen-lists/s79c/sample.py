"""Draw 20 entries a list with ONE random.Random(7931), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
HEAD_RE = re.compile(r'^#{1,6}\s')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def entries(lines):
    """Return (candidate line -> entry start) and entry start -> list of line numbers (1-based)."""
    n = len(lines)
    in_code = in_comment = False
    in_tbody = False
    skip = set()
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```'):
            in_code = not in_code; skip.add(i); continue
        if in_code:
            skip.add(i); continue
        if '<!--' in s and '-->' not in s:
            in_comment = True
        if in_comment:
            skip.add(i)
            if '-->' in s:
                in_comment = False
            continue
    starts = {}   # entry start index -> [line indices]
    cand = {}     # candidate index -> entry start index
    prev_md_table = False
    i = 0
    while i < n:
        if i in skip:
            i += 1; continue
        l = lines[i]; s = l.strip()
        if s == '<tbody>':
            in_tbody = True
        elif s == '</tbody>':
            in_tbody = False
        m = LIST_RE.match(l)
        if in_tbody and s == '<tr>':
            j = i
            while j < n and lines[j].strip() != '</tr>':
                j += 1
            starts[i] = list(range(i, j + 1))
            for k in range(i, j + 1):
                cand[k] = i
            i = j + 1; continue
        if s.startswith('|'):
            # Markdown table: first row is header, second separator
            is_header = not prev_md_table
            prev_md_table = True
            if is_header or SEP_RE.match(s):
                i += 1; continue
            starts[i] = [i]; cand[i] = i
            i += 1; continue
        prev_md_table = False
        if m:
            indent = len(m.group(1))
            # a deeper-indented list item right below a numbered item belongs to it (birdx0810 "See also")
            owner = None
            if indent >= 3 and i > 0 and (i - 1) in cand:
                o = cand[i - 1]
                if LIST_RE.match(lines[o]) and re.match(r'^\s*\d+[.)]', lines[o]):
                    owner = o
            # a bullet directly under a paper paragraph (no blank line) belongs to it (InabaTatsuro notes)
            if owner is None and i > 0 and (i - 1) in cand:
                o = cand[i - 1]
                if not LIST_RE.match(lines[o]) and not HEAD_RE.match(lines[o]) and not lines[o].strip().startswith(('|', '<')):
                    owner = o
            if owner is not None:
                starts[owner].append(i); cand[i] = owner
            else:
                starts[i] = [i]; cand[i] = i
            i += 1; continue
        if s.startswith('**'):
            starts[i] = [i]; cand[i] = i
            i += 1; continue
        i += 1
    return cand, starts


def paper_paragraphs(lines, cand, starts):
    """InabaTatsuro writes each paper as a plain paragraph line 'Title [[Venue](link)]...':
    those lines are entry starts too (the analogue of papers written as headings)."""
    for i, l in enumerate(lines):
        s = l.strip()
        if s and not HEAD_RE.match(l) and not LIST_RE.match(l) and '[[' in s and i not in cand:
            starts[i] = [i]; cand[i] = i
            j = i + 1
            while j < len(lines) and LIST_RE.match(lines[j]):
                if j in starts:
                    del starts[j]
                starts[i].append(j); cand[j] = i
                j += 1


def main():
    rng = random.Random(7931)
    out = []
    stats = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand, starts = entries(lines)
        if name.startswith('InabaTatsuro__'):
            paper_paragraphs(lines, cand, starts)
        keys = sorted(cand)
        rng.shuffle(keys)
        held = []
        for k in keys:
            st = cand[k]
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        stats[name] = (len(keys), len(starts))
        for st in held:
            raw = '\n'.join(lines[x] for x in starts[st])
            out.append({'list': name, 'line': st + 1, 'raw': raw})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    for k, v in stats.items():
        print(k, 'candidate lines', v[0], 'entries', v[1])
    print(len(out), 'entries drawn')


if __name__ == '__main__':
    main()
