"""Check that every label's raw equals the README's lines from its line on (LF split, trailing CR dropped)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
n = 0
for row in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(row)
    n += 1
    if d['list'] not in cache:
        text = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read()
        cache[d['list']] = [l[:-1] if l.endswith('\r') else l for l in text.split('\n')]
    lines = cache[d['list']]
    want = d['raw'].split('\n')
    got = lines[d['line'] - 1:d['line'] - 1 + len(want)]
    if got != want:
        bad += 1
        print('MISMATCH', d['list'], d['line'], repr(d['raw'][:80]), repr(got[:1]))
    keys = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
    if list(d.keys()) != keys:
        bad += 1
        print('KEYS', d['list'], d['line'], list(d.keys()))
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
