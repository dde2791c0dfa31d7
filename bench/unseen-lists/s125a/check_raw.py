"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue',
        'year', 'authors', 'code', 'summary', 'section']
cache = {}
bad = 0
n = 0
for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    if not ln.strip():
        continue
    lab = json.loads(ln)
    n += 1
    if list(lab.keys()) != KEYS:
        print('keys differ:', lab['list'], lab['line'], list(lab.keys()))
        bad += 1
    f = lab['list']
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    lines = cache[f]
    k = lab['raw'].count('\n') + 1
    got = '\n'.join(lines[lab['line'] - 1: lab['line'] - 1 + k])
    if got != lab['raw']:
        bad += 1
        print('MISMATCH', f, lab['line'])
        print('  label:', repr(lab['raw'][:200]))
        print('  file :', repr(got[:200]))
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
