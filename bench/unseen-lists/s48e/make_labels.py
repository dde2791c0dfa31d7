#!/usr/bin/env python3
"""Write labels.jsonl from the hand labels below (raw is copied from the file at the line;
every sampled entry is one source line)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
F = "fawazsammani__awesome-xai.README.md"
G = "flyingdoog__awesome-graph-explainability-papers.README.md"
S = "samzabdiel__XAI.README.md"
P = "Papers and code of Explainable AI esp. w.r.t. Image classificiation"
COG = "Most Influential Papers selected by Cogdl"

def L(lst, line, title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, section=None, is_paper=True):
    return dict(list=lst, line=line, is_paper=is_paper, title=title, arxiv_id=arxiv, doi=None, url=url,
                venue=venue, year=year, authors=list(authors), code=code, summary=None, section=section)

labels = [
 # fawazsammani/awesome-xai: "- Title [[pdf]](...) [[code]](...)", all under ## Papers
 L(F, 21, "Interpretable Explanations of Black Boxes by Meaningful Perturbation", "1704.03296", code="https://github.com/jacobgil/pytorch-explain-black-box", section="Papers"),
 L(F, 31, "Towards better understanding of gradient-based attribution methods for Deep Neural Networks", "1711.06104", section="Papers"),
 L(F, 37, "A Benchmark for Interpretability Methods in Deep Neural Networks", "1806.10758", section="Papers"),
 L(F, 46, "Do Explanations Explain? Model Knows Best", "2203.02269", code="https://github.com/CAMP-eXplain-AI/Do-Explanations-Explain", section="Papers"),
 L(F, 49, "Network Dissection: Quantifying Interpretability of Deep Visual Representations", "1704.05796", code="https://github.com/CSAILVision/NetDissect", section="Papers"),
 L(F, 50, "ImageNet-trained CNNs are biased towards texture; increasing shape bias improves accuracy and robustness", "1811.12231", code="https://github.com/rgeirhos/texture-vs-shape", section="Papers"),
 L(F, 51, "Deep Image Prior", "1711.10925", code="https://github.com/DmitryUlyanov/deep-image-prior", section="Papers"),
 L(F, 53, "Breaking Batch Normalization for better explainability of Deep Neural Networks through Layer-wise Relevance Propagation", "2002.11018", section="Papers"),
 L(F, 60, "Explaining Knowledge Distillation by Quantifying the Knowledge", "2003.03622", section="Papers"),
 L(F, 61, "Interpreting Super-Resolution Networks with Local Attribution Maps", "2011.11036", section="Papers"),
 L(F, 70, "Interpreting Deep Neural Networks with Relative Sectional Propagation by Analyzing Comparative Gradients and Hostile Activations", "2012.03434", section="Papers"),
 L(F, 76, "Monitoring Shortcut Learning using Mutual Information", "2206.13034", section="Papers"),
 L(F, 84, "Influence-Directed Explanations for Deep Convolutional Networks", "1802.03788", section="Papers"),
 L(F, 87, "Bias Also Matters: Bias Attribution for Deep Neural Network Explanation", url="http://proceedings.mlr.press/v97/wang19p/wang19p.pdf", section="Papers"),
 L(F, 90, "Understanding intermediate layers using linear classifier probes", "1610.01644", section="Papers"),
 L(F, 91, "Neural Response Interpretation through the Lens of Critical Pathways", "2103.16886", code="https://github.com/CAMP-eXplain-AI/PathwayGrad", section="Papers"),
 L(F, 95, "Improving Deep Learning Interpretability by Saliency Guided Training", "2111.14338", code="https://github.com/ayaabdelsalam91/saliency_guided_training", section="Papers"),
 L(F, 101, "What Does CNN Shift Invariance Look Like? A Visualization Study", "2011.04127", code="https://github.com/jakehlee/interactive-invariance", section="Papers"),
 L(F, 102, "Explainability Methods for Graph Convolutional Neural Networks", url="https://openaccess.thecvf.com/content_CVPR_2019/papers/Pope_Explainability_Methods_for_Graph_Convolutional_Neural_Networks_CVPR_2019_paper.pdf", code="https://github.com/ndey96/GCNN-Explainability", section="Papers"),
 L(F, 108, "Understanding Black-box Predictions via Influence Functions", "1703.04730", code="https://github.com/nimarb/pytorch_influence_functions", section="Papers"),

 # flyingdoog/awesome-graph-explainability-papers: "N. [Venue YY] **Title** [[paper]](...)"
 L(G, 6, "Graph-Based Explainable AI: A Comprehensive Survey", url="https://hal.science/hal-04660442/", venue="Preprint 2024", year=2024, section="Surveys"),
 L(G, 7, "A Survey on Explainability of Graph Neural Networks", "2306.01958", venue="arXiv 2023", year=2023, section="Surveys"),
 L(G, 19, "DIG: A Turnkey Library for Diving into Graph Deep Learning Research", url="https://www.jmlr.org/papers/v22/21-0343.html", code="https://github.com/divelab/DIG", section="Platforms"),
 L(G, 20, "GraphXAI: Evaluating Explainability for Graph Neural Networks", "2208.09339", code="https://github.com/mims-harvard/graphxai", section="Platforms"),
 L(G, 33, "PGM-Explainer: Probabilistic Graphical Model Explanations for Graph Neural Networks", "2010.05788", venue="NeurIPS 2020", year=2020, authors=["Vu Minh", "Thai My T."], section=COG),
 L(G, 36, "On Explainability of Graph Neural Networks via Subgraph Explorations", "2102.05152", venue="ICML 2021", year=2021, authors=["Yuan Hao", "Yu Haiyang", "Wang Jie", "Li Kang", "Ji Shuiwang"], section=COG),
 L(G, 49, "GOAt: Explaining Graph Neural Networks via Graph Output Attribution", url="https://openreview.net/forum?id=2Q8TZWAHv4", venue="ICLR 2024", year=2024, section="Year 2024"),
 L(G, 52, "UNR-Explainer: Counterfactual Explanations for Unsupervised Node Representation Learning Models", url="https://openreview.net/forum?id=0j9ZDzMPqr", venue="ICLR 2024", year=2024, section="Year 2024"),
 L(G, 54, "Robust Graph Attention for Graph Adversarial Attacks: An Information Bottleneck Inspired Approach", url="https://openreview.net/forum?id=lTL4t68BNc", venue="OpenReview 2024", year=2024, section="Year 2024"),
 L(G, 58, "Explainable Graph Representation Learning via Graph Pattern Analysis", url="https://openreview.net/forum?id=hXJrQWIoR3", venue="OpenReview 2024", year=2024, section="Year 2024"),
 L(G, 60, "Robust Heterogeneous Graph Neural Network Explainer with Graph Information Bottleneck", url="https://openreview.net/forum?id=IMWYNVBHob", venue="OpenReview 2024", year=2024, section="Year 2024"),
 L(G, 67, "SEFraud: Graph-based Self-Explainable Fraud Detection via Interpretative Mask Learning", "2406.11389", venue="KDD 2024", year=2024, section="Year 2024"),
 L(G, 75, "Factorized Explainer for Graph Neural Networks", "2312.05596", venue="AAAI 2024", year=2024, section="Year 2024"),
 L(G, 78, "Two Birds with One Stone: Enhancing Uncertainty Quantification and Interpretability with Graph Functional Neural Process", url="https://proceedings.mlr.press/v238/kong24a.html", venue="AISTATS 2024", year=2024, section="Year 2024"),
 L(G, 84, "Learning Counterfactual Explanation of Graph Neural Networks via Generative Flow Network", url="https://ieeexplore.ieee.org/document/10496445", venue="TAI 2024", year=2024, section="Year 2024"),
 L(G, 87, "Towards Few-shot Self-explaining Graph Neural Networks", "2408.07340", venue="ECML/PKDD 2024", year=2024, section="Year 2024"),
 L(G, 89, "Multi-objective Graph Neural Network Explanatory Model with Local and Global Information Preservation", url="https://link.springer.com/chapter/10.1007/978-981-97-5572-1_20", venue="DASFAA 2024", year=2024, section="Year 2024"),
 L(G, 90, "Graph Neural Networks for Vulnerability Detection: A Counterfactual Explanation", "2404.15687", venue="ISSTA 2024", year=2024, section="Year 2024"),
 L(G, 97, "Global Concept Explanations for Graphs by Contrastive Learning", "2404.16532", venue="xAI 2024", year=2024, section="Year 2024"),
 L(G, 99, "Higher Order Structures For Graph Explanations", "2406.03253", venue="arXiv 2024", year=2024, section="Year 2024"),

 # samzabdiel/XAI: tables | **Abbrev** | Paper Title | [Venue](link) | [Framework](repo) | `tags` |
 L(S, 17, "Deep Inside Convolutional Networks: Visualising Image Classification Models and Saliency Maps", "1312.6034", venue="CVPR 2013", year=2013, code="https://github.com/idiap/fullgrad-saliency", section=P + " / 2013 Conference Papers"),
 L(S, 24, "Learning Deep Features for Discriminative Localization", "1512.04150", venue="CVPR 2016", year=2016, code="https://github.com/zhoubolei/CAM", section=P + " / 2016 Conference Papers"),
 L(S, 41, "Anchors: High-Precision Model-Agnostic Explanations", url="https://homes.cs.washington.edu/~marcotcr/aaai18.pdf", venue="AAAI 2018", year=2018, code="https://github.com/marcotcr/anchor-experiments", section=P + " / 2018 Conference Papers"),
 L(S, 50, "This Looks Like That: Deep Learning for Interpretable Image Recognition", url="https://papers.nips.cc/paper/9095-this-looks-like-that-deep-learning-for-interpretable-image-recognition.pdf", venue="NeurIPS 2019", year=2019, code="https://github.com/cfchen-duke/ProtoPNet", section=P + " / 2019 Conference Papers"),
 L(S, 53, "What made you do this? Understanding black-box decisions with sufficient input subsets", url="http://proceedings.mlr.press/v89/carter19a/carter19a.pdf", venue="AISTATS 2019", year=2019, code="https://github.com/b-carter/SufficientInputSubsets", section=P + " / 2019 Conference Papers"),
 L(S, 59, "Making Sense of CNNs: Interpreting Deep Representations & Their Invariances with INNs", "2008.01777", venue="ECCV 2020", year=2020, code="https://github.com/CompVis/invariances", section=P + " / 2020 Papers"),
 L(S, 61, "There and Back Again: Revisiting Backpropagation Saliency Methods", "2004.02866", url="https://openaccess.thecvf.com/content_CVPR_2020/papers/Rebuffi_There_and_Back_Again_Revisiting_Backpropagation_Saliency_Methods_CVPR_2020_paper.pdf", venue="CVPR 2020", year=2020, code="https://github.com/srebuffi/revisiting_saliency", section=P + " / 2020 Papers"),
 L(S, 71, "Utilizing Explainable AI for Quantization and Pruning of Deep Neural Networks", "2008.09072", venue="arXiv 2020", year=2020, section=P + " / 2020 Papers"),
 L(S, 88, "Long-Tailed Classification by Keeping the Good and Removing the Bad Momentum Causal Effect", "2009.12991", venue="NeurIPS 2020", year=2020, code="https://github.com/KaihuaTang/Long-Tailed-Recognition.pytorch", section=P + " / 2020 Papers"),
 L(S, 89, "Conceptual Explanations of Neural Network Prediction for Time Series", url="https://ieeexplore.ieee.org/abstract/document/9207341", venue="IJCNN 2020", year=2020, section=P + " / 2020 Papers"),
 L(S, 97, "Zoom-CAM: Generating Fine-grained Pixel Annotations from Image Labels", "2010.08644", venue="arXiv 2020", year=2020, section=P + " / 2020 Papers"),
 L(S, 103, "Now You See Me (CME): Concept-based Model Extraction", "2010.13233", venue="CIKM 2020 workshop", year=2020, code="https://github.com/dmitrykazhdan/CME", section=P + " / 2020 Papers"),
 L(S, 108, "How Can I Explain This to You? An Empirical Study of Deep Neural Network Explanation Methods", url="https://proceedings.neurips.cc/paper/2020/file/2c29d89cc56cdb191c60db2f0bae796b-Paper.pdf", venue="NeurIPS 2020", year=2020, code="https://github.com/nesl/Explainability-Study", section=P + " / 2020 Papers"),
 L(S, 115, "Debugging Tests for Model Explanations", "2011.05429", venue="arXiv 2020", year=2020, section=P + " / 2020 Papers"),
 L(S, 122, "Explaining image classifiers by removing input features using generative models", url="https://openaccess.thecvf.com/content/ACCV2020/papers/Agarwal_Explaining_image_classifiers_by_removing_input_features_using_generative_models_ACCV_2020_paper.pdf", venue="ACCV 2020", year=2020, code="https://github.com/anguyen8/generative-attribution-methods", section=P + " / 2020 Papers"),
 L(S, 132, "Teaching the Machine to Explain Itself using Domain Knowledge", url="https://openreview.net/pdf/47341095c0d591a6b8c51da0e9dab58076b003c6.pdf", venue="OpenReview 2020", year=2020, section=P + " / 2020 Papers"),
 L(S, 134, "MEME: Generating RNN Model Explanations via Model Extraction", url="https://openreview.net/pdf/541a2c924c4a5736c60425d247e64ce2c0b3041b.pdf", venue="OpenReview 2020", year=2020, code="https://github.com/dmitrykazhdan/MEME-RNN-XAI", section=P + " / 2020 Papers"),
 L(S, 136, "RANCC: Rationalizing Neural Networks via Concept Clustering", url="https://www.aclweb.org/anthology/2020.coling-main.286.pdf", venue="ACL 2020", year=2020, section=P + " / 2020 Papers"),
 L(S, 137, "Efficient Attention Network: Accelerate Attention by Searching Where to Plug", "2011.14058", venue="arXiv 2020", year=2020, code="https://github.com/gbup-group/EAN-efficient-attention-network", section=P + " / 2020 Papers"),
 L(S, 139, "Rethinking Positive Aggregation and Propagation of Gradients in Gradient-based Saliency Methods", "2012.00362", venue="ICML 2020 workshop WHI", year=2020, section=P + " / 2020 Papers"),
]

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
files = {}
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as out:
    for lab in labels:
        lines = files.setdefault(lab["list"], open(os.path.join(HERE, lab["list"]), encoding="utf-8").read().split("\n"))
        lab["raw"] = lines[lab["line"] - 1]
        out.write(json.dumps({k: lab[k] for k in KEYS}, ensure_ascii=False) + "\n")
print(len(labels), "labels written")
