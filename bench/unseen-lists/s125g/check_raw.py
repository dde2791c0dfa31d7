"""Check that every label's raw equals the README's lines from its line on."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
bad = 0
n = 0
for rec in map(json.loads, open(HERE / 'labels.jsonl', encoding='utf-8')):
    n += 1
    lines = (HERE / rec['list']).read_text(encoding='utf-8').split('\n')
    k = rec['raw'].count('\n') + 1
    got = '\n'.join(lines[rec['line'] - 1:rec['line'] - 1 + k])
    if got != rec['raw']:
        bad += 1
        print('MISMATCH', rec['list'], rec['line'])
print(n, 'labels,', bad, 'mismatches')
