import json
S = {json.loads(l)["list"][:6] + str(json.loads(l)["line"]): json.loads(l) for l in open("sample.jsonl")}
GS = "CMLab-Korea__Awesome-Efficient-GS.README.md"
DM = "danielmcpark__awesome-pruning-acceleration.README.md"
HAR = "sumeyye-agac__awesome-efficient-har.README.md"
KEYS = ["list","line","raw","is_paper","title","arxiv_id","doi","url","venue","year","authors","code","summary","section"]
out = []
def lab(lst, line, is_paper, section, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None, authors=None, code=None, summary=None):
    s = S[lst[:6] + str(line)]
    assert s["list"] == lst
    d = dict(list=lst, line=line, raw=s["raw"], is_paper=is_paper, title=title, arxiv_id=arxiv_id, doi=doi, url=url,
             venue=venue, year=year, authors=authors if authors is not None else [], code=code, summary=summary, section=section)
    out.append({k: d[k] for k in KEYS})

# ---- CMLab-Korea / Awesome-Efficient-GS (HTML tables) ----
P = "3.STATIC / 3.1. Parameter Compression / "
R = "3.STATIC / 3.2. Restructuring Compression / "
lab(GS, 48, False, "News")
lab(GS, 80, False, "Community Contribution")
lab(GS, 170, True, P + "3.1.1. Pruning", "Optimized Minimal 3D Gaussian Splatting", arxiv_id="2503.16924", venue="NeurIPS 2025", year=2025)
lab(GS, 180, True, P + "3.1.1. Pruning", "Pup 3D-GS: Principled Uncertainty Pruning for 3D Gaussian Splatting", url="https://ieeexplore.ieee.org/document/11092397/", venue="CVPR 2025", year=2025)
lab(GS, 209, True, P + "3.1.1. Pruning", "Elmgs: Enhancing Memory and Computation Scalability through Compression for 3D Gaussian Splatting", url="https://ieeexplore.ieee.org/document/10943631", venue="WACV 2025", year=2025)
lab(GS, 402, True, P + "3.1.2. Attribute Pruning", "Hierarchical Visual Relocalization with Nearest View Synthesis from Feature Gaussian Splatting", arxiv_id="2603.29185", venue="CVPR 2026", year=2026)
lab(GS, 411, True, P + "3.1.2. Attribute Pruning", "Dropping Anchor and Spherical Harmonics for Sparse-view Gaussian Splatting", arxiv_id="2602.20933", venue="CVPR 2026", year=2026)
lab(GS, 444, True, P + "3.1.3. Quantization", "Compact 3D Gaussian Representation for Radiance Field", doi="10.1109/CVPR52733.2024.02052", url="https://doi.org/10.1109/CVPR52733.2024.02052", venue="CVPR 2024", year=2024)
lab(GS, 453, True, P + "3.1.3. Quantization", "LightGaussian: Unbounded 3D Gaussian Compression with 15x Reduction and 200+ FPS", url="https://proceedings.neurips.cc/paper_files/paper/2024/file/fd881d3b625437354d4421818f81058f-Paper-Conference.pdf", venue="NeurIPS 2024", year=2024)
lab(GS, 471, True, P + "3.1.3. Quantization", "CompGS: Smaller and Faster Gaussian Splatting with Vector Quantization", url="https://link.springer.com/chapter/10.1007/978-3-031-73411-3_19", venue="ECCV 2024", year=2024)
lab(GS, 507, True, P + "3.1.3. Quantization", "LightSplat: Fast and Memory-Efficient Open-Vocabulary 3D Scene Understanding in Five Seconds", arxiv_id="2603.24146", venue="CVPR 2026", year=2026)
lab(GS, 540, True, P + "3.1.4. Entropy Coding", "End-to-end Rate-distortion Optimized 3D Gaussian Representation", url="https://link.springer.com/chapter/10.1007/978-3-031-73636-0_5", venue="ECCV 2024", year=2024)
lab(GS, 635, True, P + "3.1.5. Structured Compression", "Adaptive Voxelization for Transform Coding of 3D Gaussian Splatting Data", arxiv_id="2506.00271", venue="IEEE ICIP 2025", year=2025)
lab(GS, 644, True, P + "3.1.5. Structured Compression", "Gaussian Herding Across Pens: An Optimal Transport Perspective on Global Gaussian Reduction for 3DGS", arxiv_id="2506.09534", venue="NeurIPS 2025", year=2025)
lab(GS, 864, True, R + "3.2.2. Neural Network Integration", "A^2TG: Adaptive Anisotropic Textured Gaussians for Efficient 3D Scene Representation", url="https://openreview.net/pdf?id=EPN5MU4liR", venue="ICLR 2026", year=2026)
lab(GS, 891, True, R + "3.2.2. Neural Network Integration", "Real-Time Human Frontal View Synthesis from a Single Image", arxiv_id="2603.15433", venue="arXiv 2026", year=2026)
lab(GS, 950, True, R + "3.2.3. Geometric Structure-aware", "Augmented Radiance Field: A General Framework for Enhanced Gaussian Splatting", url="https://openreview.net/pdf?id=IzlaRUHncO", venue="ICLR 2026", year=2026)
lab(GS, 1010, True, R + "3.2.4. Pipeline Optimization", "FlashGS: Efficient 3D Gaussian Splatting for Large-scale and High-resolution Rendering", arxiv_id="2408.07967", venue="CVPR 2025", year=2025)
D = "4. DYNAMIC / 4.1. Parameter Compression / 4.1.1. Gaussian Pruning"
lab(GS, 1072, True, D, "SpeeDe3DGS: Speedy Deformable 3D Gaussian Splatting with Temporal Pruning and Motion Grouping", arxiv_id="2506.07917", venue="CVPR 2026", year=2026)
lab(GS, 1081, True, D, "1000+ FPS 4D Gaussian Splatting for Dynamic Scene Rendering", arxiv_id="2503.16422", venue="NeurIPS 2025", year=2025)

# ---- danielmcpark / awesome-pruning-acceleration (pipe tables under year headings) ----
for ln in (6, 7, 8, 10):
    lab(DM, ln, False, "History")
Y = lambda y: "History / %d" % y
lab(DM, 15, True, Y(2019), "MetaPruning: Meta Learning for Automatic Neural Network Channel Pruning", arxiv_id="1903.10258", venue="ICCV 2019", year=2019, code="https://github.com/liuzechun/MetaPruning")
lab(DM, 16, True, Y(2019), "Filter Pruning via Geometric Median for Deep Convolutional Neural Networks Acceleration", arxiv_id="1811.00250", venue="CVPR 2019", year=2019, code="https://github.com/he-y/filter-pruning-geometric-median")
lab(DM, 17, True, Y(2019), "Network Pruning via Transformable Architecture Search", url="https://papers.nips.cc/paper/8364-network-pruning-via-transformable-architecture-search", venue="NIPS 2019", year=2019, code="https://github.com/D-X-Y/NAS-Projects")
lab(DM, 18, True, Y(2019), "Gate Decorator: Global Filter Pruning Method for Accelerating Deep Convolutional Neural Networks", url="https://papers.nips.cc/paper/8486-gate-decorator-global-filter-pruning-method-for-accelerating-deep-convolutional-neural-networks", venue="NIPS 2019", year=2019, code="https://github.com/youzhonghui/gate-decorator-pruning")
lab(DM, 19, True, Y(2019), "Integral Pruning on Activations and Weights for Efficient Neural Networks", url="https://openreview.net/forum?id=HyevnsCqtQ", venue="ICLR 2019", year=2019)
lab(DM, 24, True, Y(2018), "Rethinking the Smaller-Norm-Less-Informative Assumption in Channel Pruning of Convolution Layers", arxiv_id="1802.00124", venue="ICLR 2018", year=2018, code="https://github.com/jack-willturner/batchnorm-pruning")
lab(DM, 25, True, Y(2018), "Clustering Convolutional Kernels to Compress Deep Neural Networks", url="http://openaccess.thecvf.com/content_ECCV_2018/papers/Sanghyun_Son_Clustering_Kernels_for_ECCV_2018_paper.pdf", venue="ECCV 2018", year=2018, code="https://github.com/thstkdgus35/clustering-kernels")
lab(DM, 26, True, Y(2018), "NISP: Pruning Networks using Neuron Importance Score Propagation", arxiv_id="1711.05908", venue="CVPR 2018", year=2018)
lab(DM, 27, True, Y(2018), "Soft Filter Pruning for Accelerating Deep Convolutional Neural Networks", arxiv_id="1808.06866", venue="IJCAI 2018", year=2018, code="https://github.com/he-y/soft-filter-pruning")
lab(DM, 32, True, Y(2017), "Pruning Filters for Efficient ConvNets", arxiv_id="1608.08710", venue="ICLR 2017", year=2017, code="https://github.com/Eric-mingjie/rethinking-network-pruning/tree/master/imagenet/l1-norm-pruning")
lab(DM, 33, True, Y(2017), "Pruning Convolutional Neural Networks for Resource Efficient Inference", arxiv_id="1611.06440", venue="ICLR 2017", year=2017, code="https://github.com/Tencent/PocketFlow#channel-pruning")
lab(DM, 34, True, Y(2017), "Designing Energy-Efficient Convolutional Neural Networks using Energy-Aware Pruning", arxiv_id="1611.05128", venue="CVPR 2017", year=2017)
lab(DM, 35, True, Y(2017), "ThiNet: A Filter Level Pruning Method for Deep Neural Network Compression", url="http://openaccess.thecvf.com/content_ICCV_2017/papers/Luo_ThiNet_A_Filter_ICCV_2017_paper.pdf", venue="ICCV 2017", year=2017, code="https://github.com/Roll920/ThiNet")
lab(DM, 36, True, Y(2017), "Channel pruning for accelerating very deep neural networks", arxiv_id="1707.06168", venue="ICCV 2017", year=2017, code="https://github.com/yihui-he/channel-pruning")
lab(DM, 37, True, Y(2017), "Learning Efficient Convolutional Networks Through Network Slimming", arxiv_id="1708.06519", venue="ICCV 2017", year=2017, code="https://github.com/liuzhuang13/slimming")
lab(DM, 44, True, Y(2016), "Eyeriss: A Spatial Architecture for Energy-Efficient Dataflow for Convolutional Neural Networks", url="https://ieeexplore.ieee.org/abstract/document/7551407", venue="ISCA 2016", year=2016)

# ---- sumeyye-agac / awesome-efficient-har (bullets: [Name](link) (year) - description. `tags`) ----
for ln in (18, 22, 24):
    lab(HAR, ln, False, "Contents")
lab(HAR, 34, False, "1) Datasets (wearable/IMU/multimodal)")
A2 = "2) Lightweight architectures for time-series"
lab(HAR, 54, True, A2, "EfficientNet", arxiv_id="1905.11946", year=2019, summary="Compound scaling principles adaptable to time-series CNNs.")
lab(HAR, 56, True, A2, "ROCKET", arxiv_id="1910.13051", year=2019, summary="Fast random convolution features for time-series classification.")
lab(HAR, 60, True, A2, "DeepSense", url="https://dl.acm.org/doi/10.1145/3090076.3090087", year=2017, summary="Unified deep architecture for mobile sensing signals and tasks.")
lab(HAR, 61, True, A2, "TinyML Model Optimization Techniques for Embedded AI", arxiv_id="2003.04821", year=2020, summary="Compact-model perspective for MCU and edge deployments.")
lab(HAR, 68, True, "3) Attention modules for sensor/time-series", "Attention Is All You Need", arxiv_id="1706.03762", year=2017, summary="Transformer self-attention foundation for sequence modeling.")
A4 = "4) Knowledge distillation for HAR/time-series"
lab(HAR, 76, True, A4, "Distilling the Knowledge in a Neural Network", arxiv_id="1503.02531", year=2015, summary="Foundational teacher-student distillation objective.")
lab(HAR, 82, True, A4, "DeiT Distillation through Attention", arxiv_id="2012.12877", year=2020, summary="Distillation-token strategy transferable to sensor transformers.")
lab(HAR, 89, True, "5) Quantization/pruning/compression", "The Lottery Ticket Hypothesis", arxiv_id="1803.03635", year=2018, summary="Sparse subnetworks for compact retraining.")
lab(HAR, 93, False, "5) Quantization/pruning/compression")
lab(HAR, 112, False, "7) Reproducible benchmarks/leaderboards")
lab(HAR, 113, False, "7) Reproducible benchmarks/leaderboards")
for ln in (118, 119, 122):
    lab(HAR, ln, False, "8) Deployment patterns (windowing/streaming/personalization)")
lab(HAR, 131, False, "Efficiency reporting checklist for HAR papers")
lab(HAR, 148, False, "Related recipes")

assert len(out) == len(S) == 60, (len(out), len(S))
with open("labels.jsonl", "w", encoding="utf-8") as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(out), sum(d["is_paper"] for d in out))
