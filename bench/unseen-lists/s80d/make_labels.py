# Hand-written labels (read by eye from the files); raw is copied from sample.json and checked against the file.
import json
S = json.load(open('sample.json', encoding='utf-8'))
L = 'Lupin1998__Awesome-MIM.README.md'
M = 'Malitha123__awesome-video-self-supervised-learning.README.md'
Z = 'zhangyifei01__Unsupervised-Visual-Representation-Learning.README.md'

def P(title, venue, year, authors, arxiv=None, url=None, code=None, section=None, doi=None, summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=authors, code=code, summary=summary, section=section)

def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=None, code=None, summary=None, section=section)

def A(s):
    return [x.strip() for x in s.split(',')]

FM = 'MIM for Backbones / Fundamental Methods'
lab = {
 (L, 61): P('Bootstrapped Masked Autoencoders for Vision BERT Pretraining', 'ECCV 2022', 2022,
            A('Xiaoyi Dong, Jianmin Bao, Ting Zhang, Dongdong Chen, Weiming Zhang, Lu Yuan, Dong Chen, Fang Wen, Nenghai Yu'),
            arxiv='2207.07116', code='https://github.com/LightDXY/BootMAE', section=FM),
 (L, 202): P('Pre-Training 3D Point Cloud Transformers with Masked Point Modeling', 'CVPR 2022', 2022,
            A('Xumin Yu, Lulu Tang, Yongming Rao, Tiejun Huang, Jie Zhou, Jiwen Lu'),
            arxiv='2111.14819', code='https://github.com/lulutang0608/Point-BERT', section='MIM for Downstream Tasks / 3D Point Cloud'),
 (L, 24): N('Introduction / Table of Contents'),
 (L, 290): N('Related Project / Porject of Self-supervised Learning'),
 (L, 127): P('Architecture-Agnostic Masked Image Modeling - From ViT back to CNN', 'arXiv 2022', 2022,
            A('Siyuan Li, Di Wu, Fang Wu, Zelin Zang, Kai Wang, Lei Shang, Baigui Sun, Hao Li, Stan.Z.Li'),
            arxiv='2205.13943', code='https://github.com/Westlake-AI/openmixup', section='MIM for Backbones / MIM for Transformer and CNN'),
 (L, 26): N('Introduction / Table of Contents'),
 (L, 244): P('Revealing the Dark Secrets of Masked Image Modeling', 'arXiv 2022', 2022,
            A('Zhenda Xie, Zigang Geng, Jingcheng Hu, Zheng Zhang, Han Hu, Yue Cao'),
            arxiv='2205.13543', section='Analysis of MIM'),
 (L, 250): P('Towards Understanding Why Mask-Reconstruction Pretraining Helps in Downstream Tasks', 'arXiv 2022', 2022,
            A('Jiachun Pan, Pan Zhou, Shuicheng Yan'), arxiv='2206.03826', section='Analysis of MIM'),
 (L, 236): P('A Mathematical Exploration of Why Language Models Help Solve Downstream Tasks', 'ICLR 2021', 2021,
            A('Nikunj Saunshi, Sadhika Malladi, Sanjeev Arora'), arxiv='2010.03648', section='Analysis of MIM'),
 (L, 140): P('Adversarial Masking for Self-Supervised Learning', 'ICML 2022', 2022,
            A('Yuge Shi, N. Siddharth, Philip H.S. Torr, Adam R. Kosiorek'),
            arxiv='2201.13100', code='https://github.com/YugeTen/adios', section='MIM for Backbones / MIM with Advanced Masking'),
 (L, 222): P('MAM: Masked Acoustic Modeling for End-to-End Speech-to-Text Translation', 'arXiv 2021', 2021,
            A('Junkun Chen, Mingbo Ma, Renjie Zheng, Liang Huang'), arxiv='2010.11445', section='MIM for Downstream Tasks / Audio'),
 (L, 226): P('Masked Spectrogram Prediction For Self-Supervised Audio Pre-Training', 'arXiv 2022', 2022,
            A('Dading Chong, Helin Wang, Peilin Zhou, Qingcheng Zeng'), arxiv='2204.12768',
            code='https://github.com/wanghelin1997/maskspec', section='MIM for Downstream Tasks / Audio'),
 (L, 27): N('Introduction / Table of Contents'),
 (L, 110): P('Masked Siamese Networks for Label-Efficient Learning', 'arXiv 2022', 2022,
            A('Mahmoud Assran, Mathilde Caron, Ishan Misra, Piotr Bojanowski, Florian Bordes, Pascal Vincent, Armand Joulin, Michael Rabbat, Nicolas Ballas'),
            arxiv='2204.07141', code='https://github.com/facebookresearch/msn', section='MIM for Backbones / MIM with Constrastive Learning'),
 (L, 206): P('Masked Discrimination for Self-Supervised Learning on Point Clouds', 'ECCV 2022', 2022,
            A('Haotian Liu, Mu Cai, Yong Jae Lee'), arxiv='2203.11183', code='https://github.com/haotian-liu/MaskPoint',
            section='MIM for Downstream Tasks / 3D Point Cloud'),
 (L, 93): P('Image as a Foreign Language: BEiT Pretraining for All Vision and Vision-Language Tasks', 'arXiv 2022', 2022,
            A('Wenhui Wang, Hangbo Bao, Li Dong, Johan Bjorck, Zhiliang Peng, Qiang Liu, Kriti Aggarwal, Owais Khan Mohammed, Saksham Singhal, Subhojit Som, Furu Wei'),
            arxiv='2208.10442', code='https://github.com/microsoft/unilm/tree/master/beit', section=FM),
 (L, 167): P('OmniMAE: Single Model Masked Pretraining on Images and Videos', 'arXiv 2022', 2022,
            A('Rohit Girdhar, Alaaeldin El-Nouby, Mannat Singh, Kalyan Vasudev Alwala, Armand Joulin, Ishan Misra'),
            arxiv='2206.08356', code='https://github.com/facebookresearch/omnivore', section='MIM for Downstream Tasks / Video Rrepresentation'),
 (L, 73): P('ConvMAE: Masked Convolution Meets Masked Autoencoders', 'NIPS 2022', 2022,
            A('Peng Gao, Teli Ma, Hongsheng Li, Ziyi Lin, Jifeng Dai, Yu Qiao'),
            arxiv='2205.03892', code='https://github.com/Alpha-VL/ConvMAE', section=FM),
 (L, 182): P('Global Contrast Masked Autoencoders Are Powerful Pathological Representation Learners', 'arXiv 2022', 2022,
            A('Hao Quan, Xingyu Li, Weixing Chen, Qun Bai, Mingchen Zou, Ruijie Yang, Tingting Zheng, Ruiqun Qi, Xinghua Gao, Xiaoyu Cui'),
            arxiv='2205.09048', code='https://github.com/staruniversus/gcmae', section='MIM for Downstream Tasks / Medical Image'),
 (L, 67): P('SupMAE: Supervised Masked Autoencoders Are Efficient Vision Learners', 'arXiv 2022', 2022,
            A('Feng Liang, Yangguang Li, Diana Marculescu'), arxiv='2205.14540', code='https://github.com/cmu-enyac/supmae', section=FM),
}
R23 = 'Representation Learning / 2023'
R22 = 'Representation Learning / 2022'
R24 = 'Representation Learning / 2024'
CVPR = 'Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition'
WACV = 'Proceedings of the IEEE/CVF Winter Conference on Applications of Computer Vision'
lab.update({
 (M, 149): P('Attentive spatial-temporal contrastive learning for self-supervised video representation', 'Image and Vision Computing Journal 2023', 2023,
            A('Xingming Yang, Sixuan Xiong, Kewei Wu, Dongfeng Shan, Zhao Xie'),
            url='https://www.sciencedirect.com/science/article/abs/pii/S0262885623001397#preview-section-snippets', section=R23),
 (M, 560): P('Hierarchically decoupled spatial-temporal contrast for self-supervised video representation learning', WACV + ' 2022', 2022,
            A('Zehua Zhang, David Crandall'),
            url='https://openaccess.thecvf.com/content/WACV2022/papers/Zhang_Hierarchically_Decoupled_Spatial-Temporal_Contrast_for_Self-Supervised_Video_Representation_Learning_WACV_2022_paper.pdf', section=R22),
 (M, 322): P('ViewCLR: Learning Self-supervised Video Representation for Unseen Viewpoints', WACV + ' 2023', 2023,
            A('Srijan Das, Michael S Ryoo'),
            url='https://openaccess.thecvf.com/content/WACV2023/papers/Das_ViewCLR_Learning_Self-Supervised_Video_Representation_for_Unseen_Viewpoints_WACV_2023_paper.pdf', section=R23),
 (M, 458): P('TCLR: Temporal contrastive learning for video representation', 'Computer Vision and Image Understanding 2022', 2022,
            A('Ishan Dave, Rohit Gupta, Mamshad Nayeem Rizve, Mubarak Shah'), arxiv='2101.07974',
            code='https://github.com/DAVEISHAN/TCLR', section=R22),
 (M, 385): P('Self-supervised Video Representation Learning with Motion-Aware Masked Autoencoders', 'arXiv 2022', 2022,
            A('Haosen Yang, Deng Huang, Bin Wen, Jiannan Wu, Hongxun Yao, Yi Jiang, Xiatian Zhu, Zehuan Yuan'), arxiv='2210.04154',
            code='https://github.com/happy-hsy/MotionMAE', section=R22),
 (M, 416): P('Cross-Architecture Self-supervised Video Representation Learning', CVPR + ' 2022', 2022,
            A('Sheng Guo, Zihua Xiong, Yujie Zhong, Limin Wang, Xiaobo Guo, Bing Han, Weilin Huang'),
            url='https://openaccess.thecvf.com/content/CVPR2022/papers/Guo_Cross-Architecture_Self-Supervised_Video_Representation_Learning_CVPR_2022_paper.pdf', section=R22),
 (M, 566): P('Spatio-temporal self-supervision enhanced transformer networks for action recognition', 'IEEE International Conference on Multimedia and Expo (ICME) 2022', 2022,
            A('Yongkang Zhang, Han Zhang, Guoming Wu, Jun Li'),
            url='https://ieeexplore.ieee.org/abstract/document/9859741', section=R22),
 (M, 434): P('Learning from untrimmed videos: Self-supervised video representation learning with hierarchical consistency', CVPR + ' 2022', 2022,
            A('Zhiwu Qing, Shiwei Zhang, Ziyuan Huang, Yi Xu, Xiang Wang, Mingqian Tang, Changxin Gao, Rong Jin, Nong Sang'),
            url='https://openaccess.thecvf.com/content/CVPR2022/papers/Qing_Learning_From_Untrimmed_Videos_Self-Supervised_Video_Representation_Learning_With_Hierarchical_CVPR_2022_paper.pdf',
            code='https://hico-cvpr2022.github.io/', section=R22),
 (M, 488): P('Contextualized spatio-temporal contrastive learning with self-supervision', CVPR + ' 2022', 2022,
            A('Liangzhe Yuan, Rui Qian, Yin Cui, Boqing Gong, Florian Schroff, Ming-Hsuan Yang, Hartwig Adam, Ting Liu'),
            url='https://openaccess.thecvf.com/content/CVPR2022/papers/Yuan_Contextualized_Spatio-Temporal_Contrastive_Learning_With_Self-Supervision_CVPR_2022_paper.pdf',
            code='https://github.com/tensorflow/models/tree/master/official/projects/const_cl', section=R22),
 (M, 512): P('SLIC: Self-supervised learning with iterative clustering for human action videos', CVPR + ' 2022', 2022,
            A('Salar Hosseini Khorasgani, Yuxuan Chen, Florian Shkurti'), arxiv='2206.12534', section=R22),
 (M, 37): N('Contents'),
 (M, 105): P('Language-based Action Concept Spaces Improve Video Self-Supervised Learning', 'Advances in Neural Information Processing Systems 2024', 2024,
            A('Kanchana Ranasinghe, Michael S Ryoo'),
            url='https://proceedings.neurips.cc/paper_files/paper/2023/file/ed67dff7cb96e7e86c4d91c0d5db49bb-Paper-Conference.pdf', section=R24),
 (M, 245): P('Self-supervised pretext task collaborative multi-view contrastive learning for video action recognition', 'Signal, Image and Video Processing 2023', 2023,
            A('Shuai Bi, Zhengping Hu, Mengyao Zhao, Hehao Zhang, Jirui Di, Zhe Sun'),
            url='https://link.springer.com/article/10.1007/s11760-023-02605-z', section=R23),
 (M, 346): P('Previts: contrastive pretraining with video tracking supervision', WACV + ' 2023', 2023,
            ['B. Chen', 'R. R. Selvaraju', 'S. F. Chang', 'J. C. Niebles', 'N. Naik'], arxiv='2112.00804', section=R23),
 (M, 229): P('Masked Video Distillation: Rethinking Masked Feature Modeling for Self-supervised Video Representation Learning', CVPR + ' 2023', 2023,
            A('Rui Wang, Dongdong Chen, Zuxuan Wu, Yinpeng Chen, Xiyang Dai, Mengchen Liu, Lu Yuan, Yu-Gang Jiang'), arxiv='2212.04500',
            code='https://github.com/ruiwang2021/mvd', section=R23),
 (M, 34): N('Contents'),
 (M, 328): P('Videomae v2: Scaling Video Masked Autoencoders with Dual Masking', CVPR + ' 2023', 2023,
            A('Limin Wang, Bingkun Huang, Zhiyu Zhao, Zhan Tong, Yinan He, Yi Wang, Yali Wang, Yu Qiao'),
            url='https://openaccess.thecvf.com/content/CVPR2023/papers/Wang_VideoMAE_V2_Scaling_Video_Masked_Autoencoders_With_Dual_Masking_CVPR_2023_paper.pdf', section=R23),
 (M, 12): N(None),
 (M, 115): P('Self-supervised video pretraining yields robust and more human-aligned visual representation', 'Advances in Neural Information Processing Systems 2024', 2024,
            A('Nikhil Parthasarathy, S. M. Ali Eslami, João Carreira, Olivier J. Hénaff'),
            url='https://proceedings.neurips.cc/paper_files/paper/2023/file/cf57022dff0929796f85ac99d7cefa86-Paper-Conference.pdf', section=R24),
 (M, 278): P('Uncovering the Hidden Dynamics of Video Self-supervised Learning under Distribution Shifts', 'arXiv 2023', 2023,
            A('Pritam Sarkar, Ahmad Beirami, Ali Etemad'), arxiv='2306.02014', section=R23),
})
Y = '2022'
TC = 'https://openaccess.thecvf.com/content/CVPR2022/papers/'
lab.update({
 (Z, 91): P('Learning Where to Learn in Cross-View Self-Supervised Learning', 'CVPR 2022', 2022,
            A('Lang Huang, Shan You, Mingkai Zheng, Fei Wang, Chen Qian, Toshihiko Yamasaki'),
            url=TC + 'Huang_Learning_Where_To_Learn_in_Cross-View_Self-Supervised_Learning_CVPR_2022_paper.pdf', code='https://t.ly/ZI0A', section=Y),
 (Z, 79): P('Rethinking the Augmentation Module in Contrastive Learning: Learning Hierarchical Augmentation Invariance with Expanded Views', 'CVPR 2022', 2022,
            A('Junbo Zhang, Kaisheng Ma'),
            url=TC + 'Zhang_Rethinking_the_Augmentation_Module_in_Contrastive_Learning_Learning_Hierarchical_Augmentation_CVPR_2022_paper.pdf', section=Y),
 (Z, 55): P('Unsupervised Representation Learning for Binary Networks by Joint Classifier Learning', 'CVPR 2022', 2022,
            A('Dahyun Kim, Jonghyun Choi'),
            url=TC + 'Kim_Unsupervised_Representation_Learning_for_Binary_Networks_by_Joint_Classifier_Learning_CVPR_2022_paper.pdf', code='https://github.com/naver-ai/burn', section=Y),
 (Z, 103): P('Dual Temperature Helps Contrastive Learning Without Many Negative Samples: Towards Understanding and Simplifying MoCo', 'CVPR 2022', 2022,
            A('Chaoning Zhang, Kang Zhang, Trung X. Pham, Axi Niu, Zhinan Qiao, Chang D. Yoo, In So Kweon'),
            url=TC + 'Zhang_Dual_Temperature_Helps_Contrastive_Learning_Without_Many_Negative_Samples_Towards_CVPR_2022_paper.pdf', code='https://bit.ly/3LkQbaT', section=Y),
 (Z, 13): N('无监督视觉表示学习'),
 (Z, 67): P('UniVIP: A Unified Framework for Self-Supervised Visual Pre-training', 'CVPR 2022', 2022,
            A('Zhaowen Li, Yousong Zhu, Fan Yang, Wei Li, Chaoyang Zhao, Yingying Chen, Zhiyang Chen, Jiahao Xie, Liwei Wu, Rui Zhao, Ming Tang, Jinqiao Wang'),
            url=TC + 'Li_UniVIP_A_Unified_Framework_for_Self-Supervised_Visual_Pre-Training_CVPR_2022_paper.pdf', section=Y),
 (Z, 127): P('Exploring Set Similarity for Dense Self-supervised Representation Learning', 'CVPR 2022', 2022,
            A('Shaofeng Zhang, Lyn Qiu, Feng Zhu, Junchi Yan, Hengrui Zhang, Rui Zhao, Hongyang Li, Xiaokang Yang'),
            url=TC + 'Zhang_Align_Representations_With_Base_A_New_Approach_to_Self-Supervised_Learning_CVPR_2022_paper.pdf', section=Y),
 (Z, 15): N('无监督视觉表示学习'),
 (Z, 85): P('Leverage Your Local and Global Representations: A New Self-Supervised Learning Strategy', 'CVPR 2022', 2022,
            A('Tong Zhang, Congpei Qiu, Wei Ke, Sabine Süsstrunk, Mathieu Salzmann'),
            url=TC + 'Zhang_Leverage_Your_Local_and_Global_Representations_A_New_Self-Supervised_Learning_CVPR_2022_paper.pdf', code='https://github.com/ztt1024/LoGo-SSL', section=Y),
 (Z, 61): P('Unleashing Potential of Unsupervised Pre-Training with Intra-Identity Regularization for Person Re-Identification', 'CVPR 2022', 2022,
            A('Zizheng Yang, Xin Jin, Kecheng Zheng, Feng Zhao'),
            url=TC + 'Yang_Unleashing_Potential_of_Unsupervised_Pre-Training_With_Intra-Identity_Regularization_for_Person_CVPR_2022_paper.pdf', code='https://github.com/Frost-Yang-99/UP-ReID', section=Y),
 (Z, 115): P('Unsupervised Visual Representation Learning by Online Constrained K-Means', 'CVPR 2022', 2022,
            A('Qi Qian, Yuanhong Xu, Juhua Hu, Hao Li, Rong Jin'),
            url=TC + 'Qian_Unsupervised_Visual_Representation_Learning_by_Online_Constrained_K-Means_CVPR_2022_paper.pdf', code='https://github.com/idstcv/CoKe', section=Y),
 (Z, 121): P('Align Representations with Base: A New Approach to Self-Supervised Learning', 'CVPR 2022', 2022,
            A('Shaofeng Zhang, Lyn Qiu, Feng Zhu, Junchi Yan, Hengrui Zhang, Rui Zhao, Hongyang Li, Xiaokang Yang'),
            url=TC + 'Zhang_Align_Representations_With_Base_A_New_Approach_to_Self-Supervised_Learning_CVPR_2022_paper.pdf', code='https://github.com/Sherrylone/Align-Representation-with-Base', section=Y),
 (Z, 37): P('A Simple Data Mixing Prior for Improving Self-Supervised Learning', 'CVPR 2022', 2022,
            A('Sucheng Ren, Huiyu Wang, Zhengqi Gao, Shengfeng He, Alan Yuille, Yuyin Zhou, Cihang Xie'),
            url=TC + 'Ren_A_Simple_Data_Mixing_Prior_for_Improving_Self-Supervised_Learning_CVPR_2022_paper.pdf', code='https://github.com/OliverRensu/SDMP', section=Y),
 (Z, 97): P('Exploring the Equivalence of Siamese Self-Supervised Learning via A Unified Gradient Framework', 'CVPR 2022', 2022,
            A('Chenxin Tao, Honghui Wang, Xizhou Zhu, Jiahua Dong, Shiji Song, Gao Huang, Jifeng Dai'),
            url=TC + 'Tao_Exploring_the_Equivalence_of_Siamese_Self-Supervised_Learning_via_a_Unified_CVPR_2022_paper.pdf', section=Y),
 (Z, 133): P('Patch-level Representation Learning for Self-supervised Vision Transformers', 'CVPR 2022', 2022, None,
            url=TC + 'Yun_Patch-Level_Representation_Learning_for_Self-Supervised_Vision_Tr', section=Y),
 (Z, 31): P('Crafting Better Contrastive Views for Siamese Representation Learning', 'CVPR 2022 Oral', 2022,
            A('Xiangyu Peng, Kai Wang, Zheng Zhu, Mang Wang, Yang You'),
            url=TC + 'Peng_Crafting_Better_Contrastive_Views_for_Siamese_Representation_Learning_CVPR_2022_paper.pdf', code='https://github.com/xyupeng/ContrastiveCrop', section=Y),
 (Z, 43): P('On the Importance of Asymmetry for Siamese Representation Learning', 'CVPR 2022', 2022,
            A('Xiao Wang, Haoqi Fan, Yuandong Tian, Daisuke Kihara, Xinlei Chen'),
            url=TC + 'Wang_On_the_Importance_of_Asymmetry_for_Siamese_Representation_Learning_CVPR_2022_paper.pdf', code='https://github.com/facebookresearch/asym-siam', section=Y),
 (Z, 49): P('HCSC: Hierarchical Contrastive Selective Coding', 'CVPR 2022', 2022,
            A('Yuanfan Guo, Minghao Xu, Jiawen Li, Bingbing Ni, Xuanyu Zhu, Zhenbang Sun, Yi Xu'),
            url=TC + 'Guo_HCSC_Hierarchical_Contrastive_Selective_Coding_CVPR_2022_paper.pdf', code='https://github.com/gyfastas/HCSC', section=Y),
 (Z, 73): P('Semantic-Aware Auto-Encoders for Self-supervised Representation Learning', 'CVPR 2022', 2022,
            A('Guangrun Wang, Yansong Tang, Liang Lin, Philip H.S. Torr'),
            url=TC + 'Wang_Semantic-Aware_Auto-Encoders_for_Self-Supervised_Representation_Learning_CVPR_2022_paper.pdf', code='https://github.com/wanggrun/Semantic-Aware-AE', section=Y),
 (Z, 25): P('SimMIM: A Simple Framework for Masked Image Modeling', 'CVPR 2022', 2022,
            A('Zhenda Xie, Zheng Zhang, Yue Cao, Yutong Lin, Jianmin Bao, Zhuliang Yao, Qi Dai, Han Hu'),
            url=TC + 'Xie_SimMIM_A_Simple_Framework_for_Masked_Image_Modeling_CVPR_2022_paper.pdf', code='https://github.com/microsoft/SimMIM', section=Y),
})
assert len(lab) == len(S) == 60, (len(lab), len(S))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for e in S:
        d = dict(list=e['list'], line=e['line'], raw=e['raw'])
        d.update(lab[(e['list'], e['line'])])
        f.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + '\n')
# check: every raw is in its file at line
bad = 0
for l in open('labels.jsonl', encoding='utf-8'):
    d = json.loads(l)
    lines = open(d['list'], encoding='utf-8').read().split('\n')
    seg = '\n'.join(lines[d['line'] - 1: d['line'] - 1 + d['raw'].count('\n') + 1])
    if seg != d['raw']:
        bad += 1; print('MISMATCH', d['list'], d['line'])
print('checked, mismatches:', bad, 'papers:', sum(json.loads(l)['is_paper'] for l in open('labels.jsonl')))
