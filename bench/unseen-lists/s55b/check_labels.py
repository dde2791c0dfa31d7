"""Check that every label's raw is in its file at its line, and that copied fields occur in raw."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ok = True
ws = lambda s: re.sub(r'\s+', ' ', s).strip()
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    k = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k]) != d['raw']:
        ok = False; print('RAW MISMATCH', n, d['list'], d['line'])
    r = ws(d['raw'])
    for f in ('title', 'summary', 'arxiv_id', 'url', 'code'):
        v = d.get(f)
        if v and ws(v) not in r:
            print('not in raw:', n, d['line'], f, v[:60])
    assert set(d) == {'list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section'}
print('all raw ok' if ok else 'raw problems')
