"""Check every label's raw equals the file's lines from its line on; also that titles/authors/ids/urls appear in raw."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
    # soft checks (warnings only)
    for k in ('title', 'arxiv_id', 'url', 'code'):
        if d[k] and d[k] not in d['raw']:
            print('warn', k, 'not verbatim in raw:', d['list'], d['line'], d[k])
    for a in d['authors'] or []:
        if a not in d['raw']:
            print('warn author not verbatim:', d['list'], d['line'], a)
print('mismatches:', bad)
