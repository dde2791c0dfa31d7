"""Check labels.jsonl: every raw is exactly the file's text at `line`, keys are complete, and the
labelled strings (title, IDs, links, authors) occur in the raw text (a typing check, not a labeller)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    if list(d) != KEYS:
        print(n, 'keys', list(d)); bad += 1
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    rl = d['raw'].split('\n')
    if lines[d['line'] - 1:d['line'] - 1 + len(rl)] != rl:
        print(n, 'raw not at line', d['list'], d['line']); bad += 1
    flat = re.sub(r'\s+', ' ', d['raw'])
    for k in ('title', 'arxiv_id', 'doi', 'url', 'code'):
        v = d[k]
        if v and v.replace('https://doi.org/', '') not in flat and v not in flat:
            print(n, d['list'][:12], d['line'], 'not in raw:', k, v); bad += 1
    for a in d['authors']:
        if a not in flat:
            print(n, d['line'], 'author not in raw:', a); bad += 1
    if not d['is_paper'] and any(d[k] not in (None, []) for k in KEYS[4:13]):
        print(n, 'non-paper with fields'); bad += 1
print('problems:', bad)
sys.exit(bool(bad))
