"""Check every label's raw equals the file's lines from its line on (and that
url/code/arxiv_id/title strings of papers occur in the raw)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
bad = warn = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    o = json.loads(l)
    if list(o) != KEYS:
        print('keys differ', n, list(o)); bad += 1
    if o['list'] not in cache:
        cache[o['list']] = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    lines = cache[o['list']]
    k = o['raw'].count('\n') + 1
    if '\n'.join(lines[o['line'] - 1:o['line'] - 1 + k]) != o['raw']:
        print('MISMATCH', o['list'], o['line']); bad += 1
    for f in ('url', 'code', 'arxiv_id'):
        if o[f] and o[f] not in o['raw']:
            print('not in raw', f, o['list'], o['line'], o[f]); warn += 1
print('labels', n, 'mismatches', bad, 'warnings', warn)
sys.exit(1 if bad else 0)
