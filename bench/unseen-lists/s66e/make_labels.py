#!/usr/bin/env python3
"""Hand-written labels (read by eye from the saved files); raw is copied from the file at `line`."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
LM = 'LMissher__Awesome-Spatio-Temporal-Foundation-Models.README.md'
LC = 'LibCity__Bigscity-LibCity-PaperList.README.md'
JW = 'jwwthu__DL4Traffic.README.md'

def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, section=None, doi=None, summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=summary, section=section)

def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)

DHP = 'Data Harmonization / Preprocessing'
DHE = 'Data Harmonization / Embedding'
DHS = 'Data Harmonization / Side Information'
PMS = 'Primitive Model Design / Spatial'
L = {}
# ---- LMissher (bullets: Title (Tag), in *Venue* Year. [[paper](..)] [[official-code](..)])
L[(LM, 47)] = N('Contents')
L[(LM, 99)] = P('Pre-Training General Trajectory Embeddings With Maximum Multi-View Entropy Coding', url='https://ieeexplore.ieee.org/document/10375102', venue='TKDE 2023', year=2023, code='https://github.com/Logan-Lin/MMTEC', section=DHE)
L[(LM, 83)] = P('VideoLLM: Modeling Video Sequence with Large Language Models', arxiv='2305.13292', venue='arXiv 2023', year=2023, code='https://github.com/cg1177/VideoLLM', section=DHP)
L[(LM, 111)] = P('ClimaX: A foundation model for weather and climate', url='https://proceedings.mlr.press/v202/nguyen23a/nguyen23a.pdf', venue='ICML 2023', year=2023, code='https://github.com/microsoft/ClimaX', section=DHE)
L[(LM, 156)] = P('Zero-Shot Video Question Answering via Frozen Bidirectional Language Models', arxiv='2206.08155', venue='NeurIPS 2022', year=2022, code='https://github.com/antoyang/FrozenBiLM', section=DHS)
L[(LM, 190)] = P('Diffusion Probabilistic Modeling for Fine-Grained Urban Traffic Flow Inference with Relaxed Structural Constraint', url='https://ieeexplore.ieee.org/document/10096169', venue='ICASSP 2023', year=2023, section=PMS)
L[(LM, 178)] = P('Spatial Structure-Aware Road Network Embedding via Graph Contrastive Learning', url='https://openproceedings.org/2023/conf/edbt/paper-193.pdf', venue='EDBT 2023', year=2023, code='https://github.com/changyanchuan/SARN', section=PMS)
L[(LM, 164)] = P('Efficient Large-Scale Traffic Forecasting with Transformers: A Spatial Data Management Perspective', arxiv='2412.09972', venue='KDD 2025', year=2025, code='https://github.com/lmissher/patchstg', section=DHS)
L[(LM, 45)] = N('Contents')
L[(LM, 38)] = N('Contents')
L[(LM, 150)] = P('Back to the Future: Towards Explainable Temporal Reasoning with Large Language Models', url='https://dl.acm.org/doi/10.1145/3589334.3645376', venue='WWW 2024', year=2024, code='https://github.com/chenhan97/TimeLlama', section=DHS)
L[(LM, 180)] = P('Spatial-Temporal Graph Learning with Adversarial Contrastive Adaptation', url='https://proceedings.mlr.press/v202/zhang23p.html', venue='ICML 2023', year=2023, code='https://github.com/HKUDS/GraphST', section=PMS)
L[(LM, 192)] = P('DiffUFlow: Robust Fine-grained Urban Flow Inference with Denoising Diffusion Model', url='https://dl.acm.org/doi/10.1145/3583780.3614842', venue='CIKM 2023', year=2023, section=PMS)
L[(LM, 43)] = N('Contents')
L[(LM, 202)] = P('Causal Deciphering and Inpainting in Spatio-Temporal Dynamics via Diffusion Model', arxiv='2409.19608', venue='NeurIPS 2024', year=2024, section=PMS)
# truncated at the read_file page cut: the saved entry gives only the start of the title
L[(LM, 204)] = P('WeatherGFM: Learning a Weather Generalist Foundation Model via In', section=PMS)
L[(LM, 123)] = P('Retrieving-to-Answer: Zero-Shot Video Question Answering with Frozen Large Language Models', arxiv='2306.11732', venue='ICCV 2023 Workshop', year=2023, section=DHE)
L[(LM, 36)] = N('Contents')
# the survey's byline under its own heading: names people, not a paper entry
L[(LM, 15)] = N('Unraveling Spatio-Temporal Foundation Models via the Pipeline Lens: A Comprehensive Review')
L[(LM, 49)] = N('Contents')
# ---- LibCity (1. **Title.** *Authors.* Venue Year. [link](..), under bold year lines)
L[(LC, 55)] = P('Disentangled Multi-Relational Graph Convolutional Network for Pedestrian Trajectory Prediction', url='https://ojs.aaai.org/index.php/AAAI/article/view/16174', venue='AAAI 2021', year=2021, authors=['Inhwan Bae', 'Hae-Gon Jeon'], section='AAAI / 2021')
L[(LC, 67)] = N('AAAI')
L[(LC, 56)] = P('FC-GAGA: Fully Connected Gated Graph Architecture for Spatio-Temporal Traffic Forecasting', url='https://ojs.aaai.org/index.php/AAAI/article/view/17114', venue='AAAI 2021', year=2021, authors=['Boris N. Oreshkin', 'Arezou Amini', 'Lucy Coyle', 'Mark Coates'], section='AAAI / 2021')
L[(LC, 62)] = P('CARPe Posterum: A Convolutional Approach for Real-Time Pedestrian Path Prediction', arxiv='2005.12469', venue='AAAI 2021', year=2021, authors=['Matias Mendieta', 'Hamed Tabkhi'], section='AAAI / 2021')
L[(LC, 95)] = P('Revisiting Spatial-Temporal Similarity: A Deep Learning Framework for Traffic Prediction', url='https://ojs.aaai.org//index.php/AAAI/article/view/4511', venue='AAAI 2019', year=2019, authors=['Huaxiu Yao', 'Xianfeng Tang', 'Hua Wei', 'Guanjie Zheng', 'Zhenhui Li'], section='AAAI / 2019')
L[(LC, 76)] = P('Time2Graph: Revisiting Time Series Modeling with Dynamic Shapelets', url='https://ojs.aaai.org//index.php/AAAI/article/view/5769', venue='AAAI 2020', year=2020, authors=['Ziqiang Cheng', 'Yang Yang', 'Wei Wang', 'Wenjie Hu', 'Yueting Zhuang', 'Guojie Song'], section='AAAI / 2020')
L[(LC, 65)] = P('GSNet: Learning Spatial-Temporal Correlations from Geographical and Semantic Aspects for Traffic Accident Risk Forecasting', url='https://ojs.aaai.org/index.php/AAAI/article/view/16566', venue='AAAI 2021', year=2021, authors=['Beibei Wang', 'Youfang Lin', 'Shengnan Guo', 'Huaiyu Wan'], section='AAAI / 2021')
L[(LC, 47)] = N('AAAI')
L[(LC, 41)] = N('Surveys')
L[(LC, 60)] = P('Community-Aware Multi-Task Transportation Demand Prediction', url='https://ojs.aaai.org/index.php/AAAI/article/view/16107', venue='AAAI 2021', year=2021, authors=['Hao Liu', 'Qiyu Wu', 'Fuzhen Zhuang', 'Xinjiang Lu', 'Dejing Dou', 'Hui Xiong'], section='AAAI / 2021')
L[(LC, 85)] = P('RiskOracle: A Minute-Level Citywide Traffic Accident Forecasting Framework', url='https://ojs.aaai.org//index.php/AAAI/article/view/5480', venue='AAAI 2020', year=2020, authors=['Zhengyang Zhou', 'Yang Wang', 'Xike Xie', 'Lianliang Chen', 'Hengchang Liu'], section='AAAI / 2020')
# the author italics end with a stray "AAAI." which is not a person
L[(LC, 98)] = P('TrafficPredict: Trajectory Prediction for Heterogeneous Traffic-Agents', url='https://ojs.aaai.org//index.php/AAAI/article/view/4569', venue='AAAI 2019', year=2019, authors=['Yuexin Ma', 'Xinge Zhu', 'Sibo Zhang', 'Ruigang Yang', 'Wenping Wang', 'Dinesh Manocha'], section='AAAI / 2019')
L[(LC, 19)] = N(None)
L[(LC, 44)] = P('A Brief Overview of Machine Learning Methods for Short-term Traffic Forecasting and Future Directions', url='https://dl.acm.org/doi/10.1145/3231541.3231544', venue='SIGSPATIAL 2018', year=2018, authors=['Yaguang Li', 'Cyrus Shahabi'], section='Surveys / 2018')
L[(LC, 57)] = P('Traffic Flow Forecasting with Spatial-Temporal Graph Diffusion Network', url='https://ojs.aaai.org/index.php/AAAI/article/view/17761', venue='AAAI 2021', year=2021, authors=['Xiyue Zhang', 'Chao Huang', 'Yong Xu', 'Lianghao Xia', 'Peng Dai', 'Liefeng Bo', 'Junbo Zhang', 'Yu Zheng'], section='AAAI / 2021')
L[(LC, 51)] = P('Bike-Repositioning Using Volunteers: Crowd Sourcing with Choice Restriction', url='https://www.aaai.org/AAAI21Papers/AAAI-3569.HuangJ.pdf', venue='AAAI 2021', year=2021, authors=['Jinjia Huang', 'Mabel C. Chou', 'Chung-Piaw Teo'], section='AAAI / 2021')
L[(LC, 32)] = P('Urban flow prediction from spatiotemporal data using machine learning: A survey', url='https://linkinghub.elsevier.com/retrieve/pii/S1566253519303094', venue='Information Fusion 2020', year=2020, authors=['Peng Xie', 'Tianrui Li', 'Jia Liu', 'Shengdong Du', 'Xin Yang', 'Junbo Zhang'], section='Surveys / 2020')
L[(LC, 72)] = P('An Attentional Recurrent Neural Network for Personalized Next Location Recommendation', url='https://ojs.aaai.org//index.php/AAAI/article/view/5337', venue='AAAI 2020', year=2020, authors=['Qing Guo', 'Zhu Sun', 'Jie Zhang', 'Yin-Leng Theng'], section='AAAI / 2020')
L[(LC, 15)] = N(None)
L[(LC, 84)] = P('OMuLeT: Online Multi-Lead Time Location Prediction for Hurricane Trajectory Forecasting', url='https://ojs.aaai.org//index.php/AAAI/article/view/5444', venue='AAAI 2020', year=2020, authors=['Ding Wang', 'Boyang Liu', 'Pang-Ning Tan', 'Lifeng Luo'], section='AAAI / 2020')
# ---- jwwthu DL4Traffic (GB/T 7714 citations: Surname Initials, ... <b>Title[J]</b>. Journal, Year, Vol: pages. [Link](..))
def J(title, link, authors, code=None):
    return P(title, url=link, venue='IEEE Access 2020', year=2020, authors=authors, code=code, section=None)
L[(JW, 37)] = J('Short-term road speed forecasting based on hybrid RBF neural network with the aid of fuzzy system-based techniques in urban traffic flow', 'https://ieeexplore.ieee.org/abstract/document/9058635/', ['C Ai', 'L Jia', 'M Hong'])
L[(JW, 2)] = J('A deep learning based multi-block hybrid model for bike-sharing supply-demand prediction', 'https://ieeexplore.ieee.org/abstract/document/9066970/', ['M Xu', 'H Liu', 'H Yang'])
L[(JW, 35)] = J('PSO-ELM: A hybrid learning model for short-term traffic flow forecasting', 'https://ieeexplore.ieee.org/abstract/document/8949498/', ['W Cai', 'J Yang', 'Y Yu'])
L[(JW, 4)] = J('A General Traffic Flow Prediction Approach Based on Spatial-Temporal Graph Attention', 'https://ieeexplore.ieee.org/abstract/document/9173702/', ['C Tang', 'J Sun', 'Y Sun'], code='https://github.com/sam101340/GAGCN-BC-20200720')
L[(JW, 18)] = J('Demand Forecasting of Online Car-Hailing With Stacking Ensemble Learning Approach and Large-Scale Datasets', 'https://ieeexplore.ieee.org/abstract/document/9241846/', ['Y Jin', 'X Ye', 'Q Ye'])
L[(JW, 27)] = J('MetroEye: A Weather-Aware System for Real-Time Metro Passenger Flow Prediction', 'https://ieeexplore.ieee.org/abstract/document/9133570/', ['J Wang', 'B Leng', 'J Wu'])
L[(JW, 5)] = J('A hybrid deep learning-based traffic forecasting approach integrating adjacency filtering and frequency decomposition', 'https://ieeexplore.ieee.org/abstract/document/9082612/', ['J Cao', 'X Guan', 'N Zhang'])
L[(JW, 32)] = J('Period Division-Based Markov Models for Short-Term Traffic Flow Prediction', 'https://ieeexplore.ieee.org/abstract/document/9210061/', ['R Yao', 'W Zhang', 'D Zhang'])
L[(JW, 24)] = J('Learning traffic as images for incident detection using convolutional neural networks', 'https://ieeexplore.ieee.org/abstract/document/8951106/', ['X Liu', 'H Cai', 'R Zhong'])
L[(JW, 6)] = J('A hybrid model for lane-level traffic flow forecasting based on complete ensemble empirical mode decomposition and extreme gradient boosting', 'https://ieeexplore.ieee.org/abstract/document/9018033/', ['W Lu', 'Y Rui', 'Z Yi'])
L[(JW, 14)] = J('Attention-Based Sequence Learning Model for Travel Time Estimation', 'https://ieeexplore.ieee.org/abstract/document/9284449/', ['Z Wang', 'H Fu', 'G Liu'])
L[(JW, 42)] = J('Spatiotemporal Data Fusion in Graph Convolutional Networks for Traffic Prediction', 'https://ieeexplore.ieee.org/document/9076005', ['B Zhao', 'X Gao', 'J Liu'])
L[(JW, 7)] = J('A multi-parameter chaotic fusion approach for traffic flow forecasting', 'https://ieeexplore.ieee.org/abstract/document/9290037/', ['Q Ma', 'G Huang', 'S Ullah'])
L[(JW, 46)] = J('Truck Traffic Flow Prediction Based on LSTM and GRU Methods With Sampled GPS Data', 'https://ieeexplore.ieee.org/abstract/document/9261497/', ['S Wang', 'J Zhao', 'C Shao'])
L[(JW, 10)] = J('A multitask learning model for traffic flow and speed forecasting', 'https://ieeexplore.ieee.org/abstract/document/9080108/', ['K Zhang', 'L Wu', 'Z Zhu'])
L[(JW, 33)] = J('Predicting Traffic Conditions Using Knowledge-Growing Bayes Classifier', 'https://ieeexplore.ieee.org/abstract/document/9229400/', ['E Husni', 'S M Nasution', 'R Yusuf'])
L[(JW, 8)] = J('A multitask learning model for traffic flow and speed forecasting', 'https://ieeexplore.ieee.org/abstract/document/9080108/', ['K Zhang', 'L Wu', 'Z Zhu'])
L[(JW, 13)] = J('Analysis of bus trip characteristic analysis and demand forecasting based on GA-NARX neural network model', 'https://ieeexplore.ieee.org/abstract/document/8951178/', ['F Sun', 'X L Wang', 'Y Zhang'])
L[(JW, 16)] = J('City-wide traffic congestion prediction based on CNN, LSTM and transpose CNN', 'https://ieeexplore.ieee.org/abstract/document/9082667/', ['N Ranjan', 'S Bhandari', 'H P Zhao'])
L[(JW, 41)] = J('Spatiotemporal analysis of competition between subways and taxis based on multi-source data', 'https://ieeexplore.ieee.org/abstract/document/9294005/', ['R Wang', 'F Chen', 'X Liu'])

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
assert len(sample) == len(L) == 60, (len(sample), len(L))
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for s in sample:
        lab = L[(s['list'], s['line'])]
        o = {'list': s['list'], 'line': s['line'], 'raw': s['raw']}
        o.update(lab)
        f.write(json.dumps({k: o[k] for k in KEYS}, ensure_ascii=False) + '\n')
print('wrote', len(sample))
