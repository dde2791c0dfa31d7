#!/usr/bin/env python3
"""Hand labels (typed by eye from the files) merged with the exact raw lines from sample.jsonl."""
import json

N = 'NOVAglow646__OOD-Generalization-Paper-Reading-Notes.README.md'
J = 'junkunyuan__Awesome-Domain-Generalization.README.md'
T = 'tim-learn__awesome-test-time-adaptation.README.md'

def NP(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=None, code=None, summary=None, section=section)

def P(title, arxiv_id=None, url=None, venue=None, year=None, authors=None, code=None, summary=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv_id, doi=None, url=url, venue=venue, year=year,
                authors=authors or [], code=code, summary=summary, section=section)

NS1 = 'OOD Generalization of (Multimodal) LLMs'
NS2 = 'OOD Generalization using Large Vision-language models'
NS4 = 'OOD Generalization (classic)'
JS = 'Papers / Domain Generalization / Domain Alignment-Based Methods'
JA = 'Papers / Domain Generalization / Data Augmentation-Based Methods'
TI = 'Instance-level / Image classification'
TS = 'Instance-level / Segmentation'

L = {
    # ---- NOVAglow646 ----
    (N, 11): NP('Directory'),
    (N, 15): NP('Directory'),
    (N, 21): NP('Directory'),
    (N, 22): NP('Directory'),
    (N, 23): NP('Directory'),
    (N, 36): P('On the Out-Of-Distribution Generalization of Multimodal Large Language Models', arxiv_id='2402.06599',
               venue='arXiv 2024', year=2024,
               summary='对MLLM进行了一系列OOD性能的验证，发现：①在经典OOD数据集上MLLM能超过以前的sota ②在医学、分子数据集上效果不好 ③ICL能提升MLLM OOD性能，即使ICL example的分布和测试域不同。',
               section=NS1 + ' / 2024'),
    (N, 43): P('A Closer Look at In-Context Learning under Distribution Shifts', arxiv_id='2305.16704',
               venue='arXiv 2023', year=2023,
               summary='在一定的covariate shift下，transformer比set-based MLP的性能好；在严重的分布偏移下，两种模型的ICL能力都丧失了。3. 4. 这两篇都是整个测试prompt和训练prompt分布不同的情况。',
               section=NS1 + ' / 2023'),
    (N, 61): P('ArGue: Attribute-Guided Prompt Tuning for Vision-Language Models', arxiv_id='2311.16494',
               venue='arXiv 2023', year=2023,
               summary='本文提出了neg prompt，就是在prompt里加入neg attribute的embedding。在prompt tuning时，希望在使用neg prompt时，预测成任何类别的概率相同，以此来强行消除虚假关联（文中loss式(9)）。使用neg prompt时预测为某一类的概率就是用neg embedding+任何class的embedding和图像表示算相似度。',
               section=NS2 + ' / 2023'),
    (N, 67): P('SimMMDG: A Simple and Effective Framework for Multi-modal Domain Generalization',
               url='https://openreview.net/forum?id=RiSMijlsLT', venue='NeurIPS 2023', year=2023,
               summary='多模态DG，将各模态的特征分为不同模态share的部分以及各个模态specific的部分，拉近同一class的不同模态shared部分的特征，推远share部分的特征和specific部分的特征。',
               section='New tasks of OOD Generalization'),
    (N, 73): P('Spurious Feature Diversification Improves Out-of-distribution Generalization',
               url='https://openreview.net/forum?id=d6H4RBi7RH', venue='ICLR 2024', year=2024,
               summary='通过ensemble学更多的spurious feature能“冲淡”它们各自的影响',
               section=NS4 + ' / 2024'),
    (N, 77): P('Ask Your Distribution Shift if Pre-Training is Right for You', venue=None, year=2024,
               summary='实验上发现pretrain对out-of-support数据（类似diversity shift）更有用，对in support（类似correlation shift）作用不大。',
               section=NS4 + ' / 2024'),
    (N, 82): P('FREE LUNCH FOR DOMAIN ADVERSARIAL TRAINING: ENVIRONMENT LABEL SMOOTHING', arxiv_id='2302.00194',
               venue='ICLR 2023', year=2023,
               summary='使用简单的domain label smoothing方法来解决DANN训练不稳定的问题，给出了丰富的理论支持',
               section=NS4 + ' / 2023'),
    (N, 94): P('ASSESSING MODEL OUT-OF-DISTRIBUTION GENERALIZATION WITH SOFTMAX PREDICTION PROBABILITY BASELINES AND A CORRELATION METHOD',
               url='https://openreview.net/forum?id=1maXoEyeqx', venue=None, year=2023,
               summary='提出了新的OOD metric，鼓励：①预测的confident高 ②预测具有多样性（避免所有样本被预测为同一个类）。因为被审稿人喷缺乏理论依据而被拒。',
               section=NS4 + ' / 2023'),
    (N, 96): P('MODELING THE DATA-GENERATING PROCESS IS NECESSARY FOR OUT-OF-DISTRIBUTION GENERALIZATION',
               url='https://openreview.net/forum?id=uyqks-LILZX', venue='ICLR 2023 top 25%', year=2023,
               summary='用统一的causal graph来描述correlation shift和diversity shift，提出了multi-shift的问题，并证明了学到的表示必须满足由causal graph所导出的条件独立性条件是保证OOD泛化的必要条件。',
               section=NS4 + ' / 2023'),
    (N, 102): P('UNDERSTANDING OUT-OF-DISTRIBUTION ACCURACIES THROUGH QUANTIFYING DIFFICULTY OF TEST SAMPLES',
                arxiv_id='2203.15100', venue='arXiv 2023', year=2023,
                summary='使用entropy based confusion score来衡量样本的difficulty，发现OOD数据confusion score更高（模型预测的熵更高）',
                section=NS4 + ' / 2023'),
    (N, 116): P('Understanding Hessian Alignment for Domain Generalization',
                url='https://openaccess.thecvf.com/content/ICCV2023/papers/Hemati_Understanding_Hessian_Alignment_for_Domain_Generalization_ICCV_2023_paper.pdf',
                venue='ICCV 2023', year=2023, section=NS4 + ' / 2023'),
    (N, 130): P('PromptStyler: Prompt-driven Style Generation for Source-free Domain Generalization',
                url='https://openaccess.thecvf.com/content/ICCV2023/html/Cho_PromptStyler_Prompt-driven_Style_Generation_for_Source-free_Domain_Generalization_ICCV_2023_paper.html',
                venue='ICCV 2023', year=2023,
                summary='先训练K个用于生成style word embedding（多样性+保持语义），然后把它们和N个类别词embedding结合，喂给CLIPtext生成K*N个style-content的text feature。之后拿这些feature训练一个linear classifier。推断时把这个classifier接到CLIP image encoder上（因为在joint image-text空间中，存在cross-modal transferability phenomenon）。',
                section=NS4 + ' / 2023'),
    (N, 142): P('Exact Feature Distribution Matching for Arbitrary Style Transfer and Domain Generalization',
                arxiv_id='2203.07740', venue='CVPR 2022', year=2022,
                summary='对AdaIN的改进，通过对齐内容图片和风格图片的高阶统计量，来实现更好的风格迁移，并用迁移的图片来增强泛化能力',
                section=NS4 + ' / 2022'),
    (N, 144): P('Pyramid Adversarial Training Improves ViT Performance', arxiv_id='2111.15121',
                venue='CVPR 2022', year=2022,
                summary='通过具有不同尺度结构扰动的AT来增强ViT性能，学到的扰动能保存shape信息',
                section=NS4 + ' / 2022'),
    (N, 146): P('UNCERTAINTY MODELING FOR OUT-OF-DISTRIBUTION GENERALIZATION', venue='ICLR 2022', year=2022,
                summary='假设数据的均值和方差服从潜在的高斯分布 $\\mathcal{N}(\\mu,\\Sigma_\\mu)$ 和 $\\mathcal{N}(\\sigma,\\Sigma_\\sigma)$ ，提出了估计 $\\Sigma_\\mu$ 和 $\\Sigma_\\sigma$ 的方法，并由此提出了一种新的数据增强',
                section=NS4 + ' / 2022'),
    # ---- junkunyuan ----
    (J, 13): NP('Contents'),
    (J, 18): NP('Contents'),
    (J, 26): NP('Contents'),
    (J, 27): NP('Contents'),
    (J, 28): NP('Contents'),
    (J, 29): NP('Contents'),
    (J, 40): NP('Contents'),
    (J, 60): P('Towards a Theoretical Framework of Out-Of-Distribution Generalization',
               url='https://proceedings.neurips.cc/paper/2021/file/c5c1cb0bebd56ae38817b251ad72bedb-Paper.pdf',
               venue='NeurIPS 2021', year=2021, section='Papers / Theory & Analysis'),
    (J, 72): P('Learning Attributes Equals Multi-Source Domain Generalization',
               url='https://www.cv-foundation.org/openaccess/content_cvpr_2016/papers/Gan_Learning_Attributes_Equals_CVPR_2016_paper.pdf',
               venue='CVPR 2016', year=2016, section=JS),
    (J, 74): P('Scatter Component Analysis A Unified Framework for Domain Adaptation and Domain Generalization',
               arxiv_id='1510.04373', venue='TPAMI 2017', year=2017, section=JS),
    (J, 76): P('Beyond Domain Adaptation: Unseen Domain Encapsulation via Universal Non-volume Preserving Models',
               arxiv_id='1812.03407', venue='arXiv 2018', year=2018, section=JS),
    (J, 85): P('Adversarial Invariant Feature Learning with Accuracy Constraint for Domain Generalization',
               arxiv_id='1904.12543', venue='ECMLPKDD 2019', year=2019, code='https://github.com/akuzeee/AFLAC', section=JS),
    (J, 92): P('Scanner Invariant Multiple Sclerosis Lesion Segmentation from MRI',
               arxiv_id='1910.10035', venue='ISBI 2020', year=2020, section=JS),
    (J, 94): P('Domain Generalization via Multidomain Discriminant Analysis',
               url='http://proceedings.mlr.press/v115/hu20a/hu20a.pdf', venue='UAI 2020', year=2020,
               code='https://github.com/amber0309/Multidomain-Discriminant-Analysis', section=JS),
    (J, 97): P('Iterative Feature Matching: Toward Provable Domain Generalization with Logarithmic Environments',
               arxiv_id='2106.09913', venue='arXiv 2021', year=2021, section=JS),
    (J, 100): P('Multi-Domain Adversarial Feature Generalization for Person Re-Identification',
                url='https://ieeexplore.ieee.org/iel7/83/9263394/09311771.pdf', venue='TIP 2021', year=2021, section=JS),
    (J, 101): P('Scale Invariant Domain Generalization Image Recapture Detection',
                arxiv_id='2110.03496', venue='ICONIP 2021', year=2021, section=JS),
    (J, 107): P('On Calibration and Out-of-domain Generalization',
                url='https://proceedings.neurips.cc/paper/2021/file/118bd558033a1016fcc82560c65cca5f-Paper.pdf',
                venue='NeurIPS 2021', year=2021, section=JS),
    (J, 125): P('Towards Universal Representation Learning for Deep Face Recognition',
                url='http://openaccess.thecvf.com/content_CVPR_2020/papers/Shi_Towards_Universal_Representation_Learning_for_Deep_Face_Recognition_CVPR_2020_paper.pdf',
                venue='CVPR 2020', year=2020, code='https://github.com/MatyushinMA/uni_rep_deep_faces', section=JA),
    (J, 129): P('Towards Recognizing Unseen Categories in Unseen Domains', venue='ECCV 2020', year=2020, section=JA),
    # ---- tim-learn TTA-TTIA ----
    (T, 13): P('Test-time training with self-supervision for generalization under distribution shifts',
               url='http://proceedings.mlr.press/v119/sun20b.html', venue='ICML 2020', year=2020, authors=['Sun'],
               code='https://github.com/yueatsprograms/ttt_cifar_release', section=TI),
    (T, 23): P('Tailoring: Encoding inductive biases by optimizing unsupervised objectives at prediction time',
               url='https://openreview.net/forum?id=8pOPKfibVN', venue='NeurIPS 2021', year=2021, authors=['Alet'],
               code=None, section=TI),
    (T, 27): P('SITA: Single image test-time adaptation', arxiv_id='2112.02355', venue='arXiv 2021', year=2021,
               authors=['Khurana'], section=TI),
    (T, 29): P('Learning to generalize across domains on single test samples', arxiv_id='2202.08045', venue='ICLR 2022',
               year=2022, authors=['Xiao'], code='https://github.com/zzzx1224/SingleSampleGeneralization-ICLR2022', section=TI),
    (T, 35): P('Dynamic domain generalization', arxiv_id='2205.13913', venue='IJCAI 2022', year=2022, authors=['Sun'],
               code='https://github.com/MetaVisionLab/DDG', section=TI),
    (T, 41): P('Style balancing and test-time style shifting for domain generalization',
               url='https://openreview.net/forum?id=7_3oRsaogr', venue='ICML 2022 Workshops', year=2022, authors=['Park'],
               section=TI),
    (T, 45): P('TTAPS: Test-time adaption by aligning prototypes using self-supervision', arxiv_id='2205.08731',
               venue='IJCNN 2022', year=2022, authors=['Bartler'], code='https://github.com/AlexanderBartler/TTAPS', section=TI),
    (T, 47): P('Prompt vision transformer for domain generalization', arxiv_id='2208.08914', venue='arXiv 2022', year=2022,
               authors=['Zheng'], code='https://github.com/zhengzangw/DoPrompt', section=TI),
    (T, 60): P('Back to the source: Diffusion-driven adaptation to test-time corruption', arxiv_id='2207.03442',
               venue='CVPR 2023', year=2023, authors=['Gao'], code='https://github.com/shiyegao/DDA', section=TI),
    (T, 62): P('Domain-specific risk minimization for out-of-distribution generalization',
               url='https://openreview.net/forum?id=vCVTZYFcmCm', venue=None, year=2023, authors=['Zhang'], section=TI),
    (T, 67): P('Self domain adapted network', url='https://link.springer.com/chapter/10.1007/978-3-030-59710-8_43',
               venue='MICCAI 2020', year=2020, authors=['He'], code='https://github.com/YufanHe/self-domain-adapted-network',
               section=TS),
    (T, 82): P('Re-using adversarial mask discriminators for test-time training under distribution shifts',
               arxiv_id='2108.11926', venue='Journal of Machine Learning for Biomedical Imaging 2022', year=2022,
               authors=['Valvano'], code='https://github.com/gvalvano/adversarial-test-time-training', section=TS),
    (T, 90): P('Single-domain generalization in medical image segmentation via test-time adaptation from shape dictionary',
               arxiv_id='2206.14467', venue='AAAI 2022', year=2022, authors=['Liu'], section=TS),
    (T, 96): P('Semantic self-adaptation: Enhancing generalization with a single sample', arxiv_id='2208.05788',
               venue='ECCV 2022 Workshops', year=2022, authors=['Bahmani'], code='https://github.com/visinf/self-adaptive',
               section=TS),
    (T, 100): P('On-the-fly test-time adaptation for medical image segmentation', arxiv_id='2203.05574', venue='arXiv 2022',
                year=2022, authors=['Valanarasu'], code='https://github.com/jeya-maria-jose/On-The-Fly-Adaptation', section=TS),
    (T, 103): P('One-shot unsupervised cross-domain detection',
                url='https://link.springer.com/chapter/10.1007/978-3-030-58517-4_43', venue='ECCV 2020', year=2020,
                authors=["D'Innocente"], code='https://github.com/VeloDC/oshot_detection', section='Instance-level / Detection'),
    (T, 105): P('Self-supervision & meta-learning for one-shot unsupervised cross-domain detection',
                url='https://www.sciencedirect.com/science/article/abs/pii/S1077314222001278',
                venue='Computer Vision and Image Understanding 2022', year=2022, authors=['Borlino'],
                code='https://github.com/FrancescoCappio/OSHOT-meta-learning', section='Instance-level / Detection'),
    (T, 110): P('Adversarial purification with score-based generative models', url='http://proceedings.mlr.press/v139/yoon21a.html',
                venue='ICML 2021', year=2021, authors=['Yoon'], code='https://github.com/jmyoon1/adp', section='Instance-level / Defense'),
    (T, 112): P('Adversarial attacks are reversible with natural supervision',
                url='http://openaccess.thecvf.com/content/ICCV2021/html/Mao_Adversarial_Attacks_Are_Reversible_With_Natural_Supervision_ICCV_2021_paper.html',
                venue='ICCV 2021', year=2021, authors=['Mao'], code='https://github.com/cvlab-columbia/SelfSupDefense',
                section='Instance-level / Defense'),
    (T, 116): NP('Instance-level / Defense'),
}

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
out = []
seen = set()
for l in open('sample.jsonl', encoding='utf-8'):
    s = json.loads(l)
    k = (s['list'], s['line'])
    lab = L[k]
    seen.add(k)
    o = dict(list=s['list'], line=s['line'], raw=s['raw'], **lab)
    out.append({key: o[key] for key in KEYS})
assert seen == set(L), set(L) ^ seen
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), 'labels;', sum(o['is_paper'] for o in out), 'papers')
