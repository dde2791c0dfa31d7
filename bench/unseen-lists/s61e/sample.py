"""Draw 20 entries a list with one random.Random(6151) over the lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(6151)

BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+')
HEADING = re.compile(r'^\s*#{1,6}\s')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')


def visible(lines):
    """Yield (index, line, hidden) with fenced code and HTML comments marked hidden."""
    in_fence = in_comment = False
    out = []
    for i, l in enumerate(lines):
        s = l.strip()
        hidden = in_fence or in_comment
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            hidden = True
        elif not in_fence:
            if in_comment:
                if '-->' in l:
                    in_comment = False
            elif s.startswith('<!--'):
                hidden = True
                if '-->' not in s[4:]:
                    in_comment = True
        out.append((i, l, hidden))
    return out


def paper_heading(lines, i):
    """A heading is a paper title when the next non-empty line is a 'Link to publication' bullet."""
    if not HEADING.match(lines[i]):
        return False
    for j in range(i + 1, min(i + 4, len(lines))):
        if lines[j].strip():
            return 'Link to publication' in lines[j]
    return False


def candidates_and_starts(lines):
    cands, start = [], {}
    cur_heading = None  # start index of the current paper-heading entry
    vis = visible(lines)
    prev_table = False
    for i, l, hidden in vis:
        s = l.strip()
        if hidden:
            continue
        if HEADING.match(l):
            cur_heading = i if paper_heading(lines, i) else None
            if cur_heading is not None:
                cands.append(i); start[i] = i
            prev_table = False
            continue
        if not s:
            # a blank line closes a heading entry's field bullets
            if cur_heading is not None:
                cur_heading = None
            continue
        is_table = s.startswith('|')
        if is_table:
            if TABLE_SEP.match(s) or not prev_table:
                prev_table = True
                continue  # separator or header row
            cands.append(i); start[i] = i
            continue
        prev_table = False
        if BULLET.match(l) or s.startswith('**'):
            cands.append(i)
            start[i] = cur_heading if cur_heading is not None else i
    return cands, start


def main():
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start = candidates_and_starts(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for c in order:
            s = start[c]
            if s not in held:
                held.append(s)
            if len(held) >= 20:
                break
        result[name] = {'candidates': len(cands), 'entries': [s + 1 for s in held]}
        print(name, 'candidates', len(cands), 'drawn lines', sorted(s + 1 for s in held))
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)


if __name__ == '__main__':
    main()
