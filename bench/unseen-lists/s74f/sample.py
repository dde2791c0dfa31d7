"""Draw 20 entries a list with ONE random.Random(7461) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold (and bold-title paper lines in zengxingchen, which are the papers' own
"headings"). Fenced code and HTML comments are skipped. A drawn continuation line (an indented line
under a bullet, or a table line that continues a row whose previous line did not end with '|') is
mapped to the start line of its entry.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])(?:\s|$)')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*(\*\*|__)')
HEAD = re.compile(r'^\s{0,3}#{1,6}\s')


def candidates(lines):
    """Return {candidate line number (1-based): entry start line number}."""
    out = {}
    in_fence = in_comment = False
    prev_table = False
    cur = None  # start line of the entry we are inside, if any
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            cur = None
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
        if not s or HEAD.match(line):
            prev_table = False
            cur = None
            continue
        if TABLE.match(line):
            nxt = lines[i] if i < len(lines) else ''
            if not prev_table and SEP.match(nxt):
                prev_table = True  # header row
                cur = None
                continue
            if SEP.match(line):
                continue
            prev = lines[i - 2].rstrip() if i >= 2 else ''
            if prev_table and cur is not None and not prev.endswith('|'):
                out[i] = cur  # continuation of a row broken over two lines
            else:
                out[i] = i
                cur = i
            prev_table = True
            continue
        prev_table = False
        if ITEM.match(line) and not line.startswith((' ', '\t')) or (ITEM.match(line) and cur is None):
            out[i] = i
            cur = i
        elif BOLD.match(line):
            out[i] = i
            cur = i
        elif (line.startswith(' ') or line.startswith('\t')) and cur is not None and ITEM.match(lines[cur - 1]) \
                and not ITEM.match(line):
            out[i] = cur  # indented continuation line of a bullet
        elif ITEM.match(line):
            out[i] = i  # nested bullet: its own entry
            # keep cur pointing at the outer entry for plain continuation lines
        else:
            cur = cur  # non-candidate line (e.g. authors / links line under a bold title)
    return out


def main():
    rng = random.Random(7461)
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
        print(f'{name}: {len(set(cand.values()))} candidate entries ({len(cand)} candidate lines), drew {len(held)}')
        for start in sorted(held):
            sample.append({'list': name, 'line': start, 'raw': lines[start - 1]})
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as f:
        json.dump(sample, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
