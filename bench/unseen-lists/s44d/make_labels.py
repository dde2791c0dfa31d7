"""Write labels.jsonl from the hand-made labels below.

`raw` is cut from the saved README by line range so it is byte-exact:
  * Zehong-Wang and table-of-contents lines: the one line;
  * smufang: the numbered title line plus its badge lines, up to the blank line;
  * yhLeeee: the bullet line, its links line when the links wrap, and the
    <details> figure block, up to and including the `</details>` line.
Every other value was typed by hand after reading the entry.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
Z = "Zehong-Wang__Awesome-Foundation-Models-on-Graphs.README.md"
F = "smufang__fewshotgraph.README.md"
Y = "yhLeeee__Awesome-LLMs-in-Graph-tasks.README.md"

_cache = {}


def lines_of(name):
    if name not in _cache:
        _cache[name] = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
    return _cache[name]


def raw_for(name, line):
    ls = lines_of(name)
    first = ls[line - 1]
    if name == F and first[:1].isdigit():
        end = line
        while end < len(ls) and ls[end].strip():
            end += 1
        return "\n".join(ls[line - 1:end])
    if name == Y and first.startswith("* ("):
        end = line
        while ls[end - 1].strip() != "</details>":
            end += 1
        return "\n".join(ls[line - 1:end])
    return first


def nonpaper(name, line, section):
    return dict(list=name, line=line, is_paper=False, title=None, arxiv_id=None, doi=None,
                url=None, venue=None, year=None, authors=[], code=None, summary=None,
                section=section)


def paper(name, line, title, section, arxiv_id=None, url=None, venue=None, year=None, code=None):
    return dict(list=name, line=line, is_paper=True, title=title, arxiv_id=arxiv_id, doi=None,
                url=url, venue=venue, year=year, authors=[], code=code, summary=None,
                section=section)


TOC = "Table of Contents"
ZB = "Benchmarks and Surveys / Benchmarks"
ZG = "Universal GFMs / Graph Model-based Methods"
ZC = "Universal GFMs / Graph-Language Co-Training"
ZM = "Domain-Specific GFMs / Biology and Molecule"
ZR = "Domain-Specific GFMs / Graph Math Reasoning"
ZN = "Task-Specific GFMs / Node Classification"
GH = "https://github.com/"

LABELS = [
    # --- Zehong-Wang / Awesome-Foundation-Models-on-Graphs ---
    nonpaper(Z, 5, None),
    nonpaper(Z, 21, TOC),
    nonpaper(Z, 38, TOC),
    nonpaper(Z, 42, TOC),
    paper(Z, 57, "TreeTop: Topology-Aware Fine-Tuning for LLM Conversation Tree Understanding", ZB,
          url="https://openreview.net/forum?id=RDInbUc10o", venue=None, year=2024),
    paper(Z, 89, "UniGraph2: Learning a Unified Embedding Space to Bind Multimodal Graphs", ZG,
          arxiv_id="2502.00806", venue="WWW 2025", year=2025, code=GH + "yf-he/UniGraph2"),
    paper(Z, 101, "One Model for One Graph: A New Perspective for Pretraining with Cross-domain Graphs", ZG,
          arxiv_id="2412.00315", venue="arXiv 2024", year=2024),
    paper(Z, 134, "GOFA: A Generative One-For-All Model for Joint Graph Language Modeling", ZC,
          url="https://openreview.net/forum?id=mIjblC9hfm", venue="ICLR 2025", year=2025,
          code=GH + "JiaruiFeng/GOFA"),
    paper(Z, 143, "LLMs as Zero-shot Graph Learners: Alignment of GNN Representations with LLM Token Embeddings", ZC,
          arxiv_id="2408.14512", venue="arXiv 2024", year=2024, code=GH + "W-rudder/TEA-GLM"),
    paper(Z, 156, "MiniMol: A Parameter-Efficient Foundation Model for Molecular Learning", ZM,
          arxiv_id="2404.14986", venue="arXiv 2024", year=2024),
    paper(Z, 172, "Multi-modal molecule structure–text model for text-based retrieval and editing", ZM,
          url="https://www.nature.com/articles/s42256-023-00759-6", venue="NMI 2023", year=2023,
          code=GH + "chao1224/MoleculeSTM/tree/main"),
    paper(Z, 185, "A Foundation Model for Zero-shot Logical Query Reasoning", "Domain-Specific GFMs / Knowledge Graph",
          arxiv_id="2404.07198", venue="NeurIPS 2024", year=2024, code=GH + "DeepGraphLearning/ULTRA"),
    paper(Z, 191, "LitFM: A Retrieval Augmented Structure-aware Foundation Model For Citation Graphs",
          "Domain-Specific GFMs / Academic Graph", arxiv_id="2409.12177", venue="arXiv 2024", year=2024),
    paper(Z, 196, "GraphTool-Instruction: Revolutionizing Graph Reasoning in LLMs through Decomposed Subtask Instruction", ZR,
          arxiv_id="2412.12152", venue="KDD 2025", year=2025,
          code="https://anonymous.4open.science/r/GraphTool-Instruction/README.md"),
    paper(Z, 209, "Thought Propagation: An Analogical Approach to Complex Reasoning with Large Language Models", ZR,
          arxiv_id="2310.03965", venue="ICLR 2024", year=2024, code=GH + "Samyu0304/thought-propagation"),
    paper(Z, 255, "Training MLPs on Graphs without Supervision", ZN,
          arxiv_id="2412.03864", venue="WSDM 2025", year=2025, code=GH + "Zehong-Wang/SimMLP"),
    paper(Z, 263, "GraphControl: Adding Conditional Control to Universal Graph Pre-trained Models for Graph Domain Transfer Learning", ZN,
          arxiv_id="2310.07365", venue="WWW 2024", year=2024, code=GH + "wykk00/GraphControl"),
    paper(Z, 264, "Label-free Node Classification on Graphs with Large Language Models (LLMS)", ZN,
          arxiv_id="2310.04668", venue="ICLR 2024", year=2024, code=GH + "CurryTang/LLMGNN"),
    paper(Z, 286, "Double Equivariance for Inductive Link Prediction for Both New Nodes and New Relation Types",
          "Task-Specific GFMs / Link Prediction",
          url="https://openreview.net/forum?id=UvRjDCYIHw&noteId=aw5cqDul9E", venue="ICLR 2024", year=2024),
    paper(Z, 328, "Benchmarking and Improving Large Vision-Language Models for Fundamental Visual Graph Understanding and Reasoning",
          "Task-Specific GFMs / Question Answering",
          arxiv_id="2412.13540", venue="arXiv 2024", year=2024, code=GH + "AAAndy-Zhu/VGCure"),
]

FS = "Meta-Learning Approaches / Structure-Based Enhancement"
FA = "Meta-Learning Approaches / Adaptation-Based Enhancement"
FT = "Pre-Training Approaches / Parameter-efficient Adaptation / Prompting on Text-free Graphs"
FG = "Pre-Training Approaches / Parameter-efficient Adaptation / Prompting on Text-attributed Graphs"
LABELS += [
    # --- smufang / fewshotgraph ---
    nonpaper(F, 11, TOC), nonpaper(F, 19, TOC), nonpaper(F, 23, TOC), nonpaper(F, 24, TOC),
    nonpaper(F, 28, TOC), nonpaper(F, 30, TOC),
    paper(F, 53, "Tackling Long-Tailed Relations and Uncommon Entities in Knowledge Graph Completion", FS,
          arxiv_id="1909.11359", venue="EMNLP 2019", year=2019, code=GH + "ZihaoWang/Few-shot-KGC"),
    paper(F, 63, "Meta-learning on heterogeneous information networks for cold-start recommendation", FS,
          url="https://fangyuan1st.github.io/paper/KDD20_MetaHIN.pdf", venue="KDD 2020", year=2020,
          code=GH + "rootlu/MetaHIN"),
    paper(F, 91, "Meta-Inductive Node Classification across Graphs", FA,
          arxiv_id="2105.06725", venue="SIGIR 2021", year=2021, code=GH + "WenZhihao666/MI-GNN"),
    paper(F, 133, "GPPT: Graph pre-training and prompt tuning to generalize graph neural networks", FT,
          url="https://dl.acm.org/doi/abs/10.1145/3534678.3539249", venue="KDD 2022", year=2022,
          code=GH + "MingChen-Sun/GPPT"),
    paper(F, 145, "Graphprompt: Unifying pre-training and downstream tasks for graph neural networks", FT,
          url="https://dl.acm.org/doi/pdf/10.1145/3543507.3583386", venue="WWW 2023", year=2023,
          code=GH + "Starlien95/GraphPrompt"),
    paper(F, 157, "Generalized graph prompt: Toward a unification of pre-training and downstream tasks on graphs", FT,
          url="https://ieeexplore.ieee.org/abstract/document/10572358", venue="TKDE 2024", year=2024,
          code=GH + "Starlien95/GraphPrompt"),
    paper(F, 182, "HetGPT: Harnessing the power of prompt tuning in pre-trained heterogeneous graph neural networks", FT,
          url="https://dl.acm.org/doi/pdf/10.1145/3589334.3645685", venue="WWW 2024", year=2024),
    paper(F, 200, "Sgl-pt: A strong graph learner with graph prompt tuning", FT,
          arxiv_id="2302.12449", venue="arXiv 2023", year=2023),
    paper(F, 213, "PSP: Pre-training and structure prompt tuning for graph neural networks", FT,
          arxiv_id="2310.17394", venue="arXiv 2024", year=2024, code=GH + "gqq1210/PSP"),
    paper(F, 228, "Virtual node tuning for few-shot node classification", FT,
          url="https://dl.acm.org/doi/pdf/10.1145/3580305.3599541", venue="KDD 2023", year=2023),
    paper(F, 234, "All in one: Multi-task prompting for graph neural networks", FT,
          url="https://dl.acm.org/doi/pdf/10.1145/3580305.3599256", venue="KDD 2023", year=2023,
          code=GH + "sheldonresearch/ProG"),
    paper(F, 263, "Prompt tuning on graph-augmented low-resource text classification", FG,
          url="https://smufang.github.io/paper/TKDE24_G2P2Star.pdf", venue="TKDE 2024", year=2024,
          code=GH + "WenZhihao666/G2P2-conditional"),
    paper(F, 272, "Natural language is all a graph needs", FG,
          arxiv_id="2308.07134", venue="EACL 2024", year=2024, code=GH + "agiresearch/InstructGLM"),
    paper(F, 276, "GIMLET: A unified graph-text model for instruction-based molecule zero-shot learning", FG,
          url="https://proceedings.neurips.cc/paper_files/paper/2023/hash/129033c7c08be683059559e8d6bfd460-Abstract-Conference.html",
          venue="NeurIPS 2023", year=2023, code=GH + "zhao-ht/GIMLET"),
]

YE = "LLM as Enhancer"
YP = "LLM as Predictor"
YA = "GNN-LLM Alignment"
LABELS += [
    # --- yhLeeee / Awesome-LLMs-in-Graph-tasks ---
    nonpaper(Y, 31, TOC), nonpaper(Y, 34, TOC), nonpaper(Y, 38, TOC), nonpaper(Y, 39, TOC),
    paper(Y, 61, "Heterformer: Transformer-based Deep Node Representation Learning on Heterogeneous Text-Rich Networks", YE,
          url="https://dl.acm.org/doi/abs/10.1145/3580305.3599376?casa_token=M9bG1HLyTEYAAAAA:gIiYO9atgtxNaBgfKpy4D3N66QDkCFLFvlEADvzC8Pobe_EWausOknGnRFzdDF-Xnq-vbWAWMT1qkA",
          venue="KDD 2023", year=2023, code=GH + "PeterGriffinJin/Heterformer"),
    paper(Y, 67, "Harnessing Explanations: LLM-to-LM Interpreter for Enhanced Text-Attributed Graph Representation Learning", YE,
          arxiv_id="2305.19523", venue="arXiv 2023", year=2023, code=GH + "XiaoxinHe/TAPE"),
    paper(Y, 91, "Prompt-based Node Feature Extractor for Few-shot Learning on Text-Attributed Graphs", YE,
          arxiv_id="2309.02848", venue="arXiv 2023", year=2023),
    paper(Y, 103, "One for All: Towards Training One Graph Model for All Classification Tasks", YE,
          arxiv_id="2310.00149", venue="arXiv 2023", year=2023, code=GH + "LechengKong/OneForAll"),
    paper(Y, 121, "Learning Multiplex Embeddings on Text-rich Networks with One Text Encoder", YE,
          arxiv_id="2310.06684", venue="arXiv 2023", year=2023, code=GH + "PeterGriffinJin/METERN-submit"),
    paper(Y, 130, "Can language models solve graph problems in natural language?", YP,
          arxiv_id="2305.10037", venue="NeurIPS 2023", year=2023, code=GH + "Arthur-Heng/NLGraph"),
    paper(Y, 142, "GIMLET: A Unified Graph-Text Model for Instruction-Based Molecule Zero-Shot Learning", YP,
          arxiv_id="2306.13089", venue="NeurIPS 2023", year=2023, code=GH + "zhao-ht/GIMLET"),
    paper(Y, 172, "Can LLMs Effectively Leverage Graph Structural Information: When and Why", YP,
          arxiv_id="2309.16595", venue="arXiv 2023", year=2023, code=GH + "TRAIS-Lab/LLM-Structured-Data"),
    paper(Y, 202, "MolCA: Molecular Graph-Language Modeling with Cross-Modal Projector and Uni-Modal Adapter", YP,
          arxiv_id="2310.12798", venue="EMNLP 2023", year=2023, code=GH + "acharkq/MolCA"),
    paper(Y, 214, "ReLM: Leveraging Language Models for Enhanced Chemical Reaction Prediction", YP,
          arxiv_id="2310.13590", venue="EMNLP 2023", year=2023, code=GH + "syr-cn/ReLM"),
    paper(Y, 226, "Disentangled Representation Learning with Large Language Models for Text-Attributed Graphs", YP,
          arxiv_id="2310.18152", venue="arXiv 2023", year=2023),
    paper(Y, 253, "A Molecular Multimodal Foundation Model Associating Molecule Graphs with Natural Language", YA,
          arxiv_id="2209.05481", venue="arXiv 2022", year=2022, code=GH + "BingSu12/MoMu"),
    paper(Y, 288, "ConGraT: Self-Supervised Contrastive Pretraining for Joint Graph and Text Embeddings", YA,
          arxiv_id="2305.14321", venue="arXiv 2023", year=2023, code=GH + "wwbrannon/congrat"),
    paper(Y, 302, "GRENADE: Graph-Centric Language Model for Self-Supervised Representation Learning on Text-Attributed Graphs", YA,
          arxiv_id="2310.15109", venue="arXiv 2023", year=2023, code=GH + "bigheiniu/GRENADE"),
    # the entry's [Paper] link points at 2310.18152 (the DGTL paper of line 226); labelled as the entry gives it
    paper(Y, 314, "Label-free Node Classification on Graphs with Large Language Models (LLMs)", "Others / LLM as Annotator",
          arxiv_id="2310.18152", venue="arXiv 2023", year=2023, code=GH + "CurryTang/LLMGNN"),
    paper(Y, 323, "Graph Neural Architecture Search with GPT-4", "Others / LLM as Controller",
          arxiv_id="2310.01436", venue="arXiv 2023", year=2023),
]

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]


def main():
    sampled = set()
    for l in open(os.path.join(HERE, "sample.out"), encoding="utf-8"):
        if l.startswith("{"):
            d = json.loads(l)
            sampled.add((d["list"], d["line"]))
    got = {(d["list"], d["line"]) for d in LABELS}
    assert got == sampled, (sorted(got - sampled), sorted(sampled - got))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as out:
        for d in sorted(LABELS, key=lambda d: (d["list"], d["line"])):
            d = dict(d, raw=raw_for(d["list"], d["line"]))
            out.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
