"""Check that every label's raw is exactly the file's lines starting at `line`, and keys are complete."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
bad = 0
n = 0
for rec in map(json.loads, open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')):
    n += 1
    lines = open(os.path.join(HERE, rec['list']), encoding='utf-8').read().split('\n')
    raw = rec['raw'].split('\n')
    got = lines[rec['line'] - 1: rec['line'] - 1 + len(raw)]
    if got != raw or list(rec) != KEYS:
        bad += 1
        print('MISMATCH', rec['list'], rec['line'], file=sys.stderr)
print(f'{n} labels checked, {bad} mismatches')
sys.exit(1 if bad else 0)
