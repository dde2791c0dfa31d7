"""Sample 20 entries a list with ONE random.Random(6951) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header/separator rows),
lines starting with bold; fenced code and HTML comments are skipped. (No list here writes
papers as headings.) A drawn line is mapped to the first line of the entry it belongs to;
an entry runs from its first line until a blank line, a heading, or the next candidate line.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(?:\*\*|__)\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    cands, in_code, in_comment = [], False, False
    prev_table = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_code = not in_code
            prev_table = False
            continue
        if in_code:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        is_table = s.startswith('|')
        if is_table:
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(s) or (not prev_table and SEP.match(nxt)):
                pass  # separator or header row
            else:
                cands.append(i)
        elif ITEM.match(ln) or BOLD.match(ln):
            cands.append(i)
        prev_table = is_table
    return cands


def entry_start(i, lines, candset):
    # walk up from a continuation line to the candidate line that opens its entry
    j = i
    while j >= 0:
        if j in candset:
            return j
        s = lines[j].strip()
        if not s or s.startswith('#'):
            return None
        j -= 1
    return None


def entry_end(start, lines, candset):
    j = start + 1
    while j < len(lines):
        s = lines[j].strip()
        if not s or s.startswith('#') or j in candset or s.startswith('|'):
            break
        j += 1
    return j


def main():
    rng = random.Random(6951)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        cands = candidates(lines)
        candset = set(cands)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            st = entry_start(i, lines, candset)
            if st is None or st in held:
                continue
            held.append(st)
            if len(held) == N:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn')
        for st in held:
            en = entry_end(st, lines, candset)
            out.append({'list': name, 'line': st + 1, 'raw': '\n'.join(lines[st:en])})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
