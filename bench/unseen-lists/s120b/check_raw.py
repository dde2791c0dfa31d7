"""Check that every label's raw equals the README's lines from its line on (files read with universal newlines)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
files = {}
for row in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    if not row.strip():
        continue
    lab = json.loads(row)
    n += 1
    if lab['list'] not in files:
        files[lab['list']] = open(os.path.join(HERE, lab['list']), encoding='utf-8').read().split('\n')
    lines = files[lab['list']]
    want = lab['raw'].split('\n')
    got = lines[lab['line'] - 1: lab['line'] - 1 + len(want)]
    if got != want:
        bad += 1
        print('MISMATCH', lab['list'], lab['line'], repr(lab['raw'][:80]), repr('\n'.join(got)[:80]))
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
