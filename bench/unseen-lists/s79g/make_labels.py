"""Hand labels (fields typed by hand below) joined to the drawn entries (list, line, raw)."""
import json, re
S = 'showlab__Awesome-GUI-Agent.README.md'
X = 'xueyu-ubc__Awesome-GUI-Agent-Safety.README.md'
Y = 'yangjunqi1217__awesome-gui-agent.README.md'
NP = lambda sec: dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None, authors=[], code=None, summary=None, section=sec)
def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue, year=year, authors=list(authors), code=code, summary=summary, section=section)
SD = 'Datasets / Benchmarks'
L = {
 (S,181): P('LlamaTouch: A Faithful and Scalable Testbed for Mobile UI Automation Task Evaluation','2404.16054',year=2024,code='https://github.com/LlamaTouch/LlamaTouch',section=SD),
 (S,158): P('OSWorld: Benchmarking Multimodal Agents for Open-Ended Tasks in Real Computer Environments','2404.07972',year=2024,code='https://github.com/xlang-ai/OSWorld',section=SD),
 (S,71): P('A Dataset for Interactive Vision-Language Navigation with Unknown Command Feasibility','2202.02312',year=2022,section=SD),
 (S,176): P('Autonomous Evaluation and Refinement of Digital Agents','2404.06474',year=2024,code='https://github.com/Berkeley-NLP/Agent-Eval-Refine',section=SD),
 (S,117): P('Interactive Evolution: A Neural-Symbolic Self-Training Framework For Large Language Models','2311.09278',year=2023,code='https://github.com/xufangzhi/ENVISIONS',section=SD),
 (S,123): P('AssistGUI: Task-Oriented Desktop Graphical User Interface Automation','2401.07781',venue='CVPR 2024',year=2024,code='https://github.com/showlab/assistgui',section=SD),
 (S,229): P('Practical, Automated Scenario-based Mobile App Testing','2406.08340',year=2024,section=SD),
 (S,46): P('Rico: A Mobile App Dataset for Building Data-Driven Design Applications',url='https://dl.acm.org/doi/10.1145/3126594.3126651',year=2017,section=SD),
 (S,206): P('VideoGUI: A Benchmark for GUI Automation from Instructional Videos','2406.10227',year=2024,code='https://github.com/showlab/videogui',section=SD),
 (S,135): P('OmniACT: A Dataset and Benchmark for Enabling Multimodal Generalist Autonomous Agents for Desktop and Web','2402.17553',year=2024,section=SD),
 (S,42): P('A Unified Solution for Structured Web Data Extraction',url='https://dl.acm.org/doi/10.1145/2009916.2010020',venue='SIGIR 2011',year=2011,section=SD),
 (S,60): P('WebSRC: A Dataset for Web-Based Structural Reading Comprehension','2101.09465',venue='EMNLP 2021',year=2021,section=SD),
 (S,129): P('VisualWebArena: Evaluating Multimodal Agents on Realistic Visual Web Tasks','2401.13649',venue='ACL 2024',year=2024,code='https://github.com/jykoh/visualwebarena',section=SD),
 (S,98): P('Mind2Web: Towards a Generalist Agent for the Web','2306.06070',year=2023,code='https://github.com/osu-nlp-group/mind2web',section=SD),
 (S,146): P('On the Multi-turn Instruction Following for Conversational Web Agents','2402.15057',year=2024,code='https://github.com/magicgh/self-map',section=SD),
 (S,111): P('WebArena: A Realistic Web Environment for Building Autonomous Agents','2307.13854',year=2023,code='https://github.com/web-arena-x/webarena',section=SD),
 (S,186): P('VisualWebBench: How Far Have Multimodal LLMs Evolved in Web Page Understanding and Grounding?','2404.05955',year=2024,section=SD),
 (S,93): P('Mobile-Env: Building Qualified Evaluation Benchmarks for LLM-GUI Interaction','2305.08144',year=2023,code='https://github.com/X-LANCE/Mobile-Env',section=SD),
 (S,190): P('GUICourse: From General Vision Language Models to Versatile GUI Agents','2406.11317',year=2024,code='https://github.com/yiye3/GUICourse',section=SD),
 (S,75): P('META-GUI: Towards Multi-modal Conversational Agents on Mobile GUI','2205.11029',year=2022,section=SD),
}
XA = 'All Papers (from most recent to oldest)'
X_PAPERS = {
 167: ('macOSWorld: A Multilingual Interactive Benchmark for GUI Agents','2506.04135','arXiv',2025,['Pei Yang','Hai Ci','Mike Zheng Shou'],None),
 68: ('OS-Sentinel: Towards Safety-Enhanced Mobile GUI Agents via Hybrid Validation in Realistic Workflows','2510.24411','arXiv',2025,None,'https://github.com/OS-Copilot/OS-Sentinel'),
 149: ('WebGuard: Building a Generalizable Guardrail for Web Agents','2507.14293','arXiv',2025,None,'https://github.com/OSU-NLP-Group/WebGuard'),
 131: ('Progent: Programmable Privilege Control for LLM Agents','2504.11703','arXiv',2025,None,None),
 104: ('VeriOS: Query-Driven Proactive Human-Agent-GUI Interaction for Trustworthy OS Agents','2509.07553','arXiv',2025,None,'https://github.com/Wuzheng02/VeriOS'),
 77: ('GhostEI-Bench: Do Mobile Agents Resilience to Environmental Injection in Dynamic On-Device Environments?','2510.20333','arXiv',2025,None,None),
 86: ('OS-HARM: A Benchmark for Measuring Safety of Computer Use Agents','2503.18492','NeurIPS 2025 Datasets and Benchmarks',2025,None,'https://github.com/tml-epfl/os-harm'),
 140: ('Magentic-UI: Towards Human-in-the-loop Agentic Systems','2507.22358','arXiv',2025,None,'https://github.com/microsoft/magentic-ui'),
 122: ('HAICOSYSTEM: An Ecosystem for Sandboxing Safety Risks in Human-AI Interactions','2409.16427','COLM 2025',2025,None,'https://github.com/XuhuiZhou/HAICosystem'),
 95: ('AgentDAM: Privacy Leakage Evaluation for Autonomous Web Agents','2503.09780','NeurIPS 2025',2025,None,'https://github.com/facebookresearch/ai-agent-privacy'),
 113: ('Safeguarding Mobile GUI Agent via Logic-based Action Verification','2503.18492','ACM MOBICOM 2025',2025,None,'https://github.com/VeriSafeAgent/VeriSafeAgent'),
 158: ('Toward a Human-Centered Evaluation Framework for Trustworthy LLM-Powered GUI Agents','2504.17934','arXiv',2025,None,None),
}
for ln in (20, 23, 25, 22, 26, 24, 19):
    L[(X, ln)] = NP('Table of Contents')
L[(X, 38)] = NP('Overview')
YQ = 'Core Reading Queue'
L.update({
 (Y,136): NP('Notes Index / Papers'), (Y,128): NP('Notes Index / Papers'), (Y,137): NP('Notes Index / Papers'), (Y,135): NP('Notes Index / Papers'),
 (Y,61): P('GUI Agents: A Survey','2412.13501',section=YQ+' / Surveys And Framing'),
 (Y,63): P('Towards Trustworthy GUI Agents: A Survey','2503.23434',section=YQ+' / Surveys And Framing'),
 (Y,108): NP(YQ+' / Infrastructure And Tools'),
 (Y,71): P('WorkArena',url='https://proceedings.mlr.press/v235/drouin24a.html',summary='enterprise knowledge-work benchmark',section=YQ+' / Benchmarks'),
 (Y,11): NP('Scope'), (Y,12): NP('Scope'), (Y,13): NP('Scope'),
 (Y,101): P('DigiRL',url='https://proceedings.neurips.cc/paper_files/paper/2024/hash/1704ddd0bb89f159dfe609b32c889995-Abstract-Conference.html',summary='in-the-wild mobile device-control RL',section=YQ+' / Learning And Reward Models'),
 (Y,100): P('WebAgent-R1','2505.16421',summary='end-to-end multi-turn RL for web agents',section=YQ+' / Learning And Reward Models'),
 (Y,99): P('WebRL',url='https://openreview.net/forum?id=oVKEAFjEqv',summary='self-evolving online curriculum RL for web agents',section=YQ+' / Learning And Reward Models'),
 (Y,87): NP(YQ+' / Models And Agents'),
 (Y,38): NP('Curated Maps'),
 (Y,52): NP('Existing Public Lists To Monitor'), (Y,51): NP('Existing Public Lists To Monitor'),
 (Y,30): NP('How We Use This Repo'), (Y,31): NP('How We Use This Repo'),
})
out = []
for l in open('drawn.jsonl', encoding='utf-8'):
    d = json.loads(l)
    key = (d['list'], d['line'])
    if d['list'] == X and d['line'] in X_PAPERS:
        title, ax, venue, year, authors, code = X_PAPERS[d['line']]
        rl = d['raw'].split('\n')
        assert rl[0].startswith('- [' + title + ']('), (key, rl[0])
        if authors is None:
            authors = [a.strip() for a in rl[1].strip()[2:].split(', ')]
        tl = [x for x in rl if x.strip().startswith('- 📖 TLDR: ')]
        summary = None
        if tl:
            summary = tl[0].strip()[len('- 📖 TLDR: '):]
            summary = re.sub(r'\s*\[Github\]\([^)]*\)\s*$', '', summary)
            if d['line'] == 167:   # the saved page ends mid-word in this TLDR
                summary = summary
        L[key] = P(title, ax, venue=venue, year=year, authors=authors, code=code, summary=summary, section=XA)
    lab = L.pop(key)
    rec = {'list': d['list'], 'line': d['line'], 'raw': d['raw']}
    rec.update(lab)
    out.append(rec)
assert not L, L.keys()
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), sum(r['is_paper'] for r in out))
