"""Hand-written labels; this script only copies each entry's exact source lines (raw)
from the saved file, given the line where the entry starts and how many lines it spans."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
INC = 'IncineratorR__redteam-knowledge-base.README.md'
COR = 'corca-ai__awesome-llm-security.README.md'
GIT = 'git-disl__awesome_LLM-harmful-fine-tuning-papers.README.md'

def P(lst, line, n, title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, section=None):
    return dict(list=lst, line=line, n=n, is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url,
                venue=venue, year=year, authors=list(authors), code=code, summary=summary, section=section)

def N(lst, line, n, section):
    return dict(list=lst, line=line, n=n, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)

F, A, B, S, D = 'Foundational Papers', 'Automated Red Teaming Methods', 'Benchmarks & Evaluation Frameworks', 'Specialized Attack Research', 'Datasets & Resources'
L = [
 P(INC, 76, 6, 'Explore, Establish, Exploit: Red Teaming Language Models from Scratch', arxiv='2306.09442', year=2023, section=A),
 P(INC, 87, 7, 'HarmBench: A Standardized Evaluation Framework for Automated Red Teaming and Robust Refusal', arxiv='2402.04249', year=2024, code='https://github.com/centerforaisafety/HarmBench', section=B),
 P(INC, 26, 5, 'Red Teaming the Mind of the Machine — Systematic Evaluation of Prompt Injection and Jailbreak Vulnerabilities', arxiv='2505.04806', year=None, section=F),
 P(INC, 18, 7, 'Red Teaming Language Models to Reduce Harms', arxiv='2209.07858', year=2022, authors=['Ganguli'], section=F),
 P(INC, 32, 9, 'HackAPrompt: Exposing Systemic Vulnerabilities of LLMs Through a Global Scale Prompt Hacking Competition', arxiv='2311.16119', url='https://paper.hackaprompt.com', venue='EMNLP 2023', year=2023, authors=['Schulhoff'], code='https://github.com/PromptLabs/hackaprompt', section=F),
 P(INC, 109, 5, 'A Taxonomy of Red Teaming Language Models', arxiv='2311.06237', year=2023, section=B),
 P(INC, 69, 6, 'FLIRT: Feedback Loop In-context Red Teaming', arxiv='2308.04265', venue='EMNLP 2024', year=2024, authors=['Mehrabi'], section=A),
 P(INC, 103, 5, "Against The Achilles' Heel: A Survey on Red Teaming for Generative Models", arxiv='2404.00629', year=2024, section=B),
 N(INC, 133, 5, S),
 N(INC, 151, 4, S),
 P(INC, 9, 8, 'Universal and Transferable Adversarial Attacks on Aligned Language Models', arxiv='2307.15043', year=2023, authors=['Zou', 'Wang', 'Carlini', 'Nasr', 'Kolter', 'Fredrikson'], code='https://github.com/llm-attacks/llm-attacks', section=F),
 P(INC, 125, 7, 'AutoDAN: Generating Stealthy Jailbreak Prompts on Aligned LLMs', arxiv='2310.04451', year=2023, authors=['Liu'], code='https://github.com/SheltonLiu-N/AutoDAN', section=S),
 P(INC, 95, 7, 'JailbreakBench: An Open Robustness Benchmark for Jailbreaking LLMs', arxiv='2404.01318', year=2024, code='https://github.com/JailbreakBench/jailbreakbench', section=B),
 P(INC, 119, 5, 'ArtPrompt: ASCII Art-Based Jailbreak Attacks Against Aligned LLMs', arxiv='2402.11753', year=2024, section=S),
 P(INC, 53, 7, 'PAIR: Prompt Automatic Iterative Refinement', arxiv='2310.08419', year=2023, authors=['Chao'], code='https://github.com/patrickchao/jailbreaking-llms', section=A),
 P(INC, 185, 1, 'A Taxonomy of Red Teaming', arxiv='2311.06237', year=2023, summary='12 strategies, 35 techniques', section='Survey Papers (Start Here)'),
 N(INC, 174, 1, D),
 N(INC, 171, 1, D),
 P(INC, 139, 6, 'Crescendo: Multi-Turn Jailbreak Attack', arxiv='2404.01833', year=2024, section=S),
 P(INC, 42, 6, 'Many-Shot Jailbreaking', url='https://www.anthropic.com/research/many-shot-jailbreaking', year=2024, section=F),

 P(COR, 54, 1, 'Language Model Inversion', arxiv='2311.13647', section='Papers'),
 P(COR, 47, 1, 'Jailbreak and Guard Aligned Language Models with Only Few In-Context Demonstrations', arxiv='2310.06387', section='Papers'),
 N(COR, 90, 1, 'Other Awesome Projects'),
 P(COR, 57, 1, 'Weak-to-Strong Jailbreaking on Large Language Models', arxiv='2401.17256', section='Papers'),
 N(COR, 85, 1, 'Other Awesome Projects'),
 P(COR, 51, 1, 'DeepInception: Hypnotize Large Language Model to Be Jailbreaker', arxiv='2311.03191', section='Papers'),
 P(COR, 36, 1, 'LLM Self Defense: By Self Examination, LLMs Know They Are Being Tricked', arxiv='2308.07308', section='Papers'),
 P(COR, 33, 1, 'Prompt Injection attack against LLM-integrated Applications', arxiv='2306.05499', section='Papers'),
 P(COR, 49, 1, 'Survey of Vulnerabilities in Large Language Models Revealed by Adversarial Attacks', arxiv='2310.10844', section='Papers'),
 P(COR, 53, 1, 'AutoDAN: Automatic and Interpretable Adversarial Attacks on Large Language Models', arxiv='2310.15140', section='Papers'),
 N(COR, 75, 1, 'Articles'),
 P(COR, 28, 1, 'LLM Censorship: A Machine Learning Challenge or a Computer Security Problem?', arxiv='2307.10719', section='Papers'),
 N(COR, 65, 1, 'Tools'),
 N(COR, 12, 1, 'Table of Contents'),
 N(COR, 61, 1, 'Tools'),
 N(COR, 99, 1, 'Other Useful Resources'),
 N(COR, 92, 1, 'Other Awesome Projects'),
 P(COR, 35, 1, 'GPT-4 Is Too Smart To Be Safe: Stealthy Chat with LLMs via Cipher', arxiv='2308.06463', section='Papers'),
 P(COR, 25, 1, 'BITE: Textual Backdoor Attacks with Iterative Trigger Injection', url='https://aclanthology.org/2023.acl-long.725.pdf', section='Papers'),
 N(COR, 79, 1, 'Articles'),

 P(GIT, 179, 1, 'When Style Breaks Safety: Defending Language Models Against Superficial Style Alignment', arxiv='2506.07452', venue='arXiv 2025', year=2025, code='https://github.com/xiaoyuxin1002/SafeStyle', section='Defenses / Fine-tuning Stage Defenses'),
 P(GIT, 272, 1, 'Why LLM Safety Guardrails Collapse After Fine-tuning: A Similarity Analysis Between Alignment and Fine-tuning Datasets', arxiv='2506.05346', url='https://openreview.net/forum?id=vQ0zFYJaMo', venue='arXiv 2024', year=2024, section='Interpretability Study'),
 P(GIT, 55, 1, 'Covert malicious finetuning: Challenges in safeguarding llm adaptation', arxiv='2406.20053', venue='ICML 2024', year=2024, section='Attacks'),
 P(GIT, 70, 1, 'Benign Samples Matter! Fine-tuning On Outlier Benign Samples Severely Breaks Safety', arxiv='2505.06843', venue='ICML 2025', year=2025, code='https://github.com/GuanZihan/Benign-Samples-Matter/', section='Attacks'),
 P(GIT, 158, 1, 'RobustFT: Robust Supervised Fine-tuning for Large Language Models under Noisy Response', arxiv='2412.14922', venue='arXiv 2024', year=2024, section='Defenses / Fine-tuning Stage Defenses'),
 P(GIT, 240, 1, 'Panacea: Mitigating Harmful Fine-tuning for Large Language Models via Post-fine-tuning Perturbation', arxiv='2501.18100', venue='NeurIPS 2025', year=2025, code='https://github.com/w-yibo/Panacea', section='Defenses / Post-Fine-tuning Stage Defenses'),
 P(GIT, 68, 1, 'Emergent Misalignment:Narrow finetuning can produce broadly misaligned LLMs', arxiv='2502.17424', venue='arXiv 2025', year=2025, section='Attacks'),
 P(GIT, 111, 1, 'Locking Open Weight Models with Spectral Deformation', url='https://openreview.net/forum?id=cjrm7bo6Eg', venue='ICML 2025 Workshop TAIG', year=2025, section='Defenses / Alignment Stage Defenses'),
 P(GIT, 72, 1, 'Accidental Misalignment: Fine-Tuning Language Models Induces Unexpected Vulnerability', arxiv='2505.16789', venue='arXiv 2025', year=2025, code='https://github.com/psyonp/accidental_vulnerability', section='Attacks'),
 P(GIT, 50, 1, 'BadLlama: cheaply removing safety fine-tuning from Llama 2-Chat 13B', arxiv='2311.00117', venue='arXiv 2023', year=2023, section='Attacks'),
 P(GIT, 288, 1, 'TamperBench: Systematically Stress-Testing LLM Safety Under Fine-Tuning and Tampering', url='https://openreview.net/pdf?id=fXn4Rk8B3l', venue='ICLR 2026 Submission', year=2026, section='Benchmark'),
 P(GIT, 216, 1, 'Language Models are Homer Simpson! Safety Re-Alignment of Fine-tuned Language Models through Task Arithmetic', arxiv='2402.11746', venue='ACL 2024', year=2024, code='https://github.com/declare-lab/resta', section='Defenses / Post-Fine-tuning Stage Defenses'),
 P(GIT, 74, 1, 'Jailbreak-Tuning: Models Efficiently Learn Jailbreak Susceptibility', arxiv='2507.11630', venue='arXiv 2025', year=2025, code='https://github.com/AlignmentResearch/harmtune', section='Attacks'),
 P(GIT, 220, 1, 'A safety realignment framework via subspace-oriented model fusion for large language models', arxiv='2405.09055', venue='KBS', year=2024, code='https://github.com/xinykou/safety_realignment', section='Defenses / Post-Fine-tuning Stage Defenses'),
 P(GIT, 113, 1, 'SDD: Self-Degraded Defense against Malicious Fine-tuning', url='https://aclanthology.org/2025.acl-long.1412.pdf', venue='ACL 2025', year=2025, section='Defenses / Alignment Stage Defenses'),
 P(GIT, 117, 1, 'AntiDote: Bi-level Adversarial Training for Tamper-Resistant LLMs', arxiv='2509.08000', venue='arXiv 2025', year=2025, section='Defenses / Alignment Stage Defenses'),
 P(GIT, 280, 1, 'Foundational Models Must Be Designed To Yield Safer Loss Landscapes That Resist Harmful Fine-Tuning', url='https://openreview.net/pdf?id=XfyLKIpxl2', venue='ICML 2025 R2-FM Workshop', year=2025, section='Interpretability Study'),
 P(GIT, 119, 1, 'Antibody: Strengthening Defense Against Harmful Fine-Tuning for Large Language Models via Attenuating Harmful Gradient Influence', url='https://openreview.net/pdf?id=qur2ef8MqQ', venue='ICLR 2026 submission', year=2026, section='Defenses / Alignment Stage Defenses'),
 N(GIT, 299, 1, 'Other awesome resources on LLM safety'),
 P(GIT, 177, 1, 'SC-LoRA: Balancing Efficient Fine-tuning and Knowledge Preservation via Subspace-Constrained LoRA', arxiv='2505.23724', venue='arXiv 2025', year=2025, section='Defenses / Fine-tuning Stage Defenses'),
]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for d in L:
        lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
        d['raw'] = '\n'.join(lines[d['line'] - 1: d['line'] - 1 + d['n']])
        f.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + '\n')
print(len(L))
