"""Write labels.jsonl from the hand labels below; raw text is cut from the saved lists."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
X = 'xiyuanzh__awesome-llm-time-series.README.md'
Q = 'qingsongedu__Awesome-TimeSeries-SpatioTemporal-LM-LLM.README.md'
B = 'bighuang624__Time-Series-Papers.README.md'
G = 'gengdd__Awesome-Time-Series-Spatio-Temporal.README.md'


def NP(lst, line, section=None, end=None):
    return dict(lst=lst, line=line, end=end, is_paper=False, section=section)


def P(lst, line, title, arxiv=None, url=None, venue=None, year=None, authors=None,
      code=None, summary=None, section=None, end=None):
    return dict(lst=lst, line=line, end=end, is_paper=True, title=title, arxiv_id=arxiv,
                url=url, venue=venue, year=year, authors=authors or [], code=code,
                summary=summary, section=section)


L = [
    # xiyuanzh: table Date|Paper|Institute|Conference|Domain|Task|LLM
    NP(X, 18), NP(X, 21),
    P(X, 30, 'Leveraging Language Foundation Models for Human Mobility Forecasting', '2209.05479',
      venue='SIGSPATIAL 2022', year=2022, section='Taxonomy / Prompting'),
    P(X, 32, 'TabLLM: Few-shot Classification of Tabular Data with Large Language Models', '2210.10723',
      venue='AISTATS 2023', year=2023, section='Taxonomy / Prompting'),
    P(X, 33, 'BloombergGPT: A Large Language Model for Finance', '2303.17564',
      venue='arXiv', year=2023, section='Taxonomy / Prompting'),
    P(X, 35, 'Large Language Models are Few-Shot Health Learners', '2305.15525',
      venue='arXiv', year=2023, section='Taxonomy / Prompting'),
    P(X, 52, 'AudioLM: a Language Modeling Approach to Audio Generation', '2209.03143',
      venue='arXiv', year=2022, section='Taxonomy / Quantization'),
    P(X, 55, 'SpeechGPT: Empowering Large Language Models with Intrinsic Cross-Modal Conversational Abilities',
      url='https://aclanthology.org/2023.findings-emnlp.1055/', venue='EMNLP 2023 Findings', year=2023,
      section='Taxonomy / Quantization'),
    P(X, 76, 'Can Brain Signals Reveal Inner Alignment with Human Languages?', '2208.06348',
      venue='EMNLP 2023 Findings', year=2023, section='Taxonomy / Alignment'),
    P(X, 85, 'Time-LLM: Time Series Forecasting by Reprogramming Large Language Models', '2310.01728',
      venue='ICLR 2024', year=2024, section='Taxonomy / Alignment'),
    P(X, 86, 'TEMPO: Prompt-based Generative Pre-trained Transformer for Time Series Forecasting', '2310.04948',
      venue='ICLR 2024', year=2024, section='Taxonomy / Alignment'),
    P(X, 87, 'Lag-Llama: Towards Foundation Models for Time Series Forecasting', '2310.08278',
      venue='NeurIPS 2023 Workshop', year=2023, section='Taxonomy / Alignment'),
    P(X, 88, 'UniTime: A Language-Empowered Unified Model for Cross-Domain Time Series Forecasting', '2310.09751',
      venue='WWW 2024', year=2024, section='Taxonomy / Alignment'),
    P(X, 103, 'Leveraging Vision-Language Models for Granular Market Change Prediction', '2301.10166',
      venue='AAAI 2023 Workshop', year=2023, section='Taxonomy / Vision'),
    P(X, 106, 'PandaGPT: One Model To Instruction-Follow Them All', '2305.16355',
      venue='arXiv', year=2023, section='Taxonomy / Vision'),
    P(X, 116, 'ToolLLM: Facilitating Large Language Models to Master 16000+ Real-world APIs', '2307.16789',
      venue='ICLR 2024', year=2024, section='Taxonomy / Tool'),
    NP(X, 127, 'Datasets'), NP(X, 129, 'Datasets'), NP(X, 130, 'Datasets'), NP(X, 132, 'Datasets'),

    # qingsongedu: "* Title, in *Venue* Year, [\[paper\]](...) [\[official code\]](...)"
    P(Q, 36, 'Tiny Time Mixers (TTMs): Fast Pretrained Models for Enhanced Zero/Few-Shot Forecasting of Multivariate Time Series',
      '2401.03955', venue='arXiv 2024', year=2024, section='LLMs for Time Series / General Time Series Analysis'),
    P(Q, 40, 'LLM4TS: Two-Stage Fine-Tuning for Time-Series Forecasting with Pre-Trained LLMs', '2308.08469',
      venue='arXiv 2023', year=2023, section='LLMs for Time Series / General Time Series Analysis'),
    P(Q, 42, 'PromptCast: A New Prompt-based Learning Paradigm for Time Series Forecasting', '2210.08964',
      venue='arXiv 2022', year=2022, section='LLMs for Time Series / General Time Series Analysis'),
    P(Q, 50, 'Leveraging Language Foundation Models for Human Mobility Forecasting', '2209.05479',
      venue='SIGSPATIAL 2022', year=2022, section='LLMs for Time Series / Transportation Application'),
    P(Q, 57, 'The Wall Street Neophyte: A Zero-Shot Analysis of ChatGPT Over MultiModal Stock Movement Prediction Challenges',
      '2304.05351', venue='arXiv 2023', year=2023, section='LLMs for Time Series / Finance Application'),
    P(Q, 72, 'SimMTM: A Simple Pre-Training Framework for Masked Time-Series Modeling', '2302.00861',
      venue='NeurIPS 2023', year=2023, section='PFMs for Time Series / General Time Series Analysis'),
    P(Q, 78, 'TS2Vec: Towards Universal Representation of Time Series', '2106.10466', venue='AAAI 2022', year=2022,
      code='https://github.com/yuezhihan/ts2vec', section='PFMs for Time Series / General Time Series Analysis'),
    P(Q, 82, 'Prompt-augmented Temporal Point Process for Streaming Event Sequence', '2310.04993',
      venue='NeurIPS 2023', year=2023, code='https://github.com/yanyanSann/PromptTPP',
      section='PFMs for Time Series / Event Analysis'),
    P(Q, 86, 'Chatgpt-Informed Graph Neural Network for Stock Movement Prediction', '2306.03763',
      venue='arXiv 2023', year=2023, section='LLMs for Spatio-Temporal Graphs'),
    P(Q, 90, 'When do Contrastive Learning Signals help Spatio-Temporal Graph Forecasting?', '2108.11873',
      venue='SIGSPATIAL 2023', year=2023, section='PFMs for Spatio-Temporal Graphs / General Purposes'),
    P(Q, 106, 'Building Transportation Foundation Model via Generative Graph Transformer', '2305.14826',
      venue='arXiv 2023', year=2023, section='PFMs for Spatio-Temporal Graphs / Transportation'),
    P(Q, 129, 'mPLUG-2: A Modularized Multi-modal Foundation Model Across Text, Image and Video',
      url='https://openreview.net/pdf?id=DSOmy0ScK6', venue='ICML 2023', year=2023, section='PFMs for Video Data'),
    NP(Q, 140, 'PFMs for Video Data / Datasets / Traffic Application'),
    NP(Q, 152, 'PFMs for Video Data / Datasets / Healthcare Application'),
    NP(Q, 157, 'PFMs for Video Data / Datasets / Weather Application'),
    NP(Q, 159, 'PFMs for Video Data / Datasets / Weather Application'),
    NP(Q, 174, 'PFMs for Video Data / Datasets / Video Application'),
    P(Q, 199, 'Harnessing the Power of LLMs in Practice: A Survey on ChatGPT and Beyond', '2304.13712',
      venue='arXiv 2023', year=2023, code='https://github.com/Mooler0410/LLMsPracticalGuide',
      section='Related LLM/LM/FM Resources / Survey'),
    P(Q, 201, 'Beyond One-Model-Fits-All: A Survey of Domain Specialization for Large Language Models', '2305.18703',
      venue='arXiv 2023', year=2023, section='Related LLM/LM/FM Resources / Survey'),
    P(Q, 203, 'FinGPT: Open-Source Financial Large Language Models', '2306.06031', venue='arXiv 2023', year=2023,
      code='https://github.com/AI4Finance-Foundation/FinGPT', section='Related LLM/LM/FM Resources / Survey'),

    # bighuang624: "- **Title** (**VENUE2018**) [[paper](...)] [[code](...)] *" + nested EN/ZH description bullets
    NP(B, 3), NP(B, 6),
    NP(B, 23, 'Catelog (目录)'), NP(B, 28, 'Catelog (目录)'), NP(B, 29, 'Catelog (目录)'),
    NP(B, 30, 'Catelog (目录)'), NP(B, 33, 'Catelog (目录)'), NP(B, 44, 'Catelog (目录)'),
    NP(B, 60, 'Catelog (目录)'),
    P(B, 139, 'The UEA multivariate time series classificationarchive, 2018', '1811.00075', year=2018,
      summary='Release 30 multivariate time series classification datasets and benchmark results with three standard classifiers: 1NN + ED/DTW_I/DTW_D',
      section='Time Series Classification (时间序列分类) / 2018', end=141),
    P(B, 143, 'Transfer learning for time series classification', '1811.01533', venue='IEEE Big Data 2018',
      year=2018, code='https://github.com/hfawaz/bigdata18',
      summary="Extensive experiments show that transferring the network's weights works on time series classification task, and the choice of the source dataset impacts significantly on the model's generalization capabilities",
      section='Time Series Classification (时间序列分类) / 2018', end=145),
    P(B, 149, 'Time series classification from scratch with deep neural networks: A strong baseline', '1611.06455',
      venue='IJCNN 2017', year=2017,
      code='https://paperswithcode.com/paper/time-series-classification-from-scratch-with#code',
      summary='Propose *Fully Convolutional Network (FCN)*, which can be a strong baseline for similar tasks as one of the earliest deep learning time series classifiers',
      section='Time Series Classification (时间序列分类) / 2017', end=151),
    P(B, 179, 'k-Shape: Efficient and Accurate Clustering of Time Series',
      url='http://web2.cs.columbia.edu/~gravano/Papers/2015/sigmod2015.pdf', venue='SIGMOD 2015', year=2015,
      code='https://github.com/Mic92/kshape',
      summary='Propose *k-Shape*, a partitional clustering algorithm that preserves the shapes of time series, which computes centroids effectively under the scaling and shift invariances',
      section='Time Series Clustering (时间序列聚类) / 2015', end=181),
    P(B, 204, 'Transfer Learning for Time Series Anomaly Detection',
      url='https://pdfs.semanticscholar.org/189e/d4bac3df3068efe5a2fdd042431f848eaba6.pdf?_ga=2.170098407.67314887.1556198862-162043056.1543142349',
      venue='PKDD/ECML 2017', year=2017,
      summary='Introduce two decision functions to guide instance-based transfer learning for time series anomaly detection. A decision function decides whether an instance from source domain should be transfered or not',
      section='Anomaly Detection (异常检测) / 2017', end=206),
    P(B, 218, 'An Empirical Evaluation of Generic Convolutional and Recurrent Networks for Sequence Modeling',
      '1803.01271', year=2018, code='https://paperswithcode.com/paper/an-empirical-evaluation-of-generic',
      summary='Present a *temporal convolutional network (TCN)*, which contains causal convolutions, dilated convolutions and residual connections',
      section='Sequence Modeling (序列建模) / Supervised (有监督) / 2018', end=220),
    P(B, 222, 'Multilevel Wavelet Decomposition Network for Interpretable Time Series Analysis', '1806.08946',
      venue='KDD 2018', year=2018,
      code='https://paperswithcode.com/paper/multilevel-wavelet-decomposition-network-for',
      summary='Propose a wavelet-based neural network structure called *multilevel Wavelet Decomposition Network (mWDN)*, which preserves the advantage of multilevel discrete wavelet decomposition in frequency learning while enables the fine-tuning of all parameters under a deep neural network framework',
      section='Sequence Modeling (序列建模) / Supervised (有监督) / 2018', end=225),
    P(B, 235, 'Adversarial Unsupervised Representation Learning for Activity Time-Series', '1811.06847',
      venue='AAAI 2019', year=2019,
      summary='Propose an unsupervised representation learning method *activity2vec* for activity time-series, which learns representations at various levels of time granularity in the adversarial training setting',
      section='Sequence Modeling (序列建模) / Unsupervised (无监督) / 2019', end=237),
    P(B, 305, 'Data-driven Neural Architecture Learning For Financial Time-series Forecasting', '1903.06751',
      year=2019,
      summary='Adapt *Heterogeneous Multilayer Generalized Operational Perceptron (HeMLGOP)* algorithm to progressively learn a heterogeneous neural architecture for the given financial time series forecasting problem with imbalanced data distribution problem',
      section='Others (其他) / 2019', end=307),

    # gengdd: "- [VENUE YEAR] Title.[Paper](...).[Code](...)"
    NP(G, 7), NP(G, 8), NP(G, 9), NP(G, 11), NP(G, 13), NP(G, 15),
    P(G, 28, 'MICN: Multi-scale Local and Global Context Modeling for Long-term Series Forecasting',
      url='https://openreview.net/pdf?id=zt53IDUR1U', venue='ICLR 2023', year=2023,
      code='https://github.com/wanghq21/MICN', section='Time Series / Time Series Forecasting / ICLR/ICML/NIPS'),
    P(G, 29, 'Crossformer: Transformer Utilizing Cross-Dimension Dependency for Multivariate Time Series Forecasting',
      url='https://openreview.net/pdf?id=vSVLM2j9eie', venue='ICLR 2023', year=2023,
      code='https://github.com/Thinklab-SJTU/Crossformer', section='Time Series / Time Series Forecasting / ICLR/ICML/NIPS'),
    P(G, 31, 'FiLM: Frequency improved Legendre Memory Model for Long-term Time Series Forecasting', '2205.08897',
      venue='NIPS 2022', year=2022, code='https://github.com/tianzhou2011/FiLM/',
      section='Time Series / Time Series Forecasting / ICLR/ICML/NIPS'),
    P(G, 33, 'SCINet: Time Series Modeling and Forecasting with Sample Convolution and Interaction', '2106.09305',
      venue='NIPS 2022', year=2022, code='https://github.com/cure-lab/SCINet',
      section='Time Series / Time Series Forecasting / ICLR/ICML/NIPS'),
    P(G, 34, 'Generative Time Series Forecasting with Diffusion, Denoise, and Disentanglement', '2301.03028',
      venue='NIPS 2022', year=2022, code='https://github.com/PaddlePaddle/PaddleSpatial/tree/main/research/D3VAE',
      section='Time Series / Time Series Forecasting / ICLR/ICML/NIPS'),
    P(G, 40, 'N-HiTS: Neural Hierarchical Interpolation for Time Series Forecasting', '2201.12886',
      venue='AAAI 2023', year=2023, code='https://github.com/Nixtla/neuralforecast',
      section='Time Series / Time Series Forecasting / AAAI/KDD/ICDE/VLDB/IJCAI'),
    P(G, 41, 'Are Transformers Effective for Time Series Forecasting?', '2205.13504',
      venue='AAAI 2023', year=2023, code='https://github.com/cure-lab/LTSF-Linear',
      section='Time Series / Time Series Forecasting / AAAI/KDD/ICDE/VLDB/IJCAI'),
    P(G, 43, 'Learning to Rotate: Quaternion Transformer for Complicated Periodical Time Series Forecasting',
      url='https://dl.acm.org/doi/abs/10.1145/3534678.3539234', venue='KDD 2022', year=2022,
      section='Time Series / Time Series Forecasting / AAAI/KDD/ICDE/VLDB/IJCAI'),
    P(G, 51, 'Unsupervised Model Selection for Time Series Anomaly Detection',
      url='https://openreview.net/pdf?id=gOZ_pKANaPW', venue='ICLR 2023', year=2023,
      code='https://github.com/mononitogoswami/tsad-model-selection',
      section='Time Series / Time Series Anomaly Detection / ICLR/ICML/NIPS'),
    P(G, 52, 'Deep Variational Graph Convolutional Recurrent Network for Multivariate Time Series Anomaly Detection',
      url='https://proceedings.mlr.press/v162/chen22x/chen22x.pdf', venue='ICML 2022', year=2022,
      section='Time Series / Time Series Anomaly Detection / ICLR/ICML/NIPS'),
    P(G, 54, 'Graph-Augmented Normalizing Flows for Anomaly Detection of Multiple Time Series', '2202.07857',
      venue='ICLR 2022', year=2022, code='https://github.com/EnyanDai/GANF',
      section='Time Series / Time Series Anomaly Detection / ICLR/ICML/NIPS'),
    P(G, 70, 'Utilizing Expert Features for Contrastive Learning of Time-Series Representations', '2206.11517',
      venue='ICML 2022', year=2022, section='Time Series / Time Series Representation Learning / ICLR/ICML/NIPS'),
    P(G, 81, 'Multivariate Time-series Imputation with Disentangled Temporal Representations',
      url='https://openreview.net/pdf?id=rdjeCNUS6TG', venue='ICLR 2023', year=2023,
      code='https://github.com/liuwj2000/TIDER', section='Time Series / Time Series Imputation / ICLR/ICML/NIPS'),
    P(G, 82, 'Filling the G_ap_s: Multivariate Time Series Imputation by Graph Neural Networks', '2108.00298',
      venue='ICLR 2022', year=2022, code='https://github.com/Graph-Machine-Learning-Group/grin',
      section='Time Series / Time Series Imputation / ICLR/ICML/NIPS'),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
cache = {}
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
    for e in L:
        if e['lst'] not in cache:
            with open(os.path.join(HERE, e['lst']), encoding='utf-8') as fh:
                cache[e['lst']] = fh.read().split('\n')
        lines = cache[e['lst']]
        raw = '\n'.join(lines[e['line'] - 1:(e['end'] or e['line'])])
        rec = dict.fromkeys(KEYS)
        rec.update(list=e['lst'], line=e['line'], raw=raw, is_paper=e['is_paper'], authors=[],
                   section=e.get('section'))
        if e['is_paper']:
            for k in ('title', 'url', 'venue', 'year', 'authors', 'code', 'summary'):
                rec[k] = e[k]
            rec['arxiv_id'] = e['arxiv_id']
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
print(len(L))
