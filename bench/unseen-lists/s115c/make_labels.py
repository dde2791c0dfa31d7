import json
D = "/work/main/bench/unseen-lists/s115c/"
M = "Mingyue-Cheng__Awesome-Time-Series-Foundation-Model.README.md"
Y = "YuanaHao__Awesome-Diffusion-RL.README.md"
Z = "ZhuLiangyu123__Awesome-Diffusion-Model-for-Image-Dehazing.README.md"
cache = {}
def lines(f):
    if f not in cache:
        cache[f] = open(D + f, encoding="utf-8", newline="").read().split("\n")
    return cache[f]
out = []
def np(f, line, section, n=1):
    raw = "\n".join(lines(f)[line-1:line-1+n])
    out.append(dict(list=f, line=line, raw=raw, is_paper=False, title=None, arxiv_id=None, doi=None,
                    url=None, venue=None, year=None, authors=[], code=None, summary=None, section=section))
def p(f, line, section, title, arxiv=None, venue=None, year=None, authors=None, code=None, url=None, n=1):
    raw = "\n".join(lines(f)[line-1:line-1+n])
    out.append(dict(list=f, line=line, raw=raw, is_paper=True, title=title, arxiv_id=arxiv, doi=None,
                    url=url, venue=venue, year=year, authors=authors or [], code=code, summary=None, section=section))
# Mingyue-Cheng: papers as ### headings with detail bullets
G = "Goals of This Repository"; T = "Table of Contents"; U = "Universal Forecasting Transformers"; B = "Benchmarks and Datasets"; C = "Contributing"
for l in (10, 11, 12): np(M, l, G)
for l in (18, 19, 20): np(M, l, T)
p(M, 26, U, "MOIRAI: Unified Training of Universal Time Series Forecasting Transformers", arxiv="2402.02592",
  authors=["Gerald Woo", "Chenghao Liu", "Akshat Kumar"], n=7)
p(M, 36, U, "TimesFM: A Decoder-Only Foundation Model for Time-Series Forecasting", arxiv="2310.10688",
  authors=["A. Das", "W. Kong"], n=6)
p(M, 44, U, "Chronos: Learning the Language of Time Series", arxiv="2310.01728",
  authors=["N. Gruver", "M. Finzi"], n=6)
p(M, 51, U, "InstructTime: Advancing Time Series Classification with Multimodal Language Modeling",
  venue="WSDM 2025", year=2025, authors=["Mingyue Cheng", "Yiheng Chen", "Qi Liu", "Zhiding Liu", "Yucong Luo"], n=7)
p(M, 59, U, "CrossTimeNet: Cross-Domain Pre-training with Language Models for Transferable Time Series Representations",
  venue="WSDM 2025", year=2025, authors=["Mingyue Cheng", "Xiaoyu Tao", "Qi Liu", "Hao Zhang", "Yiheng Chen", "Defu Lian"], n=7)
np(M, 72, B, n=6)
np(M, 79, B, n=3)
for l in (92, 93, 94): np(M, l, C)
# YuanaHao: tables Year | Paper | Venue | Task | Method | Resources
np(Y, 20, "Scope")
for l in (27, 28, 29, 33): np(Y, l, "Contents")
p(Y, 46, "Surveys & Overviews", "Advances in GRPO for Generation Models: A Survey", arxiv="2603.06623", venue="arXiv 2026", year=2026)
S = "Reward Models & Feedback Signals"
p(Y, 56, S, "ImageReward: Learning and Evaluating Human Preferences for Text-to-Image Generation", arxiv="2304.05977",
  venue="NeurIPS 2023", year=2023, code="https://github.com/THUDM/ImageReward")
p(Y, 57, S, "Pick-a-Pic: An Open Dataset of User Preferences for Text-to-Image Generation", arxiv="2305.01569",
  venue="NeurIPS 2023", year=2023, code="https://github.com/yuvalkirstain/PickScore")
p(Y, 65, "RLHF / Policy Gradient", "Training Diffusion Models with Reinforcement Learning", arxiv="2305.13301",
  venue="ICLR 2023", year=2023, code="https://github.com/kvablack/ddpo-pytorch")
S = "DPO / Preference Optimization"
p(Y, 71, S, "Diffusion-SDPO: Safeguarded Direct Preference Optimization for Diffusion Models", arxiv="2511.03317",
  venue="arXiv 2025", year=2025, code="https://github.com/AIDC-AI/Diffusion-SDPO")
p(Y, 72, S, "DenseDPO: Fine-Grained Temporal Preference Optimization for Video Diffusion Models", arxiv="2506.03517",
  venue="arXiv 2025", year=2025)
p(Y, 83, "GRPO / RLOO / Policy Optimization", "Flow-GRPO: Training Flow Matching Models via Online RL", arxiv="2505.05470",
  venue="NeurIPS 2025", year=2025, code="https://github.com/yifan123/flow_grpo")
S = "Reward Guidance / Test-time Optimization"
p(Y, 91, S, "Aligning Text-to-Image Diffusion Models with Reward Backpropagation", arxiv="2310.03739", venue="arXiv 2023", year=2023)
p(Y, 92, S, "Directly Fine-Tuning Diffusion Models on Differentiable Rewards", arxiv="2309.17400", venue="ICLR 2023", year=2023)
p(Y, 100, "Benchmarks & Evaluation", "Human Preference Score v2: A Solid Benchmark for Evaluating Human Preferences of Text-to-Image Synthesis",
  arxiv="2306.09341", venue="arXiv 2023", year=2023, code="https://github.com/tgxs002/HPSv2")
for l in (107, 108, 109, 110): np(Y, l, "Toolkits & Codebases")
np(Y, 114, "Related Areas")
# ZhuLiangyu123: | # | Publication | Method | Paper Title | First Author | Code Link |
S1 = "Diffusion Models for Image Dehazing"; S2 = "Diffusion Models for All-in-One Image Restoration (Including Dehazing)"
rows = [
 (20, S1, "Robust Real-World Image Dehazing via Knowledge Guided Conditional Diffusion Model Finetuning", "MMSP 2024", "Haoran Wei", None),
 (23, S1, "Learning depth-aware decomposition for single image dehazing", "CVIU 2024", "Yumeng Kang", "https://github.com/stallak/DehazeDP"),
 (24, S1, "High-quality image dehazing with diffusion model", "arXiv 2023", "Hu Yu", "https://github.com/yuhuUSTC/DehazeDDPM"),
 (27, S1, "A Multi-scale Patch Approach with Diffusion Model for Image Dehazing", "ICIC 2024", "Yao Guo", None),
 (28, S1, "Clouds and Haze Co-Removal Based on Weight-Tuned Overlap Refinement Diffusion Model for Remote Sensing Images", "ICIP 2024", "Jingxuan Zhang", None),
 (30, S1, "DehazeDM: Image dehazing via patch autoencoder based on diffusion models", "SMC 2023", "Yuming Yang", None),
 (31, S1, "Remote sensing image dehazing using adaptive region-based diffusion models", "GRSL 2023", "Yufeng Huang", None),
 (32, S1, "Diffusion models based null-space learning for remote sensing image dehazing", "GRSL 2024", "Yufeng Huang", None),
 (33, S1, "Frequency-based and Physics-guiding Diffusion Model for Single Image Dehazing", "CCC 2024", "Siying Xie", None),
 (34, S1, "Image Dehazing based on Iterative-Refining Diffusion Model", "ICIGP 2024", "Jiarong Wang", None),
 (36, S1, "Integrated Methodology for Atmospheric Correction and Cloud Removal of Multispectral Remote Sensing Images Using Guided Diffusion Model", "TGRS 2024", "Anran Li", None),
 (38, S1, "Diff-HOD: Diffusion Model for Object Detection in Hazy Weather Conditions", "ICASSP 2024", "Yizhan Li", None),
 None,
 (45, S2, "UTDM: a universal transformer-based diffusion model for multi-weather-degraded images restoration", "Vis. Comput. 2024", "Yongbo Yu", "https://github.com/RHEPI/UTDM"),
 (48, S2, "GenDeg: Diffusion-Based Degradation Synthesis for Generalizable All-in-One Image Restoration", "arXiv 2024", "Sudarshan Rajagopalan", "https://github.com/sudraj2002/GenDeg"),
 (49, S2, "Autodir: Automatic all-in-one image restoration with latent diffusion", "ECCV 2024", "Yitong Jiang", "https://github.com/jiangyitong/AutoDIR"),
 (53, S2, "Refusion: Enabling large-size realistic image restoration with latent-space diffusion models", "CVPR 2023", "Ziwei Luo", "https://github.com/Algolzw/image-restoration-sde"),
 (57, S2, "Learning Diffusion Texture Priors for Image Restoration", "CVPR 2024", "Tian Ye", None),
 (59, S2, "CFMW: Cross-modality Fusion Mamba for Multispectral Object Detection under Adverse Weather Conditions", "arXiv 2024", "Haoyuan Li", "https://github.com/lhy-zjut/CFMW"),
 (62, S2, "Instruct-ipt: All-in-one image processing transformer via weight modulation", "arXiv 2024", "Yuchuan Tian", "https://github.com/huawei-noah/Pretrained-IPT"),
]
for r in rows:
    if r is None:
        np(Z, 40, S1); continue
    l, s, t, v, a, c = r
    p(Z, l, s, t, venue=v, year=int(v.split()[-1]), authors=[a], code=c)
out.sort(key=lambda d: (d["list"], d["line"]))
with open(D + "labels.jsonl", "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), sum(d["is_paper"] for d in out))
# compare with sample
samp = {(json.loads(x)["list"], json.loads(x)["line"]) for x in open(D + "sample.jsonl")}
lab = {(d["list"], d["line"]) for d in out}
print("sample==labels:", samp == lab, samp ^ lab)
