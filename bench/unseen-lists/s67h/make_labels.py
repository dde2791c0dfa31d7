#!/usr/bin/env python3
"""Hand labels for the 60 drawn entries (read by eye from the files; raw and line come from sample.jsonl)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
IC = 'icip-cas__awesome-auto-alignment.README.md'
FG = 'immc-lab__FollowGPT.README.md'
LS = 'liushunyu__awesome-direct-preference-optimization.README.md'
PL = 'Paper List / '
OR = 'https://openreview.net/forum?id='
TAX = 'A Taxonomy of Direct Preference Optimization / '

def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, section=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=None, section=section)

def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)

L = {
 (IC, 428): P('Critique Ability of Large Language Models', '2310.04815', None, 'arXiv 2023', 2023, ['Liangchen Luo'], None, PL + '3. Aligning through model feedback / 3.3 Text Critic'),
 (IC, 200): P('MetaMath: Bootstrap Your Own Mathematical Questions for Large Language Models', None, OR + 'N8N0hgNDRt', 'ICLR 2024', 2024, ['Longhui Yu'], None, PL + '2. Aligning through behaviour imitation / 2.2 Response-Guided Distillation / 2.2.2 Math'),
 (IC, 321): P('Training language models to follow instructions with human feedback', None, 'https://proceedings.neurips.cc/paper_files/paper/2022/hash/b1efde53be364a73914f58805a001731-Abstract-Conference.html', 'NeurIPS 2022', 2022, ['Ouyang'], None, PL + '3. Aligning through model feedback / 3.1 Scalar Reward'),
 (IC, 165): P('LLM2LLM: Boosting LLMs with Novel Iterative Data Enhancement', '2403.15042', None, 'arXiv 2024', 2024, ['Nicholas Lee'], None, PL + '2. Aligning through behaviour imitation / 2.1 Instruction Construction / 2.1.1 In-Context Generation'),
 (IC, 586): P('Quantifying the Gain in Weak-to-Strong Generalization', '2405.15116', None, 'arXiv 2024', 2024, ['Charikar'], None, PL + '5. Underlying Mechanism of Automated Alignment / 5.3 Feasibility of Weak-to-strong'),
 (IC, 392): P('Improving Large Language Model Fine-tuning for Solving Math Problems', '2310.10047', None, 'arXiv 2023', 2023, ['Yixin Liu'], None, PL + '3. Aligning through model feedback / 3.2 Binary Verifier'),
 (IC, 580): P('The Unreasonable Effectiveness of Easy Training Data for Hard Tasks', '2401.06751', None, 'arXiv 2024', 2024, ['Hase'], None, PL + '5. Underlying Mechanism of Automated Alignment / 5.3 Feasibility of Weak-to-strong'),
 (IC, 416): P('Math-Shepherd: Verify and Reinforce LLMs Step-by-step without Human Annotations', '2312.08935', None, 'arXiv 2024', 2024, ['Peiyi Wang'], None, PL + '3. Aligning through model feedback / 3.2 Binary Verifier'),
 (IC, 502): P('Language Models Meet World Models: Embodied Experiences Enhance Language Models', '2305.10626', None, 'NeurIPS 2023', 2023, ['Xiang'], 'https://github.com/szxiangjn/world-model-for-language-model?tab=readme-ov-file', PL + '4. Aligning through environment feedback / 4.4 Embodied Environment'),
 (IC, 117): P('Learning task decomposition to assist humans in competitive programming', '2406.04604', None, 'ACL 2024', 2024, ['Wen'], None, PL + '1. Aligning through inductive bias / 1.4 Task Decompsition'),
 (IC, 188): P('Parrot: Enhancing Multi-Turn Chat Models by Learning to Ask Questions', None, OR + 'Rd4pGjTcTj', 'arXiv 2023', 2023, ['Yuchong Sun'], None, PL + '2. Aligning through behaviour imitation / 2.2 Response-Guided Distillation / 2.2.1 Instruction Following'),
 (IC, 547): P('Large Language Models Cannot Self-Correct Reasoning Yet', '2310.01798', None, 'ICLR 2024', 2024, ['Huang'], None, PL + '5. Underlying Mechanism of Automated Alignment / 5.2 Inner Workings of Self-feedback'),
 (IC, 125): P('The Consensus Game: Language Model Generation via Equilibrium Search', None, OR + 'n9xeGcI4Yg', 'ICLR 2024', 2024, ['Athul Paul Jacob'], None, PL + '1. Aligning through inductive bias / 1.5 Self-play / 1.5.1 Generator-Discriminator'),
 (IC, 555): P('Benchmarking and Improving Generator-Validator Consistency of Language Models', None, OR + 'phBS6YpTzC', 'ICLR 2024', 2024, ['Li'], None, PL + '5. Underlying Mechanism of Automated Alignment / 5.2 Inner Workings of Self-feedback'),
 (IC, 17): N('News'),
 (IC, 159): P('Self-Instruct: Aligning Language Models with Self-Generated Instructions', None, 'https://aclanthology.org/2023.acl-long.754', 'ACL 2023', 2023, ['Wang'], None, PL + '2. Aligning through behaviour imitation / 2.1 Instruction Construction / 2.1.1 In-Context Generation'),
 (IC, 408): P('GLoRe: When, Where, and How to Improve LLM Reasoning via Global and Local Refinements', '2402.10963', None, 'arXiv 2024', 2024, ['Alex Havrilla'], None, PL + '3. Aligning through model feedback / 3.2 Binary Verifier'),
 (IC, 402): P("Let's reward step by step: Step-Level reward model as the Navigators for Reasoning", '2310.10080', None, 'arXiv 2023', 2023, ['Qianli Ma'], None, PL + '3. Aligning through model feedback / 3.2 Binary Verifier'),
 (IC, 44): N('Table of Contents'),
 (IC, 534): P('Does Fine-Tuning LLMs on New Knowledge Encourage Hallucinations?', '2405.05904', None, 'arXiv 2024', 2024, ['Gekhman'], None, PL + '5. Underlying Mechanism of Automated Alignment / 5.1 Alignment Mechanism'),

 (FG, 46): P('Revisiting the Weaknesses of Reinforcement Learning for Neural Machine Translation', '2106.08942', None, None, 2021, [], None, 'Papers / 2021'),
 (FG, 47): P('Learning to summarize from human feedback', '2009.01325', None, 'NeurIPS 2020', 2020, [], None, 'Papers / 2021'),
 (FG, 45): P('Recursively Summarizing Books with Human Feedback', '2109.10862', None, None, 2021, [], None, 'Papers / 2021'),
 (FG, 37): P('Training a Helpful and Harmless Assistant with Reinforcement Learning from Human Feedback', '2204.05862', None, None, 2022, [], 'https://github.com/anthropics/hh-rlhf', 'Papers / 2022'),
 (FG, 25): N('Papers / 2023'),
 (FG, 38): P('Training language models to follow instructions with human feedback', '2203.02155', None, None, 2022, [], None, 'Papers / 2022'),
 (FG, 16): P('RRHF: Rank Responses to Align Language Models with Human Feedback without tears', '2304.05302', None, None, 2023, [], 'https://github.com/GanjinZero/RRHF', 'Papers / 2023'),
 (FG, 31): P('Few-shot Preference Learning for Human-in-the-Loop RL', '2212.03363', None, None, 2022, [], None, 'Papers / 2022'),
 (FG, 34): P('Red Teaming Language Models to Reduce Harms: Methods, Scaling Behaviors, and Lessons Learned', '2209.07858', None, None, 2022, [], None, 'Papers / 2022'),
 (FG, 22): P('Aligning Language Models with Preferences through f-divergence Minimization', '2302.08215', None, None, 2023, [], None, 'Papers / 2023'),
 (FG, 40): N('Papers / 2022'),
 (FG, 6): N(None),
 (FG, 21): P('Pretraining Language Models with Human Preferences', '2302.08582', None, None, 2023, [], None, 'Papers / 2023'),
 (FG, 20): P('Visual ChatGPT: Talking, Drawing and Editing with Visual Foundation Models', '2303.04671', None, None, 2023, [], 'https://github.com/microsoft/TaskMatrix', 'Papers / 2023'),
 (FG, 15): P('RAFT: Reward rAnked FineTuning for Generative Foundation Model Alignment', '2304.06767', None, None, 2023, [], None, 'Papers / 2023'),
 (FG, 18): P('ImageReward: Learning and Evaluating Human Preferences for Text-to-Image Generation', '2304.05977', None, None, 2023, [], 'https://github.com/THUDM/ImageReward', 'Papers / 2023'),
 (FG, 39): P('Discovering Language Model Behaviors with Model-Written Evaluations', '2212.09251', None, None, 2022, [], 'https://github.com/anthropics/evals', 'Papers / 2022'),
 (FG, 36): P('Quark: Controllable Text Generation with Reinforced Unlearning', '2205.13636', None, None, 2022, [], None, 'Papers / 2022'),
 (FG, 35): P('Dynamic Planning in Open-Ended Dialogue using Reinforcement Learning', '2208.02294', None, None, 2022, [], None, 'Papers / 2022'),
 (FG, 19): P('Aligning Text-to-Image Models using Human Feedback', '2302.12192', None, None, 2023, [], None, 'Papers / 2023'),

 (LS, 277): P('From r to Q∗: Your Language Model is Secretly a Q-Function', '2404.12358', None, 'COLM 2024', 2024, [], None, TAX + 'Model Property / Optimization - Likelihood'),
 (LS, 55): P('Direct Alignment of Language Models via Quality-Aware Self-Refinement', '2405.21040', None, None, None, [], None, TAX + 'Data Strategy / Data Quality - Distinguishability'),
 (LS, 160): P('Trial and Error: Exploration-Based Trajectory Optimization for LLM Agents', '2403.02502', None, 'ACL 2024', 2024, [], None, TAX + 'Learning Framework / Paradigm - Online'),
 (LS, 318): P('Preference Tuning with Human Feedback on Language, Speech, and Vision Tasks: A Survey', '2409.11564', None, None, None, [], None, 'Other Surveys'),
 (LS, 94): P('IOPO: Empowering LLMs with Complex Instruction Following via Input-Output Preference Optimization', '2411.06208', None, None, None, [], None, TAX + 'Data Strategy / Preference Feedback - Pair-Wise'),
 (LS, 12): N('Table of Contents'),
 (LS, 182): P('COMAL: A Convergent Meta-Algorithm for Aligning LLMs with General Preferences', '2410.23223', None, None, None, [], None, TAX + 'Learning Framework / Paradigm - Online'),
 (LS, 112): P('TIS-DPO: Token-level Importance Sampling for Direct Preference Optimization With Estimated Weights', '2410.04350', None, 'ICLR 2025', 2025, [], None, TAX + 'Data Strategy / Preference Granularity - Token-Level'),
 (LS, 117): P('Monte Carlo Tree Search Boosts Reasoning via Iterative Preference Learning', '2405.00451', None, None, None, [], None, TAX + 'Data Strategy / Preference Granularity - Step-Level'),
 (LS, 309): P('Aligning Large Language Models with Human: A Survey', '2307.12966', None, None, None, [], None, 'Other Surveys'),
 (LS, 90): P('Bridging and Modeling Correlations in Pairwise Data for Direct Preference Optimization', '2408.07471', None, None, None, [], None, TAX + 'Data Strategy / Preference Feedback - Pair-Wise'),
 (LS, 100): P('LIRE: listwise reward enhancement for preference alignment', '2405.13516', None, 'ACL 2024', 2024, [], None, TAX + 'Data Strategy / Preference Feedback - List-Wise'),
 (LS, 174): P('BPO: Supercharging Online Preference Learning by Adhering to the Proximity of Behavior LLM', '2406.12168', None, 'EMNLP 2024', 2024, [], None, TAX + 'Learning Framework / Paradigm - Online'),
 (LS, 16): N('Table of Contents'),
 (LS, 265): P('Direct Multi-Turn Preference Optimization for Language Agents', '2406.14868', None, 'EMNLP 2024', 2024, [], None, TAX + 'Model Property / Generation - Length'),
 (LS, 60): P('α -DPO: Adaptive Reward Margin is What Direct Preference Optimization Needs', '2410.10148', None, None, None, [], None, TAX + 'Data Strategy / Data Quality - Distinguishability'),
 (LS, 150): P('Paft: A parallel training paradigm for effective LLM fine-tuning', '2406.17923', None, None, None, [], None, TAX + 'Learning Framework / Paradigm - Offline'),
 (LS, 252): P('Preference Fine-Tuning of LLMs Should Leverage Suboptimal, On-Policy Data', '2404.14367', None, 'ICML 2024', 2024, [], None, TAX + 'Model Property / Generation - Distribution'),
 (LS, 111): P('EPO: Hierarchical LLM Agents with Environment Preference Optimization', '2408.16090', None, 'EMNLP 2024', 2024, [], None, TAX + 'Data Strategy / Preference Granularity - Token-Level'),
 (LS, 198): P('MOSLIM: Align with diverse preferences in prompts through reward classification', None, OR + 'w0MAu8vjwj', 'OpenReview 2024', 2024, [], None, TAX + 'Learning Framework / Objective - Multi-Objective'),
}

out = []
for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'):
    r = json.loads(l)
    lab = L.pop((r['list'], r['line']))
    row = {'list': r['list'], 'line': r['line'], 'raw': r['raw']}
    row.update(lab)
    out.append(row)
assert not L, L
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for row in out:
        f.write(json.dumps(row, ensure_ascii=False) + '\n')
print(len(out), 'labels;', sum(r['is_paper'] for r in out), 'papers')
