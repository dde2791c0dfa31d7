"""Check that every label's raw equals the file's lines from its line on (CR stripped)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
cache = {}
for lab in labels:
    if lab['list'] not in cache:
        txt = open(os.path.join(HERE, lab['list']), encoding='utf-8', newline='').read()
        cache[lab['list']] = [l.rstrip('\r') for l in txt.split('\n')]
    lines = cache[lab['list']]
    raw = lab['raw'].split('\n')
    got = lines[lab['line'] - 1: lab['line'] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print('MISMATCH', lab['list'], lab['line'])
keys = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
for lab in labels:
    assert list(lab.keys()) == keys, lab.keys()
print(len(labels), 'labels,', bad, 'mismatches')
