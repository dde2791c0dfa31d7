"""Check that every label's raw text is really in its file, starting at `line`."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l); n += 1
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    raw = r['raw'].split('\n')
    got = lines[r['line'] - 1:r['line'] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
    if not r['is_paper'] and any(r[k] for k in ('title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'code', 'summary', 'authors')):
        bad += 1
        print('NONPAPER WITH FIELDS', r['list'], r['line'])
print(f'{n} labels, {bad} problems')
sys.exit(1 if bad else 0)
