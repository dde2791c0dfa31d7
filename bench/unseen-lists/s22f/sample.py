"""Sample 20 entries a list with random.Random(2206).

Candidate lines: list items (bullets, numbered), table body rows (not the header row,
not the |---| separator), and lines starting with bold; fenced code and HTML comments skipped.
A nested line that only continues an entry (authors line, link line, note bullet, figure)
is not a candidate of its own: it is part of the raw of the entry above it. Which indent
starts such continuation lines is set per list (CONT_INDENT below):
  tczhangzhi normalization list: '- **Title**' at indent 0, '  - authors' / '  - [[Paper]]' at 2+
  Yutong-Zhou transformer list: section bullets at indent 1-2, entries at 6, notes at 8-9
  the other two lists have no nested continuation lines.
"""
import json, random, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = {
    'pprp__awesome-attention-mechanism-in-cv.README.md': None,
    'tczhangzhi__awesome-normalization-techniques.README.md': 2,
    'Yutong-Zhou-cv__Awesome-Transformer-in-CV.README.md': 7,
    'fawazsammani__awesome-mlp-mixer.README.md': None,
}
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')

def candidates(name, cont):
    lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
    out, in_fence, in_comment = [], False, False
    i = 0
    while i < len(lines):
        ln = lines[i]
        s = ln.strip()
        if s.startswith('```') and not in_comment and not ITEM.match(ln):
            in_fence = not in_fence; i += 1; continue
        if in_fence: i += 1; continue
        if in_comment:
            if '-->' in ln: in_comment = False
            i += 1; continue
        if s.startswith('<!--'):
            if '-->' not in s: in_comment = True
            i += 1; continue
        indent = len(ln) - len(ln.lstrip(' '))
        is_item = bool(ITEM.match(ln))
        is_row = s.startswith('|') and not SEP.match(s) and not (i + 1 < len(lines) and SEP.match(lines[i + 1].strip()))
        is_bold = s.startswith('**')
        if cont is not None and indent >= cont:
            i += 1; continue          # continuation line of the entry above
        if is_item or is_row or is_bold:
            raw = [ln]
            j = i + 1
            if cont is not None:
                while j < len(lines):
                    nxt = lines[j]
                    ni = len(nxt) - len(nxt.lstrip(' '))
                    if nxt.strip() == '':
                        # keep a blank line only if a continuation line follows it
                        k = j + 1
                        if k < len(lines) and lines[k].strip() and (len(lines[k]) - len(lines[k].lstrip(' '))) >= cont:
                            raw.append(nxt); j += 1; continue
                        break
                    if ni >= cont:
                        raw.append(nxt); j += 1; continue
                    break
            out.append((i + 1, '\n'.join(raw)))
        i += 1
    return out

if __name__ == '__main__':
    res = []
    for name, cont in LISTS.items():
        c = candidates(name, cont)
        rng = random.Random(2206)
        pick = sorted(rng.sample(c, 20))
        print(name, 'candidates', len(c), file=sys.stderr)
        for line, raw in pick:
            res.append({'list': name, 'line': line, 'raw': raw})
    for r in res:
        print(json.dumps(r, ensure_ascii=False))
