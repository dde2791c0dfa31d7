import json
D='Duoduo-Qian__Medical-image-registration-Resources.README.md'
J='JHU-MedImage-Reg__MedImgReg_Survey.README.md'
T='tinymilky__TextSCF.README.md'
LNCS='Lect. Notes Comput. Sci. (including Subser. Lect. Notes Artif. Intell. Lect. Notes Bioinformatics)'
P='5. Papers / 5.3 Learning-based methods / '
def paper(lst, line, title, venue=None, year=None, authors=(), url=None, arxiv=None, code=None, section=None):
    return dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url,
                venue=venue, year=year, authors=list(authors), code=code, summary=None, section=section)
def non(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)
L=[
 non(D,83,'5. Papers'),
 paper(D,91,'Deep Learning in Medical Image Registration: A Survey',None,2019,['G. Haskins','U. Kruger','P. Yan'],section='5. Papers / 5.1 Survey papers'),
 paper(D,109,'A deep metric for multimodal registration',LNCS+' 2016',2016,['M. Simonovsky','B. Gutiérrez-Becker','D. Mateus','N. Navab','N. Komodakis'],section=P+'5.3.1 Iterative learning methods'),
 paper(D,111,'Dilated FCN for multi-agent 2D/3D medical image registration','32nd AAAI Conf. Artif. Intell. AAAI 2018',2018,['S. Miao'],section=P+'5.3.1 Iterative learning methods'),
 paper(D,129,'Deep learning based inter-modality image registration supervised by intra-modality similarity',LNCS+' 2018',2018,['X. Cao','J. Yang','L. Wang','Z. Xue','Q. Wang','D. Shen'],arxiv='1804.10735',section=P+'5.3.2 Supervised learning methods'),
 paper(D,137,'Fast predictive image registration',LNCS+' 2016',2016,['X. Yang','R. Kwitt','M. Niethammer'],section=P+'5.3.2 Supervised learning methods'),
 paper(D,141,'Training CNNs for image registration from few samples with model-based data augmentation',LNCS+' 2017',2017,['H. Uzunova','M. Wilms','H. Handels','J. Ehrhardt'],section=P+'5.3.2 Supervised learning methods'),
 paper(D,143,'Nonrigid image registration using multi-scale 3d convolutional neural networks',None,2017,['H. Sokooti','B. de Vos','F. Berendsen','B. P. F. Lelieveldt','I. Iˇsgum','M. Staring'],section=P+'5.3.2 Supervised learning methods'),
 non(D,145,P+'5.3.2 Supervised learning methods'),
 paper(D,153,'Learning rigid image registration utilizing convolutional neural networks for medical image registration','BIOIMAGING 2018 - 5th Int. Conf. Bioimaging, Proceedings; Part 11th Int. Jt. Conf. Biomed. Eng. Syst. Technol. BIOSTEC 2018',2018,['J. M. Sloan','K. A. Goatman','J. P. Siebert'],section=P+'5.3.2 Supervised learning methods'),
 paper(D,157,'Respiratory motion correction for free-breathing 3D abdominal MRI using CNN-based image registration: a feasibility study','Br. J. Radiol. 2018',2018,['L. V. Jun','M. Yang','J. Zhang','X. Wang'],section=P+'5.3.2 Supervised learning methods'),
 paper(D,163,'Weakly-supervised convolutional neural networks for multimodal image registration','Med. Image Anal. 2018',2018,['Y. Hu'],section=P+'5.3.2 Supervised learning methods'),
 paper(D,185,'FAIM -- A ConvNet Method for Unsupervised 3D Medical Image Registration',None,2018,['D. Kuang','T. Schmah'],section=P+'5.3.3 Unsupervised learning methods'),
 paper(D,199,'Inverse-Consistent Deep Networks for Unsupervised Deformable Image Registration',None,2018,['J. Zhang'],section=P+'5.3.3 Unsupervised learning methods'),
 paper(D,201,'Non-rigid image registration using self-supervised fully convolutional networks without training data','Proc. - Int. Symp. Biomed. Imaging 2018',2018,['H. Li','Y. Fan'],section=P+'5.3.3 Unsupervised learning methods'),
 paper(D,217,'Synthesis and Inpainting-Based MR-CT Registration for Image-Guided Thermal Ablation of Liver Tumors',None,2019,['D. Wei'],section=P+'5.3.4 Most recently papers'),
 paper(D,231,'TopAwaRe : Topology-Aware Registration',None,2019,['R. K. Nielsen','S. Darkner','A. Feragen'],section=P+'5.3.4 Most recently papers'),
 paper(D,253,'A deep learning framework for unsupervised affine and deformable image registration','Med. Image Anal. 2019',2019,['B. D. de Vos','F. F. Berendsen','M. A. Viergever','H. Sokooti','M. Staring','I. Išgum'],section=P+'5.3.4 Most recently papers'),
 non(D,265,'6. Conferences and Journals / 6.1 Conferences / ① Biomedical image:'),
 non(D,273,'6. Conferences and Journals / 6.1 Conferences'),

 non(J,9,'Overview'), non(J,22,'Overview'), non(J,23,'Overview'), non(J,24,'Overview'), non(J,27,'Overview'),
 non(J,43,'Loss Functions / Image similarity measures'),
 non(J,47,'Loss Functions / Image similarity measures'),
 non(J,50,'Loss Functions / Image similarity measures'),
 non(J,57,'Loss Functions / Deformation regularization'),
 paper(J,64,'Quicksilver: Fast predictive image registration–a deep learning approach','NeuroImage 2017',2017,['Yang'],url='https://www.sciencedirect.com/science/article/pii/S1053811917305761',code='https://github.com/rkwitt/quicksilver',section='Network Architectures / Conventional ConvNets'),
 paper(J,91,'Towards accurate and robust multi-modal medical image registration using contrastive metric learning','IEEE Access 2019',2019,['Hu'],url='https://ieeexplore.ieee.org/abstract/document/8822438',section='Network Architectures / Contrastive learning'),
 paper(J,93,'Can representation learning for multimodal image registration be improved by supervision of intermediate layers?','ICPRIA 2023',2023,['Wetzer'],url='https://link.springer.com/chapter/10.1007/978-3-031-36616-1_21',section='Network Architectures / Contrastive learning'),
 paper(J,106,'Cross-modal attention for multi-modal image registration','MedIA 2022',2022,['Song'],url='https://www.sciencedirect.com/science/article/pii/S1361841522002407',code='https://github.com/DIAL-RPI/Attention-Reg',section='Network Architectures / Transformers'),
 paper(J,111,'ModeT: Learning Deformable Image Registration via Motion Decomposition Transformer','MICCAI 2023',2023,['Wang'],url='https://link.springer.com/chapter/10.1007/978-3-031-43999-5_70',code='https://github.com/ZAX130/SmileCode',section='Network Architectures / Transformers'),
 paper(J,148,'Unsupervised Learning of Diffeomorphic Image Registration via TransMorph','WBIR 2022',2022,['Chen'],url='https://openreview.net/forum?id=uwIo__2xnTO',code='https://github.com/junyuchen245/TransMorph_TVF',section='Network Architectures / Progressive and pyramid registration'),
 paper(J,165,'Estimating medical image registration error and confidence: A taxonomy and scoping review','MedIA 2022',2022,['Bierbrier'],url='https://www.sciencedirect.com/science/article/pii/S1361841522001785',section='Registration Uncertainty'),
 paper(J,175,'Learning 4D infant cortical surface atlas with unsupervised spherical networks','MICCAI 2021',2021,['Zhao'],url='https://link.springer.com/chapter/10.1007/978-3-030-87196-3_25',section='Applications of Image Registration / Atlas construction'),
 paper(J,183,'Learning spatiotemporal probabilistic atlas of fetal brains with anatomically constrained registration network','MICCAI 2021',2021,['Pei'],url='https://link.springer.com/chapter/10.1007/978-3-030-87234-2_23',section='Applications of Image Registration / Atlas construction'),
 paper(J,184,'ImplicitAtlas: learning deformable shape templates in medical imaging','CVPR 2022',2022,['Yang'],url='https://openaccess.thecvf.com/content/CVPR2022/papers/Yang_ImplicitAtlas_Learning_Deformable_Shape_Templates_in_Medical_Imaging_CVPR_2022_paper.pdf',section='Applications of Image Registration / Atlas construction'),
 paper(J,190,'Votenet: A deep learning label fusion method for multi-atlas segmentation','MICCAI 2019',2019,['Ding'],url='https://link.springer.com/chapter/10.1007/978-3-030-32248-9_23',code='https://github.com/uncbiag/VoteNet-Family',section='Applications of Image Registration / Multi-atlas segmentation'),

 paper(T,14,'Fourier-Net+: Leveraging Band-Limited Representation for Efficient 3D Medical Image Registration','arXiv 2023',2023,arxiv='2307.02997',section='Brain'),
 paper(T,16,'Preserving Tumor Volumes for Unsupervised Medical Image Registration','ICCV 2023',2023,url='https://openaccess.thecvf.com/content/ICCV2023/html/Dong_Preserving_Tumor_Volumes_for_Unsupervised_Medical_Image_Registration_ICCV_2023_paper.html',section='Brain'),
 paper(T,18,'TransMorph: Transformer for unsupervised medical image registration','Medical Image Analysis 2022',2022,url='https://www.sciencedirect.com/science/article/abs/pii/S1361841522002432',section='Brain'),
 paper(T,20,'KeyMorph: Robust Multi-modal Affine Registration via Unsupervised Keypoint Detection','MIDL 2022',2022,url='https://proceedings.mlr.press/v172/yu22a.html',section='Brain'),
 paper(T,28,'Leveraging unsupervised image registration for discovery of landmark shape descriptor','Medical Image Analysis 2021',2021,url='https://www.sciencedirect.com/science/article/abs/pii/S1361841521002036',section='Brain'),
 paper(T,31,'Conditional Deformable Image Registration with Convolutional Neural Network','MICCAI 2021',2021,url='https://link.springer.com/chapter/10.1007/978-3-030-87202-1_4',section='Brain'),
 paper(T,32,'SynthMorph: Learning Contrast-Invariant Registration Without Acquired Images','IEEE TMI 2021',2021,url='https://ieeexplore.ieee.org/document/9552865',section='Brain'),
 paper(T,35,'Difficulty-aware hierarchical convolutional neural networks for deformable registration of brain MR images','Medical Image Analysis 2021',2021,url='https://www.sciencedirect.com/science/article/abs/pii/S136184152030181X',section='Brain'),
 paper(T,39,'DeepFLASH: An Efficient Network for Learning-Based Medical Image Registration','CVPR 2020',2020,url='https://openaccess.thecvf.com/content_CVPR_2020/html/Wang_DeepFLASH_An_Efficient_Network_for_Learning-Based_Medical_Image_Registration_CVPR_2020_paper.html',section='Brain'),
 paper(T,41,'An Unsupervised Learning Model for Deformable Medical Image Registration','CVPR 2018',2018,url='https://ieeexplore.ieee.org/document/8579062',section='Brain'),
 paper(T,53,'Learning Diffeomorphic and Modality-invariant Registration using B-splines','MIDL 2021',2021,url='https://proceedings.mlr.press/v143/qiu21a.html',section='Cardiac'),
 paper(T,62,'Cross-modal Attention for MRI and Ultrasound Volume Registration','MICCAI 2021',2021,url='https://link.springer.com/chapter/10.1007/978-3-030-87202-1_7',section='Abdomen'),
 paper(T,63,'End-to-end Ultrasound Frame to Volume Registration','MICCAI 2021',2021,url='https://link.springer.com/chapter/10.1007/978-3-030-87202-1_6',section='Abdomen'),
 paper(T,80,'CNN-based lung CT registration with multiple anatomical constraints','Medical Image Analysis 2021',2021,url='https://www.sciencedirect.com/science/article/pii/S1361841521001857',section='Chest'),
 paper(T,82,'Variational multi-task MRI reconstruction: Joint reconstruction, registration and super-resolution','Medical Image Analysis 2021',2021,url='https://www.sciencedirect.com/science/article/abs/pii/S1361841520303054',section='Chest'),
 paper(T,85,'Recurrent Registration Neural Networks for Deformable Image Registration','NeurIPS 2019',2019,url='https://proceedings.neurips.cc/2019/hash/dd03de08bfdff4d8ab01117276564cc7-Abstract.html',section='Chest'),
 paper(T,91,'Semi-Supervised Keypoint Detector and Descriptor for Retinal Image Matching','ECCV 2022',2022,url='https://link.springer.com/chapter/10.1007/978-3-031-19803-8_35',section='Others'),
 paper(T,92,'Aladdin: Joint Atlas Building and Diffeomorphic Registration Learning with Pairwise Alignment','CVPR 2022',2022,url='https://ieeexplore.ieee.org/document/9879348',section='Others'),
 paper(T,94,'Learning Unsupervised Parameter-specific Affine Transformation for Medical Images Registration','MICCAI 2021',2021,url='https://link.springer.com/chapter/10.1007/978-3-030-87202-1_3',section='Others'),
 paper(T,97,'A Deep Step Pattern Representation for Multimodal Retinal Image Registration','ICCV 2019',2019,url='https://ieeexplore.ieee.org/document/9008309',section='Others'),
]
# raw: the exact source line(s) of the entry (every entry here is one line)
import os; os.chdir(os.path.dirname(os.path.abspath(__file__)))
sample = [json.loads(l) for l in open('sample.jsonl', encoding='utf-8')]
sk = {(s['list'], s['line']): s['raw'] for s in sample}
assert len(L) == len(sample) == 60, (len(L), len(sample))
keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
with open('labels.jsonl','w',encoding='utf-8') as f:
    for d in L:
        d['raw'] = sk[(d['list'], d['line'])]
        f.write(json.dumps({k: d[k] for k in keys}, ensure_ascii=False) + '\n')
print('ok', sum(d['is_paper'] for d in L), 'papers')
