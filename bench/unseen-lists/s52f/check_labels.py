"""Check that every label's `raw` is exactly the file's text starting at `line`, and the keys are complete."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors',
        'code', 'summary', 'section']
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l)
    n += 1
    assert list(d) == KEYS, list(d)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    want = d['raw'].split('\n')
    got = lines[d['line'] - 1:d['line'] - 1 + len(want)]
    if got != want:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
    if not d['is_paper']:
        assert all(d[k] in (None, []) for k in KEYS[4:13]), d
print(f'{n} labels, {bad} mismatches')
