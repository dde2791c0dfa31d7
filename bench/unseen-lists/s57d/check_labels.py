"""Check labels.jsonl: every raw is the file's text starting at `line`, the labelled entries are
exactly the sampled ones (sample.py), keys are complete, and titles/ids/urls occur in raw."""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
bad = 0
for d in labels:
    assert list(d) == KEYS, d
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        print('RAW MISMATCH', d['list'], d['line']); bad += 1
    for k in ('title', 'arxiv_id', 'url', 'summary', 'doi'):
        if d[k] and d[k] not in d['raw']:
            print('NOT IN RAW', k, d['list'], d['line'], d[k][:60])
    if not d['is_paper'] and any(d[k] for k in KEYS[4:13]):
        print('NON-PAPER WITH FIELDS', d['list'], d['line']); bad += 1
out = subprocess.run([sys.executable, os.path.join(HERE, 'sample.py')], capture_output=True,
                     text=True).stdout
drawn = {(j['list'], j['line']) for j in map(json.loads, out.splitlines())}
have = {(d['list'], d['line']) for d in labels}
print('labels', len(labels), 'drawn', len(drawn), 'same set', drawn == have)
print('bad', bad)
