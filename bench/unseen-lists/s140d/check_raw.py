"""Check every label's raw equals the file's lines from its line on; also report, for
multi-line entries, whether the line after raw is blank (entry boundary sanity)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l); n += 1
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8', newline='').read().split('\n')
    k = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k])
    if got != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
    nxt = lines[r['line'] - 1 + k] if r['line'] - 1 + k < len(lines) else ''
    if k > 1 and nxt.strip():
        print('note: line after multi-line raw is not blank:', r['list'], r['line'], nxt[:60])
print(f'{n} labels, {bad} mismatches')
