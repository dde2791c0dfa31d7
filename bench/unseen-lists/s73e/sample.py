"""Draw 20 entries a list with one random.Random(7351) over the lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])(?:\s|$)')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*')


def candidates(lines):
    """Return {candidate line number (1-based): entry start line number}."""
    out = {}
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if TABLE.match(line):
            # header row is the first table line; the separator row follows it
            nxt = lines[i] if i < len(lines) else ''
            if not prev_table and SEP.match(nxt):
                prev_table = True
                continue
            prev_table = True
            if SEP.match(line):
                continue
            out[i] = i
            continue
        prev_table = False
        if ITEM.match(line) or BOLD.match(line):
            out[i] = i
        elif s and i > 1 and (line.startswith('  ') or line.startswith('\t')) and (i - 1) in out:
            # an indented continuation line belongs to the entry above it
            out[i] = out[i - 1]
    return out


def main():
    rng = random.Random(7351)
    sample = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        keys = sorted(cand)
        rng.shuffle(keys)
        held = []
        for k in keys:
            start = cand[k]
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        print(f'{name}: {len(set(cand.values()))} candidate entries ({len(cand)} lines), drew {len(held)}')
        for start in sorted(held):
            sample.append({'list': name, 'line': start, 'raw': lines[start - 1]})
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as f:
        json.dump(sample, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
