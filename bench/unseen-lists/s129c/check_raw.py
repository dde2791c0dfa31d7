"""Check that every label's raw equals the file's lines from its line on (CRLF read as line breaks)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for rec in map(json.loads, open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')):
    n += 1
    text = open(os.path.join(HERE, rec['list']), encoding='utf-8', newline='').read()
    lines = text.replace('\r\n', '\n').split('\n')
    k = rec['raw'].count('\n') + 1
    got = '\n'.join(lines[rec['line'] - 1: rec['line'] - 1 + k])
    if got != rec['raw']:
        bad += 1
        print('MISMATCH', rec['list'], rec['line'])
print(n, 'labels,', bad, 'mismatches')
