"""Hand labels for the 60 sampled entries (values typed by hand after reading each entry in its file).
raw is copied from sample.jsonl (exact source lines); everything else below is written by hand."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
M = 'mekty2012__Deep-Learning-Theory.README.md'
T = 'tao-bai__attack-and-defense-methods.README.md'
Y = 'yenchenlin__awesome-adversarial-machine-learning.README.md'

def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=summary, section=section)

def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)

L = {
 # ---- mekty2012 / Verification.md: one `### Title` heading a paper, autolink, description paragraph; no section headings
 (M, 1): P("AI2: Safety and Robustness Certification of Neural Networks with Abstract Interpretation",
           url="https://ieeexplore.ieee.org/document/8418593",
           summary="Use abstract interpretation in verifying the neural network, containing affine transformations."),
 (M, 7): P("Robustness Verification for Transformers", arxiv="2002.06622",
           summary="By computing the global lower bound and global upper bound for each neurons, approximate the maximum adversarial accuracy by lower bound."),
 (M, 56): P("Provably Correct Training of Neural Network Controllers Using Reachability Analysis", arxiv="2102.10806",
           summary="First compute a finite state abstract model that captures the closed-loop behavior under all possible CPWA controllers, then identifies a family of CPWA functions satisfy the safety. Then augment the learning algorithm with a NN weight projection operator during training, enforcing the NN to represent a CPWA function of such family."),
 (M, 62): P("Global Optimization of Objective Functions Represented by ReLU Networks", arxiv="2010.03258",
           summary="Extend existing verifiers to perform optimization and find the most extreme failure in a given input region and the minimum input perturbation required to cause a failure."),
 (M, 68): P("Safety Verification and Robustness Analysis of Neural Networks via Quadratic Constraints and Semidefinite Programming", arxiv="1903.01287",
           summary="Propose a semidefinite programming framework for feed-forward neural networks with general activation functions. Abstract various properties of activations functions with the quadratic constraints, then analyze the safety property via the S-procedure."),
 (M, 74): P("Shared Certificates for Neural Network Verification", arxiv="2109.00542",
           summary="Introduce a new method for general concept of shared certificates, enabling proof effort reuse across multiple inputs and driving down overall verification costs."),
 (M, 80): P("Verifying Quantized Neural Networks using SMT-Based Model Checking", arxiv="2106.05997",
           summary="Develop a novel symbolic verification framework using SMC and SMT to check vulnerabilities in ANNs, propose several ANN-related optimizations for SMC, including invariant inference via interval analysis, slicing, expression simplifications, and discretization of activation functions."),
 (M, 92): P("A Sequential Framework TOwards an Exact SDP Verification of Neural Networks", arxiv="2010.08603",
           summary="Adress SDP's problem that is prone to a large relaxation gap by developing a sequential framework to shring the gap to zero by adding non-convex cuts to the optimization problem via disjunctive programming."),
 (M, 128): P("Minimal Multi-Layer Modifications of Deep Neural Networks", arxiv="2110.09929",
           summary="Computes a modification to the netowrk's weights that corrects its behavior, and attempts to minimize this change via a sequence of calls to a backend, black-box DNN verification engine. Splitts the network into sub-networks, and apply a single-layer repairing technique to each component, allowing repair of the network by simulateneously modifying multiple layers."),
 (M, 134): P("Fast and Complete: Enabling Complete Neural Network Verification with Rapid and Massively Parallel Incomplete Verifiers", arxiv="2011.13824",
           summary="Propose to use the backward mode linear relaxation based perturbation analysis to replace linear programming during the brandch-and-bound process, that can be efficiently implemented in GPUs. LiPRA can produce much weaker bounds, so apply a fast gradient based bound tightening procedure combined with batch splits."),
 (M, 140): P("Static analysis of ReLU neural networks with tropical polyhedra", arxiv="2108.00893",
           summary="Abstracts ReLU feedforward neural networks, and show that tropical polyhedra can efficiently abstract ReLU activation function, while being able to control the loss of precision due to linear computations. Show how the connection between ReLU networks and tropical rational functions can provide approaches for range analysis of ReLU neural networks."),
 (M, 146): P("Exploiting Verified Neural Networks via Floating Point Numerical Error", arxiv="2003.03021",
           summary="Show that the negligence of floating point error leads to unsound verification that can be systematically exploited in practice. Present a method that efficiently searches inputs as witnesses for the incorrectness of robustness claims made by a complete verifier."),
 (M, 152): P("Verifying Low-dimensional Input Neural Networks via Input Quantization", arxiv="2108.07961",
           summary="Prepend input quantization layer to the network, which allows efficient verficiation via input state enumeration."),
 (M, 170): P("Interval Universal Approximation for Neural Networks", arxiv="2007.06093",
           summary="Shows that neural networks not only can approximate any continuous function, but can find neural networks with arbitrarily close interval bound. Constructing such neural network takes Delta 2-intermediate program, which is strictly harder than NPc problems."),
 (M, 188): P("Traversing the Local Polytopes of ReLU Neural Networks: A Unified Approach for Network Verification", arxiv="2111.08922",
           summary="Design a traversing algorithm based on adjacency of local polytopes, which can be adapted to verify network properties related to robustness and interpretability."),
 (M, 194): P("Fast BATLLNN: Fast Box Analysis of Two-Level Lattice Neural Networks", arxiv="2111.09293",
           summary="Design a verification tool on two-level lattice neural networks, that determines whether convex polytope in input's output always lies within a specified hyper-rectangle. Using the decoupled nature of box-like output contraint, improve verification performance."),
 (M, 212): P("ArchRepair: Block-Level Architecture-Oriented Repairing for Deep Neural Networks", arxiv="2111.13330",
           summary="Repair DNNs by jointly optimizing the architecture and weights. Propose adversarial-aware spectrum analysis for vulnerable block localization, which enables more accurate candidate localization. Then do architecture-oriented search-based repairing."),
 (M, 218): P("SoK: Certified Robustness for Deep Neural Networks", arxiv="2009.04131",
           summary="Systemize the certifiably robust approaches and related practical and theoretical implications, provide the first comprehensive benchmark on existing robust verification and training approaches."),
 (M, 230): P("Geometric Path Enumeration for Equivalence Verification of Neural Networks", arxiv="2112.06582",
           summary="Tries to formally verify equivalence of two NNs, for showing correctness of compressed version using Path Enumeration algorithm."),
 (M, 248): P("DeepGalaxy: Testing Neural Network Verifiers via Two-Dimensional Input Space Exploration", arxiv="2201.08087",
           summary="Propose an automated approach based on differential testing, tests neural network verifiers based on mutation rules and heuristic strategies to select test cases."),

 # ---- tao-bai: numbered items, `VENUE` backtick prefix, year headings under ## Attack / ## Defence, links to local notes
 (T, 12): P("A Study of Black Box Adversarial Attacks in Computer Vision", arxiv="1912.01667", year=2019, section="Papers / Survey"),
 (T, 14): P("Opportunities and Challenges in Deep Learning Adversarial Robustness: A Survey", arxiv="2007.00753", year=2020, section="Papers / Survey"),
 (T, 80): P("Obfuscated Gradients Give a False Sense of Security: Circumventing Defenses to Adversarial Examples", venue="ICML 2018", year=2018, section="Papers / Attack / 2018"),
 (T, 90): P("Feature Space Perturbations Yield More Transferable Adversarial Examples", venue="CVPR 2019", year=2019, section="Papers / Attack / 2019"),
 (T, 92): P("Are adversarial examples inevitable?", venue="ICLR 2019", year=2019, section="Papers / Attack / 2019"),
 (T, 117): P("QEBA: Query-Efﬁcient Boundary-Based Blackbox Attack", venue="CVPR 2020", year=2020, section="Papers / Attack / 2020"),
 (T, 135): P("Countering Adversarial Images using Input Transformations", venue="arXiv 2017", year=2017, section="Papers / Defence / 2017"),
 (T, 152): P("Machine Learning with Membership Privacy Using Adversarial Regularization", venue="CCS 2018", year=2018, section="Papers / Defence / 2018"),
 (T, 168): P("Feature Denoising for Improving Adversarial Robustness", venue="CVPR 2019", year=2019, section="Papers / Defence / 2019"),
 (T, 172): P("Improving the Robustness of Deep Neural Networks via Adversarial Training with Triplet Loss", venue="IJCAI 2019", year=2019, section="Papers / Defence / 2019"),
 (T, 184): P("Are Labels Required for Improving Adversarial Robustness?", venue="NIPS 2019", year=2019, section="Papers / Defence / 2019"),
 (T, 186): P("Adversarial defense by stratified convolutional sparse coding", venue="CVPR 2019", year=2019, section="Papers / Defence / 2019"),
 (T, 197): P("Robustness via Curvature Regularization, and Vice Versa", venue="CVPR 2019", year=2019, section="Papers / Defence / 2019"),
 (T, 217): P("Adversarially Robust Representations with Smooth Encoders", venue="ICLR 2020", year=2020, section="Papers / Defence / 2020"),
 (T, 221): P("Deflecting Adversarial Attacks", venue="arXiv 2020", year=2020, section="Papers / Defence / 2020"),
 (T, 223): P("Enhancing Transformation-Based Defenses Against Adversarial Attacks with a Distribution Classifier", venue="ICLR 2020", year=2020, section="Papers / Defence / 2020"),
 (T, 232): P("Confidence-Calibrated Adversarial Training: Generalizing to Unseen Attacks", venue="ICML 2020", year=2020, section="Papers / Defence / 2020"),
 (T, 251): P("Confidence-Calibrated Adversarial Training: Generalizing to Unseen Attacks", venue="ICML 2020", year=2020, section="Papers / Defence / 2020"),
 (T, 268): P("Natural Adversarial Examples", venue="arXiv 2019", year=2019, section="Papers / 4th-Class"),
 (T, 286): P("High-Frequency Component Helps Explain the Generalization of Convolutional Neural Networks", venue="CVPR 2020", year=2020, section="Papers / 4th-Class"),

 # ---- yenchenlin: `* [Title](link), A. Author et al., Venue Year`; bold lines as sub-headings; Blogs and Talks
 (Y, 8): N("Table of Contents"),
 (Y, 13): N("Blogs"),
 (Y, 16): N("Blogs"),
 (Y, 22): P("Intriguing properties of neural networks", arxiv="1312.6199", venue="arXiv 2014", year=2014, authors=["C. Szegedy"], section="Papers / General"),
 (Y, 23): P("Explaining and Harnessing Adversarial Examples", arxiv="1412.6572", venue="ICLR 2015", year=2015, authors=["I. Goodfellow"], section="Papers / General"),
 (Y, 28): N("Papers / Attack"),
 (Y, 30): P("DeepFool: a simple and accurate method to fool deep neural networks", arxiv="1511.04599", venue="CVPR 2016", year=2016, authors=["S. Moosavi-Dezfooli"], section="Papers / Attack / Image Classification"),
 (Y, 31): P("The Limitations of Deep Learning in Adversarial Settings", arxiv="1511.07528", venue="ESSP 2016", year=2016, authors=["N. Papernot"], section="Papers / Attack / Image Classification"),
 (Y, 33): P("Adversarial Examples In The Physical World", arxiv="1607.02533", venue="ICLR 2017 Workshop", year=2017, authors=["A. Kurakin"], section="Papers / Attack / Image Classification"),
 (Y, 35): P("Towards Evaluating the Robustness of Neural Networks", arxiv="1608.04644", venue="SSP 2017", year=2017, authors=["N. Carlini"], section="Papers / Attack / Image Classification"),
 (Y, 44): N("Papers / Attack"),
 (Y, 46): P("Adversarial Examples for Semantic Segmentation and Object Detection", arxiv="1703.08603", venue="ICCV 2017", year=2017, authors=["C. Xie"], section="Papers / Attack / Segmentation & Object Detection"),
 (Y, 54): P("Audio Adversarial Examples: Targeted Attacks on Speech-to-Text", arxiv="1801.01944", venue="arXiv 2018", year=2018, authors=["N. Carlini"], section="Papers / Attack / Speech Recognition"),
 (Y, 64): P("Adversarial Machine Learning At Scale", arxiv="1611.01236", venue="ICLR 2017", year=2017, authors=["A. Kurakin"], section="Papers / Defence / Adversarial Training"),
 (Y, 67): N("Papers / Defence"),
 (Y, 68): P("Distillation as a Defense to Adversarial Perturbations against Deep Neural Networks", arxiv="1511.04508", venue="SSP 2016", year=2016, authors=["N. Papernot"], section="Papers / Defence / Defensive Distillation"),
 (Y, 80): P("Deep Neural Networks are Easily Fooled: High Confidence Predictions for Unrecognizable Images", arxiv="1412.1897", venue="CVPR 2015", year=2015, authors=["A. Nguyen"], section="Papers / Others"),
 (Y, 85): N("Talks"),
 (Y, 87): P("Is Data Clustering in Adversarial Settings Secure?", url="http://pralab.diee.unica.it/en/node/955", year=2015,
            authors=["B. BBiggio", "I. Pillai", "S. Rota Bulò", "D. Ariu", "M. Pelillo", "F. Roli"], section="Talks"),
 (Y, 90): P("Adversarial Feature Selection Against Evasion Attacks", url="https://pralab.diee.unica.it/en/node/1188", year=2016,
            authors=["F. Zhang", "PPK Chan", "B. Biggio", "DS Yeung", "F. Roli"], section="Talks"),
}

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
assert len(sample) == len(L), (len(sample), len(L))
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for s in sample:
        lab = dict(list=s['list'], line=s['line'], raw=s['raw'], **L[(s['list'], s['line'])])
        f.write(json.dumps({k: lab[k] for k in KEYS}, ensure_ascii=False) + '\n')
print('wrote', len(sample))
