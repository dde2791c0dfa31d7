import json
from pathlib import Path
D = Path('/work/wt-lead/bench/unseen-lists/s29d')
files = {
 'L': 'luban-agi__Awesome-Tool-Learning.README.md',
 'K': 'kyegomez__awesome-multi-agent-papers.README.md',
 'S': 'samkhur006__awesome-llm-planning-reasoning.README.md',
 'D': 'DUXUCHONG__Awesome-Agentic-RL.README.md',
}
text = {k: (D / v).read_text(encoding='utf-8').split('\n') for k, v in files.items()}
out = []
def add(f, line, nlines, is_paper, section, title=None, arxiv=None, url=None, venue=None, year=None, authors=None, code=None, summary=None):
    raw = '\n'.join(text[f][line-1:line-1+nlines])
    out.append(dict(list=files[f], line=line, raw=raw, is_paper=is_paper, title=title, arxiv_id=arxiv, doi=None,
                    url=url, venue=venue, year=year, authors=authors, code=code, summary=summary, section=section))
def np_(f, line, section, n=1):
    add(f, line, n, False, section)

# ---------------- luban-agi ----------------
TOC = 'Table of Contents'
np_('L', 20, TOC); np_('L', 21, TOC); np_('L', 22, TOC)
SV = 'Papers / Survey'; FT = 'Papers / Tool Use Via Fine-tuning'; IC = 'Papers / Tool Use via In-Context Learning'; EV = 'Papers / Evalution'
def L(line, title, arxiv, venue, authors, section, code=None):
    add('L', line, 2, True, section, title=title, arxiv=arxiv, venue=venue, year=int(venue.split()[-1]), authors=authors, code=code)
L(36, 'A Survey on Large Language Model based Autonomous Agents', '2308.11432', 'arXiv 2023',
  ['Lei Wang', 'Chen Ma', 'Xueyang Feng', 'Zeyu Zhang', 'Hao Yang', 'Jingsen Zhang', 'Zhiyuan Chen', 'Jiakai Tang', 'Xu Chen', 'Yankai Lin', 'Wayne Xin Zhao', 'Zhewei Wei', 'Ji-Rong Wen'], SV)
L(50, 'Toolformer: Language Models Can Teach Themselves to Use Tools', '2302.04761', 'arXiv 2023',
  ['Timo Schick', 'Jane Dwivedi-Yu', 'Roberto Dessì', 'Roberta Raileanu', 'Maria Lomeli', 'Luke Zettlemoyer', 'Nicola Cancedda', 'Thomas Scialom'], FT)
L(59, 'ToolkenGPT: Augmenting Frozen Language Models with Massive Tools via Tool Embeddings', '2305.11554', 'arXiv 2023',
  ['Shibo Hao', 'Tianyang Liu', 'Zhen Wang', 'Zhiting Hu'], FT, code='https://github.com/Ber666/ToolkenGPT')
L(65, 'Gorilla: Large Language Model Connected with Massive APIs', '2305.15334', 'arXiv 2023',
  ['Shishir G. Patil', 'Tianjun Zhang', 'Xin Wang', 'Joseph E. Gonzalez'], FT)
L(71, 'ToolAlpaca: Generalized Tool Learning for Language Models with 3000 Simulated Cases', '2306.05301', 'arXiv 2023',
  ['Qiaoyu Tang', 'Ziliang Deng', 'Hongyu Lin', 'Xianpei Han', 'Qiao Liang', 'Le Sun'], FT)
L(74, 'WebGLM: Towards An Efficient Web-Enhanced Question Answering System with Human Preferences', '2306.07906', 'KDD 2023',
  ['Xiao Liu', 'Hanyu Lai', 'Hao Yu', 'Yifan Xu', 'Aohan Zeng', 'Zhengxiao Du', 'Peng Zhang', 'Yuxiao Dong', 'Jie Tang'], FT)
L(91, 'HuggingGPT: Solving AI Tasks with ChatGPT and its Friends in Hugging Face', '2303.17580', 'arXiv 2023',
  ['Yongliang Shen', 'Kaitao Song', 'Xu Tan', 'Dongsheng Li', 'Weiming Lu', 'Yueting Zhuang'], IC)
L(97, 'ChemCrow: Augmenting large-language models with chemistry tools', '2304.05376', 'arXiv 2023',
  ['Andres M Bran', 'Sam Cox', 'Andrew D White', 'Philippe Schwaller'], IC)
L(106, 'ChatCoT: Tool-Augmented Chain-of-Thought Reasoning on Chat-based Large Language Models', '2305.14323', 'arXiv 2023',
  ['Zhipeng Chen', 'Kun Zhou', 'Beichen Zhang', 'Zheng Gong', 'Wayne Xin Zhao', 'Ji-Rong Wen'], IC)
L(118, 'RestGPT: Connecting Large Language Models with Real-World Applications via RESTful APIs', '2306.06624', 'arXiv 2023',
  ['Yifan Song', 'Weimin Xiong', 'Dawei Zhu', 'Cheng Li', 'Ke Wang', 'Ye Tian', 'Sujian Li'], IC)
L(121, 'AssistGPT: A General Multi-modal Assistant that can Plan, Execute, Inspect, and Learn', '2306.08640', 'arXiv 2023',
  ['Difei Gao', 'Lei Ji', 'Luowei Zhou', 'Kevin Qinghong Lin', 'Joya Chen', 'Zihan Fan', 'Mike Zheng Shou'], IC)
np_('L', 138, EV, n=2)
L(150, 'ToolQA: A Dataset for LLM Question Answering with External Tools', '2306.13304', 'arXiv 2023',
  ['Yuchen Zhuang', 'Yue Yu', 'Kuan Wang', 'Haotian Sun', 'Chao Zhangu'], EV)
L(153, 'ToolLLM: Facilitating Large Language Models to Master 16000+ Real-world APIs', '2307.16789', 'arXiv 2023',
  ['Yujia Qin', 'Shihao Liang', 'Yining Ye', 'Kunlun Zhu', 'Lan Yan', 'Yaxi Lu', 'Yankai Lin', 'Xin Cong', 'Xiangru Tang', 'Bill Qian', 'Sihan Zhao', 'Runchu Tian', 'Ruobing Xie', 'Jie Zhou', 'Mark Gerstein', 'Dahai Li', 'Zhiyuan Liu', 'Maosong Sun'], EV)
L(159, 'ToolTalk: Evaluating Tool-Usage in a Conversational Setting', '2311.10775', 'arXiv 2023',
  ['Nicholas Farn', 'Richard Shin'], EV)
L(162, 'TaskBench: BENCHMARKING LARGE LANGUAGE MODELS FOR TASK AUTOMATION', '2311.18760', 'arXiv 2023',
  ['Yongliang Shen', 'Kaitao Song'], EV)
np_('L', 179, 'Applications')

# ---------------- kyegomez ----------------
P = 'Papers'
for line, title, ax in [
 (43, 'K-Level Reasoning with Large Language Models', '2402.01521'),
 (47, 'LongAgent: Scaling Language Models to 128k Context through Multi-Agent Collaboration', '2402.11550'),
 (49, 'Automated Unit Test Improvement using Large Language Models', '2402.09171'),
 (59, 'Wisdom of the Silicon Crowd: LLM Ensemble Prediction Capabilities Match Human Crowd Accuracy', '2402.19379'),
 (67, 'SOTOPIA-π: Interactive Learning of Socially Intelligent Language Agents', '2403.08715'),
 (75, 'AllHands: Ask Me Anything on Large-scale Verbatim Feedback via Large Language Models', '2403.15157'),
 (77, 'Scaling Instructable Agents Across Many Simulated Worlds', '2404.10179'),
 (79, 'Evolutionary Optimization of Model Merging Recipes', '2403.13187'),
 (83, 'Agent Hospital: A Simulacrum of Hospital with Evolvable Medical Agents', '2405.02957'),
 (87, 'Chain of Agents: Large Language Models Collaborating on Long-Context Tasks', '2406.02818'),
 (91, 'Constitutional AI: Harmlessness from AI Feedback', '2212.08073'),
 (97, 'AgentGym: Evolving Large Language Model-based Agents across Diverse Environments', '2406.04151'),
 (103, 'Scaling Synthetic Data Creation with 1,000,000,000 Personas', '2406.20094'),
 (111, 'AgentInstruct: Toward Generative Teaching with Agentic Flows', '2407.03502'),
 (117, 'Very Large-Scale Multi-Agent Simulation in AgentScope', '2407.17789'),
 (121, 'Internet of Agents: Weaving a Web of Heterogeneous Agents for Collaborative Intelligence', '2407.07061'),
 (125, 'DIFFUSION AUGMENTED AGENTS: A FRAMEWORK FOR EFFICIENT EXPLORATION AND TRANSFER LEARNING', '2407.20798'),
 (137, 'Optimus-1: Hybrid Multimodal Memory Empowered Agents Excel in Long-Horizon Tasks', '2408.03615'),
 (155, 'Optimizing Collaboration of LLM based Agents for Finite Element', '2408.13406'),
]:
    add('K', line, 1, True, P, title=title, arxiv=ax)
np_('K', 160, 'Todo')

# ---------------- samkhur006 ----------------
TC = 'Topics covered'
for ln in (5, 7, 10, 11, 13):
    np_('S', ln, TC)
np_('S', 36, 'Overview')
def S(line, title, ax, venue, year, section, code=None):
    add('S', line, 1, True, section, title=title, arxiv=ax, venue=venue, year=year, code=code)
T = 'Techniques'; R = 'Reasoning Limitations'
S(49, 'Chain-of-Thought Prompting Elicits Reasoning in Large Language Models', '2201.11903', 'NeurIPS 2022', 2022, T)
S(51, 'REACT: Synergizing Reasoning and Acting in Language Models', '2210.03629', 'ICLR 2023', 2023, T, 'https://github.com/ysymyth/ReAct')
S(55, 'LLM+P: Empowering Large Language Models with Optimal Planning Proficiency', '2304.11477', 'arXiv', 2023, T, 'https://github.com/Cranial-XIX/llm-pddl')
S(57, 'Large Language Models as Commonsense Knowledge for Large-Scale Task Planning', '2305.14078', 'NeurIPS 2023', 2023, T, 'https://github.com/1989Ryan/llm-mcts')
S(65, 'Flow of Reasoning: Efficient Training of LLM Policy with Divergent Thinking', '2406.05673', 'arXiv', 2024, T, 'https://github.com/Yu-Fangxu/FoR')
S(75, 'Dissociating language and thought in large language models', '2301.06627', 'Trends in Cognitive Sciences', 2024, R)
S(80, 'Can Graph Learning Improve Task Planning?', '2405.19119', 'arXiv', 2024, R, 'https://github.com/WxxShirley/GNN4TaskPlan')
S(84, "Can LLMs Learn from Previous Mistakes? Investigating LLMs' Errors to Boost for Reasoning", '2403.20046', 'ACL 2024', 2024, R, 'https://github.com/YookiTong/Learn-from-Mistakes-CotErrorSet')
S(85, 'Can Language Models Serve as Text-Based World Simulators?', '2406.06485', 'ACL 2024', 2024, R, 'https://github.com/cognitiveailab/GPT-simulator')
S(86, 'LLMs Can’t Plan, But Can Help Planning in LLM-Modulo Frameworks', '2402.01817', 'ICML 2024', 2024, R)
S(87, 'Alice in Wonderland: Simple Tasks Showing Complete Reasoning Breakdown in State-Of-the-Art Large Language Models', '2406.02061', 'arXiv', 2024, R, 'https://github.com/LAION-AI/AIW')
S(89, 'Does Reasoning Emerge? Examining the Probabilities of Causation in Large Language Models', '2408.08210', 'arXiv', 2024, R)
S(95, 'Benchmarks for Automated Commonsense Reasoning: A Survey', '2302.04752', 'arXiv', 2023, 'Benchmarks')
S(117, "What's the Magic Word? A Control Theory of LLM Prompting", '2310.04444', 'arXiv', 2024, 'Miscellaneous')

# ---------------- DUXUCHONG ----------------
C1 = 'Chapter 1 | Self-Evolving Agents: From Experience to Mastery'
C2 = 'Chapter 2 | Experience Learning & Skill Learning (2025–2026 Frontier)'
C3 = 'Chapter 3 | Agent RL: From RLHF to Agentic Optimization'
C4 = 'Chapter 4 | Agent Applications: Web, Code & Tool'
C5 = 'Chapter 5 | Classic RL Foundations'
def X(line, title, ax, summary, section, venue=None):
    add('D', line, 1, True, section, title=title, arxiv=ax, venue=venue, summary=summary)
X(90, 'DreamGym', '2511.03773', 'Experience synthesis — generate tasks, trajectories, and feedback at scale', C1, venue='arXiv')
X(104, 'DreamGym', '2511.03773', 'Experience synthesis framework — lifts synthetic experience from transition-level to agent-task-level', C2)
s31 = C3 + ' / 3.1 Foundational Agent RL'; s32 = C3 + ' / 3.2 Advanced Optimization & Reward'
X(120, 'InstructGPT', '2203.02155', 'RLHF paradigm (SFT + Reward Model + PPO) — foundation of LLM post-training', s31)
X(123, 'Toolformer', '2302.04761', 'Self-supervised tool-call learning — opened the tool-use learning route', s31)
X(130, 'DPO', '2305.18290', 'Direct Preference Optimization — removes the need for a separate reward model', s32)
X(131, "Let's Verify Step by Step", '2305.20050', 'Process reward models — reward each reasoning step, not just the final answer', s32)
X(133, 'Agent-R1', '2511.14460', 'End-to-end agent RL training framework — unified pipeline', s32)
X(134, 'RLAIF', '2212.08073', 'Constitutional AI — RL from AI feedback, reducing human annotation cost', s32)
s41 = C4 + ' / 4.1 Web Agents'; s42 = C4 + ' / 4.2 Code Agents'; s43 = C4 + ' / 4.3 Tool-Using Agents'
X(146, 'WebGPT', '2112.09332', 'RL-trained web browsing agent with human feedback', s41)
X(149, 'AWM', '2409.07429', 'Agent Workflow Memory — induces reusable workflows from web experience', s41)
X(155, 'CodeRL', '2207.01780', 'Actor-critic with unit test feedback for code generation', s42)
X(156, 'SWE-agent', '2405.15793', 'Agent-Computer Interface — agents use shell & editor in real repos', s42)
X(157, 'CodeAct', '2402.01030', 'Executable code as unified agent action — interleave code execution with LLM reasoning', s42)
X(158, 'OpenHands', '2407.16741', 'Open platform for AI software developers with RL-tuned agent', s42)
X(164, 'Gorilla', '2305.15334', 'Retrieval-augmented generation to reduce API call hallucination', s43)
X(165, 'HuggingGPT', '2303.17580', 'LLM as controller — orchestrate expert models via task planning', s43)
X(167, 'ToolkenGPT', '2305.11554', 'Tools as tokens — learn tool embeddings in LLM vocabulary for efficient tool calling', s43)
s52 = C5 + ' / 5.2 Policy Gradient Methods'
X(187, 'A3C', '1602.01783', 'Asynchronous actor-critic — parallel agents stabilize training', s52)
X(188, 'TRPO', '1502.05477', 'Trust region constraint — guarantees monotonic policy improvement', s52)
X(189, 'PPO', '1707.06347', 'Clipped objective — simple, stable, and efficient (the workhorse behind RLHF)', s52)

# sanity: every sampled line labelled once, and nothing else
sample = json.loads((D / 'sample.json').read_text(encoding='utf-8'))
want = {(s['list'], s['line']) for s in sample}
have = [(o['list'], o['line']) for o in out]
assert len(have) == len(set(have)) == 80, len(have)
assert set(have) == want, (want - set(have), set(have) - want)
for o in out:
    if o['is_paper']:
        assert o['title'] and o['title'] in o['raw'] or o['title'].replace("’", "'") in o['raw'], o['title']
out.sort(key=lambda o: (o['list'], o['line']))
with open(D / 'labels.jsonl', 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), sum(o['is_paper'] for o in out))
