"""Check that every label's raw is exactly the file's lines starting at `line`, and (sanity) that
hand-typed titles/summaries/arXiv IDs occur in the raw text."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    raw = d['raw'].split('\n')
    if lines[d['line'] - 1:d['line'] - 1 + len(raw)] != raw:
        bad += 1; print('RAW MISMATCH', d['list'], d['line'])
    flat = re.sub(r'\s+', ' ', d['raw'])
    for k in ('title', 'summary', 'arxiv_id', 'url'):
        if d.get(k) and d[k] not in flat:
            bad += 1; print('NOT IN RAW', k, d['list'], d['line'], d[k][:60])
    if not d['is_paper'] and any(d[k] not in (None, []) for k in ('title','arxiv_id','doi','url','venue','year','authors','code','summary')):
        bad += 1; print('NON-PAPER WITH FIELDS', d['line'])
print('problems:', bad)
