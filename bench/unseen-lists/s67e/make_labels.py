import json
D='/work/main/bench/unseen-lists/s67e/'
C='chaoyanghe__Awesome-Federated-Learning.README.md'
M='marswhu__HFL_Survey.README.md'
S='shunxinguo__Survey-of-Data-Heterogeneous-Federated-Learning.README.md'
lines={f:open(D+f,encoding='utf-8').read().split('\n') for f in (C,M,S)}
def raw(f,n,extend=False):
    L=lines[f]; out=[L[n-1]]
    if extend:
        j=n; last=n
        while j<len(L) and (L[j].strip()=='' or L[j][:1] in (' ','\t')):
            if L[j].strip(): last=j+1
            j+=1
        out=L[n-1:last]
    return '\n'.join(out)
labels=[]
def P(f,n,title,venue=None,year=None,authors=(),arxiv=None,url=None,code=None,summary=None,section=None,extend=False):
    labels.append(dict(list=f,line=n,raw=raw(f,n,extend),is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=summary,section=section))
def N(f,n,section):
    labels.append(dict(list=f,line=n,raw=raw(f,n),is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section))

# ---- chaoyanghe
top='Foundations and Trends in Machine Learning / Publications in Top-tier ML/CV/NLP/DM Conference (ICML, NeurIPS, ICLR, CVPR, ACL, AAAI, KDD)'
ra='Foundations and Trends in Machine Learning / Research Areas / '
P(C,21,'Federated Learning with Only Positive Labels','ICML 2020',2020,arxiv='2004.10342',section=top+' / ICML')
for n,t in [(32,'Personalized Federated Learning with Theoretical Guarantees: A Model-Agnostic Meta-Learning Approach'),
            (35,'FedSplit: an algorithmic framework for fast federated optimization'),
            (40,'Group Knowledge Transfer: Federated Learning of Large CNNs at the Edge'),
            (43,'Attack of the Tails: Yes, You Really Can Backdoor Federated Learning'),
            (47,'Optimal Topology Design for Cross-Silo Federated Learning'),
            (48,'Distributed Training with Heterogeneous Data: Bridging Median- and Mean-Based Algorithms'),
            (50,'Byzantine Resilient Distributed Multi-Task Learning'),
            (51,'Distributed Newton Can Communicate Less and Resist Byzantine Workers'),
            (52,'Minibatch vs Local SGD for Heterogeneous Distributed Learning')]:
    P(C,n,t,'NeurIPS 2020',2020,section=top+' / NeurIPS')
sc='Statistical Challenges: data distribution heterogeneity and label deficiency (159)'
tw='Trustworthiness: security, privacy, fairness, incentive mechanism, etc. (88)'
sy='System Challenges: communication and computational resource constrained, software and hardware heterogeneity, and FL system (141)'
ma='Models and Applications (104)'
for n,s in [(62,sc),(66,sc),(80,tw),(81,tw),(82,tw),(85,sy),(93,ma),(101,ma),(102,ma),(104,ma)]:
    N(C,n,ra+s)

# ---- marswhu
N(M,19,'Table of Contents'); N(M,20,'Table of Contents'); N(M,27,'Table of Contents')
P(M,62,'Robust Heterogeneous Federated Learning under Data Corruption','ICCV 2023',2023,
  url='https://openaccess.thecvf.com/content/ICCV2023/papers/Fang_Robust_Heterogeneous_Federated_Learning_under_Data_Corruption_ICCV_2023_paper.pdf',
  code='https://github.com/FangXiuwen/AugHFL',summary='We deal with robust heterogeneous federated learning under data corruption.',
  section='Our Works / Federated Learning with Data Noise',extend=True)
ml='HFL Survey / State-Of-The-Art / Model-Level / '
P(M,203,'Federated multi-task learning','NeurIPS 2017',2017,
  url='https://proceedings.neurips.cc/paper/2017/file/6211080fa89981f66b1a0c9d55c61d0f-Paper.pdf',
  summary='MOCHA is a system-aware optimization framework for FMTL.',section=ml+'Federated Optimization / Multi-task Learning',extend=True)
N(M,237,ml+'Architecture Sharing')
P(M,253,'Personalized federated learning with feature alignment and classifier collaboration','ICLR 2023',2023,arxiv='2306.11867',
  summary='FedPAC reduces inter-client feature variance by constraining each sample feature vector to be close to the global feature centroid of its category.',
  section=ml+'Architecture Sharing / Classifier Sharing',extend=True)
N(M,258,ml+'Architecture Sharing')
P(M,269,'CD2-pFed: Cyclic distillation-guided channel decoupling for model personalization in federated learning','CVPR 2022',2022,
  url='https://openaccess.thecvf.com/content/CVPR2022/papers/Shen_CD2-pFed_Cyclic_Distillation-Guided_Channel_Decoupling_for_Model_Personalization_in_Federated_CVPR_2022_paper.pdf',
  summary='CD2-pFed dynamically decouples the global model parameters for personalization.',section=ml+'Architecture Sharing / Other Part Sharing',extend=True)
sl='HFL Survey / State-Of-The-Art / Server-Level'
P(M,277,'Optimizing federated learning on non-iid data with reinforcement learning','IEEE INFOCOM 2020',2020,
  url='https://ieeexplore.ieee.org/abstract/document/9155494',
  summary='Favor is an experience-driven control framework that actively selects the best subset of clients to participate in FL iterations.',
  section=sl+' / Client Selection',extend=True)
P(M,281,'Federated learning with class imbalance reduction','EUSIPCO 2021',2021,arxiv='2011.11266',
  summary='CUCB is a client selection algorithm that minimizes the class imbalance and facilitates the global model convergence.',
  section=sl+' / Client Selection',extend=True)
P(M,285,'FedSAE: A novel self-adaptive federated learning framework in heterogeneous systems','IJCNN 2021',2021,arxiv='2104.07515',
  summary='FedSAE estimates the reliability of each device and performs client selection based on training losses.',
  section=sl+' / Client Selection',extend=True)
N(M,293,sl); N(M,311,sl)
P(M,337,'DisPFL: Towards communication-efficient personalized federated learning via decentralized sparse training','ICML 2022',2022,
  summary='DisPFL adopts a decentralized sparse training technique.',
  section='HFL Survey / Future Direction / Improving Communication Efficiency',extend=True)
P(M,372,'Attack of the Tails: Yes, You Really Can Backdoor Federated Learning','NeurIPS 2020',2020,
  url='https://proceedings.neurips.cc/paper_files/paper/2020/file/b8ffa41d4e492f0fad2f13e29e1762eb-Paper.pdf',
  summary='Edge-case backdoors consider poisoning edge-case samples (the tail data of the data distributions).',
  section='HFL Survey / Future Direction / Attack Robustness / Attack Methods',extend=True)
ub='HFL Survey / Future Direction / Uniform Benchmark'
P(M,399,'FedML: A Research Library and Benchmark for Federated Machine Learning',arxiv='2007.13518',
  summary='FedML is an research library that supports distributed training, mobile on-device training, and stand-alone simulation training. It provides standardized implementations of many existing federated learning algorithms, and provides standardized benchmark settings for a variety of datasets, including Non-IID partition methods, number of devices and baseline models.',
  section=ub+' / General Federated Learning Systems',extend=True)
P(M,411,'FedEval: A Holistic Evaluation Framework for Federated Learning',arxiv='2011.09655',
  summary='FedEval is a federated learning evaluation model with five metrics including accuracy, communication, time consumption, privacy and robustness. FedEval is implemented and evaluated on two of the most widely used algorithms, FedSGD and FedAvg.',
  section=ub+' / General Federated Learning Systems',extend=True)
N(M,415,ub)
P(M,416,'Performance Optimization of Federated Person Re-identification via Benchmark Analysis','ACM MM 2020',2020,
  url='https://dl.acm.org/doi/abs/10.1145/3394171.3413814',
  summary='FedReIDBench is a new benchmark for implementing federated learning to person ReID, which includes nine different datasets and two federated scenarios. Specifically, the two federated scenarios are federated-by-camera scenario and federated-by-dataset scenario, which respectively represent the standard server-client architecture and client-edge-cloud architecture.',
  section=ub+' / Specific Federated Learning Systems',extend=True)

# ---- shunxinguo
cr='Abstract / Class Re-balancing'
N(S,8,'Abstract'); N(S,11,'Abstract'); N(S,14,'Abstract')
P(S,15,'Federated visual classification with real-world data distribution','Proc. 16th Eur. Conf. Comput. Vis. 2020',2020,['T.-M. H. Hsu','H. Qi','M. Brown'],section=cr)
P(S,16,'Data resampling for federated learning with non-IID labels','Proc. Internation Joint Conf. Artif. Intell. 2021',2021,['Z. Tang'],section=cr)
P(S,19,'Long-tailed federated learning via aggregated meta mapping','Proc. IEEE Int. Conf. Image Process. (ICIP) 2023',2023,['P. Qian','Y. Lu','H. Wang'],section=cr)
P(S,20,'A secure aggregation for federated learning on long-tailed data','arXiv 2023',2023,['Y. Jiang'],arxiv='2307.08324',section=cr)
P(S,21,'Scoring aided federated learning on long-tailed data for wireless IoMT based healthcare system','IEEE J. Biomed. Health Informat. 2024',2024,['L. Zhang','Y. Wu','L. Chen','L. Fan','A. Nallanathan'],section=cr)
P(S,22,'Logit calibration for non-IID and long-tailed data in federated learning','Proc. IEEE Intl. Conf. Parallel Distrib. Process. Appl., Big Data Cloud Comput., Sustain. Comput. Commun., Social Comput. Netw. (ISPA/BDCloud/SocialCom/SustainCom) 2022',2022,['H. Wang','L. Wang','J. Shen'],section=cr)
P(S,23,'Calfat: Calibrated federated adversarial training with label skewness','Proc. Adv. Neural Inf. Process. Syst. 2022',2022,['C. Chen','Y. Liu','X. Ma','L. Lyu'],section=cr)
P(S,24,'FEDIC: Federated learning on non-IID and long-tailed data via calibrated distillation','arXiv 2022',2022,['X. Shang','Y. Lu','Y.-M. Cheung','H. Wang'],arxiv='2205.00172',section=cr)
P(S,25,'LTNI-FGML: Federated graph machine learning on long-tailed and non-IID data via logit calibration','Proc. Int. Conf. Artif. Neural Netw. 2023',2023,['D. Yan','J. Wang','Q. Huang','J. Huang','X. Li'],section=cr)
N(S,27,'Abstract')
P(S,28,'Global balanced experts for federated long-tailed learning','Proc. IEEE/CVF Int. Conf. Comput. Vis. (ICCV) 2023',2023,['Y. Zeng','L. Liu','L. Liu','L. Shen','S. Liu','B. Wu'],section='Abstract / Knowledge Assistance')
N(S,30,'Abstract')
na='Abstract / Network Architecture Design'
P(S,33,'FCA: Taming long-tailed federated medical image classification by classifier anchoring','arXiv 2023',2023,['J. Wicaksana','Z. Yan','K.-T. Cheng'],arxiv='2305.00738',section=na)
P(S,34,'Federated classification tasks in long-tailed data environments via classifier representation adjustment and calibration','Authorea Preprints 2023',2023,['X. Li','S. Sun','M. Liu','J. Ren','X. Jiang','T. He'],section=na)
P(S,35,'Fed-GraB: Federated long-tailed learning with self-adjusting gradient balancer','arXiv 2023',2023,['Z. Xiao'],arxiv='2310.07587',section=na)
pf='Abstract / Peraonlized FL'
P(S,38,'Towards federated long-tailed learning','arXiv 2022',2022,['Z. Chen','S. Liu','H. Wang','H. H. Yang','T. Q. S. Quek','Z. Liu'],arxiv='2206.14988',section=pf)
P(S,39,'Personalized federated learning on long-tailed data via adversarial feature augmentation','Proc. IEEE Int. Conf. Acoust., Speech Signal Process. (ICASSP) 2023',2023,['Y. Lu','P. Qian','G. Huang','H. Wang'],section=pf)

with open(D+'labels.jsonl','w',encoding='utf-8') as fh:
    for l in labels: fh.write(json.dumps(l,ensure_ascii=False)+'\n')
print(len(labels), sum(l['is_paper'] for l in labels))
