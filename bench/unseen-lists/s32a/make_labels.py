import json, os
D = __import__('os').path.dirname(__import__('os').path.abspath(__file__))
U = 'USTCAGI__Awesome-Papers-Retrieval-Augmented-Generation.README.md'
G = 'gabriben__awesome-generative-information-retrieval.README.md'
M = 'llm-lab-org__Multimodal-RAG-Survey.README.md'
S = 'shuishen112__Awesome-RAG.README.md'
cache = {}
def lines(f):
    if f not in cache:
        cache[f] = open(os.path.join(D, f), encoding='utf-8').read().split('\n')
    return cache[f]
out = []
def np_(f, line, section):
    out.append(dict(list=f, line=line, raw=lines(f)[line-1], is_paper=False, title=None, arxiv_id=None, doi=None,
                    url=None, venue=None, year=None, authors=[], code=None, summary=None, section=section))
def p(f, line, title, section, n=1, arxiv=None, doi=None, url=None, venue=None, year=None, authors=(), code=None):
    raw = '\n'.join(lines(f)[line-1:line-1+n])
    out.append(dict(list=f, line=line, raw=raw, is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url,
                    venue=venue, year=year, authors=list(authors), code=code, summary=None, section=section))

# ---- USTCAGI
B = 'Catalogue / Basic RAG Approaches'; A = 'Catalogue / Advanced RAG Approaches'; R = 'Catalogue / RAG Applications'
np_(U, 9, B)
p(U, 15, 'Precise Zero-Shot Dense Retrieval without Relevance Labels', B + ' / User Intent Understanding',
  doi='10.18653/v1/2023.acl-long.99', url='https://doi.org/10.18653/v1/2023.acl-long.99')
np_(U, 37, B)
np_(U, 63, B + ' / Answer Generation')
np_(U, 69, B)
p(U, 73, 'KAUCUS: Knowledge Augmented User Simulators for Training Language Model Assistants', B + ' / Knowledge Citation',
  url='https://aclanthology.org/2024.scichat-1.5/')
p(U, 81, 'When Language Model Meets Private Library', A + ' / RAG Training',
  doi='10.18653/v1/2022.findings-emnlp.21', url='https://doi.org/10.18653/v1/2022.findings-emnlp.21')
p(U, 83, 'CodeGen: An Open Large Language Model for Code with Multi-Turn Program Synthesis', A + ' / RAG Training', arxiv='2203.13474')
p(U, 87, 'Make-an-audio: Text-to-audio generation with prompt-enhanced diffusion models', A + ' / Multimodal RAG',
  url='https://proceedings.mlr.press/v202/huang23i.html')
np_(U, 111, R)
p(U, 113, 'Leveraging Passage Retrieval with Generative Models for Open Domain Question Answering', R + ' / RAG for Text',
  doi='10.18653/v1/2021.eacl-main.74', url='https://doi.org/10.18653/v1/2021.eacl-main.74')
np_(U, 119, R)
p(U, 121, 'Retrieval-Based Neural Code Generation', R + ' / RAG for Code',
  doi='10.18653/v1/d18-1111', url='https://doi.org/10.18653/v1/d18-1111')
p(U, 133, 'Make-an-audio: Text-to-audio generation with prompt-enhanced diffusion models', R + ' / RAG for Audio',
  url='https://proceedings.mlr.press/v202/huang23i.html')
p(U, 137, 'Retrievegan: Image synthesis via differentiable patch retrieval', R + ' / RAG for Image', arxiv='2007.08513')
p(U, 139, 'Instance-conditioned gan', R + ' / RAG for Image', arxiv='2109.05070')
p(U, 141, 'Memory-driven text-to-image generation', R + ' / RAG for Image', arxiv='2208.07022')
p(U, 147, 'Retrieval Augmented Convolutional Encoder-decoder Networks for Video Captioning', R + ' / RAG for Video',
  doi='10.1145/3539225', url='https://doi.org/10.1145/3539225')
np_(U, 167, R)
p(U, 171, 'Prompt-based 3d molecular diffusion models for structure-based drug design', R + ' / RAG for Science',
  url='https://openreview.net/forum?id=FWsGuAFn3n')

# ---- gabriben
RAG = 'Grounded Answer Generation / Retrieval Augmented Generation (RAG)'
DID = 'Generative Document Retrieval / Generate a Document ID as an identifier'
np_(G, 9, 'Table of Contents')
np_(G, 15, 'Table of Contents')
np_(G, 44, 'Live Generative Retrieval')
p(G, 123, 'KAMEL : Knowledge Analysis with Multitoken Entities in Language Models', 'Datasets', n=3,
  url='https://www.akbc.ws/2022/assets/pdfs/15_kamel_knowledge_analysis_with_.pdf', venue='AKBC 2022', year=2022,
  authors=['Jan-Christoph Kalo', 'Leandra Fichtel'])
np_(G, 141, 'Tools')
p(G, 183, 'Report on the 1st Workshop on Generative Information Retrieval (Gen-IR 2023) at SIGIR 2023', 'Epistemology Papers', n=3,
  url='https://sigir.org/wp-content/uploads/2023/12/p13.pdf', venue='SIGIR Forum 2023', year=2023,
  authors=['Gabriel Bénédict', 'Ruqing Zhang', 'Donald Metzler', 'Andrew Yates', 'Romain Deffayet', 'Philipp Hager', 'Sami Jullien'])
p(G, 195, 'Large Search Model: Redefining Search Stack in the Era of LLMs', 'Epistemology Papers', n=3,
  url='https://sigir.org/wp-content/uploads/2023/12/p23.pdf', venue='SIGIR Forum 2023', year=2023,
  authors=['Liang Wang', 'Nan Yang', 'Xiaolong Huang', 'Linjun Yang', 'Rangan Majumder', 'Furu Wei'])
p(G, 295, 'SuRe: Improving Open-domain Question Answering of LLMs via Summarized Retrieval', RAG, n=3,
  url='https://openreview.net/forum?id=w4DW6qkRmt', venue='ICLR 2024', year=2024, authors=[])
p(G, 323, 'RA-DIT: Retrieval-Augmented Dual Instruction Tuning', RAG, n=3, arxiv='2310.01352', venue='arXiv 2023', year=2023,
  authors=['Xi Victoria Lin', 'Xilun Chen', 'Mingda Chen', 'Weijia Shi', 'Maria Lomeli', 'Rich James', 'Pedro Rodriguez',
           'Jacob Kahn', 'Gergely Szilvasy', 'Mike Lewis', 'Luke Zettlemoyer', 'Scott Yih'])
p(G, 335, 'Surface-Based Retrieval Reduces Perplexity of Retrieval-Augmented Language Models', RAG, n=3,
  url='https://aclanthology.org/2023.acl-short.45/', venue='ACL 2023', year=2023,
  authors=['Ehsan Doostmohammadi', 'Tobias Norlund', 'Marco Kuhlmann', 'Richard Johansson'])
p(G, 383, 'In-Context Retrieval-Augmented Language Models', RAG, n=3,
  url='https://uploads-ssl.webflow.com/60fd4503684b466578c0d307/63c6c20dec4479564db21819_NEW_In_Context_Retrieval_Augmented_Language_Models.pdf',
  venue='AI21 Labs 2023', year=2023, code='https://github.com/AI21Labs/in-context-ralm',
  authors=['Ori Ram', 'Yoav Levine', 'Itay Dalmedigos', 'Dor Muhlgay', 'Amnon Shashua', 'Kevin Leyton-Brown', 'Yoav Shoham'])
p(G, 403, 'Improving language models by retrieving from trillions of tokens', RAG, n=3, arxiv='2112.04426', venue='arXiv 2022', year=2022,
  authors=[a.strip() for a in 'Sebastian Borgeaud, Arthur Mensch, Jordan Hoffmann, Trevor Cai, Eliza Rutherford, Katie Millican, George van den Driessche, Jean-Baptiste Lespiau, Bogdan Damoc, Aidan Clark, Diego de Las Casas, Aurelia Guy, Jacob Menick, Roman Ring, Tom Hennigan, Saffron Huang, Loren Maggiore, Chris Jones, Albin Cassirer, Andy Brock, Michela Paganini, Geoffrey Irving, Oriol Vinyals, Simon Osindero, Karen Simonyan, Jack W. Rae, Erich Elsen, Laurent Sifre'.split(',')])
p(G, 411, 'WebGPT: Browser-assisted question-answering with human feedback', RAG, n=3, arxiv='2112.09332', venue='arXiv 2021', year=2021,
  authors=[a.strip() for a in 'Reiichiro Nakano, Jacob Hilton, Suchir Balaji, Jeff Wu, Long Ouyang, Christina Kim, Christopher Hesse, Shantanu Jain, Vineet Kosaraju, William Saunders, Xu Jiang, Karl Cobbe, Tyna Eloundou, Gretchen Krueger, Kevin Button, Matthew Knight, Benjamin Chess, John Schulman'.split(',')])
p(G, 439, 'Leveraging Passage Retrieval with Generative Models for Open Domain Question Answering', 'Grounded Answer Generation / LLM Memory Manipulation', n=3,
  arxiv='2007.01282', venue='arXiv 2023', year=2023, authors=['Gautier Izacard', 'Edouard Grave'])
p(G, 527, 'ReAct: Synergizing Reasoning and Acting in Language Models', 'Grounded Answer Generation / Prompting', n=3,
  arxiv='2210.03629', venue='arXiv 2022', year=2022,
  authors=['Shunyu Yao', 'Jeffrey Zhao', 'Dian Yu', 'Nan Du', 'Izhak Shafran', 'Karthik Narasimhan', 'Yuan Cao'])
p(G, 547, 'Auto Search Indexer for End-to-End Document Retrieval', DID, n=3,
  url='https://aclanthology.org/2023.findings-emnlp.464.pdf', venue='EMNLP 2023', year=2023,
  authors=['Tianchi Yang', 'Minghui Song', 'Zihan Zhang', 'Haizhen Huang', 'Weiwei Deng', 'Feng Sun', 'Qi Zhang'])
p(G, 555, 'Continual Learning for Generative Retrieval over Dynamic Corpora', DID, n=3, arxiv='2308.14968', venue='CIKM 2023', year=2023,
  authors=['Jiangui Chen', 'Ruqing Zhang', 'Jiafeng Guo', 'Maarten de Rijke', 'Wei Chen', 'Yixing Fan', 'Xueqi Cheng'])
p(G, 567, 'Multiview Identifiers Enhanced Generative Retrieval', DID, n=3, arxiv='2305.16675', venue='ACL 2023', year=2023,
  authors=['Yongqi Li', 'Nan Yang', 'Liang Wang', 'Furu Wei', 'Wenjie Li'])
p(G, 688, 'Generating Factually Consistent Sport Highlights Narrations', 'Summarization and Document Rewriting', n=3,
  url='https://dl.acm.org/doi/10.1145/3606038.3616157', venue='MMSports 2023', year=2023,
  authors=['Noah Sarfati', 'Ido Yerushalmy', 'Michael Chertok', 'Yosi Keller'])
p(G, 723, 'RecFusion: A Binomial Diffusion Process for 1D Data for Recommendation', 'Generative Recommendation', n=3,
  arxiv='2306.08947', venue='arXiv 2023', year=2023,
  authors=['Gabriel Bénédict', 'Olivier Jeunen', 'Samuele Papa', 'Samarth Bhargav', 'Daan Odijk', 'Maarten de Rijke'])

# ---- llm-lab-org Multimodal
DS = 'Overview of Popular Datasets'
np_(M, 10, 'List of Contents'); np_(M, 16, 'List of Contents'); np_(M, 34, 'List of Contents')
np_(M, 77, DS + ' / Image-Text'); np_(M, 115, DS + ' / Video-Text'); np_(M, 126, DS + ' / Audio-Text')
np_(M, 147, DS + ' / Fashion'); np_(M, 149, DS + ' / Fashion'); np_(M, 159, DS + ' / QA')
SV = 'Papers / RAG-related Surveys'; EF = 'Papers / Retrieval Strategies Advances / Efficient-Search and Similarity Retrieval'
p(M, 194, 'Searching for Best Practices in Retrieval-Augmented Generation', SV, arxiv='2407.01219')
p(M, 195, 'Retrieval-Augmented Generation for Natural Language Processing: A Survey', SV, arxiv='2407.13193')
p(M, 205, 'Query-Aware Quantization for Maximum Inner Product Search', EF, url='https://ojs.aaai.org/index.php/AAAI/article/view/25613')
p(M, 208, 'BanditMIPS: Faster Maximum Inner Product Search in High Dimensions', EF, url='https://openreview.net/forum?id=FKkkdyRdsD')
p(M, 224, 'Wiki-LLaVA: Hierarchical Retrieval-Augmented Generation for Multimodal LLMs', 'Papers / Augmentation Technique / Context-Enrichment',
  url='https://openaccess.thecvf.com/content/CVPR2024/html/Caffagni_Wiki-LLaVA_Hierarchical_Retrieval-Augmented_Generation_for_Multimodal_LLMs_CVPR_2024_paper.html')
AI = 'Papers / Augmentation Technique / Adaptive and Iterative Retrieval'
p(M, 232, 'Iterative Retrieval Augmentation for Multi-Modal Knowledge Integration and Generation', AI,
  doi='10.36227/techrxiv.172840252.24352951/v1', url='http://dx.doi.org/10.36227/techrxiv.172840252.24352951/v1')
p(M, 234, 'Self-adaptive Multimodal Retrieval-Augmented Generation', AI, arxiv='2410.11321')
p(M, 245, 'UniRAG: Universal Retrieval Augmentation for Multi-Modal Large Language Models', 'Papers / Generation Technique / In-Context Learning', arxiv='2405.10311')
p(M, 267, 'MegaPairs: Massive Data Synthesis For Universal Multimodal Retrieval', 'Papers / Generation Technique / Instruction Tuning', arxiv='2412.14475')
SA = 'Papers / Generation Technique / Source Attribution and Evidence Transparency'
p(M, 273, 'MuRAR: A Simple and Effective Multimodal Retrieval and Answer Refinement Framework for Multimodal Question Answering', SA, arxiv='2408.08521')
p(M, 275, 'OMG-QA: Building Open-Domain Multi-Modal Generative Question Answering Systems', SA, url='https://aclanthology.org/2024.emnlp-industry.75.pdf')

# ---- shuishen112 tables
RR = 'Text-based RAG / Robust RAG'
def t(line, title, section, arxiv=None, url=None, venue=None, year=None, code=None):
    p(S, line, title, section, arxiv=arxiv, url=url, venue=venue, year=year, code=code)
t(14, 'Making Retrieval-Augmented Language Models Robust to Irrelevant Context', RR, arxiv='2310.01558', venue='ICLR 2023', year=2023)
t(21, 'Chain-of-Note: Enhancing Robustness in Retrieval-Augmented Language Models', RR, arxiv='2311.09210', venue='EMNLP 2024', year=2024)
t(22, 'RbFT: Robust Fine-tuning for Retrieval-Augmented Generation against Retrieval Defects', RR, arxiv='2501.18365', venue='arXiv 2025', year=2025)
t(26, 'ReliabilityRAG: Effective and Provably Robust Defense for RAG-based Web-Search', RR, arxiv='2509.23519', venue='NeurIPS 2025', year=2025)
t(27, 'SeCon-RAG: A Two-Stage Semantic Filtering and Conflict-Free Framework for Trustworthy RAG', RR, arxiv='2510.09710', venue='NeurIPS 2025', year=2025)
AT = RR + ' / attack the RAG system'
t(34, 'PoisonedRAG: Knowledge corruption attacks to Retrieval-Augmented generation of large language models', AT,
  url='https://www.usenix.org/conference/usenixsecurity25/presentation/zou-poisonedrag', venue='arXiv 2023', year=2023)
t(35, 'Poisoning Retrieval Corpora by Injecting Adversarial Passages', AT, arxiv='2310.19156', venue='arXiv 2023', year=2023)
t(37, 'Trojanrag: Retrieval-augmented generation can be backdoor driver in large language models', AT, arxiv='2405.13401', venue='arXiv 2024', year=2024)
t(38, '"Glue pizza and eat rocks"--Exploiting Vulnerabilities in Retrieval-Augmented Generative Models', AT, arxiv='2406.19417', venue='arXiv 2024', year=2024)
CS = RR + ' / Confidence score'
t(51, 'Corrective Retrieval Augmented Generation', CS, arxiv='2401.15884', venue='arXiv 2024', year=2024)
t(53, 'Retrieval-Augmented Generation with Estimation of Source Reliability', CS, arxiv='2410.22954', venue='EMNLP 2025', year=2025)
t(68, 'KNOWLEDGE CARD: FILLING LLMS’ KNOWLEDGE GAPS WITH PLUG-IN SPECIALIZED LANGUAGE MODELS', 'Parametric RAG', arxiv='2305.09955', venue='ICLR 2024', year=2024)
t(69, 'DisentQA: Disentangling Parametric and Contextual Knowledge with Counterfactual Question Answering', 'Parametric RAG', arxiv='2211.05655', venue='arXiv 2022', year=2022)
t(70, 'Training Plug-and-Play Knowledge Modules with Deep Context Distillation', 'Parametric RAG', arxiv='2503.08727', venue='COLM 2025', year=2025)
t(71, 'Plug-and-Play Document Modules for Pre-trained Models', 'Parametric RAG', arxiv='2305.17660', venue='ACL 2023', year=2023,
  code='https://github.com/thunlp/Document-Plugin')
t(77, 'LaRA: Benchmarking Retrieval-Augmented Generation and Long-Context LLMs - No Silver Bullet for LC or RAG Routing', 'Benchmark',
  arxiv='2502.09977', venue='ICML 2025', year=2025, code='https://github.com/Alibaba-NLP/LaRA')
t(84, 'Improving Retrieval-Augmented Generation in Medicine with Iterative Follow-up Questions', 'Application / medical RAG', arxiv='2408.00727', venue='arXiv 2024', year=2024)
t(90, 'LLM-GUIDED HIERARCHICAL RETRIEVAL', 'Novel methods', arxiv='2510.13217', venue='arXiv 2025', year=2025)
t(95, 'Selfcheckgpt: Zero-resource black-box hallucination detection for generative large language models', 'Hallucination', arxiv='2303.08896', venue='arXiv 2024', year=2024)
t(96, 'Detecting hallucinations in large language models using semantic entropy', 'Hallucination',
  url='https://www.nature.com/articles/s41586-024-07421-0.pdf', venue='arXiv 2024', year=2024)

# sanity: every sampled line labelled once, titles occur in raw
samp = json.load(open(os.path.join(D, 'sample.json'), encoding='utf-8'))
want = {(s['list'], s['line']) for s in samp}
have = [(o['list'], o['line']) for o in out]
assert set(have) == want and len(have) == len(want), (want - set(have), set(have) - want)
for o in out:
    if o['is_paper']:
        for k in ('arxiv_id', 'code'):
            if o[k]: assert o[k] in o['raw'], (o['line'], k)
        if o['url']: assert o['url'] in o['raw'], o['line']
        for a in o['authors']: assert a in o['raw'], (o['line'], a)
out.sort(key=lambda o: (o['list'], o['line']))
with open(os.path.join(D, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), sum(o['is_paper'] for o in out))
