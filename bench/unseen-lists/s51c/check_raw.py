#!/usr/bin/env python3
"""Check every label: `raw` sits in its file starting at `line`; title, arXiv ID, url and code
occur verbatim in raw; year digits occur in raw."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l)
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8', newline='').read().split('\n')
    raw = r['raw'].split('\n')
    if lines[r['line'] - 1:r['line'] - 1 + len(raw)] != raw:
        print('RAW MISMATCH', r['list'], r['line']); bad += 1
    if r['is_paper']:
        for k in ('title', 'arxiv_id', 'url', 'code'):
            if r[k] and r[k] not in r['raw']:
                print('NOT IN RAW', k, r['list'], r['line'], r[k]); bad += 1
        if r['year'] and str(r['year']) not in r['raw']:
            print('YEAR NOT IN RAW', r['list'], r['line'], r['year']); bad += 1
    else:
        assert not any(r[k] for k in ('title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary'))
print('checked; problems:', bad)
