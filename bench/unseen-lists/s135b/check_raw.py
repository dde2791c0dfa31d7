"""Check that every label's raw equals the README's lines starting at its line."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
bad = 0
n = 0
cache = {}
with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as f:
    for ln in f:
        d = json.loads(ln)
        n += 1
        if list(d.keys()) != KEYS:
            print('keys differ', d['list'], d['line'], list(d.keys())); bad += 1; continue
        if d['list'] not in cache:
            with open(os.path.join(HERE, d['list']), encoding='utf-8', newline='') as g:
                cache[d['list']] = g.read().split('\n')
        lines = cache[d['list']]
        want = d['raw'].split('\n')
        got = lines[d['line'] - 1: d['line'] - 1 + len(want)]
        if got != want:
            bad += 1
            print('MISMATCH', d['list'], d['line'])
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
