"""Hand labels for the 80 sampled entries (see sample.py). raw is cut from the saved README by line range;
every other field is typed by hand after reading the entry."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
A = 'Alison-brie__Awesome-Medical-Image-Registration.README.md'
L = 'LightersWang__Awesome-Active-Learning-for-Medical-Image-Analysis.README.md'
Y = 'YuzheWangPKU__awesome-protein-ligand-interactions.README.md'
Z = 'zhoujieli__Awesome-Biomedical-LLM-Agents.README.md'
_cache = {}
def lines(f):
    if f not in _cache:
        _cache[f] = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    return _cache[f]

out = []
def P(f, line, n, title, venue, year, arxiv=None, url=None, code=None, authors=None, section=None, doi=None, summary=None):
    raw = '\n'.join(lines(f)[line - 1:line - 1 + n])
    out.append(dict(list=f, line=line, raw=raw, is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url,
                    venue=venue, year=year, authors=authors or [], code=code, summary=summary, section=section))
def N(f, line, section, n=1):
    raw = '\n'.join(lines(f)[line - 1:line - 1 + n])
    out.append(dict(list=f, line=line, raw=raw, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                    venue=None, year=None, authors=[], code=None, summary=None, section=section))

# ---------------- Alison-brie: "* [Venue Year] Title [[pdf]](link) [[code]](link)" ----------------
S1 = 'Papers / Original and Fancier Network Architecture'
S2 = 'Papers / Diffeomorphic and Efficient Registration'
S3 = 'Papers / Registration on Specific Task'
N(A, 43, 'Papers / Table of Contents')
N(A, 59, 'Papers / Table of Contents')
P(A, 73, 1, 'Unsupervised Deformable Image Registration Using Cycle-Consistent CNN', 'MICCAI 2019', 2019,
  arxiv='1907.01319', code='https://github.com/boahK/MEDIA_CycleMorph', section=S1 + ' / Original CNN for Registration')
P(A, 77, 1, 'Dual-Stream Pyramid Registration Network', 'MICCAI 2019', 2019, arxiv='1909.11966',
  code='https://github.com/kangmiao15/Dual-Stream-PRNet-Plus', section=S1 + ' / Pyramid CNN for Registration')
P(A, 79, 1, 'Learning a model-driven variational network for deformable image registration', 'TMI 2021', 2021,
  url='https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=9525092',
  code='https://github.com/xi-jia/Learning-a-Model-Driven-Variational-Network-for-Deformable-Image-Registration',
  section=S1 + ' / Pyramid CNN for Registration')
P(A, 82, 1, 'GroupMorph: Medical Image Registration via Grouping Network with Contextual Fusion', 'TMI 2024', 2024,
  url='https://ieeexplore.ieee.org/document/10530124', code='https://github.com/TVayne/GroupMorph',
  section=S1 + ' / Pyramid CNN for Registration')
P(A, 104, 1, 'Spatially covariant image registration with text prompts', 'TNNLS 2024', 2024, arxiv='2311.15607',
  code='https://github.com/tinymilky/TextSCF', section=S1 + ' / Spatial-awareness Registration')
P(A, 113, 1, 'Learning a Probabilistic Model for Diffeomorphic Registration', 'TMI 2019', 2019, arxiv='1812.07460',
  section=S2 + ' / Deep Diffeomorphic Registration')
P(A, 123, 1, 'CARL: A Framework for Equivariant Image Registration', 'CVPR 2025', 2025, arxiv='2405.16738',
  section=S2 + ' / Deep Diffeomorphic Registration')
P(A, 153, 1, 'Highly accurate and memory efficient unsupervised learning-based discrete CT registration using 2.5 D displacement search',
  'MICCAI 2020', 2020, url='https://link.springer.com/chapter/10.1007/978-3-030-59716-0_19',
  code='https://github.com/multimodallearning/pdd2.5/', section='Papers / Discrete Registration and Instance Optimization')
P(A, 163, 1, 'uniGradICON: A Foundation Model for Medical Image Registration', 'MICCAI 2024', 2024, arxiv='2403.05780',
  code='https://github.com/uncbiag/uniGradICON', section='Papers / Foundation Model for Registration')
P(A, 172, 1, 'MIND: Modality independent neighborhood descriptor for multi-modal deformable registration', 'MedIA 2011', 2011,
  url='http://svg.dmi.unict.it/miss14/MISS2014-ReadingGroup00-All-Paper.pdf', code='https://github.com/mattiaspaul/deedsBCV',
  section=S3 + ' / Multi-Modality Registration / Classic')
P(A, 177, 1, 'Unsupervised deformable registration for multi-modal images via disentangled representations', 'IPMI 2019', 2019,
  url='https://link.springer.com/chapter/10.1007/978-3-030-20351-1_19', section=S3 + ' / Multi-Modality Registration / Learning-based')
P(A, 180, 1, 'CoMIR: Contrastive multimodal image representation for registration', 'NeurIPS 2020', 2020,
  url='https://proceedings.neurips.cc/paper/2020/hash/d6428eecbe0f7dff83fc607c5044b2b9-Abstract.html',
  code='https://github.com/MIDA-group/CoMIR', section=S3 + ' / Multi-Modality Registration / Learning-based')
P(A, 191, 1, 'Generalizing spatial transformers to projective geometry with applications to 2D/3D registration', 'MICCAI 2020', 2020,
  url='https://link.springer.com/chapter/10.1007/978-3-030-59716-0_32', code='https://github.com/gaocong13/Projective-Spatial-Transformers',
  section=S3 + ' / 2D-3D Registration')
P(A, 205, 1, 'Unsupervised Deformable Image Registration with Absent Correspondences in Pre-operative and Post-Recurrence Brain Tumor MRI Scans',
  'MICCAI 2022', 2022, arxiv='2206.03900', code='https://github.com/cwmok/DIRAC', section=S3 + ' / Registration with Tumor in Image')
P(A, 247, 1, 'Homeomorphism Prior for False Positive and Negative Problem in Medical Image Dense Contrastive Representation Learning',
  'TPAMI 2025', 2025, arxiv='2502.05282', code='https://github.com/YutingHe-list/GEMINI',
  section='Papers / Registration Related/Based Application / Self-supervised Pre-training')
N(A, 251, 'Challenges')
N(A, 252, 'Challenges')
N(A, 256, 'Challenges')

# ---------------- LightersWang: "Title  \n**[Venue'YY]** **[[PDF]](url)** **[[Code]](url)**" ----------------
# sampled line is the bold second line; the entry starts on the title line above it.
CV = 'Papers / IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)'
MI = 'Papers / International Conference on Medical Image Computing and Computer Assisted Intervention (MICCAI)'
TM = 'Papers / IEEE Transactions on Medical Imaging (TMI)'
def LW(sampled, title, venue, year, url, code=None, section=None):
    assert lines(L)[sampled - 2].rstrip() == title, (lines(L)[sampled - 2], title)
    P(L, sampled - 1, 2, title, venue, year, url=url, code=code, section=section)
LW(57, 'A survey of deep active learning', 'ACM computing surveys 2021', 2021, 'https://dl.acm.org/doi/abs/10.1145/3472291', section='Papers / Surveys')
LW(107, 'Sequential Graph Convolutional Network for Active Learning', 'CVPR 2021', 2021,
   'https://openaccess.thecvf.com/content/CVPR2021/papers/Caramalau_Sequential_Graph_Convolutional_Network_for_Active_Learning_CVPR_2021_paper.pdf',
   code='https://github.com/razvancaramalau/Sequential-GCN-for-Active-Learning', section=CV)
LW(131, 'Learning Loss for Active Learning', 'CVPR 2019', 2019,
   'https://openaccess.thecvf.com/content_CVPR_2019/papers/Yoo_Learning_Loss_for_Active_Learning_CVPR_2019_paper.pdf',
   code='https://github.com/Mephisto405/Learning-Loss-for-Active-Learning', section=CV)
LW(137, 'The Power of Ensembles for Active Learning in Image Classification', 'CVPR 2018', 2018,
   'https://openaccess.thecvf.com/content_cvpr_2018/papers/Beluch_The_Power_of_CVPR_2018_paper.pdf', section=CV)
LW(143, 'Fine-Tuning Convolutional Neural Networks for Biomedical Image Analysis: Actively and Incrementally', 'CVPR 2017', 2017,
   'https://openaccess.thecvf.com/content_cvpr_2017/papers/Zhou_Fine-Tuning_Convolutional_Neural_CVPR_2017_paper.pdf',
   code='https://github.com/JimmyLauren/entroy_diversity', section=CV)
LW(154, 'Contrastive Coding for Active Learning Under Class Distribution Mismatch', 'ICCV 2021', 2021,
   'https://openaccess.thecvf.com/content/ICCV2021/papers/Du_Contrastive_Coding_for_Active_Learning_Under_Class_Distribution_Mismatch_ICCV_2021_paper.pdf',
   code='https://github.com/RUC-DWBI-ML/CCAL', section='Papers / International Conference on Computer Vision (ICCV)')
LW(197, 'Combating Label Distribution Shift for Active Domain Adaptation', 'ECCV 2022', 2022,
   'https://link.springer.com/chapter/10.1007/978-3-031-19827-4_32', code='https://github.com/sehyun03/ADA-label-distribution-matching',
   section='Papers / European Conference on Computer Vision (ECCV)')
LW(206, 'When Active Learning Meets Implicit Semantic Data Augmentation', 'ECCV 2022', 2022,
   'https://link.springer.com/chapter/10.1007/978-3-031-20056-4_25', section='Papers / European Conference on Computer Vision (ECCV)')
LW(238, 'Active Adversarial Domain Adaptation', 'WACV 2020', 2020,
   'https://openaccess.thecvf.com/content_WACV_2020/papers/Su_Active_Adversarial_Domain_Adaptation_WACV_2020_paper.pdf',
   section='Papers / IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)')
LW(289, 'Experimental Design for MRI by Greedy Policy Search', 'NeurIPS 2020', 2020,
   'https://proceedings.neurips.cc/paper_files/paper/2020/file/daed210307f1dbc6f1dd9551408d999f-Paper.pdf',
   section='Papers / Advances in Neural Information Processing Systems (NeurIPS)')
LW(314, 'Active Learning for Domain Adaptation: An Energy-Based Approach', 'AAAI 2022', 2022,
   'https://ojs.aaai.org/index.php/AAAI/article/view/20850/20609', section='Papers / AAAI Conference on Artificial Intelligence (AAAI)')
LW(325, 'Deep Active Learning with Adaptive Acquisition', 'IJCAI 2019', 2019, 'https://www.ijcai.org/proceedings/2019/0343.pdf',
   section='Papers / International Joint Conference on Artificial Intelligence (IJCAI)')
LW(339, 'Warm Start Active Learning with Proxy Labels and Selection via Semi-Supervised Fine-Tuning', 'MICCAI 2022', 2022,
   'https://link.springer.com/chapter/10.1007/978-3-031-16452-1_29', section=MI)
LW(348, 'Partially-Supervised Learning for Vessel Segmentation in Ocular Images', 'MICCAI 2021', 2021,
   'https://link.springer.com/chapter/10.1007/978-3-030-87193-2_26', section=MI)
LW(369, 'Deep Active Learning for Breast Cancer Segmentation on Immunohistochemistry Images', 'MICCAI 2020', 2020,
   'https://link.springer.com/chapter/10.1007/978-3-030-59722-1_49', section=MI)
LW(395, 'GOAL: Gist-Set Online Active Learning for Efficient Chest X-Ray Image Annotation', 'MIDL 2021', 2021,
   'https://proceedings.mlr.press/v143/nguyen21a/nguyen21a.pdf', section='Papers / International Conference on Medical Imaging with Deep Learning (MIDL)')
LW(479, 'Automated Muscle Segmentation from Clinical CT Using Bayesian U-Net for Personalized Musculoskeletal Modeling', 'TMI 2020', 2020,
   'https://ieeexplore.ieee.org/abstract/document/8830493', section=TM)
LW(482, 'Rectifying Supporting Regions with Mixed and Active Supervision for Rib Fracture Recognition', 'TMI 2020', 2020,
   'https://ieeexplore.ieee.org/abstract/document/9130071', section=TM)
LW(485, 'Intelligent Labeling Based on Fisher Information for Medical Image Segmentation Using Deep Learning', 'TMI 2019', 2019,
   'https://ieeexplore.ieee.org/abstract/document/8675438', section=TM)
LW(503, 'Cold-Start Active Learning for Image Classification', 'Information Sciences 2022', 2022,
   'https://www.sciencedirect.com/science/article/pii/S0020025522011768', section='Papers / Information Sciences')

# ---------------- YuzheWangPKU: tables | Name | Paper Title | Year | Venue | Resources | Notes | ----------------
Y1 = '1. Deep Learning-Augmented Molecular Dynamics'
Y2 = '2. Deep Learning-Enhanced Molecular Docking and Virtual Screening'
Y3 = '3. End-to-End Structural Modeling'
Y4 = '4. Structure-Based De Novo Drug Design with Deep Generative Models'
N(Y, 26, 'Table of Contents')
P(Y, 54, 1, 'Pre-training of equivariant graph matching networks with conformation flexibility for drug binding', 'Adv. Sci. 2022', 2022,
  code='https://github.com/smiles724/ProtMD', section=Y1 + ' / 1.2 Learning protein-ligand interactions from MD trajectories')
P(Y, 72, 1, 'Enhanced sampling, public dataset and generative model for drug-protein dissociation dynamics', 'arXiv 2025', 2025,
  section=Y1 + ' / 1.4 Benchmarks, datasets, and tools')
P(Y, 81, 1, 'A geometric deep learning approach to predict binding conformations of bioactive molecules', 'Nat. Mach. Intell. 2021', 2021,
  code='https://github.com/OptiMaL-PSE-Lab/DeepDock', section=Y2 + ' / 2.1 Deep learning-based docking methods')
P(Y, 83, 1, 'EquiBind: geometric deep learning for drug binding structure prediction', 'ICML 2022', 2022,
  code='https://github.com/HannesStark/EquiBind', section=Y2 + ' / 2.1 Deep learning-based docking methods')
P(Y, 86, 1, 'Uni-Mol: A universal 3d molecular representation learning framework', 'ICLR 2023', 2023,
  code='https://github.com/deepmodeling/Uni-Mol', section=Y2 + ' / 2.1 Deep learning-based docking methods')
P(Y, 104, 1, 'Computing the relative binding affinity of ligands based on a pairwise binding comparison network', 'Nat. Comput. Sci. 2023', 2023,
  code='https://doi.org/10.24433/CO.1095515.v2', section=Y2 + ' / 2.2 Deep learning scoring functions and binding affinity prediction')
P(Y, 107, 1, 'DeepRLI: a multi-objective framework for universal protein-ligand interaction prediction', 'Digit. Discov. 2025', 2025,
  code='https://github.com/fairydance/DeepRLI', section=Y2 + ' / 2.2 Deep learning scoring functions and binding affinity prediction')
P(Y, 129, 1, 'ZINC 15-ligand discovery for everyone', 'JCIM 2015', 2015, section=Y2 + ' / 2.4 Benchmarks, datasets, and tools')
P(Y, 156, 1, 'Structure prediction of protein-ligand complexes from sequence information with Umol', 'Nat. Commun. 2024', 2024,
  code='https://github.com/patrickbryant1/Umol', section=Y3 + ' / 3.2 Generative modeling of protein–ligand complexes')
P(Y, 163, 1, 'Accelerating Biomolecular Modeling with AtomWorks and RF3', 'BioRxiv 2025', 2025,
  code='https://github.com/RosettaCommons/atomworks', section=Y3 + ' / 3.2 Generative modeling of protein–ligand complexes')
P(Y, 174, 1, 'A 3D generative model for structure-based drug design', 'NeurIPS 2021', 2021,
  code='https://github.com/luost26/3D-Generative-SBDD', section=Y4 + ' / 4.1 Structure-based de novo drug design methods')
P(Y, 178, 1, 'Synthesis-driven design of 3d molecules for structure-based drug discovery using geometric transformers', 'arXiv 2022', 2022,
  section=Y4 + ' / 4.1 Structure-based de novo drug design methods')
P(Y, 181, 1, 'ResGen is a pocket-aware 3D molecular generation model based on parallel multiscale modelling', 'Nat. Mach. Intell. 2023', 2023,
  code='https://github.com/OdinZhang/ResGen', section=Y4 + ' / 4.1 Structure-based de novo drug design methods')
P(Y, 188, 1, 'A dual diffusion model enables 3D molecule generation and lead optimization based on target pockets', 'Nat. Commun. 2024', 2024,
  code='https://github.com/Layne-Huang/PMDM', section=Y4 + ' / 4.1 Structure-based de novo drug design methods')
P(Y, 196, 1, 'Generative Flows on Synthetic Pathway for Drug Design', 'ICLR 2025', 2025,
  code='https://github.com/SeonghwanSeo/RxnFlow', section=Y4 + ' / 4.1 Structure-based de novo drug design methods')
P(Y, 229, 1, 'Benchmarking Real-World Applicability of Molecular Generative Models from De novo Design to Lead Optimization with MolGenBench',
  'BioRxiv 2025', 2025, code='https://github.com/CAODH/MolGenBench', section=Y4 + ' / 4.3 Benchmarks, datasets, and tools')
P(Y, 230, 1, 'Revisiting Target-Aware de novo Molecular Generation with TarPass: Between Rational Design and Texas Sharpshooter',
  'ChemRxiv 2026', 2026, code='https://github.com/sorui-qin/TarPass', section=Y4 + ' / 4.3 Benchmarks, datasets, and tools')
P(Y, 236, 1, 'Interpretable bilinear attention network with domain adaptation improves drug--target prediction', 'Nat. Mach. Intell. 2023', 2023,
  code='https://github.com/peizhenbai/DrugBAN', section='5. Sequence-Based Methods for Drug Discovery')
P(Y, 240, 1, 'Accelerating drug target inhibitor discovery with a deep generative foundation model', 'Sci. Adv. 2023', 2023,
  code='https://zenodo.org/records/7863805', section='5. Sequence-Based Methods for Drug Discovery')

# ---------------- zhoujieli: "- **[Title](url)**  \n  *Authors, et al.* Venue Year" ----------------
def ZZ(line, title, authors, venue, year, arxiv=None, url=None, section=None):
    P(Z, line, 2, title, venue, year, arxiv=arxiv, url=url, authors=authors, section=section)
N(Z, 21, 'Table of Contents')
FV = 'Foundations & Vision / Vision Papers'
ZZ(32, 'The AI Scientist: Towards Fully Automated Open-ended Scientific Discovery',
   ['Chris Lu', 'Cong Lu', 'Robert Tjarko Lange', 'Jakob Foerster', 'Jeff Clune', 'David Ha'], 'arXiv 2024', 2024, arxiv='2408.06292', section=FV)
ZZ(35, 'Emergent autonomous scientific research capabilities of large language models',
   ['Daniil A Boiko', 'Robert MacKnight', 'Gabe Gomes'], 'arXiv 2023', 2023, arxiv='2304.05332', section=FV)
ZZ(50, 'Dynamic LLM-Agent Network: An LLM-Agent Collaboration Framework with Agent Team Optimization',
   ['Zijun Liu', 'Yanzhe Zhang', 'Peng Li', 'Yang Liu', 'Diyi Yang'], 'arXiv 2023', 2023, arxiv='2310.02170',
   section='Core Technologies / Multi-Agent Systems & Architectures')
ZZ(60, 'KnowAgent: Knowledge-augmented Planning for LLM-based Agents',
   ['Yuqi Zhu', 'Shuofei Qiao', 'Yixin Ou', 'Shumin Deng'], 'arXiv 2024', 2024, arxiv='2403.03101',
   section='Core Technologies / Reasoning & Knowledge Systems')
ZZ(63, 'Improving Factuality and Reasoning in Language Models through Multiagent Debate',
   ['Yilun Du', 'Shuang Li', 'Antonio Torralba', 'Joshua B. Tenenbaum', 'Igor Mordatch'], 'arXiv 2023', 2023, arxiv='2305.14325',
   section='Core Technologies / Reasoning & Knowledge Systems')
ZZ(69, 'ResearchAgent: Iterative Research Idea Generation over Scientific Literature with Large Language Models',
   ['Jinheon Baek', 'Sujay Kumar Jauhar', 'Silviu Cucerzan', 'Sung Ju Hwang'], 'arXiv 2024', 2024, arxiv='2404.07738',
   section='Scientific Process Automation / Research Planning & Literature Review')
ZZ(75, 'AutoSurvey: Large Language Models Can Automatically Write Surveys',
   ['Yidong Wang', 'Qi Guo', 'Wenjin Yao', 'Hongbo Zhang'], 'arXiv 2024', 2024, arxiv='2406.10252',
   section='Scientific Process Automation / Research Planning & Literature Review')
CD = 'Domain Applications / Healthcare & Medicine / Clinical Decision Support & Diagnosis'
ZZ(99, 'MAGDA: Multi-Agent Guideline-Driven Diagnostic Assistance',
   ['David Bani-Harouni', 'Nassir Navab', 'Matthias Keicher'], 'FMGMAI 2024', 2024,
   url='https://link.springer.com/chapter/10.1007/978-3-031-49673-3_15', section=CD)
ZZ(102, 'MDAgents: An Adaptive Collaboration of LLMs for Medical Decision-Making',
   ['Yubin Kim', 'Chanwoo Park', 'Hyewon Jeong', 'Yik Siu Chan'], 'NeurIPS 2024', 2024, arxiv='2411.00248', section=CD)
ZZ(105, 'ColaCare: Enhancing Electronic Health Record Modeling through Large Language Model-Driven Multi-Agent Collaboration',
   ['Zixiang Wang', 'Yinghao Zhu', 'Huiya Zhao', 'Xiaochen Zheng'], 'arXiv 2024', 2024, arxiv='2410.02551', section=CD)
ZZ(132, 'BioDiscoveryAgent: An AI Agent for Designing Genetic Perturbation Experiments',
   ['Yusuf Roohani', 'Andrew Lee', 'Qian Huang', 'Jian Vora'], 'arXiv 2024', 2024, arxiv='2405.17631',
   section='Domain Applications / Biology & Life Sciences / Genomics & Molecular Biology')
ZZ(152, 'ChatMol Copilot: An Agent for Molecular Modeling and Computation Powered by LLMs',
   ['Jinyuan Sun', 'Auston Li', 'Yifan Deng', 'Jiabo Li'], 'L+M Workshop 2024', 2024,
   url='https://aclanthology.org/2024.lm-1.6/', section='Domain Applications / Chemistry & Materials Science')
ZZ(162, 'An LLM Agent for Automatic Geospatial Data Analysis',
   ['Yuxing Chen', 'Weijie Wang', 'Sylvain Lobry', 'Camille Kurtz'], 'arXiv 2024', 2024, arxiv='2410.18792',
   section='Domain Applications / Earth & Environmental Sciences')
ZZ(171, 'ChatEval: Towards Better LLM-based Evaluators through Multi-Agent Debate',
   ['Chi-Min Chan', 'Weize Chen', 'Yusheng Su', 'Jianxuan Yu'], 'arXiv 2023', 2023, arxiv='2308.07201',
   section='Evaluation & Benchmarking / General Benchmarks')
ZZ(178, 'GenoTEX: A Benchmark for Evaluating LLM-Based Exploration of Gene Expression Data',
   ['Haoyang Liu', 'Haohan Wang'], 'arXiv 2024', 2024, arxiv='2406.15341', section='Evaluation & Benchmarking / Domain-Specific Benchmarks')
ZZ(181, 'IdeaBench: Benchmarking Large Language Models for Research Idea Generation',
   ['Sikun Guo', 'Amir Hassan Shariatmadari', 'Guangzhi Xiong', 'Albert Huang'], 'arXiv 2024', 2024, arxiv='2411.02429',
   section='Evaluation & Benchmarking / Domain-Specific Benchmarks')
ZZ(212, 'A Survey on Medical Large Language Models: Technology, Application, Trustworthiness, and Future Directions',
   ['Lei Liu', 'Xiaoyan Yang', 'Junchi Lei', 'Xiaoyang Liu'], 'arXiv 2024', 2024, arxiv='2406.03712',
   section='Surveys & Reviews (Continued) / Domain-Specific Surveys')
ZZ(255, 'Phenomics Assistant: An Interface for LLM-based Biomedical Knowledge Graph Exploration',
   ['Shawn T O\'Neil', 'Kevin Schaper', 'Glass Elsarboukh', 'Justin T Reese'], 'bioRxiv 2024', 2024,
   url='https://www.biorxiv.org/content/10.1101/2024.01.31.578275v1',
   section='Domain Applications (Continued) / Biology & Life Sciences (Continued) / Tools & Platforms')
ZZ(277, 'Intelligent Agents with LLM-based Process Automation',
   ['Yanchu Guan', 'Dong Wang', 'Zhixuan Chu', 'Shiyu Wang'], 'KDD 2024', 2024, url='https://dl.acm.org/doi/10.1145/3580305.3599843',
   section='Domain Applications (Continued) / Software & Tool Development / Development & Analysis')

# sanity: every sampled line is covered
samp = [json.loads(l) for l in open('/tmp/s20h-work/sample.jsonl')]
cov = {(o['list'], o['line'] + k) for o in out for k in range(o['raw'].count('\n') + 1)}
missing = [(s['list'], s['line']) for s in samp if (s['list'], s['line']) not in cov]
assert not missing, missing
assert len(out) == 80, len(out)
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), 'labels;', sum(o['is_paper'] for o in out), 'papers')
