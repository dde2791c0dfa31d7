"""Check that every label's raw is in its file at its line, and that summaries/titles typed by hand occur in raw."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    o = json.loads(l)
    lines = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    k = o['raw'].count('\n') + 1
    if '\n'.join(lines[o['line'] - 1:o['line'] - 1 + k]) != o['raw']:
        print('RAW MISMATCH', n, o['list'], o['line']); bad += 1
    for f in ('summary', 'arxiv_id', 'url'):
        if o[f] and o[f] not in o['raw']:
            print('NOT IN RAW', f, n, o['line'], o[f][:60]); bad += 1
    if o['title'] and o['title'] not in o['raw']:
        print('title not verbatim (expected for combined titles):', o['line'], o['title'])
print('checked', n, 'labels;', bad, 'problems')
