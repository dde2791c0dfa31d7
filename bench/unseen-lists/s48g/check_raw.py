"""Check that every label's raw text is found in its list file starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, row in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(row)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    raw = d['raw'].split('\n')
    got = lines[d['line'] - 1:d['line'] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
    nxt = lines[d['line'] - 1 + len(raw)] if d['line'] - 1 + len(raw) < len(lines) else ''
    print(f"{d['list'][:12]} {d['line']:>4} next: {nxt[:50]!r}")
print('bad', bad)
sys.exit(1 if bad else 0)
