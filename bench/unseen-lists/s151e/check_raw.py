"""Check every label's raw equals the list file's lines starting at its line."""
import json, pathlib, sys
HERE = pathlib.Path(__file__).parent
bad = 0
n = 0
for row in open(HERE / 'labels.jsonl', encoding='utf-8'):
    d = json.loads(row)
    n += 1
    lines = (HERE / d['list']).read_text(encoding='utf-8').split('\n')
    k = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line'] - 1: d['line'] - 1 + k])
    if got != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
