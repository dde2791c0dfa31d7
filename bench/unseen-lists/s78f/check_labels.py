#!/usr/bin/env python3
"""Check that every label's raw text is in its file starting at its line, and summaries/titles occur in raw."""
import json, re
bad = 0
for l in open('labels.jsonl', encoding='utf-8'):
    o = json.loads(l)
    lines = open(o['list'], encoding='utf-8', newline='').read().split('\n')
    n = o['raw'].count('\n') + 1
    if '\n'.join(lines[o['line'] - 1:o['line'] - 1 + n]) != o['raw']:
        print('RAW MISMATCH', o['list'], o['line']); bad += 1
    if o['is_paper']:
        flat = re.sub(r'\*\*', '', o['raw'])
        if o['title'] not in o['raw']:
            print('title not verbatim', o['list'], o['line'], o['title'][:40]); bad += 1
        if o['summary'] and o['summary'] not in flat:
            print('summary not verbatim', o['list'], o['line']); bad += 1
        for f in ('url', 'code'):
            if o[f] and o[f] not in o['raw']:
                print(f, 'not in raw', o['list'], o['line']); bad += 1
        if o['arxiv_id'] and o['arxiv_id'] not in o['raw']:
            print('arxiv not in raw', o['list'], o['line']); bad += 1
print('problems:', bad)
