"""Check every label's raw equals the saved file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for row in map(json.loads, open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')):
    lines = open(os.path.join(HERE, row['list']), encoding='utf-8').read().split('\n')
    raw = row['raw'].split('\n')
    if lines[row['line'] - 1:row['line'] - 1 + len(raw)] != raw:
        bad += 1
        print('MISMATCH', row['list'], row['line'])
print('labels checked; mismatches:', bad)
sys.exit(1 if bad else 0)
