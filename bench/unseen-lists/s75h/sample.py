"""Sample 20 entries a list with one random.Random(7581) over the lists in sorted file-name order."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(7581)

ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')          # bullets, numbered items
DOTTED = re.compile(r'^\s*\d+(?:\.\d+)+\.?\s+\S')          # "  8.12. [x](y) -> z" numbered entries
REFNUM = re.compile(r'^\[\d+\]\s+\S')                      # "[12]<TAB>citation" numbered references
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(lines):
    out, in_code, in_comment = [], False, False
    table_state = None  # None, 'header', 'body'
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_code = not in_code
            continue
        if in_code:
            continue
        if s.startswith('|'):
            if table_state is None:
                table_state = 'header'
                continue
            if SEP.match(s):
                table_state = 'body'
                continue
            if table_state == 'body':
                out.append(i)
            continue
        table_state = None
        if ITEM.match(line) or DOTTED.match(line) or REFNUM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def entry_start(lines, i):
    # every candidate line in these three files starts its own entry (no multi-line entries)
    return i


def main():
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            st = entry_start(lines, i)
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        res[name] = {'candidates': len(cands), 'sample': sorted(x + 1 for x in held)}
        print(name, len(cands), 'candidates; sampled lines:', res[name]['sample'], file=sys.stderr)
    json.dump(res, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)


if __name__ == '__main__':
    main()
