import json
D = '/work/main/bench/unseen-lists/s53b/'
G = 'gaomingqi__VOS-Review.README.md'
H = 'hexdjx__Visual-Tracking-Paper-List.README.md'
W = 'wangdongdut__Online-Visual-Tracking-SOTA.README.md'
lines = {f: open(D + f, encoding='utf-8', newline='').read().split('\n') for f in (G, H, W)}
out = []

def P(lst, start, end, title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, section=None):
    raw = '\n'.join(lines[lst][start - 1:end])
    out.append(dict(list=lst, line=start, raw=raw, is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url,
                    venue=venue, year=year, authors=list(authors), code=code, summary=summary, section=section))

def N(lst, start, end, section):
    raw = '\n'.join(lines[lst][start - 1:end])
    out.append(dict(list=lst, line=start, raw=raw, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                    venue=None, year=None, authors=[], code=None, summary=None, section=section))

# gaomingqi / VOS-Review
P(G, 19, 20, 'Reliability-Hierarchical Memory Network for Scribble-Supervised Video Object Segmentation', arxiv='2303.14384', venue='arXiv 2023', year=2023, code='https://github.com/mkg1204/RHMNet-for-SSVOS', section='2023 / Arxiv')
P(G, 23, 23, 'Universal Instance Perception as Object Discovery and Retrieval', arxiv='2303.06674', venue='CVPR 2023', year=2023, code='https://github.com/MasterBin-IIAU/UNINEXT', section='2023 / CVPR 2023')
P(G, 25, 25, 'Two-shot Video Object Segmetnation', arxiv='2303.12078', venue='CVPR 2023', year=2023, code='https://github.com/yk-pku/Two-shot-Video-Object-Segmentation', section='2023 / CVPR 2023')
P(G, 27, 28, 'MobileVOS: Real-Time Video Object Segmentation Contrastive Learning meets Knowledge Distillation', arxiv='2303.07815', venue='CVPR 2023', year=2023, section='2023 / CVPR 2023')
P(G, 34, 34, 'Learning to Learn Better for Video Object Segmentation', arxiv='2212.02112', venue='AAAI 2023', year=2023, section='2023 / AAAI 2023')
P(G, 37, 37, 'VLT: Vision-Language Transformer and Query Generation for Referring Segmentation', url='https://ieeexplore.ieee.org/abstract/document/9932025', venue='IEEE TPAMI 2023', year=2023, section='2023 / IEEE TPAMI')
P(G, 39, 39, 'Local-Global Context Aware Transformer for Language-Guided Video Segmentation', venue='IEEE TPAMI 2023', year=2023, section='2023 / IEEE TPAMI')
P(G, 51, 53, 'BATMAN: Bilateral Attention Transformer in Motion-Appearance Neighboring Space for Video Object Segmentation', url='https://www.ecva.net/papers/eccv_2022/papers_ECCV/papers/136890603.pdf', venue='ECCV 2022', year=2022, section='2022 / ECCV 2022')
P(G, 55, 56, 'XMem: Long-Term Video Object Segmentation with an Atkinson-Shiffrin Memory Model', url='https://www.ecva.net/papers/eccv_2022/papers_ECCV/papers/136880633.pdf', venue='ECCV 2022', year=2022, code='https://github.com/hkchengrex/XMem', section='2022 / ECCV 2022')
P(G, 58, 58, 'Learning Quality-aware Dynamic Memory for Video Object Segmentation', url='https://www.ecva.net/papers/eccv_2022/papers_ECCV/papers/136890462.pdf', venue='ECCV 2022', year=2022, code='https://github.com/workforai/QDMN', section='2022 / ECCV 2022')
P(G, 60, 61, 'Tackling Background Distraction in Video Object Segmentation', url='https://www.ecva.net/papers/eccv_2022/papers_ECCV/papers/136820434.pdf', venue='ECCV 2022', year=2022, code='https://github.com/suhwan-cho/TBD', section='2022 / ECCV 2022')
P(G, 63, 63, 'Global Spectral Filter Memory Network for Video Object Segmentation', url='https://www.ecva.net/papers/eccv_2022/papers_ECCV/papers/136890639.pdf', venue='ECCV 2022', year=2022, code='https://github.com/workforai/GSFM', section='2022 / ECCV 2022')
P(G, 73, 73, 'Language-Bridged Spatial-Temporal Interaction for Referring Video Object Segmentation', url='https://openaccess.thecvf.com/content/CVPR2022/papers/Ding_Language-Bridged_Spatial-Temporal_Interaction_for_Referring_Video_Object_Segmentation_CVPR_2022_paper.pdf', venue='CVPR 2022', year=2022, code='https://github.com/dzh19990407/LBDT', section='2022 / CVPR 2022')
P(G, 78, 78, 'Recurrent Dynamic Embedding for Video Object Segmentation', url='https://openaccess.thecvf.com/content/CVPR2022/papers/Li_Recurrent_Dynamic_Embedding_for_Video_Object_Segmentation_CVPR_2022_paper.pdf', venue='CVPR 2022', year=2022, code='https://github.com/Limingxing00/RDE-VOS-CVPR2022', section='2022 / CVPR 2022')
P(G, 86, 86, 'Wnet: Audio-Guided Video Object Segmentation via Wavelet-Based Cross-Modal Denoising Networks', url='https://openaccess.thecvf.com/content/CVPR2022/papers/Pan_Wnet_Audio-Guided_Video_Object_Segmentation_via_Wavelet-Based_Cross-Modal_Denoising_Networks_CVPR_2022_paper.pdf', venue='CVPR 2022', year=2022, code='https://github.com/asudahkzj/Wnet', section='2022 / CVPR 2022')
P(G, 88, 88, 'YouMVOS: An Actor-Centric Multi-Shot Video Object Segmentation Dataset', url='https://openaccess.thecvf.com/content/CVPR2022/papers/Wei_YouMVOS_An_Actor-Centric_Multi-Shot_Video_Object_Segmentation_Dataset_CVPR_2022_paper.pdf', venue='CVPR 2022', year=2022, section='2022 / CVPR 2022')
P(G, 94, 94, 'Reliable Propagation-Correction Modulation for Video Object Segmentation', url='https://ojs.aaai.org/index.php/AAAI/article/view/20200', venue='AAAI 2022', year=2022, section='2022 / AAAI 2022')
P(G, 98, 98, 'Iteratively Selecting an Easy Reference Frame Makes Unsupervised Video Object Segmentation Easier', url='https://ojs.aaai.org/index.php/AAAI/article/view/20011', venue='AAAI 2022', year=2022, section='2022 / AAAI 2022')
P(G, 105, 105, 'From Pixels to Semantics: Self-Supervised Video Object Segmentation With Multiperspective Feature Mining', url='https://ieeexplore.ieee.org/document/9875116', venue='IEEE TIP 2022', year=2022, section='2022 / IEEE TIP')
P(G, 107, 107, 'Delving Deeper Into Mask Utilization in Video Object Segmentation', url='https://ieeexplore.ieee.org/document/9904497', venue='IEEE TIP 2022', year=2022, section='2022 / IEEE TIP')

# hexdjx / Visual-Tracking-Paper-List (plain-line categories are not headings: section null)
P(H, 14, 15, 'High-Speed Tracking with Kernelized Correlation Filters', venue='TPAMI 2015', year=2015, summary='详细阐述了循环位移采样过程，和引入核机制，并证明了核化后对角化可行性')
P(H, 17, 18, 'Adaptive Color Attributes for Real-Time Visual Tracking', venue='CVPR 2014', year=2014, summary='将 color names  替换掉 CSK 的灰度特征，并使用了 PCA 对 11 维特征进行降维。')
P(H, 25, 27, 'Discriminative Scale Space Tracking', venue='TPAMI 2017', year=2017, summary='主要是解决增加尺度估计方法所带来的速度下降的问题，对特征和尺度维度进行 PCA 降维')
P(H, 31, 32, 'Enable Scale and Aspect Ratio Adaptability in Visual Tracking with Detection Proposals', venue='BMVC 2015', year=2015, summary='edgBox 的应用')
P(H, 36, 36, 'Multi-kernel Correlation Filter for Visual Tracking', venue='ICCV 2015', year=2015)
P(H, 38, 38, 'Visual Tracking Using Attention-Modulated Disintegration and Integration', venue='CVPR 2016', year=2016)
P(H, 46, 46, 'Reliable Patch Trackers: Robust Visual Tracking by Exploiting Reliable Patches', venue='CVPR 2015', year=2015)
P(H, 47, 47, 'Deformable Part-based Tracking by Coupled Global and Local Correlation Filters', venue='JVCIR 2016', year=2016)
P(H, 48, 48, 'Deformable Parts Correlation Filters for Robust Visual Tracking', venue='CVPR 2016', year=2016)
P(H, 50, 50, 'Real-time Correlation Filter Tracking by Efficient Dense Belief Propagation with Structure Preserving', venue='TMM 2016', year=2016)
P(H, 51, 51, 'Robust Visual Tracking via Local-Global Correlation Filter', venue='AAAI 2017', year=2017)
P(H, 53, 53, 'Non-Rigid Object Tracking via Deformable Patches Using Shape-Preserved KCF and Level Sets', venue='ICCV 2017', year=2017)
P(H, 77, 77, 'Adaptive Decontamination of the Training Set: A Unified Formulation for Discriminative Visual Tracking', venue='CVPR 2016', year=2016)
P(H, 81, 82, 'Learning Spatially Regularized Correlation Filters for Visual Tracking', venue='ICCV 2015', year=2015, summary='对滤波模板进行惩罚减少循环位移带来的边际效应')
P(H, 86, 87, 'Context-Aware Correlation Filter Tracking', venue='CVPR 2017', year=2017)
P(H, 90, 91, 'Manifold Regularized Correlation Object Tracking', venue='TNNLS 2017', year=2017, summary='增加了两个背景 CF')
P(H, 98, 99, 'Large Margin Object Tracking with Circulant Feature Maps', venue='CVPR 2017', year=2017, summary='svm 与 CF 结合，多模式目标检测方法，新的模型更新策略。')
P(H, 102, 103, 'Hierarchical Convolutional Features for Visual Tracking', venue='ICCV 2015', year=2015, summary='Cov3,cov4,cov5 三层 CNN')
P(H, 104, 105, 'When Correlation Filters Meet Convolutional Neural Networks for Visual Tracking', venue='SPL 2016', year=2016, summary='将相关滤波整合进 CNN 模型，激进地更新滤波器，保守更新 CNN 模型')
P(H, 113, 114, 'Attentional Correlation Filter Network for Adaptive Visual Tracking', venue='CVPR 2017', year=2017)

# wangdongdut / Online-Visual-Tracking-SOTA
N(W, 6, 6, None)
N(W, 16, 16, 'TOP-One Performance on All Datasets')
N(W, 17, 17, 'TOP-One Performance on All Datasets')
N(W, 18, 18, 'TOP-One Performance on All Datasets')
P(W, 24, 24, 'ARDiMPsuper', arxiv='2012.06815', venue='CVPR 2021', year=2021, code='https://github.com/MasterBin-IIAU/AlphaRefine', section='LaSOT')
P(W, 28, 28, 'PrDiMP50', arxiv='2003.12565', venue='CVPR 2020', year=2020, code='https://github.com/visionml/pytracking', section='LaSOT')
N(W, 110, 110, None)
P(W, 123, 123, 'D3S', arxiv='1911.08862', venue='CVPR 2020', year=2020, code='https://github.com/alanlukezic/d3s', section='VOT2018')
P(W, 124, 124, 'SiamAttn', arxiv='2004.06711', venue='CVPR 2020', year=2020, section='VOT2018')
N(W, 135, 135, 'VOT2018')
N(W, 143, 143, 'VOT2019')
N(W, 147, 147, 'VOT2019')
N(W, 157, 157, 'All Short-Term Tracking Datasets / List')
P(W, 258, 258, 'Deep Meta Learning for Real-Time Target-Aware Visual Tracking', url='http://openaccess.thecvf.com/content_ICCV_2019/papers/Choi_Deep_Meta_Learning_for_Real-Time_Target-Aware_Visual_Tracking_ICCV_2019_paper.pdf', venue='ICCV 2019', year=2019, authors=['Janghoon Choi', 'Junseok Kwon', 'Kyoung Mu Lee'], section='Conference Tracking Papers / 2019')
P(W, 270, 270, 'Joint Group Feature Selection and Discriminative Filter Learning for Robust Visual Object Tracking', url='http://openaccess.thecvf.com/content_ICCV_2019/papers/Xu_Joint_Group_Feature_Selection_and_Discriminative_Filter_Learning_for_Robust_ICCV_2019_paper.pdf', venue='ICCV 2019', year=2019, authors=['Tianyang Xu', 'Zhen-Hua Feng', 'Xiao-Jun Wu', 'Josef Kittler'], section='Conference Tracking Papers / 2019')
P(W, 283, 283, 'Efficient Diverse Ensemble for Discriminative Co-Tracking', url='http://openaccess.thecvf.com/content_cvpr_2018/papers/Meshgi_Efficient_Diverse_Ensemble_CVPR_2018_paper.pdf', venue='CVPR 2018', year=2018, authors=['Kourosh Meshgi', 'Shigeyuki Oba', 'Shin Ishii'], section='Conference Tracking Papers / 2018')
P(W, 289, 289, 'Learning Attentions: Residual Attentional Siamese Network for High Performance Online Visual Tracking', url='http://openaccess.thecvf.com/content_cvpr_2018/papers/Wang_Learning_Attentions_Residual_CVPR_2018_paper.pdf', venue='CVPR 2018', year=2018, authors=['Qiang Wang', 'Zhu Teng', 'Junliang Xing', 'Jin Gao', 'Weiming Hu', 'Stephen Maybank'], section='Conference Tracking Papers / 2018')
P(W, 291, 291, 'SINT++: Robust Visual Tracking via Adversarial Positive Instance Generation', url='http://openaccess.thecvf.com/content_cvpr_2018/papers/Wang_SINT_Robust_Visual_CVPR_2018_paper.pdf', venue='CVPR 2018', year=2018, authors=['Xiao Wang', 'Chenglong Li', 'Bin Luo', 'Jin Tang'], section='Conference Tracking Papers / 2018')
P(W, 301, 301, 'VITAL: VIsual Tracking via Adversarial Learning', url='http://openaccess.thecvf.com/content_cvpr_2018/papers/Song_VITAL_VIsual_Tracking_CVPR_2018_paper.pdf', venue='CVPR 2018', year=2018, authors=['Yibing Song', 'Chao Ma', 'Xiaohe Wu', 'Lijun Gong', 'Linchao Bao', 'Wangmeng Zuo', 'Chunhua Shen', 'Rynson W.H. Lau', 'Ming-Hsuan Yang'], section='Conference Tracking Papers / 2018')
P(W, 303, 303, 'Distractor-aware Siamese Networks for Visual Object Tracking', venue='ECCV 2018', year=2018, section='Conference Tracking Papers / 2018')

with open(D + 'labels.jsonl', 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), sum(o['is_paper'] for o in out))
