import json
D = "/work/main/bench/unseen-lists/s127d/"
B = "Bennie123-byte__Toward_Large-scale_Spiking_Neural_Networks_Survey.README.md"
M = "Brain2nd__MofNeuroSim.README.md"
G = "gopala-kr__Quantum-Dots.README.md"
lines = {n: open(D + n, encoding="utf-8").read().split("\n") for n in (B, M, G)}

def end_of(name, ln):
    L = lines[name]
    if name == B:
        i = ln
        while L[i - 1].strip() != "</tr>":
            i += 1
        return i
    if name == M:
        i = ln; fences = 0
        while True:
            if L[i - 1].startswith("```"):
                fences += 1
                if fences == 2:
                    return i
            i += 1
    if name == G:
        i = ln
        while "](" not in L[i - 1]:
            i += 1
        return i

out = []
def lab(name, ln, is_paper=True, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
        authors=None, code=None, summary=None, section=None):
    e = end_of(name, ln)
    raw = "\n".join(lines[name][ln - 1:e])
    if not is_paper:
        title = arxiv_id = doi = url = venue = year = authors = code = summary = None
    out.append(dict(list=name, line=ln, raw=raw, is_paper=is_paper, title=title, arxiv_id=arxiv_id, doi=doi,
                    url=url, venue=venue, year=year, authors=authors, code=code, summary=summary, section=section))

S = "List of Spiking Transformers"
GH = "https://github.com/"
lab(B, 37, title="Spiking transformer networks: A rate coded approach for processing sequential data", doi="10.1109/ICSAI53574.2021.9664146", url="https://doi.org/10.1109/ICSAI53574.2021.9664146", venue="ICSAI 2021", year=2021, section=S)
lab(B, 47, title="Spiking transformers for event-based single object tracking", url="https://openaccess.thecvf.com/content/CVPR2022/html/Zhang_Spiking_Transformers_for_Event-Based_Single_Object_Tracking_CVPR_2022_paper.html", venue="CVPR 2022", year=2022, code=GH + "Jee-King/CVPR2022_STNet", section=S)
lab(B, 56, title="Spike transformer: Monocular depth estimation for spiking camera", url="https://www.ecva.net/papers/eccv_2022/papers_ECCV/html/3125_ECCV_2022_paper.php", venue="ECCV 2022", year=2022, code=GH + "Leozhangjiyuan/MDE-SpikingCamera", section=S)
lab(B, 65, title="Spikformer: When spiking neural network meets transformer", url="https://openreview.net/forum?id=frE4fUwz_h", venue="ICLR 2023", year=2023, code=GH + "ZK-Zhou/spikformer", section=S)
lab(B, 75, title="Spike-driven Transformer", url="https://proceedings.neurips.cc/paper_files/paper/2023/hash/ca0f5358dbadda74b3049711887e9ead-Abstract-Conference.html", venue="NIPS 2023", year=2023, code=GH + "BICLab/Spike-Driven-Transformer", section=S)
lab(B, 84, title="SpikingResformer: Bridging ResNet and Vision Transformer in Spiking Neural Networks", url="https://openaccess.thecvf.com/content/CVPR2024/html/Shi_SpikingResformer_Bridging_ResNet_and_Vision_Transformer_in_Spiking_Neural_Networks_CVPR_2024_paper.html", venue="CVPR 2024", year=2024, code=GH + "xyshi2000/SpikingResformer", section=S)
lab(B, 93, title="QKFormer: Hierarchical Spiking Transformer using QK Attention", arxiv_id="2403.16552", year=2024, code=GH + "zhouchenlin2096/QKFormer", section=S)
lab(B, 101, title="DISTA: Denoising Spiking Transformer with intrinsic plasticity and spatiotemporal attention", arxiv_id="2311.09376", year=2023, section=S)
lab(B, 111, title="Spatial-Temporal Self-Attention for Asynchronous Spiking Neural Networks", url="https://www.ijcai.org/proceedings/2023/344", venue="IJCAI 2023", year=2023, code=GH + "ppppps/STSA_4_Asyn_SNN", section=S)
lab(B, 120, title="Event-based human pose tracking by spiking spatiotemporal transformer", arxiv_id="2303.09681", year=2023, code=GH + "JimmyZou/HumanPoseTracking_SNN", section=S)
lab(B, 129, title="TIM: An Efficient Temporal Interaction Module for Spiking Transformer", arxiv_id="2303.09681", venue="IJCAI 2024", year=2024, code=GH + "BrainCog-X/Brain-Cog/tree/main/examples/TIM", section=S)
lab(B, 138, title="TE-Spikformer: Temporal-enhanced spiking neural network with transformer", url="https://www.sciencedirect.com/science/article/abs/pii/S0925231224010397", venue="Neurocomputing", year=2024, section=S)
lab(B, 147, title="Spikingformer: Spike-driven Residual Learning for Transformer-based Spiking Neural Network", arxiv_id="2304.11954", year=2023, code=GH + "zhouchenlin2096/Spikingformer", section=S)
lab(B, 184, title="Spike-driven transformer v2: Meta spiking neural network architecture inspiring the design of next-generation neuromorphic chips", url="https://openreview.net/forum?id=1SIBN5Xyw7", venue="ICLR 2024", year=2024, code=GH + "BICLab/Spike-Driven-Transformer-V2", section=S)
lab(B, 202, title="AutoST: Training-free Neural Architecture Search for Spiking Transformers", doi="10.1109/ICASSP48485.2024.10445971", url="https://doi.org/10.1109/ICASSP48485.2024.10445971", venue="ICASSP 2024", year=2024, code=GH + "AlexandreWANG915/AutoST", section=S)
lab(B, 212, title="Attention-free spikformer: Mixing spike sequences with simple linear transforms", arxiv_id="2308.02557", year=2023, section=S)
lab(B, 230, title="One-step Spiking Transformer with a Linear Complexity", url="https://www.ijcai.org/proceedings/2024/348", venue="IJCAI 2024", year=2024, code=GH + "songxt3/OST", section=S)
lab(B, 239, title="Masked spiking transformer", url="https://openaccess.thecvf.com/content/ICCV2023/html/Wang_Masked_Spiking_Transformer_ICCV_2023_paper.html", venue="ICCV 2023", year=2023, code=GH + "bic-L/Masked-Spiking-Transformer", section=S)
lab(B, 249, title="Spatio-Temporal Approximation: A Training-Free SNN Conversion for Transformers", url="https://openreview.net/forum?id=XrunSYwoLr", venue="ICLR 2024", year=2024, code=GH + "ViviaHu/STA", section=S)
lab(B, 258, title="SpikeZIP-TF: Conversion is All You Need for Transformer-based SNN", url="https://openreview.net/forum?id=NeotatlYOL", venue="ICML 2024", year=2024, code=GH + "Intelligent-Computing-Research-Group/SpikeZIP-TF", section=S)

s11 = "1. 神经形态计算综述 / 1.1 综合性综述"
s21 = "2. 浮点运算在神经形态系统中的实现 / 2.1 IEEE 754浮点运算"
s22 = "2. 浮点运算在神经形态系统中的实现 / 2.2 算术原语"
s23 = "2. 浮点运算在神经形态系统中的实现 / 2.3 精度探索"
s31 = "3. LIF和GLIF神经元模型 / 3.1 GLIF模型"
s41 = "4. 动力系统和拓扑嵌入 / 4.1 动力系统视角"
s42 = "4. 动力系统和拓扑嵌入 / 4.2 拓扑方法"
s51 = "5. SNN训练方法 / 5.1 代理梯度方法"
s52 = "5. SNN训练方法 / 5.2 直通估计器"
s53 = "5. SNN训练方法 / 5.3 时间反向传播"
s61 = "6. 注意力机制和Transformer架构 / 6.1 SNN中的注意力机制"
s62 = "6. 注意力机制和Transformer架构 / 6.2 Spiking Transformer"
s7 = "7. 归一化层"
s81 = "8. 其他相关主题 / 8.1 神经形态硬件"
lab(M, 7, title="A Survey of Neuromorphic Computing and Neural Networks in Hardware", arxiv_id="1705.06963", venue="arXiv 2017", year=2017,
    authors=["Catherine D Schuman", "Thomas E Potok", "Robert M Patton", "J Douglas Birdwell", "Mark E Dean", "Garrett S Rose", "James S Plank"],
    summary="提供了神经形态计算历史和研究动机的全面综述", section=s11)
lab(M, 39, title="Neuromorphic computing at scale", url="https://www.nature.com/articles/s41586-024-08253-8", venue="Nature 2025", year=2025,
    authors=["Dhireesha Kudithipudi"], summary="神经形态计算是一种脑启发的硬件和算法设计方法,可高效实现人工神经网络", section=s11)
lab(M, 110, title="Floating-Point Multiplication Using Neuromorphic Computing", arxiv_id="2008.13245", venue="arXiv 2020", year=2020,
    authors=["Kshitij Dubey", "Bharat Raj"], summary="描述了一个执行IEEE 754兼容浮点乘法的神经形态系统", section=s21)
lab(M, 124, title="IEEE 754 floating-point addition for neuromorphic architecture", url="https://www.sciencedirect.com/science/article/abs/pii/S0925231219308884",
    venue="Neurocomputing 2019", year=2019, authors=["Anup Mathew George", "Debayan Banerjee", "Manan Suri"],
    summary="考虑了神经形态架构中IEEE 754兼容浮点加法的问题", section=s21)
lab(M, 143, title="Arithmetic Primitives for Efficient Neuromorphic Computing", url="https://ieeexplore.ieee.org/document/10386397/", venue="ICRC 2023", year=2023,
    authors=["Alexander Wurm"], summary="提出初步结果,使我们能够在神经形态计算机上高效编码数据并执行基本算术运算", section=s22)
lab(M, 159, is_paper=False, section=s22)
lab(M, 175, title="Precision Exploration of Floating-Point Arithmetic for Spiking Neural Networks", url="https://ieeexplore.ieee.org/document/9614005/", venue="AICAS 2021", year=2021,
    authors=["Minhyeok Kwak"], summary="探索了各种浮点表示的精度,以实现能效脉冲神经网络", section=s23)
lab(M, 195, title="Generalized leaky integrate-and-fire models classify multiple neuron types", url="https://www.nature.com/articles/s41467-017-02717-4", venue="Nature communications 2018", year=2018,
    authors=["Corinne Teeter", "Ramakrishnan Iyer", "Vilas Menon", "Nathan Gouwens", "David Feng", "Jim Berg", "Aaron Szafer", "Nicholas Cain", "Hongkui Zeng", "Michael Hawrylycz"],
    summary="构建了一组复杂度递增的广义泄漏积分发火(GLIF)模型,以重现645个记录神经元的脉冲行为", section=s31)
lab(M, 229, title="An Adaptive Generalized Leaky Integrate-and-Fire Model", url="https://pmc.ncbi.nlm.nih.gov/articles/PMC10550887/", venue="Cognitive Neurodynamics 2023", year=2023,
    authors=["Addolorata Marasco"], summary="提出了海马CA1神经元和中间神经元的自适应广义泄漏积分发火模型", section=s31)
lab(M, 270, title="Bifurcation Spiking Neural Network", url="https://jmlr.org/papers/volume22/20-1031/20-1031.pdf", venue="Journal of Machine Learning Research 2021", year=2021,
    authors=["Shaoqing Zhang"], summary="从动力系统的角度研究脉冲神经模型和网络,揭示了脉冲神经元的动力学特性", section=s41)
lab(M, 303, title="Position: Topological Deep Learning is the New Frontier for Relational Learning", arxiv_id="2402.08871", url="https://pmc.ncbi.nlm.nih.gov/articles/PMC11973457/",
    venue="arXiv 2024", year=2024, authors=["Theodore Papamarkou"], summary="拓扑深度学习(TDL)是一个快速发展的领域,使用拓扑特征来理解和设计深度学习模型", section=s42)
lab(M, 317, title="On characterizing the evolution of embedding space of neural networks", url="https://www.sciencedirect.com/science/article/abs/pii/S0167865524000369",
    venue="Pattern Recognition Letters 2024", year=2024, authors=["Suchismit Suresh"], summary="通过Betti数研究特征嵌入空间的拓扑如何在经过训练良好的深度神经网络层时发生变化", section=s42)
lab(M, 338, title="Surrogate Gradient Learning in Spiking Neural Networks", arxiv_id="1901.09948", venue="IEEE Signal Processing Magazine 2019", year=2019,
    authors=["Emre O Neftci", "Hesham Mostafa", "Friedemann Zenke"], summary="逐步阐明训练脉冲神经网络时通常遇到的问题,并引导读者了解关键概念", section=s51)
lab(M, 376, title="Understanding Straight-Through Estimator in Training Activation Quantized Neural Nets", arxiv_id="1903.05662", venue="arXiv 2019", year=2019,
    authors=["Penghang Yin", "Jiancheng Lyu", "Shuai Zhang", "Stanley Osher", "Yingyong Qi", "Jack Xin"], summary="训练激活量化神经网络涉及最小化分段常数函数,其梯度几乎处处消失", section=s52)
lab(M, 424, title="Towards Memory- and Time-Efficient Backpropagation for Training Spiking Neural Networks", arxiv_id="2302.14311", venue="ICCV 2023", year=2023,
    authors=["Qingyan Meng"], summary="提出了空间时间学习(SLTT)方法,可以在大幅提高训练效率的同时实现高性能", section=s53)
lab(M, 443, title="Attention Spiking Neural Networks", arxiv_id="2209.13929", venue="IEEE Transactions on Pattern Analysis and Machine Intelligence 2023", year=2023,
    authors=["Man Yao"], summary="研究了SNN中注意力机制的效果,首先提出了一个即插即用的注意力工具包,称为多维注意力", section=s61)
lab(M, 481, title="Spike-driven Transformer V2: Meta Spiking Neural Network Architecture", arxiv_id="2404.03663", venue="arXiv 2024", year=2024,
    authors=["Man Yao"], summary="提出了一种通用的基于Transformer的SNN架构,称为Meta-SpikeFormer", section=s62)
lab(M, 495, title="Spikeformer: Training high-performance spiking neural network with transformer", url="https://www.sciencedirect.com/science/article/pii/S092523122400050X",
    venue="Neurocomputing 2024", year=2024, authors=["Yudong Li", "Yunlin Lei", "Xu Yang"],
    summary="提出了一个基于Transformer的SNN,称为\"Spikeformer\",在静态数据集和神经形态数据集上都优于其ANN对应物", section=s62)
lab(M, 528, title="Is normalization indispensable for training deep neural network?", url="https://proceedings.neurips.cc/paper/2020/hash/9b8619251a19057cff70779273e95aa6-Abstract.html",
    venue="NeurIPS 2020", year=2020, authors=["Jie Shao", "Kai Hu", "Changhu Wang", "Xiangyang Xue", "Bhiksha Raj"],
    summary="通过分析从网络中移除归一化层会发生什么,展示了如何在没有归一化层的情况下训练深度神经网络", section=s7)
lab(M, 548, title="Advancing neuromorphic computing with Loihi", url="https://ieeexplore.ieee.org/abstract/document/9395703/", venue="Proceedings of the IEEE 2021", year=2021,
    authors=["Mike Davies"], summary="综述了使用Intel的Loihi神经形态研究处理器获得的结果", section=s81)

lab(G, 2, title="Memristors -- from In-memory computing, Deep Learning Acceleration, Spiking Neural Networks, to the Future of Neuromorphic and Bio-inspired Computing", arxiv_id="2004.14942")
lab(G, 4, title="Deep Learning in Spiking Neural Networks", arxiv_id="1804.08150")
lab(G, 8, title="A Spike in Performance: Training Hybrid-Spiking Neural Networks with Quantized Activation Functions", arxiv_id="2002.03553")
lab(G, 13, title="Winner-Take-All Computation in Spiking Neural Networks", arxiv_id="1904.12591")
lab(G, 14, title="SuperSpike: Supervised learning in multi-layer spiking neural networks", arxiv_id="1705.11146")
lab(G, 15, title="NengoDL: Combining deep learning and neuromorphic modelling methods", arxiv_id="1805.11144")
lab(G, 19, title="Deep Learning With Spiking Neurons: Opportunities and Challenges", url="https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6209684/")
lab(G, 20, title="Compiling Spiking Neural Networks to Neuromorphic Hardware", arxiv_id="2004.03717")
lab(G, 23, title="Federated Neuromorphic Learning of Spiking Neural Networks for Low-Power Edge Intelligence", arxiv_id="1910.09594")
lab(G, 24, title="Conversion of Artificial Recurrent Neural Networks to Spiking Neural Networks for Low-power Neuromorphic Hardware", arxiv_id="1601.04187")
lab(G, 25, title="Convolutional Networks for Fast, Energy-Efficient Neuromorphic Computing", arxiv_id="1603.08270")
lab(G, 26, title="Neuromorphic Hardware In The Loop: Training a Deep Spiking Network on the BrainScaleS Wafer-Scale System", arxiv_id="1703.01909")
lab(G, 28, is_paper=False)
lab(G, 29, is_paper=False)
lab(G, 31, title="The Operating System of the Neuromorphic BrainScaleS-1 System", arxiv_id="2003.13749")
lab(G, 34, title="Is my Neural Network Neuromorphic? Taxonomy, Recent Trends and Future Directions in Neuromorphic Engineering", arxiv_id="2002.11945")
lab(G, 35, title="A recipe for creating ideal hybrid memristive-CMOS neuromorphic computing systems", arxiv_id="1912.05637")
lab(G, 38, is_paper=False)
lab(G, 39, is_paper=False)
lab(G, 40, is_paper=False)

# sample consistency
samp = [(json.loads(l)["list"], json.loads(l)["line"]) for l in open(D + "sample.jsonl", encoding="utf-8")]
assert samp == [(o["list"], o["line"]) for o in out], "labels do not follow sample.jsonl"
with open(D + "labels.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out))
