"""Check that every label's `raw` is really in its file, starting at `line`, and the keys are right."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors',
        'code', 'summary', 'section']
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    o = json.loads(l)
    n += 1
    lines = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    raw = o['raw'].split('\n')
    got = lines[o['line'] - 1:o['line'] - 1 + len(raw)]
    if list(o) != KEYS:
        print('keys', o['list'], o['line']); bad += 1
    if got != raw:
        print('RAW MISMATCH', o['list'], o['line']); bad += 1
    if not o['is_paper'] and any(o[k] for k in KEYS[4:13]):
        print('non-paper with fields', o['list'], o['line']); bad += 1
    if o['is_paper'] and o['title'] and o['title'] not in o['raw'].replace('**', ''):
        print('title not verbatim in raw (check by eye):', o['list'], o['line'], o['title'][:60])
print(n, 'labels,', bad, 'problems')
sys.exit(1 if bad else 0)
