"""Write labels.jsonl from the hand labels below; raw text is read from the saved lists."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CK = 'ChenqiKONG__Awesome-Image-Forensics.README.md'
GZ = 'greatzh__Papers.README.md'
JW = 'jiwei0921__SOD-CNNs-based-code-summary-.README.md'
NX = 'nxZhai__Awesome-AI-generated-Image-Detection.README.md'
MDL = 'Manipulation-Detection-And-Localization-Methods'
J2 = '2D RGB Saliency Detection'
J3 = '3D RGB-D Saliency Detection'


def P(lst, line, title, venue=None, year=None, arxiv=None, url=None, doi=None,
      authors=(), code=None, section=None, nlines=1):
    return dict(list=lst, line=line, nlines=nlines, is_paper=True, title=title, arxiv_id=arxiv,
                doi=doi, url=url, venue=venue, year=year, authors=list(authors), code=code,
                summary=None, section=section)


def N(lst, line, section):
    return dict(list=lst, line=line, nlines=1, is_paper=False, title=None, arxiv_id=None,
                doi=None, url=None, venue=None, year=None, authors=[], code=None,
                summary=None, section=section)


L = [
    # ---- ChenqiKONG: tables with named columns (Title | Release year | Venue | ... | Code)
    N(CK, 8, 'Contents'),
    N(CK, 17, 'Databases'),
    N(CK, 18, 'Databases'),
    N(CK, 19, 'Databases'),
    N(CK, 23, 'Databases'),
    N(CK, 24, 'Databases'),
    P(CK, 46, 'Multi-view Feature Extraction via Tunable Prompts is Enough for Image Manipulation Localization',
      'ACM MM 2024', 2024, section=MDL + ' / Year 2024'),
    P(CK, 53, 'MaLP: Manipulation Localization Using a Proactive Scheme', 'CVPR 2024', 2024,
      code='https://github.com/vishal3477/pro_loc', section=MDL + ' / Year 2024'),
    P(CK, 58, 'Pre-training-free Image Manipulation Localization through Non-Mutually Exclusive Contrastive Learning',
      'ICCV 2023', 2023, url='https://openaccess.thecvf.com/content/ICCV2023/html/Zhou_Pre-Training-Free_Image_Manipulation_Localization_through_Non-Mutually_Exclusive_Contrastive_Learning_ICCV_2023_paper.html',
      code='https://github.com/Knightzjz/NCL-IML', section=MDL + ' / Year 2023'),
    P(CK, 59, 'Uncertainty-guided Learning for Improving Image Manipulation Detection', 'ICCV 2023', 2023,
      url='https://openaccess.thecvf.com/content/ICCV2023/html/Ji_Uncertainty-guided_Learning_for_Improving_Image_Manipulation_Detection_ICCV_2023_paper.html',
      section=MDL + ' / Year 2023'),
    P(CK, 60, 'SAFL-Net: Semantic-Agnostic Feature Learning Network with Auxiliary Plugins for Image Manipulation Detection',
      'ICCV 2023', 2023, url='https://openaccess.thecvf.com/content/ICCV2023/html/Sun_SAFL-Net_Semantic-Agnostic_Feature_Learning_Network_with_Auxiliary_Plugins_for_Image_ICCV_2023_paper.html',
      section=MDL + ' / Year 2023'),
    P(CK, 61, 'Pre-training-free Image Manipulation Localization through Non-Mutually Exclusive Contrastive Learning',
      'ICCV 2023', 2023, url='https://openaccess.thecvf.com/content/ICCV2023/html/Zhou_Pre-Training-Free_Image_Manipulation_Localization_through_Non-Mutually_Exclusive_Contrastive_Learning_ICCV_2023_paper.html',
      code='https://github.com/Knightzjz/NCL-IML', section=MDL + ' / Year 2023'),
    P(CK, 62, 'Learning to Immunize Images for Tamper Localization and Self-Recovery', 'T-PAMI 2023', 2023,
      url='https://ieeexplore.ieee.org.remotexs.ntu.edu.sg/stamp/stamp.jsp?tp=&arnumber=10209264',
      section=MDL + ' / Year 2023'),
    P(CK, 64, 'Explicit Visual Prompting for Low-Level Structure Segmentations', 'CVPR 2023', 2023,
      url='https://openaccess.thecvf.com/content/CVPR2023/html/Liu_Explicit_Visual_Prompting_for_Low-Level_Structure_Segmentations_CVPR_2023_paper.html',
      code='https://github.com/NiFangBaAGe/Explicit-Visual-Prompt', section=MDL + ' / Year 2023'),
    P(CK, 77, 'MVSS-Net: Multi-View Multi-Scale Supervised Networks for Image Manipulation Detection', 'T-PAMI 2022', 2022,
      url='https://ieeexplore.ieee.org/abstract/document/9789576',
      code='https://github.com/dong03/MVSS-Net/tree/359ac66528d1231e542ac5b562303019e4d51832',
      section=MDL + ' / Year 2022'),
    P(CK, 83, 'Robust Image Forgery Detection Over Online Social Network Shared Images', 'CVPR 2022', 2022,
      url='https://openaccess.thecvf.com/content/CVPR2022/html/Wu_Robust_Image_Forgery_Detection_Over_Online_Social_Network_Shared_Images_CVPR_2022_paper.html',
      code='https://github.com/HighwayWu/ImageForensicsOSN', section=MDL + ' / Year 2022'),
    P(CK, 86, 'JPEG Compression-aware Image Forgery Localization', 'MM 2022', 2022,
      url='https://dl.acm.org/doi/abs/10.1145/3503161.3547749?casa_token=r3ZYpHHKq8UAAAAA:4W2rpO7bj0WBThqH46HG5sx4u19zEK8oo93EyhN_sRkdJAz2PTdNg8VPdHeEkkubtOcY4but5yjErg',
      section=MDL + ' / Year 2022'),
    P(CK, 93, 'Image Splicing Detection, Localization and Attribution via JPEG Primary Quantization Matrix Estimation and Clustering',
      'T-IFS 2021', 2021, url='https://ieeexplore.ieee.org/abstract/document/9622213', section=MDL + ' / Year 2021'),
    P(CK, 108, 'Adversarial Learning for Constrained Image Splicing Detection and Localization Based on Atrous Convolution',
      'T-IFS 2019', 2019, url='https://ieeexplore.ieee.org/abstract/document/8658131',
      code='https://github.com/yaqiliu-cs/CISDL-DMAC', section=MDL + ' / Year 2017-2020'),
    P(CK, 115, 'Image splicing localization using a multi-task fully convolutional network (MFCN)', 'VCIR 2017', 2017,
      url='https://www.sciencedirect.com/science/article/pii/S1047320318300178', section=MDL + ' / Year 2017-2020'),

    # ---- greatzh: checkbox bullets, venue badges / (_Venue 'YY_) italics, <summary> year groups
    P(GZ, 18, 'PRest-Net: Multi-domain Probability Estimation Network for Robust Image Forgery Detection', 'TOMM 2025', 2025,
      url='https://dl.acm.org/doi/pdf/10.1145/3711930', section='2025'),
    P(GZ, 32, 'SUMI-IFL: An Information-Theoretic Framework for Image Forgery Localization with Sufficiency and Minimality Constraints',
      'arXiv 2024', 2024, arxiv='2412.09981', section='2024'),
    P(GZ, 34, 'PhotoHolmes: a Python library for forgery detection in digital images', 'arXiv 2024', 2024,
      arxiv='2412.14969', code='https://github.com/photoholmes/photoholmes', section='2024'),
    P(GZ, 42, 'HRGR: Enhancing Image Manipulation Detection via Hierarchical Region-aware Graph Reasoning', 'arXiv 2024', 2024,
      arxiv='2410.21861', section='2024'),
    P(GZ, 45, 'AdaIFL: Adaptive Image Forgery Localization via a Dynamic and Importance-aware Transformer Network', 'ECCV 2024', 2024,
      url='https://www.ecva.net/papers/eccv_2024/papers_ECCV/papers/06023.pdf', section='2024'),
    P(GZ, 46, 'Noise-assisted Prompt Learning for Image Forgery Detection and Localization', 'ECCV 2024', 2024,
      url='https://www.ecva.net/papers/eccv_2024/papers_ECCV/papers/01688.pdf', section='2024'),
    P(GZ, 58, 'Image manipulation detection and localization using multi-scale contrastive learning', 'Appl. Soft Comput. 2024', 2024,
      url='https://doi.org/10.1016/j.asoc.2024.111914', doi='10.1016/j.asoc.2024.111914', section='2024'),
    P(GZ, 74, 'Diffusion models meet image counter-forensics', 'WACV 2024', 2024, arxiv='2311.13629',
      code='https://github.com/mtailanian/diff-cf', section='2024'),
    P(GZ, 97, 'Image Manipulation Detection Based on Ringed Residual Edge Artifact Enhancement and Multiple Attention Mechanisms',
      'PRCV 2024', 2024, url='https://link.springer.com/chapter/10.1007/978-981-99-8543-2_30', section='2023'),
    P(GZ, 107, 'Towards Effective Image Manipulation Detection with Proposal Contrastive Learning', 'TCSVT 2023', 2023,
      arxiv='2210.08529', code='https://github.com/Sandy-Zeng/PCL', section='2023'),
    P(GZ, 142, 'ObjectFormer for Image Manipulation Detection and Localization', 'CVPR 2022', 2022, arxiv='2203.14681',
      section='2022'),
    P(GZ, 146, 'Image Manipulation Localization Using Multi-Scale Feature Fusion and Adaptive Edge Supervision', 'TMM 2022', 2022,
      url='https://ieeexplore.ieee.org/document/9996125/', section='2022'),
    P(GZ, 183, 'Hybrid LSTM and Encoder-Decoder Architecture for Detection of Image Forgeries', 'TIP 2019', 2019,
      arxiv='1903.02495', code='https://github.com/jawadbappy/forgery_localization_HLED', section='2020 and before'),
    P(GZ, 194, 'LEGION: Learning to Ground and Explain for Synthetic Image Detection', 'arXiv 2025', 2025, arxiv='2503.15264',
      code='https://github.com/opendatalab/LEGION', section='CNN-synthesized'),
    P(GZ, 201, 'Leveraging Representations from Intermediate Encoder-blocks for Synthetic Image Detection', 'ECCV 2024', 2024,
      arxiv='2402.19091', code='https://github.com/mever-team/rine', section='CNN-synthesized'),
    P(GZ, 202, 'Forgery-aware Adaptive Transformer for Generalizable Synthetic Image Detection', 'arXiv 2023', 2023,
      arxiv='2312.16649', section='CNN-synthesized'),
    P(GZ, 203, 'AntifakePrompt: Prompt-Tuned Vision-Language Models are Fake Image Detectors', 'arXiv 2023', 2023,
      arxiv='2310.17419', code='https://github.com/nctu-eva-lab/AntifakePrompt', section='CNN-synthesized'),
    P(GZ, 205, 'Discrepancy-Guided Reconstruction Learning for Image Forgery Detection', 'IJCAI 2023', 2023,
      arxiv='2304.13349', code='https://github.com/znshi/DisGRL', section='CNN-synthesized'),
    P(GZ, 208, 'Discrepancy-Guided Reconstruction Learning for Image Forgery Detection', 'arXiv 2023', 2023,
      arxiv='2304.13349', section='CNN-synthesized'),
    P(GZ, 209, 'Masked Relation Learning for DeepFake Detection', 'TIFS 2023', 2023,
      url='https://doi.org/10.1109/TIFS.2023.3249566', doi='10.1109/TIFS.2023.3249566', section='CNN-synthesized'),

    # ---- jiwei0921: pipe tables without outer pipes, `No. | **Pub.** | Title | Paper/Code`, year headings
    P(JW, 60, 'Uncertainty-aware Joint Salient Object and Camouflaged Object Detection', 'CVPR 2021', 2021,
      arxiv='2104.02628', code='https://github.com/JingZhang617/Joint_COD_SOD', section=J2 + ' / 2021'),
    P(JW, 77, 'Taking a Deeper Look at the Co-salient Object Detection', 'CVPR 2020', 2020,
      url='http://dpfan.net/wp-content/uploads/CoSalBenchmark_CVPR2020.pdf', code='http://dpfan.net/CoSOD3K/',
      section=J2 + ' / 2020'),
    P(JW, 81, 'Adaptive Graph Convolutional Network with Attention Graph Clustering for Co-saliency Detection', 'CVPR 2020', 2020,
      url='https://openaccess.thecvf.com/content_CVPR_2020/papers/Zhang_Adaptive_Graph_Convolutional_Network_With_Attention_Graph_Clustering_for_Co-Saliency_CVPR_2020_paper.pdf',
      section=J2 + ' / 2020'),
    P(JW, 83, 'n-Reference Transfer Learning for Saliency Prediction', 'ECCV 2020', 2020,
      url='http://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123530494.pdf', code='https://github.com/luoyan407/n-reference',
      section=J2 + ' / 2020'),
    P(JW, 87, 'Dynamic Feature Integration for Simultaneous Detection of Salient Object, Edge and Skeleton', 'IEEE TIP 2020', 2020,
      url='http://mftp.mmcheng.net/Papers/20TIP-DFI.pdf', code='https://github.com/backseason/DFI', section=J2 + ' / 2020'),
    P(JW, 91, 'Few-Cost Salient Object Detection with Adversarial-Paced Learning', 'NeurIPS 2020', 2020,
      url='https://papers.nips.cc/paper/2020/file/8fc687aa152e8199fe9e73304d407bca-Paper.pdf',
      code='https://papers.nips.cc/paper/2020/file/8fc687aa152e8199fe9e73304d407bca-Supplemental.zip', section=J2 + ' / 2020'),
    P(JW, 111, 'An Iterative and Cooperative Top-down and Bottom-up Inference Network for Salient Object Detection', 'CVPR 2019', 2019,
      url='http://mftp.mmcheng.net/Papers/19cvprIterativeSOD.pdf', section=J2 + ' / 2019'),
    P(JW, 113, 'Deep Embedding Features for Salient Object Detection', 'AAAI 2019', 2019,
      url='https://pan.baidu.com/s/1HfyavmYB2NYUMe8CSe2qCw', section=J2 + ' / 2019'),
    P(JW, 128, 'EGNet:Edge Guidance Network for Salient Object Detection', 'ICCV 2019', 2019,
      url='http://mftp.mmcheng.net/Papers/19ICCV_EGNetSOD.pdf', code='https://github.com/JXingZhao/EGNet', section=J2 + ' / 2019'),
    P(JW, 144, 'Salient Object Detection Driven by Fixation Prediction', 'CVPR 2018', 2018,
      url='http://openaccess.thecvf.com/content_cvpr_2018/papers/Wang_Salient_Object_Detection_CVPR_2018_paper.pdf',
      code='https://github.com/wenguanwang/ASNet', section=J2 + ' / 2018'),
    P(JW, 166, 'Amulet: Aggregating Multi-level Convolutional Features for Salient Object Detection', 'ICCV 2017', 2017,
      url='http://openaccess.thecvf.com/content_ICCV_2017/papers/Zhang_Amulet_Aggregating_Multi-Level_ICCV_2017_paper.pdf',
      code='https://github.com/Pchank/caffe-sal', section=J2 + ' / 2017'),
    P(JW, 196, 'RGB-D Saliency Detection via Cascaded Mutual Information Minimization', 'ICCV 2021', 2021,
      code='https://github.com/JingZhang617/cascaded_rgbd_sod', section=J3 + ' / 2021'),
    P(JW, 222, 'Improved Saliency Detection in RGB-D Images Using Two-Phase Depth Estimation and Selective Deep Fusion', 'IEEE TIP 2020', 2020,
      url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8976428', section=J3 + ' / 2020'),
    P(JW, 225, 'Revisiting Feature Fusion for RGB-T Salient Object Detection', 'IEEE TCSVT 2020', 2020,
      url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9161021',
      code='https://github.com/nexiakele/Revisiting-Feature-Fusion-for-RGB-T-Salient-Object-Detection', section=J3 + ' / 2020'),
    P(JW, 283, 'A Multi-Task Collaborative Network for Light Field Salient Object Detection', 'IEEE TCSVT', None,
      url='https://ieeexplore.ieee.org/abstract/document/9153018', section='4D Light Field Saliency Detection'),
    P(JW, 319, 'RANet：Ranking attention Network for Fast Video Object Segmentation', 'ICCV 2019', 2019, arxiv='1908.06647',
      code='https://github.com/Storife/RANet', section='Video Salient Object Detection / 2019'),
    P(JW, 349, 'Salient Objects in Clutter: Bringing Salient Object Detection to the Foreground', 'ECCV 2018', 2018,
      url='http://mftp.mmcheng.net/Papers/18ECCV-SOCBenchmark.pdf', code='http://dpfan.net/socbenchmark/', section='Earlier Methods'),
    P(JW, 351, 'Salient Object detection with deep learning: Areview', 'IEEE TNNLS 2019', 2019, arxiv='1807.05511',
      section='Earlier Methods'),
    N(JW, 370, 'The SOD dataset download'),
    N(JW, 371, 'The SOD dataset download'),

    # ---- nxZhai: `+ [Title](link) (First Author et al., Venue Year) [:octocat:](code)` bullets
    N(NX, 17, 'TODOs'),
    P(NX, 32, 'Forensic Self-Descriptions Are All You Need for Zero-Shot Detection, Open-Set Source Attribution, and Clustering of AI-generated Images',
      'CVPR 2025', 2025, arxiv='2503.21003', authors=['Tai Nguyen'], section='Latest Updates'),
    N(NX, 45, 'Contents'),
    N(NX, 56, 'Contents'),
    N(NX, 64, 'Contents'),
    P(NX, 69, 'Seeing is not always believing: Benchmarking Human and Model Perception of AI-Generated Images', 'NeurIPS 2023', 2023,
      arxiv='2304.13023', authors=['Zuyu Lu'], code='https://github.com/Inf-imagine/Sentry', section='Benchmark/Survey'),
    P(NX, 99, 'FIRE: Robust Detection of Diffusion-Generated Images via Frequency-Guided Reconstruction Error', 'CVPR 2025', 2025,
      arxiv='2412.07140', authors=['Beilin Chu'], code='https://github.com/Chuchad/FIRE', section='Reconstruction Error'),
    P(NX, 105, 'Time Step Generating: A Universal Synthesized Deepfake Image Detector', 'arXiv 2024', 2024, arxiv='2411.11016',
      authors=['Ziyue Zeng'], code='https://github.com/NuayHL/TimeStepGenerating', section='Reconstruction Error'),
    P(NX, 113, 'AEROBLADE: Training-Free Detection of Latent Diffusion Images Using Autoencoder Reconstruction Error', 'CVPR 2024', 2024,
      url='https://openaccess.thecvf.com/content/CVPR2024/html/Ricker_AEROBLADE_Training-Free_Detection_of_Latent_Diffusion_Images_Using_Autoencoder_Reconstruction_CVPR_2024_paper.html',
      authors=['Jonas Ricker'], code='https://github.com/jonasricker/aeroblade', section='Reconstruction Error'),
    P(NX, 127, 'Mixture of Low-rank Experts for Transferable AI-Generated Image Detection', 'arXiv 2024', 2024, arxiv='2404.04883',
      authors=['Zihan Liu'], code='https://github.com/zhliuworks/CLIPMoLE', section='Vision foundation model related'),
    P(NX, 147, 'Aligned Datasets Improve Detection of Latent Diffusion-Generated Images', 'ICLR 2025', 2025,
      url='https://openreview.net/pdf?id=doBkiqESYq', authors=['Anirudh Sundara Rajan'],
      code='https://github.com/AniSundar18/AlignedForensics', section='Dataset bias'),
    P(NX, 156, 'Manifold Induced Biases for Zero-shot and Few-shot Detection of Generated Images', 'ICLR 2025', 2025,
      url='https://openreview.net/pdf?id=7gGl6HB5Zd', authors=['Jonathan Brokman'], section='Training-free'),
    P(NX, 158, 'HFI: A unified framework for training-free detection and implicit watermarking of latent diffusion model generated images',
      'arXiv 2024', 2024, arxiv='2412.20704', authors=['Sungik Choi'], section='Training-free'),
    P(NX, 162, 'Your diffusion model is an implicit synthetic image detector', 'ECCV Workshop 2024', 2024,
      url='https://hal.science/hal-04713283v1', authors=['Xi Wang'], section='Training-free'),
    P(NX, 164, 'AEROBLADE: Training-Free Detection of Latent Diffusion Images Using Autoencoder Reconstruction Error', 'CVPR 2024', 2024,
      url='https://openaccess.thecvf.com/content/CVPR2024/html/Ricker_AEROBLADE_Training-Free_Detection_of_Latent_Diffusion_Images_Using_Autoencoder_Reconstruction_CVPR_2024_paper.html',
      authors=['Jonas Ricker'], code='https://github.com/jonasricker/aeroblade', section='Training-free'),
    P(NX, 175, 'Frequency Masking for Universal DeepFake Detection', 'ICASSP 2024', 2024, arxiv='2401.06506',
      authors=['Chandler Timm Doloriel'], code='https://github.com/chandlerbing65nm/FakeImageDetection', section='Transformation'),
    P(NX, 191, 'Fusing global and local features for generalized ai-synthesized image detection', 'ICIP 2022', 2022,
      url='https://ieeexplore.ieee.org/abstract/document/9897820', authors=['Yan Ju'],
      code='https://github.com/littlejuyan/FusingGlobalandLocal', section='Patch'),
    P(NX, 217, 'On the detection of synthetic images generated by diffusion models', 'ICASSP 2023', 2023, arxiv='2211.00680',
      authors=['Riccardo Corvi'], code='https://github.com/grip-unina/DMimageDetection', section='Data-driven'),
    P(NX, 219, 'Global Texture Enhancement for Fake Face Detection in the Wild', 'CVPR 2020', 2020, arxiv='2002.00133',
      authors=['Zhengzhe Liu'], code='https://github.com/liuzhengzhe/Global_Texture_Enhancement_for_Fake_Face_Detection_in_the-Wild',
      section='Data-driven'),
    P(NX, 225, 'Any-Resolution AI-Generated Image Detection by Spectral Learning', 'CVPR 2025', 2025, arxiv='2411.19417',
      authors=['Dimitrios Karageorgiou'], code='https://github.com/mever-team/spai', section='Frequency domain', nlines=2),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']


def main():
    cache = {}
    sample = json.load(open(os.path.join(HERE, 'sample.json'), encoding='utf-8'))
    want = {(f, e['line']) for f, v in sample.items() for e in v['lines']}
    got = {(e['list'], e['line']) for e in L}
    assert want == got, (sorted(want - got), sorted(got - want))
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
        for e in sorted(L, key=lambda e: (e['list'], e['line'])):
            if e['list'] not in cache:
                cache[e['list']] = open(os.path.join(HERE, e['list']), encoding='utf-8').read().split('\n')
            lines = cache[e['list']]
            e['raw'] = '\n'.join(lines[e['line'] - 1:e['line'] - 1 + e['nlines']])
            out.write(json.dumps({k: e[k] for k in KEYS}, ensure_ascii=False) + '\n')
    print(len(L), 'labels,', sum(e['is_paper'] for e in L), 'papers')


if __name__ == '__main__':
    main()
