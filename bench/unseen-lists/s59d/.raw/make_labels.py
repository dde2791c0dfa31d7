import json
S = [json.loads(l) for l in open('.raw/sample.jsonl')]
E = "EnnengYang__Awesome-Model-Merging-Methods-Theories-Applications.README.md"
T = "tanganke__fusion_bench.README.md"
AM = "Advanced Methods"
PRE = AM + " / Pre-Merging Methods"
DUR = AM + " / During Merging Methods"
SUB = DUR + " / Subspace-based Merging Method (Sparse or Low-rank Subspace)"
def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, section=None, doi=None, summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=summary, section=section)
def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)
L = {
 (E,189): P("Model Assembly Learning with Heterogeneous Layer Weight Merging", "2503.21657", venue="ICLR 2025 Workshop", year=2025, section=PRE+" / Architecture Transformation"),
 (E,218): P('Plateau in Monotonic Linear Interpolation--A "Biased" View of Loss Landscape for Deep Networks', "2210.01019", venue="ICLR 2023", year=2023, section=PRE+" / Weight Alignment"),
 (E,13): N(None),
 (E,190): P("Training-free Heterogeneous Model Merging", "2501.00061", venue="arXiv 2025", year=2025, section=PRE+" / Architecture Transformation"),
 (E,322): P("Parameter Competition Balancing for Model Merging", "2410.02396", venue="NeurIPS 2024", year=2024, section=SUB),
 (E,82): N("Framework"),
 (E,301): P("LoRI: Reducing Cross-Task Interference in Multi-Task LowRank Adaptation", "2504.07448", venue="arXiv 2025", year=2025, section=SUB),
 (E,142): P("How to Merge Your Multimodal Models Over Time?", "2412.06712", venue="arXiv 2024", year=2024, section="Benchmark/Evaluation"),
 (E,308): P("Low-Rank and Sparse Model Merging for Multi-Lingual Speech Recognition and Translation", "2502.17380", venue="arXiv 2025", year=2025, section=SUB),
 (E,170): P("Task Arithmetic in the Tangent Space: Improved Editing of Pre-Trained Models", url="https://openreview.net/pdf?id=0A9f2jZDGW", venue="NeurIPS 2023", year=2023, section=PRE+" / Better Fine-tuning / Linearization Fine-tuning"),
 (E,271): P("Checkpoint Merging via Bayesian Optimization in LLM Pretraining", "2403.19390", venue="arXiv 2024", year=2024, section=DUR+" / Weighted-based Merging Methods"),
 (E,278): P("Fisher Mask Nodes for Language Model Merging", "2403.09891", venue="LREC-COLING 2024", year=2024, section=DUR+" / Weighted-based Merging Methods"),
 (E,305): P("Exploring Sparse Adapters for Scalable Merging of Parameter Efficient Experts", url="https://openreview.net/pdf?id=8wt2eKkVe6", venue="ICLR 2025 Workshop", year=2025, section=SUB),
 (E,209): P("ZipIt! Merging Models from Different Tasks without Training", url="https://openreview.net/pdf?id=LEYUkvdUhq", venue="ICLR 2024", year=2024, section=PRE+" / Weight Alignment"),
 (E,54): N("Framework"),
 (E,226): P("Geometry of the Loss Landscape in Overparameterized Neural Networks: Symmetries and Invariances", url="https://proceedings.mlr.press/v139/simsek21a/simsek21a.pdf", venue="ICML 2021", year=2021, section=PRE+" / Weight Alignment"),
 (E,101): N("Framework"),
 (E,109): N("Framework"),
 (E,168): P("Tangent Transformers for Composition,Privacy and Removal", url="https://openreview.net/pdf?id=VLFhbOCz5D", venue="ICLR 2024", year=2024, section=PRE+" / Better Fine-tuning / Linearization Fine-tuning"),
 (E,206): P("Harmony in diversity: Merging neural networks with canonical correlation analysis", url="https://openreview.net/pdf?id=XTr8vwAr2D", venue="ICML 2024", year=2024, section=PRE+" / Weight Alignment"),

 (T,74): P("Language and Task Arithmetic with Parameter-Efficient Layers for Zero-Shot Summarization", "2311.09344", venue="arXiv", authors=["Chronopoulou"], section="Model Merging / Weight Interpolation"),
 (T,28): P("A Survey on Model MoErging: Recycling and Routing Among Specialized Experts for Collaborative Learning", "2408.07057", venue="arXiv", authors=["Yadav"], section="Survey Papers"),
 (T,118): P("Model soups: averaging weights of multiple fine-tuned models improves accuracy without increasing inference time", "2203.05482", venue="arXiv", authors=["Wortsman"], section="Model Merging / Weight Interpolation"),
 (T,135): P("Concrete subspace learning based interference elimination for multi-task model fusion", "2312.06173", venue="arXiv 2023", year=2023, authors=["A Tang", "L Shen", "Y Luo"], section="Model Merging / Subspace-based Methods"),
 (T,130): P("ZipIt! Merging Models from Different Tasks without Training", "2305.03053", venue="arXiv 2023", year=2023, authors=["George Stoica", "Daniel Bolya", "Jakob Bjorner", "Taylor Hearn", "Judy Hoffman"], section="Model Merging / Alignment-based Methods"),
 (T,177): P("Twin-Merging: Dynamic Integration of Modular Expertise in Model Merging", "2406.15479", doi="10.48550/arXiv.2406.15479", authors=["Zhenyi Lu"], code="https://github.com/LZY-the-boys/Twin-Merging", section="Model Mixing/Upscaling/Expansion"),
 (T,21): P("Model Merging in LLMs, MLLMs, and Beyond: Methods, Theories, Applications and Opportunities", "2408.07666", venue="arXiv 2024", year=2024, authors=["E. Yang"], code="https://github.com/EnnengYang/Awesome-Model-Merging-Methods-Theories-Applications", section="Survey Papers"),
 (T,220): P("Git-Theta: A Git Extension for Collaborative Development of Machine Learning Models", "2306.04529", venue="arXiv", authors=["Kandpal"], section="Libraries and Tools / Version Control"),
 (T,129): P("Git Re-Basin: Merging Models modulo Permutation Symmetries", "2209.04836", venue="ICLR 2023", year=2023, authors=["S. K. Ainsworth", "J. Hayase", "S. Srinivasa"], section="Model Merging / Alignment-based Methods"),
 (T,168): P("SMILE: Zero-Shot Sparse Mixture of Low-Rank Experts Construction From Pre-Trained Foundation Models", "2408.10174", venue="arXiv", authors=["Tang"], section="Model Mixing/Upscaling/Expansion"),
 (T,227): P("Sunrise: A simple unified framework for ensemble learning in deep reinforcement learning", venue="ICML 2021", year=2021, authors=["K Lee", "M Laskin", "A Srinivas"], section="Other Applications of Model Fusion / Applications in Reinforcement Learning (RL)"),
 (T,151): P("Stop Wasting My Time! Saving Days of ImageNet and BERT Training with Latest Weight Averaging", "2209.14981", venue="arXiv", authors=["Kaddour"], section="Model Merging / Online Model Merging"),
 (T,36): P("Mix Data or Merge Models? Optimizing for Diverse Multi-Task Learning", "2410.10801", venue="arXiv", authors=["Aakanksha"], section="Findings on Model Fusion"),
 (T,213): N("Libraries and Tools / Model Fusion"),
 (T,123): P("Foldable SuperNets: Scalable Merging of Transformers with Different Initializations and Tasks", "2410.01483", venue="arXiv", authors=["Kinderman"], section="Model Merging / Alignment-based Methods"),
 (T,31): P("Learn From Model Beyond Fine-Tuning: A Survey", "2310.08184", venue="arXiv 2023", year=2023, authors=["H. Zheng"], code="https://github.com/ruthless-man/Awesome-Learn-from-Model", section="Survey Papers"),
 (T,85): P("Task Arithmetic in the Tangent Space: Improved Editing of Pre-Trained Models", "2305.12827", doi="10.48550/arXiv.2305.12827", venue="arXiv 2023", year=2023, authors=["Guillermo Ortiz-Jimenez", "Alessandro Favero", "Pascal Frossard"], section="Model Merging / Weight Interpolation"),
 (T,156): P("Scaling Smart: Accelerating Large Language Model Pre-training with Small Model Initialization", "2409.12903", venue="arXiv", authors=["Samragh"], section="Model Mixing/Upscaling/Expansion"),
 (T,215): N("Libraries and Tools / Model Fusion"),
 (T,136): P("A safety realignment framework via subspace-oriented model fusion for large language models", "2405.09055", doi="10.48550/arXiv.2405.09055", venue="arXiv 2024", year=2024, authors=["X. Yi", "S. Zheng", "L. Wang", "X. Wang", "L. He"], code="https://github.com/xinykou/safety_realignment", section="Model Merging / Subspace-based Methods"),
}
keys = ["list","line","raw","is_paper","title","arxiv_id","doi","url","venue","year","authors","code","summary","section"]
out = open('labels.jsonl','w',encoding='utf-8')
assert len(S) == len(L) == 40
for s in S:
    lab = L[(s['list'], s['line'])]
    d = dict(list=s['list'], line=s['line'], raw=s['raw'], **lab)
    out.write(json.dumps({k: d[k] for k in keys}, ensure_ascii=False) + "\n")
out.close()
print("ok")
