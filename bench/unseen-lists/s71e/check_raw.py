"""Check that every label's raw text is in its file at its line."""
import json
bad = 0
for l in open('labels.jsonl', encoding='utf-8'):
    r = json.loads(l)
    lines = open(r['list'], encoding='utf-8', newline='').read().split('\n')
    n = r['raw'].count('\n') + 1
    if '\n'.join(lines[r['line']-1:r['line']-1+n]) != r['raw']:
        bad += 1; print('MISMATCH', r['list'], r['line'])
print('checked, mismatches:', bad)
