"""Check every label's raw equals the list file's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as f:
    for rec in map(json.loads, f):
        n += 1
        lines = cache.setdefault(rec['list'], open(os.path.join(HERE, rec['list']), encoding='utf-8').read().split('\n'))
        k = rec['raw'].count('\n') + 1
        got = '\n'.join(lines[rec['line'] - 1: rec['line'] - 1 + k])
        if got != rec['raw']:
            bad += 1
            print('MISMATCH', rec['list'], rec['line'])
        if rec['is_paper'] and rec['title'] not in rec['raw']:
            print('title not verbatim in raw:', rec['list'], rec['line'])
print(n, 'labels,', bad, 'mismatches')
