"""Check that every label's raw is exactly the file's lines starting at `line`,
and that each entry is followed by a blank line, a new item, or the end of file."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    raw = d['raw'].split('\n')
    got = lines[d['line'] - 1: d['line'] - 1 + len(raw)]
    if got != raw:
        bad += 1; print('MISMATCH', d['list'], d['line'])
    nxt = lines[d['line'] - 1 + len(raw)] if d['line'] - 1 + len(raw) < len(lines) else ''
    if nxt.strip() and not re.match(r'^\s*([*+-]|\d+[.)]|\|)\s', nxt):
        print('CONTINUES?', d['list'], d['line'], repr(nxt[:60]))
print('bad', bad)
