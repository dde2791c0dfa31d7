"""Write labels.jsonl from the hand labels below; raw is read from the saved lists (paths relative to this file)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FB = "fengbintu__Neural-Networks-on-Silicon.README.md"
KN = "KnowingNothing__compiler-and-arch.README.md"
BR = "BRTResearch__AIChip_Paper_List.README.md"
XF = "Xilinx__finn.README.md"


def P(title, venue=None, year=None, authors=(), arxiv=None, url=None, code=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=None)


NP = dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
          authors=[], code=None, summary=None)
CP = "Conference Papers / "
L = []


def add(lst, line, lab, section, nlines=1):
    L.append((lst, line, nlines, lab, section))


# ---- fengbintu: venue-year headings, bold titles, institutions in parentheses
add(FB, 9, NP, "Table of Contents")
add(FB, 57, P("Scalable Effort Classifiers for Energy Efficient Machine Learning", "DAC 2015", 2015), CP + "2015 DAC")
add(FB, 63, NP, CP + "2016 DAC")
add(FB, 100, P("The Neuro Vector Engine: Flexibility to Improve Convolutional Network Efficiency for Wearable Vision", "DATE 2016", 2016), CP + "2016 DATE")
add(FB, 102, P("Efficient FPGA Acceleration of Convolutional Neural Networks Using Logical-3D Compute Array", "DATE 2016", 2016), CP + "2016 DATE")
add(FB, 114, NP, CP + "2016 FPGA")
add(FB, 133, P("Caffeine: Towards Uniformed Representation and Acceleration for Deep Convolutional Neural Networks", "ICCAD 2016", 2016), CP + "2016 ICCAD")
add(FB, 156, P("Perceptron Learning for Reuse Prediction", "MICRO 2016", 2016), CP + "2016 MICRO")
add(FB, 175, P("An OpenCL Deep Learning Accelerator on Arria 10", "FPGA 2017", 2017), CP + "2017 FPGA")
add(FB, 237, P("Deep^3: Leveraging Three Levels of Parallelism for Efficient Deep Learning", "DAC 2017", 2017), CP + "2017 DAC")
add(FB, 238, P("Real-Time meets Approximate Computing: An Elastic Deep Learning Accelerator Design with Adaptive Trade-off between QoS and QoR", "DAC 2017", 2017), CP + "2017 DAC")
add(FB, 266, P("LookNN: Neural Network with No Multiplication", "DATE 2017", 2017), CP + "2017 DATE")
add(FB, 335, P("Exploiting Dynamical Thermal Energy Harvesting for Reusing in Smartphone with Mobile Applications", "ASPLOS 2018", 2018), CP + "2018 ASPLOS")
add(FB, 359, P("PROMISE: An End-to-End Design of a Programmable Mixed-Signal Accelerator for Machine Learning Algorithms", "ISCA 2018", 2018), CP + "2018 ISCA")
add(FB, 393, P("LCP: Layer Clusters Paralleling Mapping Mechanism for Accelerating Inception and Residual Networks on FPGA", "DAC 2018", 2018), CP + "2018 DAC")
add(FB, 400, P("Compensated-DNN: Energy Efficient Low-Precision Deep Neural Networks by Compensating Quantization Errors", "DAC 2018", 2018), CP + "2018 DAC")
add(FB, 452, P("Imagenet Classification with Deep Convolutional Neural Networks", "NIPS 2012", 2012), "Important Topics / Benchmarks")
add(FB, 501, P("A Quantization-Friendly Separable Convolution for MobileNets", arxiv="1803.08607"), "Important Topics / Network Compression / arXiv Papers")
add(FB, 516, P("You Only Look Once: Unified, Real-Time Object Detection", "CVPR 2016", 2016, arxiv="1506.02640",
               code="https://github.com/gliese581gg/YOLO_tensorflow"), "Important Topics / Other Topics / Others")
add(FB, 536, NP, "Industry Contributions")

# ---- KnowingNothing: citation-style bullets under plain group bullets
add(KN, 12, NP, "Contents")
add(KN, 25, NP, "Contents")
add(KN, 27, NP, "Contents")
add(KN, 50, P("JAX: Compiling machine learning programs via high-level tracing", "MLSys 2018", 2018,
              ["Roy Frostig", "Matthew James Johnson", "Chris Leary"],
              url="https://cs.stanford.edu/~rfrostig/pubs/jax-mlsys2018.pdf", code="https://github.com/google/jax"),
    "Compiler Toolchain")
add(KN, 51, P("TVM: An Automated End-to-End Optimizing Compiler for Deep Learning", "OSDI 2018", 2018,
              ["Tianqi Chen", "Thierry Moreau", "Ziheng Jiang", "Lianmin Zheng", "Eddie Q. Yan", "Haichen Shen",
               "Meghan Cowan", "Leyuan Wang", "Yuwei Hu", "Luis Ceze", "Carlos Guestrin", "Arvind Krishnamurthy"],
              url="https://www.usenix.org/conference/osdi18/presentation/chen", code="https://github.com/apache/tvm"),
    "Compiler Toolchain")
add(KN, 61, NP, "Compilers for AI chips")
add(KN, 68, P("Optimizing the Memory Hierarchy by Compositing Automatic Transformations on Computations and Data", "MICRO 2020", 2020,
              ["Jie Zhao", "Peng Di"], url="https://www.microarch.org/micro53/papers/738300a427.pdf",
              code="https://github.com/mindspore-ai/akg"), "Compilers for AI chips")
add(KN, 89, P("Tacker: Tensor-CUDA Core Kernel Fusion for Improving the GPU Utilization while Ensuring QoS", "HPCA 2022", 2022,
              ["Han Zhao", "Weihao Cui", "Quan Chen", "Youtao Zhang", "Yanchao Lu", "Chao Li", "Jingwen Leng", "Minyi Guo"],
              url="https://ieeexplore.ieee.org/document/9773253", code="https://github.com/sjtu-epcc/Tacker"),
    "Compilers for SIMT GPU")
add(KN, 96, P("FusionStitching: Boosting Memory Intensive Computations for Deep Learning Workloads", "arXiv 2020", 2020,
              ["Zhen Zheng", "Pengzhan Zhao", "Guoping Long", "Feiwen Zhu", "Kai Zhu", "Wenyi Zhao", "Lansong Diao", "Jun Yang", "Wei Lin"],
              arxiv="2009.10924"), "Compilers for SIMT GPU")
add(KN, 127, P("OneFlow: Redesign the Distributed Deep Learning Framework from Scratch", "arXiv 2021", 2021,
               ["Jinhui Yuan", "Xinqi Li", "Cheng Cheng", "Juncheng Liu", "Ran Guo", "Shenghang Cai", "Chi Yao", "Fei Yang",
                "Xiaodong Yi", "Chuan Wu", "Haoran Zhang", "Jie Zhao"], arxiv="2110.15032"), "Compilers for SIMT GPU")
add(KN, 131, NP, "Compilers for CPU")
add(KN, 144, P("T4: Compiling Sequential Code for Effective Speculative Parallelization in Hardware", "ISCA 2020", 2020,
               ["Victor A. Ying", "Mark C. Jeffrey", "Daniel Sanchez"], url="https://ieeexplore.ieee.org/abstract/document/9138940"),
    "Compilers for CPU")
add(KN, 174, P("Distributed Distillation for On-Device Learning", "NIPS 2020", 2020, ["Ilai Bistritz", "Ariana Mann", "Nicholas Bambos"],
               url="https://proceedings.neurips.cc/paper/2020/hash/fef6f971605336724b5e6c0c12dc2534-Abstract.html"),
    "Compilers for Mobile and Edge")
add(KN, 176, NP, "Compilers for Mobile and Edge")
add(KN, 183, NP, "Compilers for Mobile and Edge")
add(KN, 200, P("Efficient Automatic Scheduling of Imaging and Vision Pipelines for the GPU", "OOPSLA 2021", 2021,
               ["Luke Anderson", "Andrew Adams", "Karima Ma", "Tzu-Mao Li", "Tian Jin", "Jonathan Ragan-Kelley"],
               url="https://cseweb.ucsd.edu/~tzli/gpu_autoscheduler.pdf"), "Design Space Construction and Exploration")
add(KN, 210, P("Analytical characterization and design space exploration for optimization of CNNs", "ASPLOS 2021", 2021,
               ["Rui Li", "Yufan Xu", "Aravind Sukumaran-Rajam", "Atanas Rountev", "P. Sadayappan"],
               url="https://dl.acm.org/doi/10.1145/3445814.3446759"), "Design Space Construction and Exploration")
add(KN, 219, NP, "Sparse Applications, Compilers, and Architectures")
add(KN, 225, P("A sparse iteration space transformation framework for sparse tensor algebra", "OOPSLA 2020", 2020,
               ["Ryan Senanayake", "Changwan Hong", "Ziheng Wang", "Amalee Wilson", "Stephen Chou", "Shoaib Kamil",
                "Saman P. Amarasinghe", "Fredrik Kjolstad"], url="https://dl.acm.org/doi/10.1145/3428226"),
    "Sparse Applications, Compilers, and Architectures")
add(KN, 248, P("TenSet: A Large-scale Program Performance Dataset for Learned Tensor Compilers", "NeurIPS 2021 Datasets and Benchmarks", 2021,
               ["Lianmin Zheng", "Ruochen Liu", "Junru Shao", "Tianqi Chen", "Joseph Gonzalez", "Ion Stoica", "Ameer Haj-Ali"],
               url="https://datasets-benchmarks-proceedings.neurips.cc/paper/2021/file/a684eceee76fc522773286a895bc8436-Paper-round1.pdf",
               code="https://github.com/tlc-pack/tenset"), "Cost Model")

# ---- BRTResearch: two-column tables (abbreviation | [title](link)), links mostly about:blank
S1 = "Tech Poins Summary / Proposed Architecture or Method of Paper"
S2 = "Tech Poins Summary / 2_Proposed Architecture or Method of Paper"
add(BR, 49, P("Cambricon: An Instruction Set Architecture for Neural Networks", url="https://ieeexplore.ieee.org/document/7551409"), S1)
add(BR, 78, P("RANA: Towards Efficient Neural Acceleration with Refresh-Optimized Embedded DRAM"), S2)
for line, title in [
    (82, "EIE: Efficient Inference Engine on Compressed Deep Neural Network"),
    (83, "RedEye: Analog ConvNet Image Sensor Architecture for Continuous Mobile"),
    (84, "Minerva: Enabling Low-Power, Highly-Accurate Deep Neural Network Accelerators"),
    (85, "Eyeriss: A Spatial Architecture for Energy-Efficient Dataflow for Convolutional Neural Networks"),
    (88, "Energy Efficient Architecture for Graph Analytics Accelerators"),
    (90, "A Configurable Cloud-Scale DNN Processor for Real-Time AI"),
    (96, "Architecting a Stochastic Computing Unit with Molecular Optical Devices"),
    (99, "RoboX: An End-to-End Solution to Accelerate Autonomous Control in Robotics"),
    (106, "Prediction Based Execution on Deep Neural Networks"),
    (108, "Gist: Efficient Data Encoding for Deep Neural Network Training"),
    (112, "Maximizing CNN Accelerator Efficiency Through Resource Partitioning"),
    (113, "ScaleDeep_ A Scalable Compute Architecture for Learning and Evaluating Deep Networks"),
    (121, "Cambricon-F_ machine learning computers with fractal von neumann architecture"),
    (122, "Eager pruning_ algorithm and architecture support for fast training of deep neural networks"),
    (124, "Laconic deep learning inference acceleration"),
    (125, "Master of none acceleration_ a comparison of accelerator architectures for analytical query processing"),
    (126, "MnnFast_ a fast and scalable system architecture for memory-augmented neural networks"),
    (128, "TIE_ energy-efficient tensor train-based inference engine for deep neural network Share on"),
]:
    add(BR, line, P(title), S2)

# ---- Xilinx/finn: `VENUE'YY:` prefix + HTML <a> link
PUB = "Publications"
EXT = "External Publications and Projects Based on FINN"
EV = "Events, Tutorials and Keynotes"
add(XF, 3, P("FINN-L:Library Extensions and Design Trade-off Analysis for Variable Precision LSTM Networks on FPGAs", "FPL 2018", 2018, arxiv="1807.04093"), PUB)
add(XF, 4, P("BISMO: A Scalable Bit-Serial Matrix Multiplication Overlay for Reconfigurable Computing", "FPL 2018", 2018, arxiv="1806.08862"), PUB)
add(XF, 6, P("FINN-R: An End-to-End Deep-Learning Framework for Fast Exploration of Quantized Neural Networks", "ACM TRETS", None, arxiv="1809.04570"), PUB)
add(XF, 7, P("Accuracy to Throughput Trade-Offs for Reduced Precision Neural Networks on Reconfigurable Logic", "ARC 2018", 2018, arxiv="1807.10577"), PUB)
add(XF, 8, P("SYQ: Learning Symmetric Quantization For Efﬁcient Deep Neural Networks", "CVPR 2018", 2018, arxiv="1807.00301"), PUB)
add(XF, 9, P("Inference of quantized neural networks on heterogeneous all-programmable devices", "DATE 2018", 2018,
             url="https://ieeexplore.ieee.org/abstract/document/8342121/"), PUB)
add(XF, 10, P("Compressing Low Precision Deep Neural Networks Using Sparsity-Induced Regularization in Ternary Networks", "ICONIP 2017", 2017, arxiv="1709.06262"), PUB)
add(XF, 13, P("FINN: A Framework for Fast, Scalable Binarized Neural Network Inference", "FPGA 2017", 2017, arxiv="1612.07119"), PUB)
add(XF, 21, NP, EXT)
add(XF, 22, P("BinaryEye: A 20 kfps Streaming Camera System on FPGA with Real-Time On-Device Image Recognition Using Binary Neural Networks",
              url="https://ieeexplore.ieee.org/abstract/document/8442108"), EXT)
add(XF, 23, NP, EXT)
add(XF, 24, P("ReBNet: Residual Binarized Neural Network", "FCCM 2018", 2018, code="https://github.com/mohaghasemzadeh/ReBNet"), EXT)
for line in (27, 28, 29, 33, 35, 36, 37, 39):
    add(XF, line, NP, EV)


def main():
    out = []
    for lst, line, n, lab, section in L:
        lines = open(os.path.join(HERE, lst), encoding="utf-8").read().split("\n")
        raw = "\n".join(lines[line - 1:line - 1 + n])
        rec = {"list": lst, "line": line, "raw": raw}
        rec.update(lab)
        rec["authors"] = list(rec["authors"])
        rec["section"] = section
        out.append(rec)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "labels,", sum(r["is_paper"] for r in out), "papers")


if __name__ == "__main__":
    main()
