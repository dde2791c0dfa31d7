"""Sample 20 candidate entries a list with random.Random(13601), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header/separator, not empty `||` rows),
lines starting with bold. Fenced code and HTML comments are skipped. A nested list item that carries the
details of a parent paper item (parent is numbered, or contains a link) is part of that entry, not a
candidate of its own. An entry's raw runs from its line through its nested/continuation lines up to the
next blank line, next same-or-lower-indent list item, heading, or table row.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')

def analyse(lines):
    skip = [False] * len(lines)
    fence = False; comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if fence:
            skip[i] = True
            if s.startswith('```'):
                fence = False
            continue
        if s.startswith('```'):
            skip[i] = True; fence = True; continue
        if comment:
            skip[i] = True
            if '-->' in l:
                comment = False
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in l:
                comment = True
    cands = []
    in_table = False
    for i, l in enumerate(lines):
        if skip[i]:
            in_table = False; continue
        s = l.strip()
        if s.startswith('|'):
            if i + 1 < len(lines) and re.match(r'^\|?\s*:?-+', lines[i + 1].strip()) and not in_table:
                in_table = True  # header row
                continue
            if re.match(r'^\|(\s*:?-+:?\s*\|)+\s*$', s):
                continue  # separator
            if in_table and s.replace('|', '').strip():
                cands.append(i)
            continue
        in_table = False
        m = ITEM.match(l)
        if m:
            ind = len(m.group(1))
            if ind > 0:
                # find parent item
                j = i - 1
                parent = None
                while j >= 0:
                    pm = ITEM.match(lines[j])
                    if pm and len(pm.group(1)) < ind:
                        parent = j; break
                    if not lines[j].strip():
                        break
                    j -= 1
                if parent is not None:
                    pl = lines[parent]
                    if re.match(r'^\s*\d+[.)]\s', pl) or '](' in pl:
                        continue
            cands.append(i)
            continue
        if s.startswith('**'):
            cands.append(i)
    return cands

def entry_raw(lines, i):
    l = lines[i]
    if l.strip().startswith('|'):
        return l
    m = ITEM.match(l)
    ind = len(m.group(1)) if m else 0
    out = [l]
    j = i + 1
    while j < len(lines):
        n = lines[j]
        if not n.strip() or n.lstrip().startswith('#') or n.strip().startswith('|'):
            break
        nm = ITEM.match(n)
        if nm and len(nm.group(1)) <= ind:
            break
        if nm:
            # nested item: part of entry only if it is a detail line of this paper item
            if not (re.match(r'^\s*\d+[.)]\s', l) or '](' in l):
                break
        out.append(n)
        j += 1
    return '\n'.join(out)

def main():
    rng = random.Random(13601)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = analyse(lines)
        if name.startswith('worldbench__'):
            # the saved file is the first two read_file pages; its last line ("| `OWMD") is cut by the fetch
            cands = [i for i in cands if i != len(lines) - 1]
        pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(name, 'candidates', len(cands))
        for i in pick:
            rows.append({'list': name, 'line': i + 1, 'raw': entry_raw(lines, i)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
