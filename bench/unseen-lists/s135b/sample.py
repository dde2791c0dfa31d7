"""Sample 20 candidate entry lines per list with random.Random(13141).

Candidates: Markdown list items (bullets, numbered), Markdown table body rows,
lines starting with bold, and HTML table body rows (<tr> lines inside a <table>,
other than the table's first (header) row, whose next non-blank line is a <td>).
Fenced code and HTML comments are skipped. Lists are taken in sorted file-name order
with one generator."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([*+-]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*\*\*')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    first_tr = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if re.match(r'^\s*(```|~~~)', line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        low = s.lower()
        if low.startswith('<table'):
            in_table, first_tr = True, True
            continue
        if low.startswith('</table'):
            in_table = False
            continue
        if in_table:
            if low.startswith('<tr'):
                if first_tr:
                    first_tr = False
                    continue
                nxt = next((l.strip() for l in lines[i + 1:] if l.strip()), '')
                if nxt.lower().startswith('<td'):
                    out.append(i)
            continue
        if s.startswith('|'):
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP_RE.match(s) and '-' in s and not re.search(r'[A-Za-z\u4e00-\u9fff]', s):
                continue
            if nxt.strip().startswith('|') and SEP_RE.match(nxt.strip()) and not re.search(r'[A-Za-z\u4e00-\u9fff]', nxt):
                continue  # header row
            out.append(i)
            continue
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(13141)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, 20)) if len(cand) > 20 else cand
        print(name, 'candidates', len(cand), 'sampled', len(pick))
        for i in pick:
            rows.append({'list': name, 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
