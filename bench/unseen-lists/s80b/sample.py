"""Sample 20 entries a list for s80b, one random.Random(8021) over the lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    """Return list of (line_no, entry_start) for candidate lines."""
    out = []
    in_fence = False
    in_comment = False
    prev_table = False  # previous line was a table line
    parent = None  # start line of the current top-level list item
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--') and '-->' not in s:
            in_comment = True
            continue
        if s.startswith('|'):
            nxt = lines[i] if i < len(lines) else ''
            is_header = (not prev_table) and SEP_RE.match(nxt.strip() or 'x') is not None
            if not SEP_RE.match(s) and not is_header:
                out.append((i, i))
            prev_table = True
            parent = None
            continue
        prev_table = False
        m = LIST_RE.match(ln)
        if m:
            indent = len(m.group(1).replace('\t', '    '))
            rest = ln[m.end():]
            # an indented bullet under an item is a detail of that item
            # (notes, check items), except table-of-contents anchor links
            if indent > 0 and parent is not None and not rest.lstrip().startswith('[') or (
                    indent > 0 and parent is not None and re.match(r'\[[ xX]\]', rest.lstrip())):
                out.append((i, parent))
            else:
                out.append((i, i))
                if indent == 0:
                    parent = i
            continue
        if s.startswith('**'):
            out.append((i, i))
            parent = None
            continue
        if s.startswith('#'):
            parent = None
        # other lines (continuations, blank lines) keep the parent
    return out


def main():
    rng = random.Random(8021)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    picks = []
    for f in files:
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        starts = []
        order = list(cands)
        rng.shuffle(order)
        for ln, start in order:
            if start not in starts:
                starts.append(start)
            if len(starts) == 20:
                break
        n_entries = len({s for _, s in cands})
        print(f'{os.path.basename(f)}: {len(cands)} candidate lines, {n_entries} entries, drew {len(starts)}')
        for s in sorted(starts):
            picks.append({'list': os.path.basename(f), 'line': s, 'text': lines[s - 1]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for p in picks:
            fh.write(json.dumps(p, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
