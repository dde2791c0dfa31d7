"""Check labels.jsonl: every raw is in its file starting at `line`, the labelled (list, line) set is exactly
the sampled set, keys are complete, and non-papers carry only a section."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors',
        'code', 'summary', 'section']
labs = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
samp = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8') if l.strip()]
bad = 0
for d in labs:
    assert list(d) == KEYS, d
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    got = lines[d['line'] - 1: d['line'] - 1 + d['raw'].count('\n') + 1]
    if '\n'.join(got) != d['raw']:
        bad += 1; print('RAW MISMATCH', d['list'], d['line'])
    if not d['is_paper'] and any(d[k] for k in KEYS[4:] if k != 'section'):
        bad += 1; print('NON-PAPER WITH FIELDS', d['list'], d['line'])
    if d['is_paper'] and not d['title']:
        bad += 1; print('PAPER WITHOUT TITLE', d['list'], d['line'])
    for k in ('url', 'code'):
        if d[k] and d[k] not in d['raw']:
            bad += 1; print(k, 'NOT IN RAW', d['list'], d['line'])
    if d['arxiv_id'] and d['arxiv_id'] not in d['raw']:
        bad += 1; print('ARXIV NOT IN RAW', d['list'], d['line'])
    if d['title'] and d['title'] not in d['raw']:
        print('note: title not verbatim in raw', d['list'], d['line'])
sl = {(s['list'], s['line']): s['raw'] for s in samp}
ll = {(d['list'], d['line']): d['raw'] for d in labs}
if set(sl) != set(ll):
    bad += 1; print('SET MISMATCH', set(sl) ^ set(ll))
for k in sl:
    if k in ll and sl[k] != ll[k]:
        bad += 1; print('RAW DIFFERS FROM SAMPLE', k)
print(len(labs), 'labels,', sum(d['is_paper'] for d in labs), 'papers,', bad, 'problems')
sys.exit(1 if bad else 0)
