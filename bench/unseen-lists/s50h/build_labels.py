import json
import os
D = os.path.dirname(os.path.abspath(__file__)) + '/'
def lines(f): return open(D+f, encoding='utf-8').read().split('\n')
out = []
def add(f, start, end, **kw):
    L = lines(f)
    raw = '\n'.join(L[start-1:end])
    rec = dict(list=f, line=start, raw=raw, is_paper=False, title=None, arxiv_id=None, doi=None,
               url=None, venue=None, year=None, authors=[], code=None, summary=None, section=None)
    rec.update(kw)
    out.append(rec)

# ---- KaynXu: all non-papers
K = 'KaynXu__awesome-ai-education.README.md'
for ln, sec in [(17,'What This List Includes'),(24,'What This List Does Not Cover'),(26,'What This List Does Not Cover'),
                (32,'Who This List Is For'),(33,'Who This List Is For'),(41,'Contents'),(46,'Contents'),
                (54,'Featured'),(55,'Featured'),(56,'Featured'),(57,'Featured'),(59,'Featured'),(60,'Featured'),
                (68,'By Use Case / Lesson Planning and Teaching Copilots'),
                (74,'By Use Case / Assessment and Feedback'),(75,'By Use Case / Assessment and Feedback'),(76,'By Use Case / Assessment and Feedback'),
                (89,'Case Studies'),(95,'Open Source Projects'),(109,'Out of Scope')]:
    add(K, ln, ln, section=sec)

# ---- Sahandfer Papers.md
S = 'Sahandfer__Riiid-Answer-Correctness-Prediction.README.md'
add(S, 3, 3, section='Papers')
add(S, 26, 26, section='Papers')
add(S, 43, 43, section='Papers')
add(S, 54, 54, section='Papers / Areas to explore')
def sp(ln, title, year, sec):
    add(S, ln, ln, is_paper=True, title=title, year=year, section='Papers / '+sec)
sp(5, 'Saint', 2020, 'Recently added')
sp(9, 'Concept-aware deep knowledge tracing and exercise recommendation in an online learning system', 2019, 'Recently added')
sp(14, 'GIKT: A Graph-based Interaction Model for Knowledge Tracing', 2020, 'Graph')
sp(21, 'RKT : Relation-Aware Self-Attention for Knowledge Tracing', 2020, 'Transformers')
sp(22, 'A Self-Attentive model for Knowledge Tracing', 2019, 'Transformers')
sp(23, 'Deep knowledge tracing with transformers', 2020, 'Transformers')
sp(24, 'EKT: Exercise-aware Knowledge Tracing for Student Performance Prediction', 2019, 'Transformers')
sp(28, 'Deep Knowledge Tracing with Side Information', 2019, 'Deep/Bayesian')
sp(30, 'Extending Deep Knowledge Tracing: Inferring Interpretable Knowledge and Predicting Post-System Performance', 2020, 'Deep/Bayesian')
sp(31, 'Going Deeper with Deep Knowledge Tracing', 2016, 'Deep/Bayesian')
sp(34, 'Deep Knowledge Tracing and Dynamic Student Classification for Knowledge Tracing', 2018, 'Deep/Bayesian')
sp(35, 'How Deep is Knowledge Tracing?', 2016, 'Deep/Bayesian')
sp(36, 'Modeling Individualization in a Bayesian Networks Implementation of Knowledge Tracing', 2010, 'Deep/Bayesian')
sp(41, 'Towards an Appropriate Query, Key, and Value Computation for Knowledge Tracing', 2020, 'Key/Value')
sp(45, 'Domain Adaption for Knowledge Tracing', 2020, 'Others')
sp(48, 'Knowledge Tracing - Modeling the Acquisition of Procedural Knowledge', 1995, 'Others')

# ---- digest: heading per paper; raw = heading .. relevance-score line
T = 'TH-Koln-Bartnik__llm-edu-digest.README.md'
TL = lines(T)
def summ(start):
    s = TL[start-1+6]
    assert s.startswith('**Summary:** '), s
    return s[len('**Summary:** '):]
def dp(ln, title, aid, authors, end=None):
    add(T, ln, end or ln+12, is_paper=True, title=title, arxiv_id=aid, venue='arXiv 2026', year=2026,
        authors=authors, summary=summ(ln), section=None)
dp(7, 'Which Feedback Works for Whom? Differential Effects of LLM-Generated Feedback Elements Across Learner Profiles', '2602.11650',
   ['Momoka Furuhashi', 'Kouta Nakayama', 'Noboru Kawai', 'Takashi Kodama', 'Saku Sugawara'])
dp(23, 'Open TutorAI: An Open-source Platform for Personalized and Immersive Learning with Generative AI', '2602.07176',
   ['Mohamed El Hajji', 'Tarek Ait Baha', 'Aicha Dakir', 'Hammou Fadili', 'Youssef Es-Saady'])
dp(39, 'Visual Reasoning Benchmark: Evaluating Multimodal LLMs on Classroom-Authentic Visual Problems from Primary Education', '2602.12196',
   ['Mohamed Huti', 'Alasdair Mackintosh', 'Amy Waldock', 'Dominic Andrews', 'Maxime Lelièvre'])
dp(55, 'Interactive LLM-assisted Curriculum Learning for Multi-Task Evolutionary Policy Search', '2602.10891',
   ['Berfin Sakallioglu', 'Giorgia Nadizar', 'Eric Medvet'])
dp(71, 'Integrating Generative AI-enhanced Cognitive Systems in Higher Education: From Stakeholder Perceptions to a Conceptual Framework considering the EU AI Act', '2602.10802',
   ['Da-Lun Chen', 'Prasasthy Balasubramanian', 'Lauri Lovén', 'Susanna Pirttikangas', 'Jaakko Sauvola'])
dp(87, 'Drawing Your Programs: Exploring the Applications of Visual-Prompting with GenAI for Teaching and Assessment', '2602.10529',
   ['David H. Smith', 'S. Moonwara A. Monisha', 'Annapurna Vadaparty', 'Leo Porter', 'Daniel Zingaro'])
dp(103, 'LLM Reasoning Predicts When Models Are Right: Evidence from Coding Classroom Discourse', '2602.09832',
   ['Bakhtawar Ahtisham', 'Kirk Vanacore', 'Zhuqian Zhou', 'Jinsook Lee', 'Rene F. Kizilcec'])
dp(119, 'Letting Tutor Personas "Speak Up" for LLMs: Learning Steering Vectors from Dialogue via Preference Optimization', '2602.07639',
   ['Jaewook Lee', 'Alexander Scarlatos', 'Simon Woodhead', 'Andrew Lan'])
dp(135, 'Beyond End-to-End Video Models: An LLM-Based Multi-Agent System for Educational Video Generation', '2602.11790',
   ['Lingyong Yan', 'Jiulong Wu', 'Dong Xie', 'Weixian Shi', 'Deguo Xia'])
dp(151, 'ISD-Agent-Bench: A Comprehensive Benchmark for Evaluating LLM-based Instructional Design Agents', '2602.10620',
   ['YoungHoon Jeon', 'Suwan Kim', 'Haein Son', 'Sookbun Lee', 'Yeil Jeong'])
dp(167, "Llama-Polya: Instruction Tuning for Large Language Model based on Polya's Problem-solving", '2602.10597',
   ['Unggi Lee', 'Yeil Jeong', 'Chohui Lee', 'Gyuri Byun', 'Yunseo Lee'])
dp(183, 'The Vibe-Automation of Automation: A Proactive Education Framework for Computer Science in the Age of Generative AI', '2602.08295',
   ['Ilya Levin'])
dp(199, 'GPTZero: Robust Detection of LLM-Generated Texts', '2602.13042',
   ['George Alexandru Adam', 'Alexander Cui', 'Edwin Thomas', 'Emily Napier', 'Nazar Shmatko'])
dp(215, 'Knowledge-Based Design Requirements for Generative Social Robots in Higher Education', '2602.12873',
   ['Stephan Vonschallen', 'Dominique Oberle', 'Theresa Schmiedel', 'Friederike Eyssel'])
dp(231, 'iRULER: Intelligible Rubric-Based User-Defined LLM Evaluation for Revision', '2602.12779',
   ['Jingwen Bai', 'Wei Soon Cheong', 'Philippe Muller', 'Brian Y Lim'])
dp(247, 'AI Agents for Inventory Control: Human-LLM-OR Complementarity', '2602.12631',
   ['Jackie Baek', 'Yaopeng Fu', 'Will Ma', 'Tianyi Peng'])
dp(263, 'Benchmark Illusion: Disagreement among LLMs and Its Scientific Consequences', '2602.11898',
   ['Eddie Yang', 'Dashun Wang'])
dp(295, 'Same Feedback, Different Source: How AI vs. Human Feedback Shapes Learner Engagement', '2602.11311',
   ['Caitlin Morris', 'Pattie Maes'])
dp(343, 'From Search to GenAI Queries: Global Trends in Physics Information-Seeking Across Topics and Regions', '2602.09550',
   ['Yossi Ben-Zion', 'Omer Michaeli', 'Noah D. Finkelstein'])
# entry 24 is cut at the 16,000-character page end: no Links block survives
add(T, 375, 381, is_paper=True, title='Improving Data and Reward Design for Scientific Reasoning in Large Language Models',
    arxiv_id=None, venue='arXiv 2026', year=2026,
    authors=['Zijie Chen', 'Zhenghao Lin', 'Xiao Liu', 'Zhenzhong Lan', 'Yeyun Gong'],
    summary=summ(375), section=None)

out.sort(key=lambda r: (r['list'], r['line']))
with open(D+'labels.jsonl', 'w', encoding='utf-8') as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out))
