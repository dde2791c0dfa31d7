# helper: print the source lines of each sampled entry (entry extents), for reading by eye
import json,re,sys
def lines_of(name):
    t=open(name,encoding='utf-8',newline='').read()
    return [l[:-1] if l.endswith('\r') else l for l in t.split('\n')]
def extent(name, L, ln):
    i=ln  # 1-based start
    j=ln
    if name.startswith('johnnyasd12__') and L[ln-1].startswith('## '):
        while j < len(L):
            s=L[j]
            if re.match(r'#{1,2}\s',s) or s.strip()=='### 想讀' or s.strip()=='---': break
            j+=1
    elif name.startswith('tongoy__'):
        while j < len(L) and L[j].strip(): j+=1
    elif name.startswith('ha-lins__'):
        while j < len(L) and L[j].strip() and not re.match(r'^(\d+\.|[-*])\s',L[j]): j+=1
    # trim trailing blanks
    while j>i and not L[j-1].strip(): j-=1
    return L[i-1:j]
if __name__=='__main__':
    for l in open('sample.jsonl'):
        p=json.loads(l); L=lines_of(p['list'])
        ex=extent(p['list'],L,p['line'])
        print('=== %s:%d (%d lines)'%(p['list'].split('__')[0],p['line'],len(ex)))
        print('\n'.join(ex))
