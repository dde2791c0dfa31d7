import json
D='/work/main/bench/unseen-lists/s111g/'
samples={(d['list'],d['line']):d['raw'] for d in map(json.loads,open(D+'sample.jsonl',encoding='utf-8'))}
A='ArcherFMY__Paper_Reading_List.README.md'
Z='AzureSX__Paper.README.md'
M='MC3DV__Awesome-3D-Controllable-Models-in-Medical-Shapes.README.md'
S1='1.通用 3D 形状生成 / 重建（NeRF / SDF / Diffusion / 隐式表示等）'
S2='2.医学解剖形状建模与几何网格重建（心脏/血管/骨骼/器官等）'
S3='3.3D/4D时序医学图像生成与扩散模型（含可控生成)'
S4='4.医学图像分割 / 分类与 Transformer / Mamba / CNN'
L=[]
def P(lst,line,title,authors,venue=None,year=None,arxiv=None,url=None,code=None,section=None,is_paper=True):
    L.append(dict(list=lst,line=line,raw=samples[(lst,line)],is_paper=is_paper,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=authors,code=code,summary=None,section=section))
def au(s): return [x.strip() for x in s.split(',')]
# ArcherFMY
P(A,7,'Deep Embedding Features for Salient Object Detection',au('Yunzhi Zhuge, Yu Zeng, Huchuan Lu'),'AAAI 2019',2019,url='https://pan.baidu.com/s/1HfyavmYB2NYUMe8CSe2qCw?errno=0&errmsg=Auth%20Login%20Sucess&&bduss=&ssnerror=0&traceid=',section='2019')
P(A,10,'Attentive Feedback Network for Boundary-aware Salient Object Detection',au('Mengyang Feng, Huchuan Lu, Errui Ding'),'CVPR 2019',2019,code='https://github.com/ArcherFMY/AFNet',section='2019')
P(A,11,'Multi-source weak supervision for saliency detection',au('Yu Zeng, Yunzi Zhuge, Huchuan Lu, Lihe Zhang, Mingyang Qian, Yizhou Yu'),'CVPR 2019',2019,code='https://github.com/zengxianyu/mws',section='2019')
P(A,16,'Exemplar-aided Salient Object Detection via Joint Latent Space Embedding',au('Yuqiu Kong, Jianming Zhang, Huchuan Lu, Xiuping Liu'),'TIP 2018',2018,url='https://pan.baidu.com/s/1p4cn-2wktOnMVZveHNARzg',section='2018')
P(A,19,'Learning to Promote Saliency Detectors',au('Yu Zeng, Huchuan Lu, Lihe Zhang, Mengyang Feng, Ali Borji'),'CVPR 2018',2018,url='http://openaccess.thecvf.com/content_cvpr_2018/papers/Zeng_Learning_to_Promote_CVPR_2018_paper.pdf',code='https://github.com/zengxianyu/lps',section='2018')
P(A,20,'Contour Knowledge Transfer for Salient Object Detection',au('Xin Li, Fan Yang, Hong Cheng, Wei Liu, Dinggang Shen'),'ECCV 2018',2018,url='http://openaccess.thecvf.com/content_ECCV_2018/papers/Xin_Li_Contour_Knowledge_Transfer_ECCV_2018_paper.pdf',code='https://github.com/lixin666/C2SNet',section='2018')
P(A,21,'R3Net: Recurrent Residual Refinement Network for Saliency Detection',au('Zijun Deng, Xiaowei Hu, Lei Zhu, Xuemiao Xu, Jing Qin, Guoqiang Han, Pheng-Ann Heng'),'IJCAI 2018',2018,url='https://www.ijcai.org/proceedings/2018/0095.pdf',code='https://github.com/zijundeng/R3Net',section='2018')
P(A,22,'PiCANet: Learning Pixel-Wise Contextual Attention for Saliency Detection',au('Nian Liu, Junwei Han, Ming-Hsuan Yang'),'CVPR 2018',2018,url='http://openaccess.thecvf.com/content_cvpr_2018/papers/Liu_PiCANet_Learning_Pixel-Wise_CVPR_2018_paper.pdf',code='https://github.com/nian-liu/PiCANet',section='2018')
P(A,23,'Reverse Attention for Salient Object Detection',au('Shuhan Chen, Xiuli Tan, Ben Wang, Xuelong Hu'),'ECCV 2018',2018,url='http://openaccess.thecvf.com/content_ECCV_2018/papers/Shuhan_Chen_Reverse_Attention_for_ECCV_2018_paper.pdf',code='https://github.com/ShuhanChen/RAS_ECCV18',section='2018')
P(A,25,'Detect Globally, Refine Locally: A Novel Approach to Saliency Detection',au('Tiantian Wang, Lihe Zhang, Shuo Wang, Huchuan Lu, Gang Yang, Xiang Ruan, Ali Borji'),'CVPR 2018',2018,url='http://openaccess.thecvf.com/content_cvpr_2018/papers/Wang_Detect_Globally_Refine_CVPR_2018_paper.pdf',code='https://github.com/TiantianWang/CVPR18_detect_globally_refine_locally',section='2018')
P(A,32,'Learning Uncertain Convolutional Features for Accurate Saliency Detection',au('Pingping Zhang, Dong Wang, Huchuan Lu, Hongyu Wang, Baocai Yin'),'ICCV 2017',2017,arxiv='1708.02031',code='https://github.com/Pchank/caffe-sal',section='2017')
P(A,34,'Learning to Detect Salient Objects with Image-level Supervision',au('Lijun Wang, Huchuan Lu, Yifan Wang, Mengyang Feng, Dong Wang, Baocai Yin, Xiang Ruan'),'CVPR 2017',2017,url='http://saliencydetection.net/duts/download/camera_ready.pdf',code='https://github.com/scott89/WSS',section='2017')
P(A,35,'Instance-Level Salient Object Segmentation',au('Guanbin Li, Yuan Xie, Liang Lin, Yizhou Yu'),'CVPR 2017',2017,arxiv='1704.03604',code='https://github.com/Xyuan13/MSRNet',section='2017')
P(A,37,'Deeply Supervised Salient Object Detection with Short Connections',au('Qibin Hou, Ming-Ming Cheng, Xiaowei Hu, Ali Borji, Zhuowen Tu, Philip Torr'),'CVPR 2017',2017,arxiv='1611.04849',code='https://github.com/Andrew-Qibin/DSS',section='2017')
P(A,42,'Saliency Detection with Recurrent Fully Convolutional Networks',au('Linzhao Wang, Lijun Wang, Huchuan Lu, Pingping Zhang, Xiang Ruan'),'ECCV 2016',2016,url='https://www.researchgate.net/profile/Pingping_Zhang6/publication/308278832_Saliency_Detection_with_Recurrent_Fully_Convolutional_Networks/links/584b5da208aecb6bd8c157e0/Saliency-Detection-with-Recurrent-Fully-Convolutional-Networks.pdf',code='https://drive.google.com/file/d/0B5rfGpkt3dDaODFRZ0ZXZjQyWDg/view',section='2016')
P(A,43,'A Shape-Based Approach for Salient Object Detection Using Deep Learning',au('Jongpil Kim, Vladimir Pavlovic'),'ECCV 2016',2016,url='http://www.research.cs.rutgers.edu/~jpkim/papers/jpkim_eccv2016.pdf',section='2016')
P(A,47,'Saliency Unified: A Deep Architecture for Simultaneous Eye Fixation Prediction and Salient Object Segmentation',au('Srinivas S S Kruthiventi, Vennela Gudisa, Jaley H Dholakiya, R. Venkatesh Babu'),'CVPR 2016',2016,section='2016')
P(A,48,'Deep Contrast Learning for Salient Object Detection',au('Guanbin Li, Yizhou Yu'),'CVPR 2016',2016,section='2016')
P(A,49,'DHSNet: Deep Hierarchical Saliency Network for Salient Object Detection',au('Nian Liu, Junwei Han'),'CVPR 2016',2016,url='http://www.cv-foundation.org/openaccess/content_cvpr_2016/papers/Liu_DHSNet_Deep_Hierarchical_CVPR_2016_paper.pdf',section='2016')
P(A,54,'Deep Networks for Saliency Detection via Local Estimation and Global Search',au('Lijun Wang, Huchuan Lu, Xiang Ruan, Ming-Hsuan Yang'),'CVPR 2015',2015,url='http://www.cv-foundation.org/openaccess/content_cvpr_2015/papers/Wang_Deep_Networks_for_2015_CVPR_paper.pdf',code='https://drive.google.com/file/d/0B5rfGpkt3dDaVmhucE1jTVZGeTA/view',section='2015')
# AzureSX
acm='https://dl.acm.org/doi/10.1145/3534678.'
for line,t,suf in [(11,'Addressing Unmeasured Confounder for Recommendation with Sensitivity Analysis','3539240'),
 (12,'PARSRec: Explainable Personalized Attention-fused Recurrent Sequential Recommendation Using Session Partial Actions','3539432'),
 (13,'Feature Overcorrelation in Deep Graph Neural Networks: A New Perspective','3539445'),
 (16,'Practical Counterfactual Policy Learning for Top-K Recommendations','3539295'),
 (17,"Extracting Relevant Information from User's Utterances in Conversational Search and Recommendation",'3539471'),
 (18,'Aligning Dual Disentangled User Representations from Ratings and Textual Content','3539474'),
 (19,'Comprehensive Fair Meta-learned Recommender System','3539269'),
 (20,'Improving Social Network Embedding via New Second-Order Continuous Graph Neural Networks','3539415')]:
    P(Z,line,t,[],'KDD 2022',2022,url=acm+suf,section='KDD 2022')
for line,t,v,sec in [(26,'Learning Graph-based Disentangled Representations for Next POI Recommendation','SIGIR 2022','SIGIR 2022 POI'),
 (27,'GETNext: Trajectory Flow Map Enhanced Transformer for Next POI Recommendation','SIGIR 2022','SIGIR 2022 POI'),
 (29,'Empowering Next POI Recommendation with Multi-Relational Modeling','SIGIR 2022','SIGIR 2022 POI'),
 (39,'KETCH: Knowledge Graph Enhanced Thread Recommendation in Healthcare Forums','SIGIR 2022','SIGIR 2022 KG'),
 (41,'Post Processing Recommender Systems with Knowledge Graphs for Recency, Popularity, and Diversity of Explanations','SIGIR 2022','SIGIR 2022 KG'),
 (45,'Re-thinking Knowledge Graph Completion Evaluation from an Information Retrieval Perspective','SIGIR 2022','SIGIR 2022 KG'),
 (53,'Self-supervised Graph Neural Networks for Multi-behavior Recommendation','IJCAI 2022','IJCAI 2022 Rec'),
 (62,'Large-scale Personalized Video Game Recommendation via Social-aware Contextualized Graph Neural Network','WWW 2022','WWW 2022'),
 (68,'Global and Personalized Graphs for Heterogeneous Sequential Recommendation by Learning Behavior Transitions and User Intentions','RecSys 2022','RecSys 2022'),
 (70,'TinyKG: Memory-Efficient Training Framework for Knowledge Graph Neural Recommender Systems','RecSys 2022','RecSys 2022'),
 (72,'Modeling User Repeat Consumption Behavior for Online Novel Recommendation','RecSys 2022','RecSys 2022'),
 (74,'Modeling Two-Way Selection Preference for Person-Job Fit','RecSys 2022','RecSys 2022')]:
    P(Z,line,t,[],v,2022,section=sec)
# MC3DV
P(M,162,'Approximating Signed Distance Fields of Implicit Surfaces with Sparse Ellipsoidal Radial Basis Function Networks',au('Bobo Lian, Dandan Wang, Chenjian Wu, Minxin Chen'),'arXiv 2025',2025,arxiv='2505.02350',section=S1)
P(M,170,'Differentiable Rendering of Neural SDFs through Reparameterization',au('Sai Praveen Bangaru, Michaël Gharbi, Tzu-Mao Li, Fujun Luan, Kalyan Sunkavalli, Miloš Hašan, Sai Bi, Zexiang Xu, Gilbert Bernstein, Frédo Durand'),'arXiv 2022',2022,arxiv='2206.05344',section=S1)
P(M,212,'Signed Distance Function - an overview',au('Gene Chou, Ilya Chugunov, Felix Heide'),'arXiv 2022',2022,arxiv='2206.02780',section=S1)
P(M,276,'3D shape reconstruction of the femur from planar X-ray images using statistical shape and appearance models',au('D Nolte, S Xie, AMJ Bull'),'BioMedical Engineering OnLine 2023',2023,url='https://link.springer.com/article/10.1186/s12938-023-01093-z',section=S2)
P(M,300,'Aortic Valve Leaflet Shape Synthesis With Geometric Prior From Surrounding Tissue',au('Jannis Hagenah, Michael Scharfschwerdt, Floris Ernst'),'Frontiers in Cardiovascular Medicine 2022',2022,url='https://pubmed.ncbi.nlm.nih.gov/35369295/',section=S2)
P(M,318,'Geometric analysis of shapes and its application to medical image analysis',['A Mukhopadhyay'],'MICCAI 2022',2022,url='https://openscholar.uga.edu/record/16810?v=pdf',section=S2)
P(M,334,'A Survey of Deep Learning Approaches for Medical Image-to-Mesh Reconstruction',au('Fengming Lin, Arezoo Zakeri, Yidan Xue, Michael MacRaild, Haoran Dou, Zherui Zhou, Ziwei Zou, Ali Sarrami-Foroushani, Jinming Duan, Alejandro F. Frangi'),'arXiv 2025',2025,arxiv='2505.03599',section=S2)
P(M,398,'From 2D to 3D, Deep Learning-based Shape Reconstruction in Magnetic Resonance Imaging: A Review',[],'arXiv 2025',2025,arxiv='2510.01296',section=S2)
P(M,434,'Generative modeling of the Circle of Willis using 3D-StyleGAN',au('Javid Dadashkarimi, Amin Golzari Oskouei, Qinghao Liang, Amani Valestino, Sina Sadeghzadeh, Arash Nazeri, Yasin Ibrahim, Mohammad Amin Sadeghi, Amin Oskooei, Farhad R Nezami, Ameer E Hassan, Claudio Chavarrias, Seyyed A Hosseini, Adnan I Qureshi, Ramin Zand, Paul A Yushkevich, Farshid Sepehrband'),'ScienceDirect 2024',2024,url='https://www.sciencedirect.com/science/article/pii/S1053811924004336',section=S2)
P(M,470,'Realistic lung nodule synthesis with multi-target co-guided adversarial mechanism',au('Q Wang, X Zhang, W Zhang, M Gao, S Huang, J Wang, J Zhang, D Yang, C Liu'),'IEEE Transactions on Medical Imaging 2021',2021,url='https://ieeexplore.ieee.org/abstract/document/9420667',section=S3)
P(M,578,'Med-cDiff: Conditional Medical Image Generation with Diffusion Models',au('Guillermo Iglesias, Edgar Rangel, Gisela Mayer-Wolf, Christian Baumgartner'),'PMC 2023',2023,url='https://pmc.ncbi.nlm.nih.gov/articles/PMC10669033/',section=S3)
P(M,590,'Probing the limits and capabilities of diffusion models for generating realistic 3D medical images',au('Gustav Müller-Franzes, Jan Nikolas Morshuis, Jens Kleesiek, Christian F. Baumgartner'),'Nature 2024',2024,url='https://www.nature.com/articles/s41746-024-01332-0',section=S3)
P(M,596,'3D Shape-to-Image Brownian Bridge Diffusion for Brain MRI Synthesis',au('Yuhang Huang, Weijian Huang, Evangelos Kalogerakis'),'arXiv 2025',2025,arxiv='2502.12742',section=S3)
P(M,626,'Anatomically-Controllable Medical Image Generation with Segmentation-Guided Diffusion Models',au('Yue Zhao, Xiaokun Liang, Di Liu, Junwei Yang, Jiajie Jin, Hanwu Chen, Han Liu, Pheng-Ann Heng, Zaiyi Liu, Lingjie Liu'),'ACM 2024',2024,url='https://dl.acm.org/doi/10.1007/978-3-031-72104-5_9',section=S3)
P(M,632,'A 3D Medical Latent Diffusion Model for Controllable and High-Quality Medical Image Generation',au('Yingying Song, Haixin Luo, Liyue Shen'),'ResearchGate 2024',2024,url='https://www.researchgate.net/publication/393334653_3D_MedDiffusion_A_3D_Medical_Latent_Diffusion_Model_for_Controllable_and_High-quality_Medical_Image_Generation',section=S3)
P(M,657,'Patient-specific deep learning model to enhance 4D-CBCT image for radiomics analysis',au('Ziyuan Wang, Thomas C Harris, Yin Gao, Panagiotis Tsirigotis, Tan Nguyen, Amber Cutler, Ming Chao, Dan Nguyen, Steve B Jiang'),'PMC 2022',2022,url='https://pmc.ncbi.nlm.nih.gov/articles/PMC9066277/',section=S3)
P(M,699,'Med3DVLM: An Efficient Vision-Language Model for 3D Medical Image Analysis',au('Yu Xin, Gorkem Can Ates, Kuang Gong, Wei Shao'),'arXiv 2025',2025,arxiv='2503.20047',section=S3)
P(M,747,'From vision to text: A comprehensive review of natural image captioning in medical diagnosis and radiology report generation',au('Gabriel Reale-Nosei, Elvira Amador-Domínguez, Emilio Serrano'),'Medical Image Analysis 2024',2024,url='https://www.sciencedirect.com/science/article/pii/S1361841524001890',section=S3)
P(M,755,'M3D: Advancing 3D Medical Image Analysis with Multi-Modal Large Language Models',au('Fan Bai, Yuxin Du, Tiejun Huang, Max Q.-H. Meng, Bo Zhao'),'arXiv 2024',2024,arxiv='2404.00578',section=S3)
P(M,877,'Medical Image Segmentation with 3D Convolutional Neural Networks: A Sur',[],section=S4)
assert len(L)==len(samples)==60, (len(L),len(samples))
with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for d in L: f.write(json.dumps(d,ensure_ascii=False)+'\n')
print('ok',len(L))
