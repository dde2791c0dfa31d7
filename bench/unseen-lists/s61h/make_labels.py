# Hand labels (typed from reading the files); raw is copied from the file at the given line.
import json
D='Desein-Yang__awesome-graph-structure-learning.README.md'
S='ShaoPengyang__causal_discovery_papers.README.md'
U='UnHans__Awesome-Graph-Structure-Learning-Papers.README.md'
NP='https://proceedings.neurips.cc/paper/2020/hash/'
L=[]
def P(lst,line,title,venue=None,year=None,authors=(),arxiv=None,url=None,code=None,summary=None,section=None,n=1):
    L.append(dict(list=lst,line=line,n=n,is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,
                  authors=list(authors),code=code,summary=summary,section=section))
# Desein-Yang 2021-ConfTrack.md
P(D,10,'Asymmetric Shapley values: incorporating causal knowledge into model-agnostic explainability','NIPS',url=NP+'0d770c496aa3da6d2c3f2bd19e7b9d6b-Abstract.html',authors=['Christopher Frye','Colin Rowat','Ilya Feige'],section='NIPS')
P(D,12,'A causal view of compositional zero-shot recognition','NIPS',url=NP+'1010cedf85f6a7e24b087e63235dc12e-Abstract.html',authors=['Yuval Atzmon','Felix Kreuk','Uri Shalit','Gal Chechik'],section='NIPS')
P(D,13,'CASTLE: Regularization via Auxiliary Causal Graph Discovery','NIPS',url=NP+'1068bceb19323fe72b2b344ccf85c254-Abstract.html',authors=['Trent Kyono','Yao Zhang','Mihaela van der Schaar'],section='NIPS')
P(D,14,'Long-Tailed Classification by Keeping the Good and Removing the Bad Momentum Causal Effect','NIPS',url=NP+'1091660f3dff84fd648efe31391c5524-Abstract.html',authors=['Kaihua Tang','Jianqiang Huang','Hanwang Zhang'],section='NIPS')
P(D,18,'Generative causal explanations of black-box classifiers','NIPS',url=NP+'3a93a609b97ec0ab0ff5539eb79ef33a-Abstract.html',authors=["Matthew O'Shaughnessy",'Gregory Canal','Marissa Connor','Christopher Rozell','Mark Davenport'],section='NIPS')
P(D,22,'Towards Scalable Bayesian Learning of Causal DAGs','NIPS',url=NP+'48f7d3043bc03e6c48a6f0ebc0f258a8-Abstract.html',authors=['Jussi Viinikka','Antti Hyttinen','Johan Pensar','Mikko Koivisto'],section='NIPS')
P(D,24,'COT-GAN: Generating Sequential Data via Causal Optimal Transport','NIPS',url=NP+'641d77dd5271fca28764612a028d9c8e-Abstract.html',authors=['Tianlin Xu','Li Kevin Wenliang','Michael Munn','Beatrice Acciaio'],section='NIPS')
P(D,27,'A polynomial-time algorithm for learning nonparametric causal graphs','NIPS',url=NP+'85c9f9efab89cee90a95cb98f15feacd-Abstract.html',authors=['Ming Gao','Yi Ding','Bryon Aragam'],section='NIPS')
P(D,28,'Identifying Causal-Effect Inference Failure with Uncertainty-Aware Models','NIPS',url=NP+'860b37e28ec7ba614f00f9246949561d-Abstract.html',authors=['Andrew Jesson','Sören Mindermann','Uri Shalit','Yarin Gal'],section='NIPS')
P(D,32,'Entropic Causal Inference: Identifiability and Finite Sample Results','NIPS',url=NP+'a979ca2444b34449a2c80b012749e9cd-Abstract.html',authors=['Spencer Compton','Murat Kocaoglu','Kristjan Greenewald','Dmitriy Katz'],section='NIPS')
P(D,37,'Differentiable Causal Discovery from Interventional Data','NIPS',url=NP+'f8b7aa3a0d349d9562b424160ad18612-Abstract.html',authors=['Philippe Brouillard','Sébastien Lachapelle','Alexandre Lacoste','Simon Lacoste-Julien','Alexandre Drouin'],section='NIPS')
P(D,43,'Distinguishing Cause from Effect Using Quantiles: Bivariate Quantile Causal Discovery','ICML',arxiv='1801.10579',authors=['Natasa Tagasovska','Valérie Chavez-Demoulin','Thibault Vatter'],section='ICML')
P(D,53,'Relation-Based Counterfactual Explanations for Bayesian Network Classifiers','IJCAI',authors=['Emanuele Albini','Antonio Rago','Pietro Baroni','Francesca Toni'],section='IJCAI',n=2)
P(D,55,'BaKer-Nets: Bayesian Random Kernel Mapping Networks','IJCAI',authors=['Hui Xue','Zheng-Fan Wu'],section='IJCAI',n=2)
P(D,60,'Multi-label Causal Feature Selection','AAAI',authors=['Xingyu Wu','Bingbing Jiang','Kui Yu','Huanhuan Chen','Chunyan Miao'],section='AAAI')
P(D,61,'Causal Transfer for Imitation Learning and Decision Making under Sensor-shift','AAAI',authors=['Jalal Etesami','Philipp Geiger'],section='AAAI')
P(D,64,'A Simultaneous Discover-Identify Approach to Causal Inference in Linear Models','AAAI',authors=['Chi Zhang','Bryant Chen','Judea Pearl'],section='AAAI')
P(D,66,'Explainable Reinforcement Learning Through a Causal Lens','AAAI',authors=['Prashan Madumal','Tim Miller','Liz Sonenberg','Frank Vetere'],section='AAAI')
P(D,67,'Integrating Overlapping Datasets Using Bivariate Causal Discovery','AAAI',authors=['Anish Dhir','Ciarán Lee'],section='AAAI')
P(D,72,'Probabilistic Reasoning across the Causal Hierarchy','AAAI',authors=['Duligur Ibeling','Thomas Icard'],section='AAAI')
# ShaoPengyang README (tables; no headings besides the lone H1 title)
P(S,6,'Notears','NIPS',code='https://github.com/xunzheng/notears')
P(S,7,'DAG-GNN','ICML 2019',2019,code='https://github.com/fishmoon1234/DAG-GNN')
P(S,8,'Gradient-Based Neural DAG Learning','ICLR 2020',2020,code='https://github.com/kurowasan/GraN-DAG',
  summary='We propose a novel score-based approach to learning a directed acyclic graph (DAG) from observational data. We adapt a recently proposed continuous constrained optimization formulation to allow for nonlinear relationships between variables using neural networks. This extension allows to model complex interactions while avoiding the combinatorial nature of the problem. In addition to comparing our method to existing continuous optimization methods, we provide missing empirical comparisons to nonlinear greedy search methods. On both synthetic and real-world data sets, this new method outperforms current continuous methods on most tasks while being competitive with existing greedy search methods on important metrics for causal inference.')
P(S,9,'DAGs with No Fears: A closer look at continuous optimization for learning Bayesian networks','NIPS 2020',2020,
  summary='This paper re-examines a continuous optimization framework dubbed NOTEARS for learning Bayesian networks. We first generalize existing algebraic characterizations of acyclicity to a class of matrix polynomials. Next, focusing on a one-parameter-per-edge setting, it is shown that the Karush-Kuhn-Tucker (KKT) optimality conditions for the NOTEARS formulation cannot be satisfied except in a trivial case, which explains a behavior of the associated algorithm. We then derive the KKT conditions for an equivalent reformulation, show that they are indeed necessary, and relate them to explicit constraints that certain edges be absent from the graph. If the score function is convex, these KKT conditions are also sufficient for local minimality despite the non-convexity of the constraint. Informed by the KKT conditions, a local search post-processing algorithm is proposed and shown to substantially and universally improve the structural Hamming distance of all tested algorithms, typically by a factor of 2 or more. Some combinations with local search are both more accurate and more efficient than the original NOTEARS.')
P(S,10,'CausalVAE: Disentangled Representation Learning via Neural Structural Causal Models','CVPR 2021',2021)
P(S,11,'Dags with no curl: An efficient dag structure learning approach','ICML 2021',2021)
P(S,12,'Weakly Supervised Disentangled Generative Causal Representation Learning','JMLR 2022',2022)
P(S,13,'Masked gradient-based causal structure learning','SDM 2022',2022)
P(S,14,'Personalized Latent Structure Learning for Recommendation','TPAMI 2023',2023,
  summary='First, introduce a base DAG learning model. \\ Level 1 challenge: personalized DAG. Someone not follow majority, and some hidden variables. Level 2 challenge: sparse and noisy nature of interaction data. PlanRec: latent structure personalization and balancing personalization and shared knowledge for each individual over the base latent structure learning model')
P(S,18,'DAG-GAN: Causal Structure Learning with Generative Adversarial Nets')
P(S,19,'Large-Scale Differentiable Causal Discovery of Factor Graphs')
P(S,20,'Disentangling shared and group-specific variations in single-cell transcriptomics data with multiGroupVI','PMLR 2022',2022)
P(S,21,'On the Convergence of Continuous Constrained Optimization for Structure Learning','PMLR 2022',2022)
# UnHans README
GH='https://github.com/'
P(U,8,'Bridging Large Language Models and Graph Structure Learning Models for Robust Representation Learning','arXiv 2024',2024,arxiv='2410.12096',section='2024',
  summary='first utilizes a large language model (LLM) to derive cleaned node text information, and then adopts an iterative learning paradigm along with a pseudo-labeling strategy to incorporate text features into the structural representation.')
P(U,9,'GraphEdit: Large Language Models for Graph Structure Learning','arXiv 2024',2024,arxiv='2402.15183',section='2024',
  summary='utilize a text classification task to fine-tune the text encoder in the LLM, and then use the pretrained text embeddings to construct the learned graph.')
P(U,10,"You Can't Ignore Either: Unifying Structure and Feature Denoising for Robust Graph Learning",'CIKM 2024',2024,arxiv='2408.00700',section='2024',
  summary='remove noise from structural features and node attribute features.')
P(U,11,'Rethinking Structure Learning For Graph Neural Networks','arXiv 2024',2024,arxiv='2411.07672',section='2024',
  summary='This paper analyzes the mutual information between node representations in learned graphs and their corresponding labels, and claims that the predominant similarity-based GSL models is unnecessary for GNNs.')
P(U,12,'Beyond Redundancy: Information-aware Unsupervised Multiplex Graph Structure Learning','NIPS 2024',2024,arxiv='2409.17386',code=GH+'zxlearningdeep/InfoMGF',section='2024',
  summary='deal with heterophily node classification datasets.')
P(U,13,'Self-Guided Robust Graph Structure Refinement','WWW 2024',2024,url='https://dl.acm.org/doi/10.1145/3589334.3645522',code=GH+'yeonjun-in/torch-SG-GSR',section='2024',
  summary='propose to extract clean subgraphs and refine the extracted graph structure by leveraging both topological and feature similarity. Additionally, it employ a degree-based group training strategy to address the unbalanced degree distribution.')
P(U,14,'DSLR: Diversity Enhancement and Structure Learning for Rehearsal-based Graph Continual Learning','WWW 2024',2024,url='https://dl.acm.org/doi/10.1145/3589334.3645561',section='2024')
P(U,16,'On the Ability of Graph Neural Networks to Model Interactions Between Vertices','NIPS 2023',2023,url='https://proceedings.neurips.cc/paper_files/paper/2023/hash/543ec10715d964122ab7cb15f648772b-Abstract-Conference.html',code=GH+'noamrazin/gnn_interactions',section='2023',
  summary='first propose a novel graph characteristic, the walk index, which reflects interactions between two groups.Then, it develop the Walk Index Sparsification (WIS) algorithm, a graph structure sparsification method that removes noise edges potentially lowering the walk index between the two groups.')
P(U,17,'Empowering Graph Representation Learning with Test-Time Graph Transformation','ICLR 2023',2023,url='https://openreview.net/pdf?id=Lnxl5pr018',code=GH+'ChandlerBang/GTrans',section='2023',
  summary='incorporate a learnable perturbation matrix with the graph adjacency matrix and adopt a self-supervised contrastive loss as a surrogate to perform optimization at test time. This approach can mitigates distribution shifts between training data and test data.')
P(U,18,'Optimal Block-wise Asymmetric Graph Construction for Graph-based Semi-supervised Learning','NIPS 2023',2023,url='https://proceedings.neurips.cc/paper_files/paper/2023/hash/e142fd2b70f10db2543c64bca1417de8-Abstract-Conference.html',section='2023',
  summary='construct an asymmetric graph structure that maintains indirect connections from labeled nodes to unlabeled nodes, enhancing the propagation of supervised signals on unlabeled data. Notably, this paper aims to perform Graph Structure Learning (GSL) in the absence of an initial graph structure.')
P(U,19,'Latent Graph Inference with Limited Supervision','NIPS 2023',2023,url='https://proceedings.neurips.cc/paper_files/paper/2023/hash/67101f97dc23fcc10346091181fff6cb-Abstract-Conference.html',code=GH+'Jianglin954/LGI-LS',section='2023',
  summary='aims to reduce the occurrence of starved nodes(nodes with mutiple unlabeled high-order neighbors) in the graph structure. It construct a similarity matrix between labeled and unlabeled nodes and fuse it with the original graph structure matrix to enhance the propagation of supervised signals to unlabeled data.')
P(U,20,'Curriculum Learning for Graph Neural Networks: Which Edges Should We Learn First','NIPS 2023',2023,code=GH+'rollingstonezz/Curriculum_learning_for_GNNs',section='2023',
  summary='utilize a Variational Autoencoder (VAE) to recover the graph structure and sort edges using residual loss. Subsequently, it progressively train a GNN by feeding it easier edges(edge with lower residual loss). In this way, the GNN are well-trained and focus on optimizing performance on good structure data.')
P(U,21,'Contrastive Graph Structure Learning via Information Bottleneck for Recommendation','NIPS 2023',2023,url='https://proceedings.neurips.cc/paper_files/paper/2022/hash/803b9c4a8e4784072fdd791c54d614e2-Abstract-Conference.html',code=GH+'weicy15/CGI',section='2023',
  summary='aims to address popularity bias in recommendation systems. First, it introduces a multi-view (node- and edge-drop) graph augmentation technique to eliminate noise structures. Then, it employs an information bottleneck approach to minimize mutual information between original features and augmented features, which can learn invariant information related to labels.')
P(U,22,'Beyond Homophily: Reconstructing Structure for Graph-agnostic Clustering','ICML 2023',2023,url='https://proceedings.mlr.press/v202/pan23b/pan23b.pdf',code=GH+'Panern/DGCN',section='2023',
  summary='aims to adaptively address graph structures with varying levels of homophily. It begins by transforming the graph into homogeneous and heterogeneous graphs. Next, it employs mixed-pass filters to encode graph structure features. Finally, dual encoders are utilized to separately learn attribute and topological features.')
P(U,23,'Towards Understanding and Reducing Graph Structural Noise for GNNs','ICML 2023',2023,url='https://proceedings.mlr.press/v202/dong23a.html',section='2023')
P(U,24,'PROSE: Graph Structure Learning via Progressive Strategy','KDD 2023',2023,url='https://dl.acm.org/doi/abs/10.1145/3580305.3599476',code=GH+'tigerbunny2023/PROSE',section='2023',
  summary='aims to progressively identify influential nodes using PageRank scores and reconstruct the graph structure by connecting these influential nodes. This approach prioritizes connecting important nodes within graph.')
P(U,25,'GraphGLOW: Universal and Generalizable Structure Learning for Graph Neural Networks','KDD 2023',2023,url='https://dl.acm.org/doi/abs/10.1145/3580305.3599373',code=GH+'WtaoZhao/GraphGLOW',section='2023',
  summary='This paper aims to learn invariant structural information across diverse graph datasets. The model includes a structure learner and multiple Graph Neural Networks (GNNs) tailored to different graph structures. To streamline structure refinement complexity, the model employs the pivot node trick, avoiding the $O(N^2)$ complexity.')

KEYS=['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
with open('labels.jsonl','w',encoding='utf-8') as f:
    for r in L:
        lines=open(r['list'],encoding='utf-8').read().split('\n')
        r['raw']='\n'.join(lines[r['line']-1:r['line']-1+r.pop('n')])
        f.write(json.dumps({k:r[k] for k in KEYS},ensure_ascii=False)+'\n')
print(len(L))
