import json
A='AlexDuvalinho__geometric-gnns.README.md'
G='GitZH-Chen__Awesome-Riemannian-Deep-Learning.README.md'
M='marlin-codes__Awesome-Hyperbolic-Representation-and-Deep-Learning.README.md'
def L(lst,line,nlines,is_paper,title=None,arxiv=None,doi=None,url=None,venue=None,year=None,authors=(),code=None,section=None):
    lines=open(lst,encoding='utf-8').read().split('\n')
    raw='\n'.join(lines[line-1:line-1+nlines])
    return dict(list=lst,line=line,raw=raw,is_paper=is_paper,title=title,arxiv_id=arxiv,doi=doi,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=None,section=section)
out=[]
# AlexDuvalinho: one table, section null (the lone H1 names the list)
for line,t,y,ax,url in [
 (21,'LieTransformer',2020,'2012.10885',None),(26,'ForceNet',2021,'2103.01436',None),(49,'SCN',2023,'2206.14331',None),
 (25,'SpinConv',2021,'2106.09575',None),(22,'LieConv',2020,'2002.12880',None),
 (45,'ClofNet',2022,None,'https://proceedings.mlr.press/v162/du22e/du22e.pdf'),
 (29,'GemNet',2021,'2106.08903',None),(32,'EGNN',2021,'2102.09844',None),(50,'TensorNet',2023,'2306.06482',None),
 (46,'Allegro',2022,'2204.05249',None),(34,'NeuquIP',2021,'2101.03164',None),(41,'So3krates',2022,'2205.14276',None),
 (51,'FAENet',2023,'2305.05577',None),(20,'GVP-GNN',2020,'2009.01411',None),
 (17,'MEGnet',2019,None,'https://reader.elsevier.com/reader/sd/pii/S1053811921006777'),
 (40,'ComeNet',2022,'2206.08515',None),(38,'GNS',2022,'2002.09405',None),(43,'MACE',2022,'2206.07697',None),
 (28,'SphereNet',2021,'2102.05013',None),(42,'Equiformer',2022,'2206.11990',None)]:
    out.append(L(A,line,1,True,title=t,arxiv=ax,url=url,year=y))
# GitZH-Chen
NC='2 Papers / SPD Neural Networks / Network Construction'
NS='2 Papers / SPD Neural Networks / Neuroscience'
GG='2 Papers / Riemannian Networks on General Geometries'
SG='2 Papers / Geometries / SPD Geometries'
out+= [
 L(G,87,1,True,'A Riemannian Network for SPD Matrix Learning',arxiv='1608.04233',venue='AAAI 2017',year=2017,section=NC),
 L(G,11,1,False,section='Contents'),
 L(G,94,1,True,'SPD Manifold Deep Metric Learning for Image Set Classification',url='https://ieeexplore.ieee.org/document/10467142',venue='TNNLS 2024',year=2024,section=NC),
 L(G,123,1,True,'Computationally Tractable Riemannian Manifolds for Graph Embeddings',doi='10.1609/aaai.v35i8.16877',url='https://doi.org/10.1609/aaai.v35i8.16877',venue='AAAI 2021',year=2021,section=GG),
 L(G,102,1,True,'Deep Optimal Transport for Domain Adaptation on SPD Manifolds',arxiv='2201.05745',venue='arXiv 2024',year=2024,section=NS),
 L(G,137,1,True,'Scaling Riemannian Diffusion Models',arxiv='2310.20030',venue='NeurIPS 2023',year=2023,section='2 Papers / Riemannian Generative Networks'),
 L(G,81,1,True,'Left-Invariant Riemannian Geodesics on Spatial Transformation Groups',url='https://epubs.siam.org/doi/10.1137/130928352',venue='SIIMS 2014',year=2014,section='2 Papers / Geometries / Lie Groups'),
 L(G,66,1,True,'Riemannian geometry of symmetric positive definite matrices via Cholesky decomposition',doi='10.1137/18M1221084',url='https://doi.org/10.1137/18M1221084',venue='SIMAX 2019',year=2019,section=SG),
 L(G,91,1,True,'Vector-valued Distance and Gyrocalculus on the Space of Symmetric Positive Definite Matrices',arxiv='2110.13475',venue='NeurIPS 2021',year=2021,section=NC),
 L(G,100,1,True,'MAtt: A Manifold Attention Network for EEG Decoding',url='https://openreview.net/forum?id=YG4Dg7xtETg',venue='NeurIPS 2022',year=2022,section=NS),
 L(G,105,1,True,'GeoMind: A Geometric Neural Network of State Space Model for Understanding Brain Dynamics on Riemannian Manifold',url='https://openreview.net/forum?id=YZdc7mTq7I',venue='OpenReview 2025',year=2025,section=NS),
 L(G,128,1,True,'A Lie Group Approach to Riemannian Batch Normalization',url='https://openreview.net/forum?id=okYdj8Ysru',venue='ICLR 2024',year=2024,section=GG),
 L(G,126,1,True,'Building Neural Networks on Matrix Manifolds: A Gyrovector Space Approach',arxiv='2305.04560',venue='ICML 2023',year=2023,section=GG),
 L(G,95,1,True,'Riemannian Multinomial Logistics Regression for SPD Neural Networks',arxiv='2305.11288',venue='CVPR 2024',year=2024,section=NC),
 L(G,92,1,True,'Modeling Graphs Beyond Hyperbolic: Graph Neural Networks in Symmetric Positive Definite Matrices',arxiv='2306.14064',venue='ECML 2023',year=2023,section=NC),
 L(G,74,1,True,'A Riemannian covariance for manifold-valued data',arxiv='2410.06164',venue='arXiv 2025',year=2025,section=SG),
 L(G,45,1,False,section='1 Books / Lie Groups'),
 L(G,115,1,True,'Deep Learning on Lie Groups for Skeleton-based Action Recognition',arxiv='1612.05877',venue='CVPR 2017',year=2017,section='2 Papers / Lie Group Neural Networks'),
 L(G,121,1,True,'ManifoldNet: A Deep Neural Network for Manifold-Valued Data With Applications',url='https://ieeexplore.ieee.org/document/9122448',venue='TPAMI 2020',year=2020,section=GG),
 L(G,64,1,True,'A Riemannian framework for tensor computing',url='https://link.springer.com/article/10.1007/s11263-005-3222-z',venue='IJCV 2006',year=2006,section=SG),
]
# marlin-codes: two-line paragraph entries
S21='2. Hyperbolic Models w/o GNN / 2.1 Hyperbolic Shallow Model'
S22='2. Hyperbolic Models w/o GNN / 2.2 Hyperbolic Neural Network'
R1='4. Applications / 4.1 Hyperbolic Models for Recommender System / 4.1.1 HGNN Research'
NK='Maximilian Nickel, Douwe Kiela'.split(', ')
out+= [
 L(M,27,2,True,'Poincaré Embeddings for Learning Hierarchical Representations',arxiv='1705.08039',venue='NeurIPS 2017',year=2017,authors=NK,section=S21),
 L(M,330,2,True,'Unsupervised Hyperbolic Metric Learning',url='https://openaccess.thecvf.com/content/CVPR2021/papers/Yan_Unsupervised_Hyperbolic_Metric_Learning_CVPR_2021_paper.pdf',venue='CVPR 2021',year=2021,authors=['Jiexi Yan','Lei Luo','Cheng Deng','Heng Huang'],section='9 Hyperbolic Metric Learning'),
 L(M,128,2,True,'Hypersorec: Exploiting hyperbolic user and item representations with multiple aspects for social-aware recommendation',url='http://home.ustc.edu.cn/~wanghao3/papers/haowang_TOIS2021.pdf',venue='TOIS 2021',year=2021,authors=['Hao Wang','Defu Lian','Hanghang Tong','Qi Liu','Zhenya Huang','Enhong Chen'],section=R1),
 L(M,125,2,True,'HGCF: Hyperbolic Graph Convolution Networks for Collaborative Filtering',url='https://www.cs.toronto.edu/~mvolkovs/www2021_hgcf.pdf',venue='WWW 2021',year=2021,authors=['Jianing Sun','Zhaoyue Cheng','Saba Zuberi','Felipe Perez','Maksims Volkovs'],section=R1),
 L(M,203,2,True,'Semi-supervised hierarchical drug embedding inhyperbolic space',url='https://pubs.acs.org/doi/10.1021/acs.jcim.0c00681',venue='J. Chem. Inf. Model 2020',year=2020,authors=['Ke Yu','Shyam Visweswaran','Kayhan Batmanghelich'],section='4. Applications / 4.3 Hyperbolic models for Molecular / 4.3.1 HGNN Research'),
 L(M,19,2,False,section='1. Survey and Book'),
 L(M,305,2,True,'Curvature Generation in Curved Spaces for Few-Shot Learning',url='https://openaccess.thecvf.com/content/ICCV2021/papers/Gao_Curvature_Generation_in_Curved_Spaces_for_Few-Shot_Learning_ICCV_2021_paper.pdf',venue='ICCV 2021',year=2021,authors=['Zhi Gao','Yuwei Wu','Yunde Jia','Mehrtash Harandi'],section='7 Hyperbolic Geometry for CV'),
 L(M,56,2,True,'Hyperbolic Graph Neural Network',arxiv='1910.12892',venue='NeurIPS 2019',year=2019,authors=['Qi Liu','Maximilian Nickel','Douwe Kiela'],section='3. HGNN'),
 L(M,39,2,True,'Hyperbolic Attention Networks',arxiv='1805.09786',venue='ICLR 2019',year=2019,authors='Caglar Gulcehre, Misha Denil, Mateusz Malinowski, Ali Razavi, Razvan Pascanu, Karl Moritz Hermann, Peter Battaglia, Victor Bapst, David Raposo, Adam Santoro, Nando de Freitas'.split(', '),section=S22),
 L(M,45,2,True,'Fully Hyperbolic Neural Networks',arxiv='2105.14686',venue='ACL 2022',year=2022,authors='Weize Chen, Xu Han, Yankai Lin, Hexu Zhao, Zhiyuan Liu, Peng Li, Maosong Sun, Jie Zhou'.split(', '),section=S22),
 L(M,169,2,True,'Mixed-Curvature Multi-relational Graph Neural Network for Knowledge Graph Completion',url='https://assets.amazon.science/0c/9d/51d98f1040b1bfa7dc52d1015750/mixed-curvature-multi-relational-graph-neural-network-for-knowledge-graph-completion.pdf',venue='WWW 2021',year=2021,authors=['Shen Wang','Xiaokai Wei','Cicero Nogueira Nogueira dos Santos','Zhiguo Wang','Ramesh Nallapati','Andrew Arnold','Bing Xiang','Philip S. Yu','Isabel F. Cruz'],section='4. Applications / 4.2 Hyperbolic Moldes for Knowledge Graph / 4.2.1 HGNN Research'),
 L(M,62,2,True,'A Hyperbolic-to-Hyperbolic Graph Convolutional Network',arxiv='2104.06942',venue='CVPR 2021',year=2021,authors=['Jindou Dai','Yuwei Wu','Zhi Gao','Yunde Jia'],section='3. HGNN'),
 L(M,193,2,True,'Hyperbolic Hierarchy-Aware Knowledge Graph Embedding for Link Prediction',url='https://aclanthology.org/2021.findings-emnlp.251/',venue='EMNLP 2021 Findings',year=2021,authors=['Zhe Pan','Peng Wang'],section='4. Applications / 4.2 Hyperbolic Moldes for Knowledge Graph / 4.2.2 Hyperbolic Non-GNN Research'),
 L(M,99,2,True,'HyLa: Hyperbolic Laplacian Features For Graph Learning',arxiv='2202.06854',venue='arXiv 2022',year=2022,authors=['Tao Yu','Christopher De Sa'],section='3. HGNN / 3.3 Scalable HGNNs'),
 L(M,134,2,True,'HSR: hyperbolic social recommender',arxiv='2102.09389',venue='Information Sciences 2022',year=2022,authors=['Anchen Li','Bo Yang'],section=R1),
 L(M,233,2,True,'Embedding Heterogeneous Information Network in Hyperbolic Spaces',url='https://dl.acm.org/doi/abs/10.1145/3468674?sid=SCITRUS',venue='TKDD 2022',year=2022,authors=['Yiding Zhang','Xiao Wang','Nian Liu','Chuan Shi'],section='5 Hyperbolic Embeddings / 5.1 Hyperbolic Geometry for Heterogeneous Network Embedding'),
 L(M,30,2,True,'Learning Continuous Hierarchies in the Lorentz Model of Hyperbolic Geometry',arxiv='1806.03417',venue='ICML 2018',year=2018,authors=NK,section=S21),
 L(M,148,2,True,'HyperML: A Boosting Metric Learning Approach in Hyperbolic Space for Recommender Systems',arxiv='1809.01703',venue='WSDM 2020',year=2020,authors=['Lucas Vinh Tran','Yi Tay','Shuai Zhang','Gao Cong','Xiaoli Li'],section='4. Applications / 4.1 Hyperbolic Models for Recommender System / 4.1.2 Hyperbolic Non-GNN Research'),
 L(M,13,2,True,'Hyperbolic Graph Neural Networks: A Review of Methods and Application',arxiv='2202.13852',year=2022,authors='Menglin Yang, Min Zhou, Zhihao Li, Jiahong Liu, Lujia Pan, Hui Xiong, Irwin King'.split(', '),code='https://github.com/marlin-codes/HGNNs',section='1. Survey and Book'),
 L(M,88,2,True,'Ultrahyperbolic Neural Networks',url='https://openreview.net/forum?id=sf2BxJNXC3K',venue='NeurIPS 2021',year=2021,authors=['Marc T Law'],section='3. HGNN / 3.2 UnltraHyperblic/Semi-Riemannian + GNN'),
]
with open('labels.jsonl','w',encoding='utf-8') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
print(len(out))
