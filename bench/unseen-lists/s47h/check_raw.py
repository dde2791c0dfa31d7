"""Check that every label's raw text sits in its list file starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for row in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    lab = json.loads(row)
    n += 1
    lines = open(os.path.join(HERE, lab['list']), encoding='utf-8').read().split('\n')
    raw = lab['raw'].split('\n')
    got = lines[lab['line'] - 1: lab['line'] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print('MISMATCH', lab['list'], lab['line'], file=sys.stderr)
    keys = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
            'authors', 'code', 'summary', 'section']
    if list(lab) != keys:
        bad += 1
        print('KEYS', lab['list'], lab['line'], list(lab), file=sys.stderr)
    if not lab['is_paper'] and any(lab[k] for k in keys[4:13]):
        bad += 1
        print('NONPAPER WITH FIELDS', lab['list'], lab['line'], file=sys.stderr)
print(f'{n} labels checked, {bad} problems')
sys.exit(1 if bad else 0)
