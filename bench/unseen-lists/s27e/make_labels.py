import json, os
D='/work/wt-lead/bench/unseen-lists/s27e'
SHI='SHI-Yu-Zhe__Single-Object-Visual-Tracking_A-Paper-List.README.md'
AB='abbasturkoglu__RGB-T-Tracking-Papers-and-Results.README.md'
EA='extreme-assistant__Object-Tracking-Paper-Benchmark-Team.README.md'
XZ='xingchenzhang__RGB-T-fusion-tracking-papers-and-results.README.md'
cache={}
def L(name):
    if name not in cache: cache[name]=open(os.path.join(D,name),encoding='utf-8').read().split('\n')
    return cache[name]
out=[]
def P(name,line,nlines,title,authors,venue,year,arxiv=None,url=None,code=None,doi=None,section=None,summary=None):
    raw='\n'.join(L(name)[line-1:line-1+nlines])
    out.append(dict(list=name,line=line,raw=raw,is_paper=True,title=title,arxiv_id=arxiv,doi=doi,url=url,venue=venue,year=year,authors=authors if authors is not None else [],code=code,summary=summary,section=section))
def N(name,line,nlines,section):
    raw='\n'.join(L(name)[line-1:line-1+nlines])
    out.append(dict(list=name,line=line,raw=raw,is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=None,code=None,summary=None,section=section))
def refdef(name,label):
    for l in L(name):
        if l.startswith('['+label+']:\t'): return l.split('\t',1)[1]
    raise KeyError(label)

# ---------- SHI-Yu-Zhe ----------
s1='1 Popular Benchmarks'; s2='2 Reviews and Survey Papers'
s311='3 Recent Trackers / 3.1 Data Augmentation / 3.1.1 Data Generation'
s312='3 Recent Trackers / 3.1 Data Augmentation / 3.1.2 Offline Training'
s312rl=s312+' / Reinforcement Learning Based Method:'
s321='3 Recent Trackers / 3.2 Online Tracking / 3.2.1 Model Learning'
s322='3 Recent Trackers / 3.2 Online Tracking / 3.2.2 Input: Target Representation'
s323='3 Recent Trackers / 3.2 Online Tracking / 3.2.3 Input: Spatial Information'
s324='3 Recent Trackers / 3.2 Online Tracking / 3.2.4 Input: Temporal Information'
s325='3 Recent Trackers / 3.2 Online Tracking / 3.2.5 Output: Localization'
s328='3 Recent Trackers / 3.2 Online Tracking / 3.2.8 Updating: Model'
P(SHI,7,1,'Object Tracking Benchmark',['Yi Wu','Jongwoo Lim','Ming-Hsuan Yang'],'PAMI 2015',2015,url='https://ieeexplore.ieee.org/document/7001050',section=s1)
P(SHI,25,1,'Video Object Segmentation and Tracking: A Survey',['RUI YAO','GUOSHENG LIN','SHIXIONG XIA','JIAQI ZHAO','YONG ZHOU'],'CoRR/abs 2019',2019,section=s2)
P(SHI,33,1,'SINT++: Robust Visual Tracking via Adversarial Positive Instance Generation',['Xiao Wang','Chenglong Li','Bin Luo','Jin Tang'],'CVPR 2018',2018,url='http://openaccess.thecvf.com/content_cvpr_2018/html/Wang_SINT_Robust_Visual_CVPR_2018_paper.html',section=s311)
P(SHI,39,1,'Siamese Instance Search for Tracking',['Ran Tao','Efstratios Gavves','Arnold W.M. Smeulders'],'CVPR 2016',2016,section=s312)
P(SHI,45,1,'UCT: Learning Unified Convolutional Networks for Real-time Visual Tracking',['Zheng Zhu','Guan Huang','Wei Zou','Dalong Du','Chang Huang'],'ICCV 2017',2017,section=s312)
P(SHI,46,1,'Deep Regression Tracking with Shrinkage Loss',['Xiankai Lu','Chao Ma','Bingbing Ni','Xiaokang Yang','Ian Reid','Ming-Hsuan Yang'],'ECCV 2018',2018,section=s312)
P(SHI,62,1,'Deep Reinforcement Learning with Iterative Shift for Visual Tracking',['Liangliang Ren','Xin Yuan','Jiwen Lu','Ming Yang','Jie Zhou'],'ECCV 2018',2018,section=s312rl)
P(SHI,63,1,'End-to-end Active Object Tracking via Reinforcement Learning',['Wenhan Luo','Peng Sun','Fangwei Zhong','Wei Liu','Tong Zhang','Yizhou Wang'],'ICML 2018',2018,section=s312rl)
P(SHI,73,1,'Learning feed-forward one-shot learners',['Luca Bertinetto','Jack Valmadre','João F. Henriques','Andrea Vedaldi','Philip H. S. Torr'],'NIPS 2016',2016,section=s321)
P(SHI,77,1,'Real-Time Object Tracking via Meta-Learning: Efficient Model Adaptation and One-Shot Channel Pruning',['Ilchae Jung','Kihyun You','Hyeonwoo Noh','Minsu Cho','Bohyung Han'],'AAAI 2020',2020,section=s321)
P(SHI,98,1,'Siamese Cascaded Region Proposal Networks for Real-Time Visual Tracking',['Heng Fan','Haibin Ling'],'CVPR 2019',2019,section=s322)
otr=L(SHI)[98]
jm=otr[otr.index('and ')+4:otr.index(', "')]
P(SHI,99,1,'Object Tracking by Reconstruction with View-Specific Discriminative Correlation Filters',['Uğur Kart','Alan Lukežič','Matej Kristan','Joni-Kristian Kämäräinen',jm],'CVPR 2019',2019,section=s322)
P(SHI,101,1,'Joint Group Feature Selection and Discriminative Filter Learning for Robust Visual Object Tracking',['Tianyang Xu','Zhen-Hua Feng','Xiao-Jun Wu','Josef Kittler'],'ICCV 2019',2019,section=s322)
P(SHI,127,1,'ROI Pooled Correlation Filters for Visual Tracking',['Yuxuan Sun','Chong Sun','Dong Wang','You He','Huchuan Lu'],'CVPR 2019',2019,section=s323)
P(SHI,140,1,'Learning Spatial-Temporal Regularized Correlation Filters for Visual Tracking',['Feng Li','Cheng Tian','Wangmeng Zuo','Lei Zhang','Ming-Hsuan Yang'],'CVPR 2018',2018,section=s324)
P(SHI,146,1,'GradNet: Gradient-Guided Network for Visual Object Tracking',['Peixia Li','Boyu Chen','Wanli Ouyang','Dong Wang','Xiaoyun Yang','Huchuan Lu'],'ICCV 2019',2019,section=s324)
P(SHI,165,1,'Efficient Diverse Ensemble for Discriminative Co-Tracking',['Kourosh Meshgi','Shigeyuki Oba','Shin Ishii'],'CVPR 2018',2018,section=s325)
P(SHI,190,1,'Object Tracking via Dual Linear Structured SVM and Explicit Feature Map',['Jifeng Ning','Jimei Yang','Shaojie Jiang','Lei Zhang','Ming-Hsuan Yang'],'CVPR 2016',2016,section=s328)
P(SHI,191,1,'ECO: Efficient Convolution Operators for Tracking',['Martin Danelljan','Goutam Bhat','Fahad Shahbaz Khan','Michael Felsberg'],'CVPR 2017',2017,section=s328)
P(SHI,193,2,'Re^2EMA: Regularized and Reinitialized Exponential Moving Average for Target Model Update in Object Tracking',['Jianglei Huang','Wengang Zhou'],'AAAI 2019',2019,section=s328)

# ---------- abbasturkoglu (table; titles/authors/venues resolved from the numbered REFERENCES the row cites) ----------
P(AB,7,1,'Multi-modal fusion for end-to-end rgb-t tracking',['L. Zhang','M. Danelljan','A. Gonzalez-Garcia','J. van de Weijer','F. S. Khan'],None,2019,arxiv='1908.11714',code='https://github.com/zhanglichao/end2end_rgbt_tracking')
P(AB,8,1,'Multi-adapter rgbt tracking',['C. Li','A. Lu','A. Zheng','Z. Tu','J. Tang'],None,2019,url='https://ieeexplore.ieee.org/document/9022360',code='https://github.com/Alexadlu/MANet')
P(AB,9,1,'Dense feature aggregation and pruning for rgbt tracking',['Y. Zhu','C. Li','B. Luo','J. Tang','X. Wang'],None,2019,url='http://dx.doi.org/10.1145/3343031.3350928',doi='10.1145/3343031.3350928')
P(AB,11,1,'Learning target-oriented dual attention for robust rgb-t tracking',['R. Yang','Y. Zhu','X. Wang','C. Li','J. Tang'],None,2019,url='http://dx.doi.org/10.1109/ICIP.2019.8803528',doi='10.1109/ICIP.2019.8803528')
P(AB,12,1,'Object fusion tracking based on visible and infrared images using fully convolutional siamese networks',['X. Zhang','P. Ye','D. Qiao','J. Zhao','S. Peng','G. Xiao'],None,2019,url='http://dx.doi.org/10.23919/FUSION43075.2019.9011253',doi='10.23919/FUSION43075.2019.9011253')
P(AB,15,1,'Duality-gated mutual condition network for rgbt tracking',['A. Lu','C. Qian','C. Li','J. Tang','L. Wang'],'IEEE Transactions on Neural Networks and Learning Systems 2022',2022,url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9737634')
P(AB,17,1,'Challenge-aware rgbt tracking',['C. Li','L. Liu','A. Lu','Q. Ji','J. Tang'],None,2020,arxiv='2007.13143',code='https://github.com/liulei970507/CAT')
P(AB,18,1,'Dsiammft: An rgb-t fusion tracking method via dynamic siamese networks using multi-layer feature fusion',['X. Zhang','P. Ye','S. Peng','J. Liu','G. Xiao'],'Signal Processing: Image Communication 2020',2020,url='http://dx.doi.org/10.1016/j.image.2019.115756',doi='10.1016/j.image.2019.115756')
P(AB,19,1,'Jointly modeling motion and appearance cues for robust rgb-t tracking',['P. Zhang','J. Zhao','C. Bo','D. Wang','H. Lu','X. Yang'],'IEEE Transactions on Image Processing 2021',2021,url='http://dx.doi.org/10.1109/TIP.2021.3060862',doi='10.1109/TIP.2021.3060862')
P(AB,21,1,'Multimodal cross-layer bilinear pooling for rgbt tracking',['Q. Xu','Y. Mei','J. Liu','C. Li'],'IEEE Transactions on Multimedia 2022',2022,url='http://dx.doi.org/10.1109/TMM.2021.3055362',doi='10.1109/TMM.2021.3055362')
P(AB,22,1,'Rgbt tracking by trident fusion network',['Y. Zhu','C. Li','J. Tang','B. Luo','L. Wang'],'IEEE Transactions on Circuits and Systems for Video Technology 2022',2022,url='http://dx.doi.org/10.1109/TCSVT.2021.3067997',doi='10.1109/TCSVT.2021.3067997')
P(AB,24,1,'Learning adaptive attribute-driven representation for real-time rgb-t tracking',['P. Zhang','D. Wang','H. Lu','X. Yang'],'International Journal of Computer Vision 2021',2021,url='http://dx.doi.org/10.1007/s11263-021-01495-3',doi='10.1007/s11263-021-01495-3',code='https://github.com/zhang-pengyu/ADRNet')
P(AB,25,1,'M 5 l: Multi-modal multi-margin metric learning for rgbt tracking',['Z. Tu','C. Lin','W. Zhao','C. Li','J. Tang'],'IEEE Transactions on Image Processing 2022',2022,url='http://dx.doi.org/10.1109/TIP.2021.3125504',doi='10.1109/TIP.2021.3125504')
P(AB,26,1,'Siamcda: Complementarity- and distractor-aware rgb-t tracking based on siamese network',['T. Zhang','X. Liu','Q. Zhang','J. Han'],'IEEE Transactions on Circuits and Systems for Video Technology 2022',2022,url='http://dx.doi.org/10.1109/TCSVT.2021.3072207',doi='10.1109/TCSVT.2021.3072207')
P(AB,27,1,'Dual siamese network for rgbt tracking via fusing predicted position maps',['C. Guo','D. Yang','C. Li','P. Song'],'The Visual Computer 2022',2022,url='http://dx.doi.org/10.1007/s00371-021-02131-4',doi='10.1007/s00371-021-02131-4')
P(AB,28,1,'Attribute-based progressive fusion network for rgbt tracking',['Y. Xiao','M. Yang','C. Li','L. Liu','J. Tang'],'AAAI 2022',2022,url='https://doi.org/10.1609/aaai.v36i3.20187',doi='10.1609/aaai.v36i3.20187',code='https://github.com/yangmengmeng1997/APFNet')
P(AB,29,1,'Dynamic Modality-Aware Filter Generation for RGB-T Tracking',['Xiao Wang','Xiujun Shu','Shiliang Zhang','Bo Jiang','Yaowei Wang','Yonghong Tian','Feng Wu'],'IEEE Transactions on Multimedia 2022',2022,arxiv='2107.10433',doi='10.48550/arXiv.2107.10433',code='https://github.com/wangxiao5791509/MFG_RGBT_Tracking_PyTorch')
P(AB,30,1,'Visual Prompt Multi-Modal Tracking',['J. Zhu','S. Lai','X. Chen','D. Wang','H. Lu'],'arXiv 2023',2023,arxiv='2303.10826',doi='10.48550/arXiv.2303.10826',code='https://github.com/jiawen-zhu/ViPT')
P(AB,31,1,'Prompting for Multi-Modal Tracking',['J. Yang','Z. Li','F. Zheng','A. Leonardis','J. Song'],'arXiv',2023,arxiv='2207.14571',doi='10.48550/arXiv.2207.14571')
P(AB,33,1,'EANet: enhanced attribute-based RGBT tracker network',['Abbas Türkoğlu','Erdem Akagündüz'],'ICMV 2023',2023,arxiv='2307.01893',code='https://github.com/abbasturkoglu/EANet')

# ---------- extreme-assistant (Chinese, multi-line 作者｜/代码｜) ----------
c20='1.顶会论文 / CVPR2020(共33篇)'; e20='1.顶会论文 / ECCV2020（共26篇）'; c19='1.顶会论文 / CVPR2019（共19篇）'
P(EA,37,3,'GNN3DMOT: Graph Neural Network for 3D Multi-Object Tracking With 2D-3D Multi-Feature Learning',['Xinshuo Weng','Yongxin Wang','Yunze Man','Kris M. Kitani'],'CVPR 2020',2020,arxiv='2006.07327',code='https://github.com/xinshuoweng/GNN3DMOT',section=c20+' / 多目标跟踪')
P(EA,46,3,'Learning Multi-Object Tracking and Segmentation From Automatic Annotations',['Lorenzo Porzi','Markus Hofinger','Idoia Ruiz','Joan Serrat','Samuel Rota Bulo','Peter Kontschieder'],'CVPR 2020',2020,arxiv='1912.02096',section=c20+' / 多目标跟踪')
P(EA,64,4,'Classifying, Segmenting, and Tracking Object Instances in Video with Mask Propagation',['Gedas Bertasius','Lorenzo Torresani'],'CVPR 2020',2020,arxiv='1912.04573',section=c20+' / 目标跟踪与分割')
P(EA,78,3,'D3S - A Discriminative Single Shot Segmentation Tracker',['Alan Lukezic','Jiri Matas','Matej Kristan'],'CVPR 2020',2020,url='http://openaccess.thecvf.com/content_CVPR_2020/html/Lukezic_D3S_-_A_Discriminative_Single_Shot_Segmentation_Tracker_CVPR_2020_paper.html',section=c20+' / 目标跟踪与分割')
P(EA,107,4,'Siam R-CNN: Visual Tracking by Re-Detection',['Paul Voigtlaender','Jonathon Luiten','Philip H.S. Torr','Bastian Leibe'],'CVPR 2020',2020,url='http://openaccess.thecvf.com/content_CVPR_2020/html/Voigtlaender_Siam_R-CNN_Visual_Tracking_by_Re-Detection_CVPR_2020_paper.html',code='http://www.vision.rwth-aachen.de/page/siamrcnn',section=c20+' / 单目标跟踪')
P(EA,117,4,'Recursive Least-Squares Estimator-Aided Online Learning for Visual Tracking',['Jin Gao','Weiming Hu','Yan Lu'],'CVPR 2020',2020,url='http://openaccess.thecvf.com/content_CVPR_2020/html/Gao_Recursive_Least-Squares_Estimator-Aided_Online_Learning_for_Visual_Tracking_CVPR_2020_paper.html',code='https://github.com/Amgao/RLS-RTMDNet',section=c20+' / 单目标跟踪')
P(EA,122,4,'ROAM: Recurrently Optimizing Tracking Model',['Tianyu Yang','Pengfei Xu','Runbo Hu','Hua Chai','Antoni B. Chan'],'CVPR 2020',2020,url='http://openaccess.thecvf.com/content_CVPR_2020/html/Yang_ROAM_Recurrently_Optimizing_Tracking_Model_CVPR_2020_paper.html',code='https://github.com/skyoung/ROAM',section=c20+' / 单目标跟踪')
P(EA,150,3,'Joint Spatial-Temporal Optimization for Stereo 3D Object Tracking',['Peiliang Li','Jieqi Shi','Shaojie Shen'],'CVPR 2020',2020,url='http://openaccess.thecvf.com/content_CVPR_2020/html/Li_Joint_Spatial-Temporal_Optimization_for_Stereo_3D_Object_Tracking_CVPR_2020_paper.html',section=c20+' / 3D目标跟踪')
P(EA,154,3,'PnPNet: End-to-End Perception and Prediction With Tracking in the Loop',['Ming Liang','Bin Yang','Wenyuan Zeng','Yun Chen','Rui Hu','Sergio Casas','Raquel Urtasun'],'CVPR 2020',2020,url='http://openaccess.thecvf.com/content_CVPR_2020/html/Liang_PnPNet_End-to-End_Perception_and_Prediction_With_Tracking_in_the_Loop_CVPR_2020_paper.html',section=c20+' / 3D目标跟踪')
P(EA,160,4,'MPM: Joint Representation of Motion and Position Map for Cell Tracking',['Junya Hayashida','Kazuya Nishimura','Ryoma Bise'],'CVPR 2020',2020,url='http://openaccess.thecvf.com/content_CVPR_2020/html/Hayashida_MPM_Joint_Representation_of_Motion_and_Position_Map_for_Cell_CVPR_2020_paper.html',code='https://github.com/JunyaHayashida/MPM',section=c20+' / 细胞跟踪')
P(EA,174,3,'Cross-Modal Pattern-Propagation for RGB-T Tracking',['Chaoqun Wang','Chunyan Xu','Zhen Cui','Ling Zhou','Tong Zhang','Xiaoya Zhang','Jian Yang'],'CVPR 2020',2020,url='http://openaccess.thecvf.com/content_CVPR_2020/html/Wang_Cross-Modal_Pattern-Propagation_for_RGB-T_Tracking_CVPR_2020_paper.html',section=c20+' / 可见光与红外图像的目标跟踪')
P(EA,217,1,'Tracking objects as points',None,'ECCV 2020',2020,section=e20)
P(EA,239,2,'TRADI: Tracking deep neural network weight distributions',['Gianni Franchi','Andrei Bursuc','Emanuel Aldea','Severine Dubuisson','Isabelle Bloch'],'ECCV 2020',2020,arxiv='1912.11316',section=e20)
P(EA,258,1,'Object Tracking using Spatio-Temporal Networks for Future Prediction Location',None,'ECCV 2020',2020,section=e20)
P(EA,262,2,'Challenge-Aware RGBT Tracking',['Chenglong Li','Lei Liu','Andong Lu','Qing Ji','Jin Tang'],'ECCV 2020',2020,arxiv='2007.13143',section=e20)
P(EA,265,1,'PG-Net: Pixel to Global Matching Network for Visual Tracking',None,'ECCV 2020',2020,section=e20)
P(EA,321,3,'SiamRPN++: Evolution of Siamese Visual Tracking With Very Deep Networks',['Bo Li','Wei Wu','Qiang Wang','Fangyi Zhang','Junliang Xing','Junjie Yan'],'CVPR 2019',2019,url='http://openaccess.thecvf.com/content_CVPR_2019/html/Li_SiamRPN_Evolution_of_Siamese_Visual_Tracking_With_Very_Deep_Networks_CVPR_2019_paper.html',code='https://github.com/STVIR/pysot',section=c19+' / 单目标跟踪')
P(EA,333,3,'ATOM: Accurate Tracking by Overlap Maximization',['Martin Danelljan','Goutam Bhat','Fahad Shahbaz Khan','Michael Felsberg'],'CVPR 2019',2019,url='http://openaccess.thecvf.com/content_CVPR_2019/html/Danelljan_ATOM_Accurate_Tracking_by_Overlap_Maximization_CVPR_2019_paper.html',code='https://github.com/visionml/pytracking',section=c19+' / 单目标跟踪')
P(EA,375,3,'CityFlow: A City-Scale Benchmark for Multi-Target Multi-Camera Vehicle Tracking and Re-Identification',['Zheng Tang','Milind Naphade','Ming-Yu Liu','Xiaodong Yang','Stan Birchfield','Shuo Wang','Ratnesh Kumar','David Anastasiu','Jenq-Neng Hwang'],'CVPR 2019',2019,url='http://openaccess.thecvf.com/content_CVPR_2019/html/Tang_CityFlow_A_City-Scale_Benchmark_for_Multi-Target_Multi-Camera_Vehicle_Tracking_and_CVPR_2019_paper.html',code='https://www.aicitychallenge.org/',section=c19+' / 跟踪数据集')
P(EA,449,1,'Deep Learning for Visual Tracking: A Comprehensive Survey',None,None,None,arxiv='1912.00535',section='2.benchmark')

# ---------- xingchenzhang (author line, then tab-indented "Title". Venue, Year. [[paper][N]]) ----------
N(XZ,4,1,None)
N(XZ,5,1,None)
N(XZ,23,1,'Table of Contents')
N(XZ,24,1,'Table of Contents')
P(XZ,35,2,'Multimodal Cross-Layer Bilinear Pooling for RGBT Tracking',['Qin Xu','Yiming Mei','Jinpei Liu','Chenglong Li'],'IEEE Transactions on Multimedia 2021',2021,section='Papers / 2021')
P(XZ,60,2,'RGBT Tracking via Multi-Adapter Network with Hierarchical Divergence Loss',['Andong Liu','Chenglong Li','Yuqing Yan','Jin Tang','Bin Luo'],'arXiv 2020',2020,arxiv='2011.07189',section='Papers / 2020')
P(XZ,62,2,'Duality-Gated Mutual Condition Network for RGBT Tracking',['Andong Liu','Cun Qian','Chenglong Li','Jin Tang','Bin Luo'],'arXiv 2020',2020,arxiv='2011.07188',section='Papers / 2020')
P(XZ,77,2,'Grayscale-Thermal Tracking via Inverse Sparse Representation-Based Collaborative Encoding',['Bin Kang','Dong Liang','Wan Ding','Huiyu Zhou','Wei-Ping Zhu'],'IEEE Transactions on Image Processing 2019',2019,url=refdef(XZ,'35'),section='Papers / 2019')
P(XZ,87,2,'SiamFT: An RGB-infrared fusion tracking method via fully convolutional siamese networks',['Xingchen Zhang','Ping Ye','Shengyun Peng','Jun Liu','Ke Gong','Gang Xiao'],'IEEE Access 2019',2019,url=refdef(XZ,'40'),section='Papers / 2019')
P(XZ,93,2,'RGB-T object tracking: Benchmark and baseline',['Chenglong Li','Xinyan Liang','Yijuan Lu','Nan Zhao','Jin Tang'],'Pattern Recognition 2019',2019,url=refdef(XZ,'43'),section='Papers / 2019')
P(XZ,112,2,'Robust night target tracking via infrared and visible video fusion',['Keyan Ren','Xiao Zhang','Yu Han','Yibin Hou'],'Applications of Digital Image Processing 2018',2018,url=refdef(XZ,'51'),section='Papers / 2018')
P(XZ,114,2,'Fusing Two-Stream Convolutional Neural Networks for RGB-T Object Tracking',['Chenglong Li','Xiaohao Wu','Nan Zhao','Xiaochun Cao','Jin Tang'],'Neurocomputing 2018',2018,url=refdef(XZ,'52'),section='Papers / 2018')
P(XZ,116,2,'Two-Stage Modality-Graphs Regularized Manifold Ranking for RGB-T Tracking',['Chenglong Li','Chengli Zhu','Shaofei Zheng','Bin Luo','Jin Tang'],'Signal Processing: Image Communication 2018',2018,url=refdef(XZ,'53'),section='Papers / 2018')
P(XZ,122,2,'Cross-Modal Ranking with Soft Consistency and Noisy Labels for Robust RGB-T Tracking',['Chenglong Li','Chengli Zhu','Yan Huang','Jin Tang','Liang Wang'],'ECCV 2018',2018,url=refdef(XZ,'56'),section='Papers / 2018')
P(XZ,130,2,'Object Tracking via Deep Multi-View Compressive Model for Visible and Infrared Sequences',['Ningwen Xu','Gang Xiao','Fang He','Xingchen Zhang','Durga Prasad Bavirisetti'],'Fusion 2018',2018,url=refdef(XZ,'59'),section='Papers / 2018')
P(XZ,132,2,'Comparison of Different Level Fusion Schemes for Infrared-Visible Object Tracking: An Experimental Survey',['Chengwei Luo','Bin Sun','Qiao Deng','Zihao Wang','Dengwei Wang'],'International Conference on Robotics and Automation Sciences 2018',2018,url=refdef(XZ,'60'),section='Papers / 2018')
P(XZ,165,2,'Enhanced target tracking through infrared-visible image fusion',['Stephen R. Schnelle','Alex Lipchen Chan'],'Fusion 2011',2011,url=refdef(XZ,'71'),section='Papers / Before 2016')
P(XZ,181,2,'Learning Collaborative Sparse Representation for Grayscale-Thermal Tracking',['Chenglong Li','Hui Cheng','Shiyi Hu','Xiaobai Liu','Jin Tang','Liang Lin'],'IEEE Transactions on Image Processing 2016',2016,url=refdef(XZ,'74'),section='Datasets and benchmark')
N(XZ,185,1,'Datasets and benchmark')
P(XZ,186,2,'Weighted Sparse Representation Regularized Graph Learning for RGB-T Object Tracking',['Chenglong Li','Nan Zhao','Yijuan Lu','Chenglin Zhu','Jin Tang'],'ACM International Conference on Multimedia 2017',2017,url=refdef(XZ,'78'),section='Datasets and benchmark')

keys=['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
with open(os.path.join(D,'labels.jsonl'),'w',encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps({k:o[k] for k in keys},ensure_ascii=False)+'\n')
import collections
print(len(out), collections.Counter(o['list'][:12] for o in out), sum(o['is_paper'] for o in out))
