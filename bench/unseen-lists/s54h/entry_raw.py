import json,re,sys,os
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])(\s+|$)')
HEADING = re.compile(r'^\s{0,3}#{1,6}(\s|$)')
def raw_at(lines,n):
    i=n-1; out=[lines[i]]; j=i+1
    while j<len(lines) and not ITEM.match(lines[j]) and not HEADING.match(lines[j]):
        out.append(lines[j]); j+=1
    while out and out[-1].strip()=='': out.pop()
    return '\n'.join(out)
def section(lines,n):
    stack=[]
    for l in lines[:n-1]:
        m=re.match(r'^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$',l)
        if m:
            lv=len(m.group(1)); stack=[s for s in stack if s[0]<lv]; stack.append((lv,m.group(2)))
    return stack
if __name__=='__main__':
    s=json.load(open('sample.json'))
    for f,ns in s.items():
        lines=open(f,encoding='utf-8').read().split('\n')
        for n in sorted(ns):
            print('==',f[:12],n, section(lines,n)); print(raw_at(lines,n))
