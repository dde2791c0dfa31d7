"""Sample 20 entries a list with ONE random.Random(8261), lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

def candidates(lines):
    """Return (cands, starts): candidate line numbers (1-based) and a map line -> entry start."""
    cands, start_of = [], {}
    in_fence = False; in_comment = False
    cur_start = None
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if re.match(r'^\s*(```|~~~)', line):
            in_fence = not in_fence; cur_start = None; continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line: in_comment = False
            continue
        if s.startswith('<!--') and '-->' not in s:
            in_comment = True; continue
        if not s:
            cur_start = None; continue
        is_item = re.match(r'^\s*([-*+]|\d+[.)])\s+', line)
        is_row = s.startswith('|')
        is_sep = is_row and re.fullmatch(r'\|?[\s:|-]+\|?', s) is not None
        is_bold = s.startswith('**')
        if is_row:
            # table header row: followed by a separator row
            nxt = lines[i].strip() if i < len(lines) else ''
            is_header = re.fullmatch(r'\|?[\s:|-]+\|?', nxt) is not None and '-' in nxt
            if is_sep or is_header:
                cur_start = None; continue
            cands.append(i); start_of[i] = i; cur_start = None; continue
        if is_item and not line.startswith((' ', '\t')) or (is_item and cur_start is None):
            cands.append(i); start_of[i] = i; cur_start = i; continue
        if is_item:
            # nested item: its own entry
            cands.append(i); start_of[i] = i; cur_start = i; continue
        if is_bold:
            cands.append(i); start_of[i] = i; cur_start = i; continue
        if cur_start is not None and not s.startswith('#'):
            # continuation line of a multi-line entry (not itself a candidate)
            start_of[i] = cur_start
            continue
        cur_start = None
    return cands, start_of

def main():
    rng = random.Random(8261)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start_of = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for ln in order:
            st = start_of[ln]
            if st not in held:
                held.append(st)
            if len(held) == N:
                break
        print(f'{name}: {len(cands)} candidates, {len(held)} drawn')
        for st in held:
            out.append({'list': name, 'line': st, 'text': lines[st - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
