"""Sample 20 candidate entry lines a list with random.Random(13221).

Candidate lines: list items (bullets, numbered), table body rows, lines starting
with bold, and headings where the list writes papers as headings; fenced code and
HTML comments are skipped.  List-specific decisions (see FINDINGS.md):
  * Strivin0311__long-llms-learning: papers are written as level-4 headings
    (`#### Title [`READ`]`), so `####` headings are candidates; `#`/`###` headings
    are the list title and category headings, not entries.
  * zhiyuanhubj__longLLM-Extrapolation-Papers: each paper is a paragraph line
    `[Title](link)` under a date heading, followed by `- Author:` and `- TL.DR:`
    bullets that are fields of that paper, not entries of their own.  So the
    paper lines (a line starting with `[` that is not an image) are candidates
    and the `- Author:` / `-Author:` / `- Authors:` / `- TL.DR:` bullets are not.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(13221)

BULLET = re.compile(r'^\s*([-*+]\s|\d+[.)]\s)')
FIELD = re.compile(r'^\s*-\s*(Author|Authors|TL\.DR)\s*:')

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            continue
        if name.startswith('zhiyuanhubj') and FIELD.match(line):
            continue
        if BULLET.match(line):
            out.append(i); continue
        if s.startswith('|'):
            # table body rows: skip separator rows and the header row
            if re.fullmatch(r'\|[\s:\-|]+\|?', s):
                continue
            nxt = lines[i].strip() if i < len(lines) else ''
            if re.fullmatch(r'\|[\s:\-|]+\|?', nxt):
                continue  # header row
            out.append(i); continue
        if s.startswith('**'):
            out.append(i); continue
        if name.startswith('Strivin0311') and line.startswith('#### '):
            out.append(i); continue
        if name.startswith('zhiyuanhubj') and s.startswith('[') and not s.startswith('[!['):
            out.append(i); continue
    return out

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for name in files:
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        cands = candidates(name, lines)
        pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
        print(name, 'candidates', len(cands), 'sampled', len(pick))
        for ln in pick:
            fh.write(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False) + '\n')
