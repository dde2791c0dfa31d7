"""Sample 20 candidate entry lines a list with random.Random(10241).

Candidates: list items (bullets, numbered), table body rows, lines starting
with bold.  Skips fenced code and HTML comments.  Judgement calls:
* dbobrenko writes each paper as a bold title line, optionally preceded by an
  emoji shortcode (:star:, :rocket:) or a [RTS:SC] tag, followed by indented
  sub-bullets (links, authors, tags).  Such a title line counts as a
  bold-start line; its indented sub-bullets are part of that entry (not
  separate candidates), as with nested-bullet entries elsewhere.
* table header rows and |---| separator rows are not body rows.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(10241)

ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
BOLD = re.compile(r'^\s*(?:\*\*|__)')
PREFIXED_BOLD = re.compile(r'^(?::[a-z_]+:\s*|\[[^\]]*\]\s*)+\*\*')

out = []
for f in files:
    lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    cands = []
    in_fence = False
    in_comment = False
    in_bold_entry = False  # inside a dbobrenko-style bold title entry
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if set(s) <= set('|-: '):
                continue  # separator row
            if nxt.strip().startswith('|') and set(nxt.strip()) <= set('|-: '):
                continue  # header row
            cands.append(i)
            continue
        if BOLD.match(l) or PREFIXED_BOLD.match(l):
            cands.append(i)
            # a bold line ending in ':' (e.g. '**Glossary:**') is a label used
            # as a heading, not a paper title: its bullets stay candidates
            label = s.rstrip('*').rstrip().endswith(':') or s.endswith('**:')
            in_bold_entry = not label and not l.startswith(' ')
            continue
        if ITEM.match(l):
            if in_bold_entry and l.startswith(' '):
                continue  # sub-bullet of a bold title entry
            cands.append(i)
            in_bold_entry = False
            continue
        if s == '' or l.startswith(' '):
            continue
        in_bold_entry = False
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(f, 'candidates', len(cands), 'picked', k)
    for i in picked:
        out.append({'list': f, 'line': i + 1, 'text': lines[i]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
