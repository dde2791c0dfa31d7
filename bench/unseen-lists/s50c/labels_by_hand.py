import json
D='/work/main/bench/unseen-lists/s50c/'
LA='LAMDA-Tabular__Tabular-Survey.README.md'
JX='jxucoder__Awesome-Tabular-Foundation-Models.README.md'
WW='wwweiwei__awesome-self-supervised-learning-for-tabular-data.README.md'
files={}
def lines(f):
    if f not in files: files[f]=open(D+f,encoding='utf-8').read().split('\n')
    return files[f]
def P(f,start,end,title,arxiv=None,url=None,venue=None,year=None,authors=None,code=None,summary=None,section=None):
    return dict(list=f,line=start,raw='\n'.join(lines(f)[start-1:end]),is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=authors or [],code=code,summary=summary,section=section)
def N(f,start,end,section):
    return dict(list=f,line=start,raw='\n'.join(lines(f)[start-1:end]),is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
L=[]
# ---- LAMDA-Tabular/Tabular-Survey
S='Some Basic Resources / Benchmarks'
L.append(P(LA,38,38,'A Closer Look at Deep Learning Methods on Tabular Datasets',arxiv='2407.00956',venue='CoRR 2024',year=2024,code='https://github.com/qile2000/LAMDA-TALENT',section=S))
L.append(P(LA,44,44,'Revisiting Deep Learning Models for Tabular Data',arxiv='2106.11959',venue='NeurIPS 2021',year=2021,code='https://github.com/yandex-research/rtdl-revisiting-models',section=S))
L.append(P(LA,45,45,'Well-tuned Simple Nets Excel on Tabular Datasets',arxiv='2106.11189',venue='NeurIPS 2021',year=2021,code='https://github.com/machinelearningnuremberg/WellTunedSimpleNets',section=S))
S='Some Basic Resources / Other Awesome Repositories / TabPFN and its extensions'
L.append(P(LA,62,62,'TabICL: A Tabular Foundation Model for In-Context Learning on Large Data',arxiv='2502.05564',code='https://github.com/soda-inria/tabicl',section=S))
L.append(P(LA,66,66,'GAMFormer',arxiv='2410.04560',section=S))
S='Transferable Methods'
L.append(P(LA,138,138,'Dora: Domain-based self-supervised learning framework for low-resource real estate appraisal',url='https://dl.acm.org/doi/abs/10.1145/3583780.3615470',venue='CIKM 2023',year=2023,code='https://github.com/wwweiwei/DoRA',section=S))
L.append(P(LA,143,143,'Unlocking the transferability of tokens in deep models for tabular data',arxiv='2310.15149',venue='CoRR 2023',year=2023,section=S))
L.append(P(LA,148,148,'Large language models for automated data science: Introducing caafe for context-aware automated feature engineering',url='https://proceedings.neurips.cc/paper_files/paper/2023/hash/8c2df4c35cdbee764ebb9e9d0acd5197-Abstract-Conference.html',venue='NeurIPS 2023',year=2023,code='https://github.com/noahho/CAAFE',section=S))
S='General Methods'
L.append(P(LA,178,178,'Accurate predictions on small data with a tabular foundation model',url='https://www.nature.com/articles/s41586-024-08328-6',venue='Nature 2025',year=2025,code='https://github.com/PriorLabs/TabPFN',section=S))
L.append(P(LA,180,180,'Zero-shot meta-learning for tabular prediction tasks with adversarially pre-trained transformer',arxiv='2502.04573',venue='CoRR 2025',year=2025,code='https://github.com/yulun-rayn/APT',section=S))
L.append(P(LA,187,187,'Mixture of incontext prompters for tabular pfns',arxiv='2405.16156',venue='CoRR 2024',year=2024,section=S))
L.append(P(LA,190,190,'Tabflex: Scaling tabular learning to millions with linear attention',url='https://openreview.net/forum?id=f8aganC0tN',venue='NeurIPS 2024 WS',year=2024,section=S))
L.append(P(LA,192,192,'Large scale transfer learning for tabular data via language modeling',url='https://proceedings.neurips.cc/paper_files/paper/2024/hash/4fd5cfd2e31bebbccfa5ffa354c04bdc-Abstract-Conference.html',venue='NeurIPS 2024',year=2024,code='https://github.com/mlfoundations/rtfm',section=S))
S='Ensemble Methods'
L.append(P(LA,211,211,'GRANDE: gradient-based decision tree ensembles for tabular data',url='https://openreview.net/forum?id=XEFWBxi075',venue='ICLR 2024',year=2024,code='https://github.com/s-marton/GRANDE',section=S))
L.append(P(LA,212,212,'Training-free generalization on heterogeneous tabular data via meta-representation',arxiv='2311.00055',venue='CoRR 2023',year=2023,section=S))
L.append(P(LA,224,224,'Interpretable Deep Clustering for Tabular Data',url='https://proceedings.mlr.press/v235/svirsky24a.html',section='Extensions / Clustering'))
L.append(P(LA,238,238,'Causality for tabular data synthesis: A high-order structure causal benchmark framework',arxiv='2406.08311',section='Extensions / Tabular Generation'))
L.append(P(LA,253,253,'Driftresilient tabpfn: In-context learning temporal distribution shifts on tabular data',url='https://proceedings.neurips.cc/paper_files/paper/2024/hash/b2e2774c8e76afe191b5bf518f5cb727-Abstract-Conference.html',section='Extensions / Open-Environment Tabular Machine Learning'))
L.append(N(LA,286,286,'Workshops'))
L.append(N(LA,287,287,'Workshops'))
# ---- jxucoder/Awesome-Tabular-Foundation-Models
L.append(N(JX,15,15,'Why Tabular Foundation Models? / The Case for LTMs'))
L.append(N(JX,25,25,'Why Tabular Foundation Models? / Why Tabular FMs Have Been Overlooked'))
for n in (41,44,46,51,53,56):
    L.append(N(JX,n,n,'Contents'))
for n in (63,65,80):
    L.append(N(JX,n,n,'Software & Code'))
S='Papers / Tabular Classification & Regression'
L.append(N(JX,155,158,S))
L.append(P(JX,180,183,'TuneTables: Context Optimization for Scalable Prior-Data Fitted Networks',arxiv='2402.11137',venue='ICML 2024',year=2024,
  authors=['Benjamin Feuer','Kelly Zhang','Jennifer J. Sun','Asma Ghandeharioun','Frank Hutter'],code='https://github.com/automl/TuneTables',
  summary='Proposes "context optimization" (prompt tuning) to scale PFNs to larger datasets and improve performance by optimizing the input context.',section=S))
L.append(P(JX,210,213,'TabSTAR: A Foundation Tabular Model With Semantically Target-Aware Representations',arxiv='2505.18125',venue='NeurIPS 2025',year=2025,
  authors=['Alan Arazi','Eilam Shapira','Roi Reichart'],code='https://github.com/alanarazi7/TabSTAR',
  summary="Introduces target-aware tokens that integrate the target variable's identity as model input, combined with semantic encoding via a pretrained language model. Achieves state-of-the-art on classification benchmarks with text features through multi-task pretraining and LoRA finetuning.",section=S))
L.append(P(JX,235,238,'TabDPT-Turbo: Efficient In-Context Learning for Tabular Prediction',arxiv='2608.01400',venue='ICML 2026 FMSD Workshop',year=2026,
  authors=['Rasa Hosseinzadeh','Alex Labach','Zexin Xue','Shuyi Han','Valentin Thomas','Anthony L. Caterini'],code='https://github.com/layer6ai-labs/TabDPT-inference',
  summary='An efficiency-focused variant of TabDPT that speeds up in-context learning for tabular prediction.',section=S))
L.append(P(JX,240,243,'Localized TabICLv2: Scaling Tabular In-Context Learning through k-NN',arxiv='2608.16429',venue='ICML 2026 FMSD Workshop',year=2026,
  authors=['Beimnet Bekele Guta'],
  summary='Scales TabICLv2 to larger datasets by restricting the in-context examples to a k-nearest-neighbor retrieval around each query.',section=S))
L.append(P(JX,260,263,'TFM-Retouche: A Lightweight Input-Space Adapter for Tabular Foundation Models',arxiv='2605.06047',venue='ICML 2026 FMSD Workshop',year=2026,
  authors=['Duong Nguyen','Mohammed Jawhar','Nicolas Chesneau'],
  summary='Adapts frozen tabular foundation models to new tasks via a lightweight input-space transformation rather than fine-tuning model weights.',section=S))
L.append(P(JX,270,273,'Bounded Context Management for Tabular Foundation Models on Stream Learning',arxiv='2606.18677',venue='ICML 2026 FMSD Workshop',year=2026,
  authors=['Jinmo Lee','Doyun Choi','Moongi Choi','Jaemin Yoo'],code='https://github.com/morcellinus/CURE-ICML-FMSD',
  summary='Manages a bounded in-context set so that tabular foundation models can operate under streaming data with limited memory.',section=S))
L.append(P(JX,285,288,'Correcting Class Imbalance in Prior-Data Fitted Networks for Tabular Classification',arxiv='2605.21742',venue='ICML 2026 FMSD Workshop',year=2026,
  authors=['Samuel McDowell','Nathan Stromberg','Lalitha Sankar'],
  summary='Addresses degraded PFN performance under class imbalance in tabular classification.',section=S))
L.append(P(JX,330,330,'Orion-MSP: Multi-Scale Sparse Attention for Ta',section=S))
# ---- wwweiwei/awesome-self-supervised-learning-for-tabular-data
S='Papers / Predictive Learning'
L.append(P(WW,30,30,'TaBERT: Pretraining for Joint Understanding of Textual and Tabular Data',arxiv='2005.08314',venue='ACL 2020',year=2020,section=S))
L.append(N(WW,31,31,S))
L.append(P(WW,32,32,'TABBIE: Pretrained Representations of Tabular Data',arxiv='2105.02584',venue='NAACL 2021',year=2021,code='https://github.com/SFIG611/tabbie',section=S))
L.append(P(WW,34,34,'TabTransformer: Tabular Data Modeling Using Contextual Embeddings',arxiv='2012.06678',section=S))
L.append(P(WW,35,35,'TabNet: Attentive Interpretable Tabular Learning',arxiv='1908.07442',venue='AAAI 2021',year=2021,code='https://github.com/dreamquark-ai/tabnet',section=S))
L.append(P(WW,38,38,'LIFT: Language-Interfaced Fine-Tuning for Non-language Machine Learning Tasks',arxiv='2206.06565',venue='NeurIPS 2022',year=2022,code='https://github.com/UW-Madison-Lee-Lab/LanguageInterfacedFineTuning',section=S))
L.append(P(WW,41,41,'Revisiting Self-Training with Regularized Pseudo-Labeling for Tabular Data',arxiv='2302.14013',venue='arXiv 2023',year=2023,section=S))
L.append(P(WW,42,42,'Generative Table Pre-training Empowers Models for Tabular Prediction',arxiv='2305.09696',venue='EMNLP 2023',year=2023,code='https://github.com/ZhangTP1996/TapTap',section=S))
L.append(P(WW,46,46,'Self-supervised Representation Learning from Random Data Projectors',arxiv='2310.07756',venue='NeurIPS 2023 TRL Workshop',year=2023,code='https://github.com/layer6ai-labs/lfr',section=S))
L.append(P(WW,48,48,'Making Pre-trained Language Models Great on Tabular Prediction',url='https://openreview.net/pdf?id=anzIzGZuLi',venue='ICLR 2024',year=2024,section=S))
S='Papers / Contrastive Learning'
L.append(P(WW,54,54,'STab: Self-supervised Learning for Tabular Data',url='https://openreview.net/pdf?id=EfR55bFcrcI',venue='NeurIPS 2022 Workshop on TRL',year=2022,section=S))
L.append(P(WW,56,56,'PTaRL: Prototype-based Tabular Representation Learning via Space Calibration',url='https://openreview.net/pdf?id=G32oY4Vnm8',venue='ICLR 2024',year=2024,section=S))
S='Papers / Hybrid Learning'
L.append(P(WW,59,59,'SubTab: Subsetting Features of Tabular Data for Self-Supervised Representation Learning',arxiv='2110.04361',venue='NeurIPS 2021',year=2021,code='https://github.com/AstraZeneca/SubTab',section=S))
L.append(P(WW,63,63,'ReConTab: Regularized Contrastive Representation Learning for Tabular Data',arxiv='2310.18541',venue='NeurIPS 2023 Workshop on TRL',year=2023,section=S))
S='Benchmarks'
L.append(P(WW,72,72,'TabularBench',arxiv='2207.08815',year=2022,authors=['Grinsztajn'],section=S))
L.append(P(WW,73,73,'TabZilla',arxiv='2305.02997',year=2023,authors=['McElfresh'],section=S))
L.append(N(WW,77,77,'Tutorials'))
S='Related Survey'
L.append(P(WW,85,85,'Beyond Just Vision: A Review on Self-Supervised Representation Learning on Multimodal and Temporal Data',arxiv='2206.02353',section=S))
L.append(P(WW,87,87,'On the Opportunities and Challenges of Foundation Models for Geospatial Artificial Intelligence',arxiv='2304.06798',section=S))
L.append(N(WW,91,91,'Tools & Libraries'))
with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for r in L: f.write(json.dumps(r,ensure_ascii=False)+'\n')
print(len(L))
