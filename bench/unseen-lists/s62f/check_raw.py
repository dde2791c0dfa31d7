"""Check that every label's raw text is really in its list file, starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    raw = d['raw'].split('\n')
    got = lines[d['line'] - 1: d['line'] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
print('checked', n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
