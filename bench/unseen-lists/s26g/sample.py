"""Sample 20 candidate entry lines per list with random.Random(2607).

Candidates: list items (bullets * - +, numbered N. or N)), table body rows
(rows after a |---| separator row; the header and separator rows are not candidates),
and lines starting with bold (**). Lines inside fenced code blocks and HTML comments
are skipped. Lists are processed in sorted file-name order with one shared RNG.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*(?:[*+-]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            # body row only if some earlier line in this block is a separator
            j = i - 1
            while j >= 0 and lines[j].strip().startswith('|'):
                if SEP.match(lines[j].strip()):
                    out.append(i + 1)
                    break
                j -= 1
            continue
        if BULLET.match(line) or s.startswith('**'):
            if BULLET.match(line) and not BULLET.sub('', line).strip():
                out.append(i + 1)  # empty bullet still a candidate line
                continue
            out.append(i + 1)
    return out


def main():
    rng = random.Random(2607)
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cand = candidates(lines)
        picked = sorted(rng.sample(cand, 20))
        result[name] = {'candidates': len(cand), 'sample': picked}
    print(json.dumps(result, indent=1))


if __name__ == '__main__':
    main()
