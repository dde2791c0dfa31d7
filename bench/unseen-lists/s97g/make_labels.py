import json, os
D = '/work/main/bench/unseen-lists/s97g/'
HX = 'huangxingseng__Adversarial-example-paper.README.md'
OZ = 'ozgurkara99__awesome-adv-attack-defense-on-diffusion.README.md'
AM = 'wangjksjtu__awesome-AML.README.md'
files = {f: open(D + f, encoding='utf-8').read().split('\n') for f in (HX, OZ, AM)}

def raw(f, line, n):
    return '\n'.join(files[f][line - 1:line - 1 + n])

out = []
def P(f, line, n, title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, section=None):
    out.append(dict(list=f, line=line, raw=raw(f, line, n), is_paper=True, title=title, arxiv_id=arxiv, doi=None,
                    url=url, venue=venue, year=year, authors=list(authors), code=code, summary=summary, section=section))
def NP(f, line, n, section):
    out.append(dict(list=f, line=line, raw=raw(f, line, n), is_paper=False, title=None, arxiv_id=None, doi=None,
                    url=None, venue=None, year=None, authors=[], code=None, summary=None, section=section))

# ---------------- huangxingseng: title line / authors line / links line, venue-year headings
S = 'Image_Adversarial_Example_Attack / '
C23 = S + 'CVPR 2023'
P(HX, 57, 3, 'Revisiting Residual Networks for Adversarial Robustness', arxiv='2212.11005', venue='CVPR 2023', year=2023,
  authors=['Shihua Huang', 'Zhichao Lu', 'Kalyanmoy Deb', 'Vishnu Naresh Boddeti'], section=C23)
P(HX, 63, 3, 'CFA: Class-Wise Calibrated Fair Adversarial Training', arxiv='2303.14460', venue='CVPR 2023', year=2023,
  authors=['Zeming Wei', 'Yifei Wang', 'Yiwen Guo', 'Yisen Wang'], section=C23)
P(HX, 86, 3, 'TWINS: A Fine-Tuning Framework for Improved Transferability of Adversarial Robustness and Generalization',
  arxiv='2303.11135', venue='CVPR 2023', year=2023, authors=['Ziquan Liu', 'Yi Xu', 'Xiangyang Ji', 'Antoni B. Chan'], section=C23)
P(HX, 108, 3, 'Discrete Point-Wise Attack Is Not Enough: Generalized Manifold Adversarial Attack for Face Recognition',
  arxiv='2301.06083', venue='CVPR 2023', year=2023,
  authors=['Qian Li', 'Yuxiao Hu', 'Ye Liu', 'Dongxiao Zhang', 'Xin Jin', 'Yuntian Chen'], section=C23)
P(HX, 118, 3, 'Privacy-Preserving Adversarial Facial Features', arxiv='2305.05391', venue='CVPR 2023', year=2023,
  authors=['Zhibo Wang', 'He Wang', 'Shuaifan Jin', 'Wenwen Zhang', 'Jiahui Hu', 'Yan Wang', 'Peng Sun', 'Wei Yuan', 'Kaixin Liu', 'Kui Ren'], section=C23)
P(HX, 129, 3, 'Randomized Adversarial Training via Taylor Expansion', arxiv='2303.10653', venue='CVPR 2023', year=2023,
  authors=['Gaojie Jin', 'Xinping Yi', 'Dengyu Wu', 'Ronghui Mu', 'Xiaowei Huang'], section=C23)
P(HX, 205, 3, 'Effective Ambiguity Attack Against Passport-Based DNN Intellectual Property Protection Schemes Through Fully Connected Layer Substitution',
  arxiv='2303.11595', venue='CVPR 2023', year=2023, authors=['Yiming Chen', 'Jinyu Tian', 'Xiangyu Chen', 'Jiantao Zhou'], section=C23)
P(HX, 236, 3, 'Improving Adversarial Transferability with Spatial Momentum', arxiv='2203.13479', venue='arXiv 2022', year=2022,
  authors=['Guoqiu Wang', 'Xingxing Wei', 'Huanqian Yan'], code='https://github.com/yaya-cheng/FGNM', section=S + 'ArXiv 2022')
P(HX, 250, 3, 'Susceptibility of Continual Learning Against Adversarial Attacks', arxiv='2207.05225', venue='ECCV 2022', year=2022,
  authors=['Hikmat Khan', 'Pir Masoom Shah', 'Syed Farhan Alam Zaidi', 'Saif ul Islam'], section=S + 'ECCV 2022')
C22 = S + 'CVPR 2022'
P(HX, 293, 3, 'Boosting Black-Box Attack with Partially Transferred Conditional Adversarial Distribution', arxiv='2203.06616',
  venue='CVPR 2022', year=2022, authors=['Yan Feng', 'Baoyuan Wu', 'Yanbo Fan', 'Li Liu', 'Zhifeng Li', 'Shutao Xia'],
  code='https://github.com/Kira0096/CGATTACK', section=C22)
P(HX, 317, 3, 'Subspace Adversarial Training', arxiv='2111.12229', venue='CVPR 2022', year=2022,
  authors=['Tao Li', 'Yingwen Wu', 'Sizhe Chen', 'Kun Fang', 'Xiaolin Huang'], code='https://github.com/nblt/sub-at', section=C22)
P(HX, 342, 3, 'Adversarial Eigen Attack on Black-Box Models', arxiv='2009.00097', venue='CVPR 2022', year=2022,
  authors=['Linjun Zhou', 'Peng Cui', 'Yinan Jiang', 'Shiqiang Yang'], section=C22)
C21 = S + 'CVPR 2021'
P(HX, 361, 3, 'Improving the Transferability of Adversarial Samples With Adversarial Transformations',
  url='https://openaccess.thecvf.com/content/CVPR2021/papers/Wu_Improving_the_Transferability_of_Adversarial_Samples_With_Adversarial_Transformations_CVPR_2021_paper.pdf',
  venue='CVPR 2021', year=2021, authors=['Weibin Wu', 'Yuxin Su', 'Michael R. Lyu', 'Irwin King'],
  code='https://github.com/sarathknv/adversarial-examples-pytorch/tree/master/one_pixel_attack', section=C21)
P(HX, 369, 3, 'SurFree: a fast surrogate-free black-box attack', arxiv='2011.12807', venue='CVPR 2021', year=2021,
  authors=['Thibault Maho', 'Teddy Furon', 'Erwan Le Merrer'], code='https://github.com/t-maho/SurFree', section=C21)
P(HX, 377, 3, 'Delving into Data: Effectively Substitute Training for Black-box Attack',
  url='https://openaccess.thecvf.com/content/CVPR2021/papers/Wang_Delving_into_Data_Effectively_Substitute_Training_for_Black-box_Attack_CVPR_2021_paper.pdf',
  venue='CVPR 2021', year=2021,
  authors=['Wenxuan Wang', 'Bangjie Yin', 'Taiping Yao', 'Li Zhang', 'Yanwei Fu', 'Shouhong Ding', 'Jilin Li', 'Feiyue Huang', 'Xiangyang Xue'],
  code='https://github.com/hendrycks/natural-adv-examples', section=C21)
I21 = S + 'ICCV 2021'
P(HX, 417, 3, 'AdvDrop: Adversarial Attack to DNNs by Dropping Information',
  url='https://openaccess.thecvf.com/content/ICCV2021/papers/Duan_AdvDrop_Adversarial_Attack_to_DNNs_by_Dropping_Information_ICCV_2021_paper.pdf',
  venue='ICCV 2021', year=2021, authors=['Ranjie Duan', 'Yuefeng Chen', 'Dantong Niu', 'Yun Yang', 'A. K. Qin', 'Yuan He'], section=I21)
P(HX, 425, 3, 'TkML-AP: Adversarial Attacks to Top-k Multi-Label Learning',
  url='https://openaccess.thecvf.com/content/ICCV2021/papers/Hu_TkML-AP_Adversarial_Attacks_to_Top-k_Multi-Label_Learning_ICCV_2021_paper.pdf',
  venue='ICCV 2021', year=2021, authors=['Shu Hu', 'Lipeng Ke', 'Xin Wang', 'Siwei Lyu'], code='https://github.com/discovershu/TKML-AP', section=I21)
E20 = S + 'ECCV 2020'
P(HX, 440, 3, 'Manifold Projection for Adversarial Defense on Face Recognition',
  url='https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123750290.pdf', venue='ECCV 2020', year=2020,
  authors=['Jianli Zhou', 'Chao Liang', 'Jun Chen'], section=E20)
P(HX, 480, 3, 'Improved Adversarial Training via Learned Optimizer',
  url='https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123530086.pdf', venue='ECCV 2020', year=2020,
  authors=['Yuanhao Xiong', 'Cho-Jui Hsieh'], section=E20)
P(HX, 522, 3, 'Sparse Adversarial Attack via Perturbation Factorization',
  url='https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123670035.pdf', venue='CVPR 2019', year=2019,
  authors=['Yanbo Fan', 'Baoyuan Wu', 'Tuanhui Li', 'Yong Zhang', 'Mingyang Li', 'Zhifeng Li', 'Yujiu Yang'],
  code='https://github.com/wubaoyuan/Sparse-Adversarial-Attack', section=S + 'CVPR 2019')

# ---------------- ozgurkara99: method tables (Method | Venue | TL;DR | Links)
NP(OZ, 43, 1, 'Contents')
NP(OZ, 44, 1, 'Contents')
NP(OZ, 110, 1, 'Threat Model at a Glance')
PER = 'Image / Image: Attacks / Personalization'
P(OZ, 129, 1, 'SimAC', arxiv='2312.07865', venue='CVPR 2024', year=2024, code='https://github.com/somuchtome/SimAC',
  summary='Strengthens anti-customization by adaptively attacking the most informative timesteps and network features.', section=PER)
P(OZ, 131, 1, 'MetaCloak', arxiv='2311.13127', venue='CVPR 2024', year=2024, code='https://github.com/liuyixin-louis/MetaCloak',
  summary='Meta-learns transferable, robust cloaks over a model ensemble; demonstrated against a real commercial service (Replicate).', section=PER)
P(OZ, 150, 1, 'SITA', arxiv='2503.19791', venue='IEEE TIFS 2025', year=2025, code='https://github.com/A-raniy-day/SITA',
  summary='Uses CLIP to decouple and disrupt the style representation when the downstream fine-tuning method is unknown.',
  section='Image / Image: Attacks / Style / Copyright')
ED = 'Image / Image: Attacks / Editing / Inpainting'
P(OZ, 159, 1, 'PhotoGuard', arxiv='2302.06588', venue='ICML 2023', year=2023, code='https://github.com/madrylab/photoguard',
  summary='The de-facto editing-protection baseline: a cheap VAE-encoder attack plus a stronger end-to-end diffusion attack that steers generation toward a target image.', section=ED)
P(OZ, 163, 1, 'Anti-Reference', arxiv='2412.05980', venue='arXiv 2024', year=2024, code='https://github.com/songyiren725/AntiReference',
  summary='A unified weighted loss jointly targets tuning-based customization and reference-conditioned generation modules.', section=ED)
P(OZ, 173, 1, 'PromptFlare', arxiv='2508.16217', venue='ACM MM 2025', year=2025, code='https://github.com/NAHOHYUN-SKKU/PromptFlare',
  summary='A cross-attention decoy that drives masked-region attention toward the prompt-invariant BOS token, generalizing across prompts.', section=ED)
P(OZ, 178, 1, 'Anti-Inpainting', arxiv='2505.13023', venue='IEEE TDSC 2026', year=2026,
  summary='Extends inpainting protection to unknown masks, prompts, and seeds via a proactive multi-level defense.', section=ED)
P(OZ, 179, 1, 'DiffVax', arxiv='2411.17957', venue='ICLR 2026', year=2026, code='https://github.com/ozdentarikcan/DiffVax',
  summary='Optimization-free immunization: a trained feed-forward immunizer cloaks unseen images in one pass (~250,000× faster) and extends to video.', section=ED)
P(OZ, 212, 1, 'SLD', arxiv='2211.05105', venue='CVPR 2023', year=2023, code='https://github.com/ml-research/safe-latent-diffusion',
  summary='Adds a safety term to classifier-free guidance that steers denoising away from a text-defined unsafe direction, without retraining.',
  section='Image / Image: Defenses / Unlearning & Red-Teaming')
MAT = 'Image / Image: Defenses / Unlearning & Red-Teaming / Image evaluation matrix — evaluation sources, target models, and analysis coverage (mirrors the survey tables)'
for ln in (226, 238, 252, 257, 269, 270, 275):
    NP(OZ, ln, 1, MAT)
P(OZ, 326, 1, 'VGMShield', venue='arXiv 2024', year=2024, section='Video / Video: Attacks / Video-to-Video Editing')

# ---------------- wangjksjtu: * [Title](arxiv). Author et al., YEAR. (ABBR)
WB = 'Attack / White-Box (Gradient-based)'
SB = 'Attack / Black-Box (Gradient-free) / Score-based'
DB = 'Attack / Black-Box (Gradient-free) / Decision-based'
RP = 'Attack / Robust physical attack'
AD = 'Attack / Attack across domains'
MA = 'Defense / Modifying the adversraial examples'
MT = 'Defense / Modifying the training schemes or models'
AU = 'Defense / Using other auxiliary tools'
def A(line, title, ax, author, year, section, url=None):
    P(AM, line, 1, title, arxiv=ax, url=url, year=year, authors=[author], section=section)
A(8, 'Explaining and Harnessing Adversarial Examples', '1412.6572', 'Goodfellow', 2014, WB)
A(9, 'DeepFool: a simple and accurate method to fool deep neural networks', '1511.04599', 'Moosavi-Dezfooli', 2015, WB)
A(11, 'Towards Evaluating the Robustness of Neural Networks', '1608.04644', 'Carlini', 2016, WB)
A(15, 'EAD: Elastic-Net Attacks to Deep Neural Networks via Adversarial Examples', '1709.04114', 'Chen', 2017, WB)
A(25, 'ZOO: Zeroth Order Optimization based Black-box Attacks to Deep Neural Networks without Training Substitute Models', '1708.03999', 'Chen', 2017, SB)
A(26, 'Practical Black-box Attacks on Deep NeuralNetworks using Efficient Query Mechanisms', None, 'Bhagoji', 2018, SB,
  url='http://openaccess.thecvf.com/content_ECCV_2018/html/Arjun_Nitin_Bhagoji_Practical_Black-box_Attacks_ECCV_2018_paper.html')
A(27, 'Black-box Adversarial Attacks with Limited Queries and Information', '1804.08598', 'Ilyas', 2018, SB)
A(35, 'Black-box Adversarial Attacks with Limited Queries and Information', '1804.08598', 'Ilyas', 2018, DB)
A(36, 'Query-Efficient Hard-label Black-box Attack:An Optimization-based Approach', '1807.04457', 'Cheng', 2018, DB)
A(45, 'Physical Adversarial Examples for Object Detectors', '1807.07769', 'Eykholt', 2018, RP)
A(47, 'Adversarial Objects Against LiDAR-Based Autonomous Driving Systems', '1907.05418', 'Cao', 2019, RP)
A(51, 'Ensemble Adversarial Training: Attacks and Defenses', '1705.07204', 'Tramer', 2017, AD)
A(53, 'CAAD 2018: Iterative Ensemble Adversarial Attack', '1811.03456', 'Liu', 2018, AD)
A(59, 'Feature Squeezing: Detecting Adversarial Examples in Deep Neural Networks', '1704.01155', 'Xu', 2017, MA)
A(60, 'Keeping the Bad Guys Out: Protecting and Vaccinating Deep Learning with JPEG Compression', '1705.02900', 'Das', 2017, MA)
A(61, 'Defending against Adversarial Images using Basis Functions Transformations', '1803.10840', 'Shaham', 2018, MA)
A(66, 'Extending Defensive Distillation', '1705.05264', 'Papernot', 2017, MT)
A(70, 'Improved robustness to adversarial examples using Lipschitz regularization of the loss', '1810.00953', 'Finlay', 2018, MT)
A(71, 'Defensive Quantization: When Efficiency Meets Robustness', '1904.08444', 'Lin', 2019, MT)
A(75, 'MagNet: a Two-Pronged Defense against Adversarial Examples', '1705.09064', 'Meng', 2017, AU)

# order like sample.jsonl
samp = [(json.loads(l)['list'], json.loads(l)['line']) for l in open(D + 'sample.jsonl')]
key = {(r['list'], r['line']): r for r in out}
assert len(key) == len(out) == len(samp), (len(key), len(out), len(samp))
assert set(key) == set(samp), set(key) ^ set(samp)
with open(D + 'labels.jsonl', 'w', encoding='utf-8') as fh:
    for k in samp:
        fh.write(json.dumps(key[k], ensure_ascii=False) + '\n')
print('wrote', len(samp))
