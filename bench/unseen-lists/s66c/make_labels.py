# Hand-written labels (read by eye from the files); raw is taken from sample.jsonl.
import json
R='REAL-Lab-NU__Awesome-Self-Evolving-Scientific-Agents.README.md'
T='TuchuanLin__Awesome-AI-Scientist.README.md'
N='natnew__awesome-ai-scientists.README.md'
def P(title, arxiv=None, doi=None, url=None, venue=None, year=None, authors=None, code=None, summary=None, section=None):
    return dict(is_paper=True,title=title,arxiv_id=arxiv,doi=doi,url=url,venue=venue,year=year,authors=authors,code=code,summary=summary,section=section)
def X(section):
    return dict(is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=None,code=None,summary=None,section=section)
CM='Paper list / Chemistry & Materials / '
PH='Paper list / Physics, Earth & Space Sciences / '
LS='Paper list / Life Sciences / '
GF='Paper list / General Scientific Agent Frameworks / '
L={
(R,195):P('S3C-LLM: Skill-Code Guided Agentic Language Models for Spectrum-to-Structure Elucidation','2608.30910',venue='arXiv 2026',year=2026,section=CM+'Knowledge'),
(R,240):P('Eureka: Task-Conditioned Meta-Agent Orchestration for Scientific Discovery','2608.19047',venue='arXiv 2026',year=2026,section=PH+'Architecture'),
(R,257):P('Multi-agent discovery of practical quantum LDPC codes','2608.08996',venue='arXiv 2026',year=2026,section=PH+'Knowledge'),
(R,228):P('A Multi-agent Framework for Physical Laws Discovery','2411.16416',venue='arXiv 2024',year=2024,section=CM+'Memory'),
(R,203):P('Towards Discovery of Polymers for Insulin Delivery via Physics-Grounded Agentic Workflows','2605.18831',venue='arXiv 2026',year=2026,section=CM+'Knowledge'),
(R,242):P('GRAFT-ATHENA: Self-Improving Agentic Teams for Autonomous Discovery and Evolutionary Numerical Algorithms','2605.11117',venue='arXiv 2026',year=2026,section=PH+'Architecture'),
(R,150):P('EasyBCI Agent: Towards Universal Neural Data Preprocessing for Brain-Computer Interfaces','2607.29007',venue='arXiv 2026',year=2026,section=LS+'Memory'),
(R,309):P('InternAgent-1.5: A Unified Agentic Framework for Long-Horizon Autonomous Scientific Discovery','2602.08990',venue='arXiv 2026',year=2026,section=GF+'Knowledge'),
(R,222):P('Constraint-Aware Corrective Memory for Language-Based Drug Discovery Agents','2604.09308',venue='arXiv 2026',year=2026,section=CM+'Memory'),
(R,319):P('ExLLM: Experience-Enhanced LLM Optimization for Molecular Design and Beyond','2502.12845',venue='arXiv 2025',year=2025,section=GF+'Memory'),
(R,63):X('Taxonomy'),
(R,109):P('PantheonOS: An Evolvable Multi-Agent Framework for Automatic Genomics Discovery',doi='10.64898/2026.02.26.707870',url='https://doi.org/10.64898/2026.02.26.707870',venue='bioRxiv 2026',year=2026,section=LS+'Toolkit'),
(R,31):X('Contents'),
(R,201):P('My Chemical Harness: Evolutionary Molecular Design over Synthetic Pathways with Large Language Model Agents','2606.11256',venue='arXiv 2026',year=2026,section=CM+'Knowledge'),
(R,239):P('GeoForge: Non-Parametric Self-Evolving Agents for Earth-Observation Reasoning','2608.10494',venue='arXiv 2026',year=2026,section=PH+'Architecture'),
(R,185):P('Human-AI collaborative autonomous synthesis with pulsed laser deposition for remote epitaxy','2511.11558',venue='Research Square 2025',year=2025,section=CM+'Toolkit'),
(R,90):P('The Station: An Open-World Environment for AI-Driven Discovery','2511.06309',venue='arXiv 2025',year=2025,section=LS+'Architecture'),
(R,169):P('NISPO: Open-source IUPAC name generation tool','2607.26113',venue='arXiv 2026',year=2026,section=CM+'Architecture'),
(R,206):P('Agentic Discovery of Exchange-Correlation Density Functionals','2605.05460',venue='arXiv 2026',year=2026,section=CM+'Knowledge'),
(R,220):P('Agentic Design of Compositional Descriptors via Autoresearch for Materials Science Applications','2605.14671',venue='arXiv 2026',year=2026,section=CM+'Memory'),

(T,136):P('ResearchBench: Benchmarking LLMs in Scientific Discovery via Inspiration-Based Task Decomposition','2503.21248',venue='arXiv 2025',year=2025,section='Knowledge Building / Knowledge Acquisition / Main Acquisition & Recommendation'),
(T,40):X('Table of Contents'),
(T,92):X('Latest Buzz / News'),
(T,28):X('Table of Contents'),
(T,115):X('Featured Projects / Commercial Platforms'),
(T,134):P('Paperweaver: Enriching topical paper alerts by contextualizing recommended papers with user-collected papers',doi='10.1145/3613904.3642196',url='https://doi.org/10.1145/3613904.3642196',venue='CHI 2024',year=2024,section='Knowledge Building / Knowledge Acquisition / Main Acquisition & Recommendation'),
(T,88):X('Latest Buzz / News'),
(T,135):P('AgentRxiv: Towards Collaborative Autonomous Research','2503.18102',venue='arXiv 2025',year=2025,code='https://github.com/SamuelSchmidgall/AgentLaboratory',section='Knowledge Building / Knowledge Acquisition / Main Acquisition & Recommendation'),
(T,160):P('Robust (Controlled) T',section='Knowledge Building / Knowledge Acquisition / Table Understanding'),
(T,119):X('Featured Projects / Commercial Platforms'),
(T,44):X('Table of Contents'),
(T,131):P('From Who You Know to What You Read: Augmenting Scientific Recommendations with Implicit Social Networks',doi='10.1145/3491102.3517470',url='https://doi.org/10.1145/3491102.3517470',venue='CHI 2022',year=2022,section='Knowledge Building / Knowledge Acquisition / Main Acquisition & Recommendation'),
(T,70):X('Core Components / Research Automation Stack'),
(T,37):X('Table of Contents'),
(T,145):P('ChartQA: A Benchmark for Question Answering about Charts with Visual and Logical Reasoning',url='https://aclanthology.org/2022.findings-acl.177/',venue='ACL 2022 Findings',year=2022,code='https://github.com/vis-nlp/chartqa',section='Knowledge Building / Knowledge Acquisition / Figure Understanding'),
(T,52):X('Table of Contents'),
(T,105):X('Featured Projects / Open Source Tools'),
(T,137):P('CodeScientist: End-to-End Semi-Automated Scientific Discovery with Code-based Experimentation','2503.22708',venue='arXiv 2025',year=2025,code='https://github.com/allenai/codescientist',section='Knowledge Building / Knowledge Acquisition / Main Acquisition & Recommendation'),
(T,27):X('Table of Contents'),
(T,138):P('DORA AI Scientist: Multi-agent Virtual Research Team for Scientific Exploration Discovery and Automated Report Generation',url='http://biorxiv.org/lookup/doi/10.1101/2025.03.06.641840',venue='bioRxiv 2025',year=2025,section='Knowledge Building / Knowledge Acquisition / Main Acquisition & Recommendation'),

(N,174):X('Benchmarks & Evaluation'),
(N,176):P('IdeaBench','2411.02429',summary='A benchmark for evaluating research-idea generation quality.',section='Benchmarks & Evaluation'),
(N,239):X('Domain: Drug Discovery & Chemistry / Toolkits & Platforms'),
(N,131):X('Experiment Planning & Design'),
(N,317):X('Domain: Physics & Mathematics'),
(N,75):P('AI-Researcher',venue='NeurIPS 2025',year=2025,code='https://github.com/HKUDS/AI-Researcher',summary='A full pipeline from literature review to publication.',section='Foundational Papers & Systems'),
(N,241):X('Domain: Drug Discovery & Chemistry / Toolkits & Platforms'),
(N,216):X('Ethics, Safety & Responsible AI for Science / Key Papers & Reports'),
(N,346):X('Agent Frameworks (General-Purpose)'),
(N,303):P('GraphCast',venue='Science 2023',year=2023,code='https://github.com/google-deepmind/graphcast',summary='A fast 10-day weather model at 0.25-degree resolution.',section='Domain: Climate & Earth Sciences'),
(N,170):P('GPQA','2311.12022',year=2023,authors=['Rein'],summary='Graduate-level Google-proof questions across biology, physics, and chemistry.',section='Benchmarks & Evaluation'),
(N,344):X('Agent Frameworks (General-Purpose)'),
(N,220):X('Ethics, Safety & Responsible AI for Science / Policy Frameworks'),
(N,98):X('Literature Intelligence & Knowledge Extraction / Knowledge Graphs & Metadata APIs'),
(N,318):X('Domain: Physics & Mathematics'),
(N,213):P('Dual-use capabilities of concern of biological AI models',url='https://journals.plos.org/ploscompbiol/article?id=10.1371/journal.pcbi.1011354',year=2025,authors=['Carter','Sandbrink'],summary='Proposes evaluation methods with preset risk thresholds and mitigation actions.',section='Ethics, Safety & Responsible AI for Science / Key Papers & Reports'),
(N,215):P('The ethics of using AI in scientific research',url='https://link.springer.com/article/10.1007/s43681-023-00271-x',year=2024,authors=['Resnik','Hosseini'],summary='Actionable recommendations for responsible AI use in science.',section='Ethics, Safety & Responsible AI for Science / Key Papers & Reports'),
(N,354):X('Meta-Resources & Awesome Lists'),
(N,49):X('Contents'),
(N,269):X('Domain: Materials Science'),
}
out=[]
for l in open('/work/main/bench/unseen-lists/s66c/sample.jsonl'):
    r=json.loads(l)
    lab=L.pop((r['list'],r['line']))
    d={'list':r['list'],'line':r['line'],'raw':r['raw']}; d.update(lab); out.append(d)
assert not L, L
with open('/work/main/bench/unseen-lists/s66c/labels.jsonl','w',encoding='utf-8') as f:
    for d in out: f.write(json.dumps(d,ensure_ascii=False)+'\n')
print(len(out), sum(d['is_paper'] for d in out))
