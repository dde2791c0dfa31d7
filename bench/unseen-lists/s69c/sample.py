"""Sample 20 entries a list with one random.Random(6931) over the lists in sorted file-name order."""
import glob, json, os, re, random

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    """Return {line_no: entry_start_line_no} for candidate lines (1-based)."""
    cand = {}
    in_fence = False
    in_comment = False
    in_table = False
    n = len(lines)
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            in_table = False
            continue
        # table: header line followed by separator line
        if not in_table and '|' in s and i + 1 < n and SEP_RE.match(lines[i + 1]) and '-' in lines[i + 1]:
            in_table = True
            continue  # header row
        if in_table:
            if SEP_RE.match(line):
                continue  # separator row
            if '|' in s:
                if s.strip('| ').strip():   # skip empty rows (only pipes/spaces)
                    cand[i + 1] = i + 1
                continue
            in_table = False
        if LIST_RE.match(line) or s.startswith('**'):
            cand[i + 1] = i + 1
    return cand


def entry_raw(lines, start):
    """An entry is its first line plus following continuation lines (non-blank, not a new candidate/heading).
    For bold-title citations the venue line may follow a blank line inside the entry; handled by hand-check."""
    out = [lines[start - 1]]
    j = start
    first = lines[start - 1].lstrip()
    if first.startswith('**'):
        while j < len(lines) and lines[j].strip() and not lines[j].lstrip().startswith(('**', '#')):
            out.append(lines[j]); j += 1
    return '\n'.join(out)


def main():
    rng = random.Random(6931)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result = []
    for path in files:
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        keys = sorted(cand)
        rng.shuffle(keys)
        held = []
        for k in keys:
            st = cand[k]
            if st not in held:
                held.append(st)
            if len(held) >= 20:
                break
        print(f'{name}: {len(keys)} candidate lines, {len(held)} entries drawn')
        for st in sorted(held):
            result.append({'list': name, 'line': st, 'raw': entry_raw(lines, st)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in result:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
