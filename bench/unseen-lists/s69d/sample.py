"""Sample 20 entries a list with ONE random.Random(6941), lists in sorted file-name order."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    """Return (candidate line indexes, map line index -> entry start index)."""
    in_fence = False
    in_comment = False
    cands = []
    start_of = {}
    cur_item = None  # start index of the list item a continuation may belong to
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            cur_item = None
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            cur_item = None
            continue
        if LIST_RE.match(line):
            cands.append(i)
            start_of[i] = i
            cur_item = i
            continue
        if s.startswith('|'):
            cur_item = None
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_RE.match(nxt) and nxt.startswith('|'):
                continue  # header row
            cands.append(i)
            start_of[i] = i
            continue
        if s.startswith('**'):
            cands.append(i)
            # a bold line indented under a list item continues that item
            if cur_item is not None and line[:1].isspace():
                start_of[i] = cur_item
            else:
                start_of[i] = i
                cur_item = None
            continue
        if cur_item is not None and (line[:1].isspace()):
            continue  # continuation line of the current item
        cur_item = None
    return cands, start_of


def entry_end(lines, start):
    """Last line index of the entry starting at start (continuation lines included)."""
    line = lines[start]
    if not LIST_RE.match(line):
        return start
    end = start
    for j in range(start + 1, len(lines)):
        t = lines[j]
        if not t.strip() or LIST_RE.match(t) or not t[:1].isspace():
            break
        end = j
    return end


def main():
    rng = random.Random(6941)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        cands, start_of = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            st = start_of[i]
            if st not in held:
                held.append(st)
            if len(held) >= N:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn', file=sys.stderr)
        for st in held:
            end = entry_end(lines, st)
            out.append({'list': name, 'line': st + 1, 'raw': '\n'.join(lines[st:end + 1])})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
