import json
S = {}
for l in open('sample.jsonl', encoding='utf-8'):
    r = json.loads(l); S[(r['list'], r['line'])] = r['raw']
T = 'TongjiFinLab__awesome-time-series-forecasting.README.md'
D = 'ddz16__TSFpaper.README.md'
Q = 'qingsongedu__time-series-transformers-review.README.md'
out = []
def P(lst, line, title, venue, year, authors=(), arxiv=None, url=None, code=None, section=None):
    out.append(dict(list=lst, line=line, raw=S[(lst, line)], is_paper=True, title=title, arxiv_id=arxiv, doi=None,
                    url=url, venue=venue, year=year, authors=list(authors), code=code, summary=None, section=section))
def N(lst, line, section):
    out.append(dict(list=lst, line=line, raw=S[(lst, line)], is_paper=False, title=None, arxiv_id=None, doi=None,
                    url=None, venue=None, year=None, authors=[], code=None, summary=None, section=section))
# TongjiFinLab
for ln in (15, 17, 18, 19, 21, 28):
    N(T, ln, 'Contents')
A = 'A. LLM-based Financial Time Series Forecasting Models'
B = 'B. LLM-based Financial Models'
C = 'C. Graph Neural Network-based Models'
Dd = 'D. Reinforcement Learning-based Models'
E = 'E. Transformer-based Models'
F = 'F. Generative Methods based Models'
P(T, 69, 'Unified Training of Universal Time Series Forecasting Transformers', 'ICML 2024', 2024,
  ['Gerald Woo', 'Chenghao Liu', 'Akshat Kumar', 'Caiming Xiong', 'Silvio Savarese', 'Doyen Sahoo'], arxiv='2402.02592', section=A)
P(T, 78, 'LLM-Based Routing in Mixture of Experts: A Novel Framework for Trading', 'AAAI 2025', 2025,
  ['Kuan-Ming Liu', 'Ming-Chih Lo'], arxiv='2501.09636', section=B + ' / AI Agents for Finance')
P(T, 82, 'TradingAgents: Multi-Agents LLM Financial Trading Framework', 'AAAI 2025', 2025,
  ['Yijia Xiao', 'Edward Sun', 'Di Luo', 'Wei Wang'], arxiv='2412.20138', section=B + ' / AI Agents for Finance')
P(T, 116, 'LLMFactor: Extracting Profitable Factors through Prompts for Explainable Stock Movement Prediction', 'ACL 2024', 2024,
  ['Meiyun Wang', 'Kiyoshi Izumi', 'Hiroki Sakaji'], url='https://aclanthology.org/2024.findings-acl.185.pdf', section=B + ' / Stock Prediction and Analysis')
P(T, 146, 'FinGPT: Democratizing Internet-scale Data for Financial Large Language Models', 'NeurIPS 2023', 2023,
  ['Xiao-Yang Liu', 'Guoxuan Wang', 'Hongyang Yang', 'Daochen Zha'], arxiv='2307.10485', code='https://github.com/AI4Finance-Foundation/FinGPT', section=B + ' / Benchmarks and Datasets')
P(T, 183, 'Relational Temporal Graph Convolutional Networks for Ranking-Based Stock Prediction', 'ICDE 2023', 2023,
  ['Zetao Zheng', 'Jie Shao', 'Jia Zhu', 'Heng Tao Shen'], url='https://ieeexplore.ieee.org/document/10184655', code='https://github.com/zhengzetao/RTGCN', section=C)
P(T, 199, 'REST: Relational Event-driven Stock Trend Forecasting', 'WWW 2021', 2021,
  ['Wentao Xu', 'Weiqing Liu', 'Chang Xu', 'Jiang Bian', 'Jian Yin', 'Tie-Yan Liu'], arxiv='2102.07372', section=C)
P(T, 203, 'Knowledge Graph-based Event Embedding Framework for Financial Quantitative Investments', 'SIGIR 2020', 2020,
  ['Dawei Cheng', 'Fangzhou Yang', 'Xiaoyang Wang', 'Ying Zhang', 'Liqing Zhang'], url='https://dl.acm.org/doi/abs/10.1145/3397271.3401427', section=C)
P(T, 222, 'FreQuant: A Reinforcement-Learning based Adaptive Portfolio Optimization with Multi-frequency Decomposition', 'KDD 2024', 2024,
  ['Jihyeong Jeon', 'Jiwon Park', 'Chanhee Park', 'U Kang'], url='https://dl.acm.org/doi/10.1145/3637528.3671668', section=Dd)
P(T, 226, 'MacroHFT: Memory Augmented Context-aware Reinforcement Learning On High Frequency Trading', 'KDD 2024', 2024,
  ['Chuqiao Zong', 'Chaojie Wang', 'Molei Qin', 'Lei Feng', 'Xinrun Wang', 'Bo An'], arxiv='2406.14537', code='https://github.com/ZONG0004/MacroHFT', section=Dd)
P(T, 234, 'NGDRL: A Dynamic News Graph-Based Deep Reinforcement Learning Framework for Portfolio Optimization', 'DASFAA 2024', 2024,
  ['Yuxuan Bian', 'Haoyu Sun', 'Yang Lei', 'Peng Zhu', 'Dawei Cheng'], url='https://link.springer.com/chapter/10.1007/978-981-97-5572-1_29', section=Dd)
P(T, 249, 'MASTER: Market-Guided Stock Transformer for Stock Price Forecasting', 'AAAI 2024', 2024,
  ['Tong Li', 'Zhaoyang Liu', 'Yanyan Shen', 'Xue Wang', 'Haokun Chen', 'Sen Huang'], url='https://ojs.aaai.org/index.php/AAAI/article/view/27767', code='https://github.com/SJTU-DMTai/MASTER', section=E)
P(T, 266, 'Learning Multiple Stock Trading Patterns with Temporal Routing Adaptor and Optimal Transport', 'KDD 2021', 2021,
  ['Hengxu Lin', 'Dong Zhou', 'Weiqing Liu', 'Jiang Bian'], arxiv='2106.12950', code='https://github.com/microsoft/qlib/tree/main/examples/benchmarks/TRA', section=E)
P(T, 281, 'Market-GAN: Adding Control to Financial Market Data Generation with Semantic Context', 'AAAI 2024', 2024,
  ['Haochong Xia', 'Shuo Sun', 'Xinrun Wang', 'Bo An'], arxiv='2309.07708', code='https://github.com/XiaHaochong98/Market-GAN', section=F)
# ddz16
TR = 'Transformer.'
P(D, 18, 'Enhancing the Locality and Breaking the Memory Bottleneck of Transformer on Time Series Forecasting', 'NIPS 2019', 2019, arxiv='1907.00235',
  code='https://github.com/AIStream-Peelout/flow-forecast/blob/master/flood_forecast/transformer_xl/transformer_bottleneck.py', section=TR)
P(D, 27, 'FEDformer: Frequency Enhanced Decomposed Transformer for Long-term Series Forecasting', 'ICML 2022', 2022, arxiv='2201.12740',
  code='https://github.com/MAZiqing/FEDformer', section=TR)
P(D, 28, 'ETSformer: Exponential Smoothing Transformers for Time-series Forecasting', 'arXiv 2022', 2022, arxiv='2202.01381',
  code='https://github.com/salesforce/etsformer', section=TR)
P(D, 29, 'TACTiS: Transformer-Attentional Copulas for Time Series', 'ICML 2022', 2022, arxiv='2202.03528',
  code='https://github.com/ServiceNow/tactis', section=TR)
P(D, 30, 'Triformer: Triangular, Variable-Specific Attentions for Long Sequence Multivariate Time Series Forecasting', 'IJCAI 2022', 2022, arxiv='2204.13767',
  code='https://github.com/razvanc92/triformer', section=TR)
P(D, 31, 'First De-Trend then Attend: Rethinking Attention for Time-Series Forecasting', 'NIPSW 2022', 2022, arxiv='2212.08151',
  code='https://github.com/BeBeYourLove/TDformer', section=TR)
P(D, 32, 'Non-stationary Transformers: Rethinking the Stationarity in Time Series Forecasting', 'NIPS 2022', 2022, arxiv='2205.14415',
  code='https://github.com/thuml/Nonstationary_Transformers', section=TR)
P(D, 33, 'Scaleformer: Iterative Multi-scale Refining Transformers for Time Series Forecasting', 'ICLR 2023', 2023, arxiv='2206.04038',
  code='https://github.com/BorealisAI/scaleformer', section=TR)
P(D, 34, 'Learning to Rotate: Quaternion Transformer for Complicated Periodical Time Series Forecasting', 'KDD 2022', 2022,
  url='https://dl.acm.org/doi/abs/10.1145/3534678.3539234', code='https://github.com/DAMO-DI-ML/KDD2022-Quatformer', section=TR)
P(D, 55, 'Multi-Horizon Time Series Forecasting with Temporal Attention Learning', 'KDD 2019', 2019,
  url='https://dl.acm.org/doi/abs/10.1145/3292500.3330662', section='RNN.')
P(D, 58, 'C2FAR: Coarse-to-Fine Autoregressive Networks for Precise Probabilistic Forecasting', 'NIPS 2022', 2022,
  url='https://openreview.net/forum?id=lHuPdoHBxbg', code='https://github.com/huaweicloud/c2far_forecasting', section='RNN.')
P(D, 84, 'Think Globally, Act Locally: A Deep Neural Network Approach to High-Dimensional Time Series Forecasting', 'NIPS 2019', 2019, arxiv='1905.03806',
  code='https://github.com/rajatsen91/deepglo', section='TCN.')
P(D, 85, 'DSANet: Dual Self-Attention Network for Multivariate Time Series Forecasting', 'CIKM 2019', 2019,
  url='https://dl.acm.org/doi/abs/10.1145/3357384.3358132', code='https://github.com/bighuang624/DSANet', section='TCN.')
P(D, 88, 'MICN: Multi-scale Local and Global Context Modeling for Long-term Series Forecasting', 'ICLR 2023', 2023,
  url='https://openreview.net/forum?id=zt53IDUR1U', code='https://github.com/whq13018258357/MICN', section='TCN.')
P(D, 92, 'Cross-LKTCN: Modern Convolution Utilizing Cross-Variable Dependency for Multivariate Time Series Forecasting Dependency for Multivariate Time Series Forecasting',
  'arXiv 2023', 2023, arxiv='2306.02326', section='TCN.')
P(D, 100, 'Effectively Modeling Time Series with Simple Discrete State Spaces', 'ICLR 2023', 2023, arxiv='2303.09489',
  code='https://github.com/hazyresearch/spacetime', section='SSM (State Space Model)')
P(D, 115, 'CSDI: Conditional Score-based Diffusion Models for Probabilistic Time Series Imputation', 'NIPS 2021', 2021, arxiv='2107.03502',
  code='https://github.com/ermongroup/csdi', section='Generation Model.')
P(D, 117, 'Generative Time Series Forecasting with Diffusion, Denoise, and Disentanglement', 'NIPS 2022', 2022, arxiv='2301.03028',
  code='https://github.com/paddlepaddle/paddlespatial', section='Generation Model.')
P(D, 120, 'Hybrid Variational Autoencoder for Time Series Forecasting', 'arXiv 2023', 2023, arxiv='2303.07048', section='Generation Model.')
P(D, 133, 'FrAug: Frequency Domain Augmentation for Time Series Forecasting', 'arXiv 2023', 2023, arxiv='2302.09292',
  code='https://anonymous.4open.science/r/Fraug-more-results-1785', section='Plug and Play (Model-Agnostic).')
# qingsongedu
AD = 'Application Domains of Time Series Transformers'
TF = AD + ' / Transformers in Forecasting / Time Series Forecasting'
P(Q, 48, 'Crossformer: Transformer Utilizing Cross-Dimension Dependency for Multivariate Time Series Forecasting', 'ICLR 2023', 2023,
  url='https://openreview.net/forum?id=vSVLM2j9eie', section=TF)
P(Q, 52, 'FEDformer: Frequency Enhanced Decomposed Transformer for Long-term Series Forecasting', 'ICML 2022', 2022, arxiv='2201.12740',
  code='https://github.com/MAZiqing/FEDformer', section=TF)
P(Q, 55, 'Autoformer: Decomposition transformers with auto-correlation for long-term series forecasting', 'NeurIPS 2021', 2021,
  url='https://proceedings.neurips.cc/paper/2021/hash/bcc0d400288793e8bdcd7c19a8ac0c2b-Abstract.html', code='https://github.com/thuml/autoformer', section=TF)
P(Q, 56, 'Informer: Beyond efficient transformer for long sequence time-series forecasting', 'AAAI 2021', 2021,
  url='https://www.aaai.org/AAAI21Papers/AAAI-7346.ZhouHaoyi.pdf', code='https://github.com/zhouhaoyi/Informer2020', section=TF)
P(Q, 57, 'Temporal fusion transformers for interpretable multi-horizon time series forecasting', 'International Journal of Forecasting 2021', 2021,
  url='https://www.sciencedirect.com/science/article/pii/S0169207021000637', code='https://github.com/mattsherar/Temporal_Fusion_Transform', section=TF)
P(Q, 61, 'Enhancing the locality and breaking the memory bottleneck of transformer on time series forecasting', 'NeurIPS 2019', 2019,
  url='https://proceedings.neurips.cc/paper/2019/hash/6775a0635c302542da2c32aa19d86be0-Abstract.html', code='https://github.com/mlpotter/Transformer_Time_Series', section=TF)
ST = AD + ' / Transformers in Forecasting / Spatio-Temporal Forecasting'
P(Q, 70, 'Earthformer: Exploring Space-Time Transformers for Earth System Forecasting', 'NeurIPS 2022', 2022, arxiv='2207.05833',
  code='https://github.com/amazon-science/earth-forecasting-transformer', section=ST)
P(Q, 71, 'Bidirectional Spatial-Temporal Adaptive Transformer for Urban Traffic Flow Forecasting', 'TNNLS 2022', 2022,
  url='https://ieeexplore.ieee.org/abstract/document/9810964', section=ST)
P(Q, 77, 'Transformer Embeddings of Irregularly Spaced Events and Their Participants', 'ICLR 2022', 2022,
  url='https://openreview.net/forum?id=Rty5g9imm7H', code='https://github.com/yangalan123/anhp-andtt', section=AD + ' / Transformers in Forecasting / Event Forecasting')
AN = AD + ' / Transformers in Anomaly Detection'
P(Q, 84, 'CAT: Beyond Efficient Transformer for Content-Aware Anomaly Detection in Event Sequences', 'KDD 2022', 2022,
  url='https://dl.acm.org/doi/abs/10.1145/3534678.3539155', code='https://github.com/mmichaelzhang/CAT', section=AN)
P(Q, 86, 'Concept Drift Adaptation for Time Series Anomaly Detection via Transformer', 'Neural Processing Letters 2022', 2022,
  url='https://link.springer.com/article/10.1007/s11063-022-11015-0', section=AN)
P(Q, 88, 'TranAD: Deep Transformer Networks for Anomaly Detection in Multivariate Time Series Data', 'VLDB 2022', 2022, arxiv='2201.07284',
  code='https://github.com/imperial-qore/tranad', section=AN)
P(Q, 92, 'Variational Transformer-based anomaly detection approach for multivariate time series', 'Measurement 2022', 2022,
  url='https://www.sciencedirect.com/science/article/abs/pii/S0263224122000914', section=AN)
P(Q, 99, 'Gated Transformer Networks for Multivariate Time Series Classification', 'arXiv 2021', 2021, arxiv='2103.14438',
  code='https://github.com/ZZUFaceBookDL/GTN', section=AD + ' / Transformers in Classification')
P(Q, 110, 'Deep learning for time series forecasting: a survey', 'Big Data 2021', 2021,
  url='https://www.liebertpub.com/doi/abs/10.1089/big.2020.0159', section='Time Series Related Survey')
OT = 'Transformer/Attention Tutorial/Survey in Other Disciplines'
N(Q, 120, OT)
P(Q, 124, 'A General Survey on Attention Mechanisms in Deep Learning', 'IEEE TKDE 2022', 2022,
  url='https://personal.eur.nl/frasincar/papers/TKDE2022/tkde2022.pdf', section=OT)
P(Q, 130, 'An attentive survey of attention models', 'ACM TIST 2021', 2021, arxiv='1904.02874', section=OT)
P(Q, 133, 'A review on the attention mechanism of deep learning', 'Neurocomputing 2021', 2021,
  url='https://www.sciencedirect.com/science/article/abs/pii/S092523122100477X', section=OT)
P(Q, 138, 'Transformers in Medical Imaging: A Survey', 'arXiv 2022', 2022, arxiv='2201.09873', section=OT)
assert len(out) == 60, len(out)
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
# check raw in file at line
for r in out:
    lines = open(r['list'], encoding='utf-8').read().split('\n')
    raw = r['raw'].split('\n')
    assert lines[r['line'] - 1:r['line'] - 1 + len(raw)] == raw, (r['list'], r['line'])
print('ok', len(out), sum(r['is_paper'] for r in out))
