#!/usr/bin/env python3
"""Draw 20 entries a list with one random.Random(5371) over the lists in sorted file-name order."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
PAPER_HEADING_RE = re.compile(r'^\s{0,3}#{1,6}\s+\[')
HEADING_RE = re.compile(r'^\s{0,3}#{1,6}\s')

def is_sep(line):
    s = line.strip()
    return '-' in s and '|' in s and re.fullmatch(r'[\s|:\-]+', s) is not None

def analyse(lines):
    """Return (kinds, skip): kinds[i] in {'list','row','bold','head',None}; i is 0-based."""
    n = len(lines)
    skip = [False] * n
    fence = None
    in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_comment:
            skip[i] = True
            if '-->' in l:
                in_comment = False
            continue
        if fence:
            skip[i] = True
            if s.startswith(fence):
                fence = None
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = s[:3]
            skip[i] = True
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in s:
                in_comment = True
    kinds = [None] * n
    # tables: header row + separator row, body rows until a blank line or a line without '|'
    i = 1
    while i < n:
        if not skip[i] and is_sep(lines[i]) and '|' in lines[i - 1] and not skip[i - 1]:
            j = i + 1
            while j < n and lines[j].strip() and '|' in lines[j] and not skip[j]:
                kinds[j] = 'row'
                j += 1
            i = j
        else:
            i += 1
    for i, l in enumerate(lines):
        if skip[i] or kinds[i]:
            continue
        if PAPER_HEADING_RE.match(l):
            kinds[i] = 'head'
        elif LIST_RE.match(l):
            kinds[i] = 'list'
        elif l.lstrip().startswith('**'):
            kinds[i] = 'bold'
    return kinds, skip

def entry_start(i, lines, kinds):
    """Map a drawn line (0-based) to the first line of the entry it belongs to."""
    l = lines[i]
    if kinds[i] == 'bold':
        # a link-only bold line ("**[[code](...)]**") continues the entry above it
        if l.lstrip().startswith('**[['):
            j = i - 1
            while j >= 0 and lines[j].strip():
                if kinds[j] in ('bold', 'list', 'head') and not lines[j].lstrip().startswith('**[['):
                    return j
                j -= 1
        # a bold meta line under a paper heading belongs to that heading
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        if j >= 0 and kinds[j] == 'head':
            return j
    return i

def entry_end(start, lines, kinds):
    """Last line (0-based, inclusive) of the entry that starts at `start`."""
    n = len(lines)
    k = kinds[start]
    if k == 'row':
        return start
    if k == 'head':
        # a paper heading owns everything down to the next heading or thematic break ("---")
        j = start + 1
        end = start
        while j < n and not HEADING_RE.match(lines[j]) and lines[j].strip() != '---':
            if lines[j].strip():
                end = j
            j += 1
        return end
    if k == 'list':
        ind = len(lines[start]) - len(lines[start].lstrip())
        j = start + 1
        end = start
        while j < n and lines[j].strip() and not kinds[j] and not HEADING_RE.match(lines[j]):
            end = j
            j += 1
        return end
    # bold: paragraph continuation lines plus "**[[code]]" lines, stop at the next entry start
    j = start + 1
    end = start
    while j < n and lines[j].strip():
        if kinds[j] and not (kinds[j] == 'bold' and lines[j].lstrip().startswith('**[[')):
            break
        if HEADING_RE.match(lines[j]) or lines[j].lstrip().startswith('<'):
            break
        end = j
        j += 1
    return end

def main():
    rng = random.Random(5371)
    out = []
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    for path in files:
        name = os.path.basename(path)
        text = open(path, encoding='utf-8').read()
        lines = text.split('\n')
        if lines and lines[-1] == '':
            lines = lines[:-1]
        kinds, _ = analyse(lines)
        cands = [i for i, k in enumerate(kinds) if k]
        rng.shuffle(cands)
        held = []
        for i in cands:
            s = entry_start(i, lines, kinds)
            if s not in held:
                held.append(s)
            if len(held) >= N:
                break
        print(f'# {name}: {len(cands)} candidate lines, {len(held)} entries', file=sys.stderr)
        for s in held:
            e = entry_end(s, lines, kinds)
            out.append({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1]), 'kind': kinds[s]})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))

if __name__ == '__main__':
    main()
