"""Check every label's raw equals the list file's lines from its line on; also that the
typed title / ids / links / summary / authors occur in the raw text."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = warn = 0
for r in map(json.loads, open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')):
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8', newline='').read().split('\n')
    n = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n])
    if got != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
    for k in ('title', 'arxiv_id', 'url', 'code', 'summary'):
        if r[k] and r[k] not in r['raw']:
            warn += 1
            print('note: %s not verbatim in raw' % k, r['list'], r['line'], r[k][:60])
    for a in r['authors']:
        if a not in r['raw']:
            warn += 1
            print('note: author not verbatim', r['list'], r['line'], a)
print('mismatches:', bad, 'notes:', warn)
