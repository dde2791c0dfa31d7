"""Write labels.jsonl from hand-read labels below; raw text is taken from the README lines."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue",
        "year", "authors", "code", "summary", "section"]

F = "Flians__LLM4EDA.README.md"
T = "thu-nics__awesome_ai4eda.README.md"
Y = "yangluo23__LLM4EDA.README.md"
K = "Thinklab-SJTU__Awesome-LLM4EDA.README.md"

def P(lst, line, title, section, nlines=1, arxiv=None, url=None, venue=None, year=None,
      authors=(), code=None):
    return dict(list=lst, line=line, nlines=nlines, is_paper=True, title=title, arxiv_id=arxiv,
                doi=None, url=url, venue=venue, year=year, authors=list(authors), code=code,
                summary=None, section=section)

def N(lst, line, section, nlines=1):
    return dict(list=lst, line=line, nlines=nlines, is_paper=False, title=None, arxiv_id=None,
                doi=None, url=None, venue=None, year=None, authors=[], code=None, summary=None,
                section=section)

RTL = "RTL & Verilog Code Generation"
VER = "Verification, Debugging & Testing"
HLS = "High-Level Synthesis (HLS)"
ANA = "Analog Circuit Design"
AGE = "Agentic Design Automation"
SEC = "Security, Trust & IP Protection"
SUR = "Surveys, Benchmarks & Evaluations"

L = [
 # ---- Flians: table | Paper | Affiliation | Venue | Year |
 P(F, 34, "ScaleRTL: Scaling LLMs with reasoning data and test-time compute for accurate RTL code generation", RTL, venue="arXiv 2025", year=2025),
 P(F, 37, "VeriCoder: Enhancing LLM-Based RTL Code Generation through Functional Correctness Validation", RTL, venue="arXiv 2025", year=2025),
 P(F, 78, "MARVEL: Multi-agent RTL vulnerability extraction using large language models", VER, venue="arXiv 2025", year=2025),
 P(F, 88, "LLM-Aided Testbench Generation and Bug Detection for Finite-State Machines", VER, venue="arXiv 2024", year=2024),
 P(F, 99, "Bench4HLS: End-to-end evaluation of LLMs in high-level synthesis code generation", HLS, venue="DATE 2026", year=2026),
 P(F, 102, "ChatHLS: Towards systematic design automation and optimization for high-level synthesis", HLS, venue="arXiv 2025", year=2025),
 P(F, 121, "Expert-level Leaf Cell Layout Generation via Preference-Optimized LLM", "Physical Design", venue="ICML 2026", year=2026),
 P(F, 139, "LLM-IMC: Automating analog in-memory computing architecture generation with large language models", ANA, venue="FCCM 2025", year=2025),
 P(F, 148, "Atelier: An Automated Analog Circuit Design Framework via Multiple Large Language Model-based Agents", ANA, venue="TechRxiv 2024", year=2024),
 P(F, 149, "AnalogXpert: Automating Analog Topology Synthesis by Incorporating Circuit Design Expertise into Large Language Models", ANA, venue="arXiv 2024", year=2024),
 P(F, 153, "CircuitSynth: Leveraging Large Language Models for Circuit Topology Synthesis", ANA, venue="LAD 2024", year=2024),
 P(F, 161, "Exploring the agentic frontier of verilog code generation", AGE, venue="arXiv 2026", year=2026),
 P(F, 171, "DUET: Agentic Design Understanding via Experimentation and Testing", AGE, venue="arXiv 2025", year=2025),
 N(F, 173, AGE),  # RapidGPT: a commercial VS Code extension (venue "VS Code Marketplace"), a tool, not a paper
 P(F, 189, "LLMs for Hardware Security: Boon or Bane?", SEC, venue="arXiv 2024", year=2024),
 P(F, 194, "Fixing Hardware Security Bugs with Large Language Models", SEC, venue="arXiv 2023", year=2023),
 P(F, 212, "ChatCPU: An Agile CPU Design and Verification Platform with LLM", "Hardware Accelerator & Chip Design", venue="DAC 2024", year=2024),
 P(F, 227, "TuRTLe: A Unified Evaluation of LLMs for RTL Generation", SUR, venue="MLCAD 2025", year=2025),
 P(F, 237, "Large circuit models: opportunities and challenges", SUR, venue="SCIS 2024", year=2024),
 P(F, 241, "Evaluating LLMs for Hardware Design and Test", SUR, venue="arXiv 2024", year=2024),

 # ---- thu-nics: "* Title [[pdf]](url)" then "  * *Authors. Venue Year*"
 P(T, 17, "New directions for learning-based IC design tools and methodologies", "Survey", 2,
   url="https://vlsicad.ucsd.edu/Publications/Conferences/352/c352.pdf", venue="ASP-DAC 2018", year=2018,
   authors=["Andrew B. Kahng"]),
 P(T, 39, "Pyramid: Machine Learning Framework to Estimate the Optimal Timing and Resource Usage of a High-Level Synthesis Design",
   "Papers / High Level Synthesis", 2, url="https://ieeexplore.ieee.org/iel7/8890609/8891988/08892009.pdf",
   venue="FPL 2019", year=2019,
   authors=["Hosein Mohammadi Makrani", "Farnoud Farahmand", "Hossein Sayadi", "Sara Bondi",
            "Sai Manoj Pudukotai Dinakarrao", "Houman Homayoun", "Setareh Rafatirad"]),
 P(T, 47, "Accurate Wirelength Prediction for Placement-Aware Synthesis through Machine Learning", "Papers / Logic Synthesis", 2,
   url="https://ieeexplore.ieee.org/abstract/document/8715016/", venue="DATE 2019", year=2019,
   authors=["Daijoon Hyun", "Yuepeng Fan", "Youngsoo Shin"]),
 P(T, 49, "Digital Compatible Synthesis, Placement and Implementation of Mixed-Signal Time-Domain Computing", "Papers / Logic Synthesis", 2,
   url="https://ieeexplore.ieee.org/abstract/document/8806926", venue="DAC 2019", year=2019,
   authors=["Zhengyu Chen", "Hai Zhou", "Jie Gu"]),
 P(T, 51, "Template-based PDN Synthesis in Floorplan and Placement Using Classifier and CNN Techniques", "Papers / Logic Synthesis", 2,
   url="https://ieeexplore.ieee.org/abstract/document/9045303", venue="ASPDAC 2020", year=2020,
   authors=["Vidya A. Chhabria", "Andrew B. Kahng", "Minsoo Kim", "Uday Mallappa", "Sachin S. Sapatnekar", "Bangqi Xu"]),
 P(T, 53, "LSOracle: a Logic Synthesis Framework Driven by AI", "Papers / Logic Synthesis", 2,
   venue="ICCAD 2019", year=2019,
   authors=["Walter Lau Neto", "Max Austin", "Scott Temple", "Luca Amaru", "Xifan Tang", "Pierre-Emmanuel Gaillardon"]),
 P(T, 59, "Chip Placement with Deep Reinforcement Learning", "Papers / FloorPlanning & Placement / prediction + search", 2,
   arxiv="2004.10746", venue="ISPD 2020", year=2020, authors=["Azalia Mirhoseini", "Anna Goldie"]),
 P(T, 70, "Template-based PDN Synthesis in Floorplan and Placement Using Classifier and CNN Techniques",
   "Papers / FloorPlanning & Placement / prediction", 2,
   url="https://ieeexplore.ieee.org/abstract/document/9045303", venue="ASPDAC 2020", year=2020,
   authors=["Vidya A. Chhabria", "Andrew B. Kahng", "Minsoo Kim", "Uday Mallappa", "Sachin S. Sapatnekar", "Bangqi Xu"]),
 P(T, 74, "Device Placement Optimization with Reinforcement Learning", "Papers / FloorPlanning & Placement / prediction", 2,
   url="https://dl.acm.org/doi/10.5555/3305890.3305932", venue="ICML 2017", year=2017,
   authors=["Azalia Mirhoseini", "Hieu Pham", "Quoc V. Le"]),
 P(T, 79, "Placement and routing for 3D-FPGAs using reinforcement learning and support vector machines",
   "Papers / FloorPlanning & Placement / MISC", 2,
   url="https://ieeexplore.ieee.org/abstract/document/1383317", venue="VLSID 2005", year=2005,
   authors=["R. Manimegalai", "E. Siva Soumya", "V. Muralidharan", "B. Ravindran", "V. Kamakoti", "D. Bhatia"]),
 P(T, 84, "Routability Optimization for Industrial Designs at Sub-14nm Process Nodes Using Machine Learning", "Papers / Routing", 2,
   url="https://dl.acm.org/doi/abs/10.1145/3036669.3036681", venue="ISPD 2017", year=2017,
   authors=["Wei-Ting J. Chan", "Pei-Hsin Ho", "Andrew B. Kahng", "Prashant Saxena"]),
 P(T, 88, "Placement and routing for 3D-FPGAs using reinforcement learning and support vector machines", "Papers / Routing", 2,
   url="https://ieeexplore.ieee.org/abstract/document/1383317", venue="VLSID 2005", year=2005,
   authors=["R. Manimegalai", "E. Siva Soumya", "V. Muralidharan", "B. Ravindran", "V. Kamakoti", "D. Bhatia"]),
 P(T, 90, "AENEID: A Generic Lithography-Friendly Detailed Router Based on Post-RET Data Learning and Hotspot Detection", "Papers / Routing", 2,
   url="https://dl.acm.org/doi/abs/10.1145/2024724.2024902", venue="DAC 2011", year=2011,
   authors=["Duo Ding", "Jhih-Rong Gao", "Kun Yuan", "David Z. Pan"]),
 P(T, 96, "High-Definition Routing Congestion Prediction for Large-Scale FPGAs", "Papers / Routing", 2,
   url="https://ieeexplore.ieee.org/abstract/document/9045178", venue="ASPDAC 2020", year=2020,
   authors=["Mohamed Baker Alawieh", "Wuxi Li", "Yibo Lin", "Love Singhal", "Mahesh A. Iyer", "David Z. Pan"]),
 P(T, 98, "Machine Learning-Based Pre-Routing Timing Prediction with Reduced Pessimism", "Papers / Routing", 2,
   url="https://ieeexplore.ieee.org/abstract/document/8807063", venue="DAC 2019", year=2019,
   authors=["Erick Carvajal Barboza", "Nishchal Shukla", "Yiran Chen", "Jiang Hu"]),
 P(T, 113, "Exploring Graphical Models with Bayesian Learning and MCMC for Failure Diagnosis", "Papers / Testing and Verification", 2,
   url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9045154", venue="ASPDAC 2020", year=2020,
   authors=["Hongfei Wang", "Wenjie Cai", "Jianwen Li", "Kun He"]),
 P(T, 117, "Improving Test Chip Design Efficiency via Machine Learning", "Papers / Testing and Verification", 2,
   url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9000131", venue="ITC 2019", year=2019,
   authors=["Z. Liu", "Q. Huang", "C. Fang", "R. D. Blanton"]),
 P(T, 119, "Machine learning for performance and power modeling of heterogeneous systems", "Papers / Testing and Verification", 2,
   url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8587737", venue="ICCAD 2018", year=2018,
   authors=["Joseph L. Greathouse", "Gabriel H. Loh"]),
 P(T, 125, "LithoGAN: End-to-End Lithography Modeling with Generative Adversarial Networks", "Papers / Testing and Verification", 2,
   url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8806997", venue="DAC 2019", year=2019,
   authors=["W. Ye", "M. B. Alawieh", "Y. Lin", "D. Z. Pan"]),
 P(T, 127, "Machine-Learning Based Congestion Estimation for Modern FPGAs", "Papers / Testing and Verification", 2,
   url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8533535", venue="FPL 2018", year=2018,
   authors=["D. Maarouf"]),

 # ---- yangluo23: `(Venue)` code-span prefixes, [[Paper]] [[Code]], bold numbered group labels
 P(Y, 14, "GPT-2", "Basic concepts of LLMs / Architecture / Papers",
   url="https://d4mucfpksywv.cloudfront.net/better-language-models/language_models_are_unsupervised_multitask_learners.pdf"),
 N(Y, 27, "Basic concepts of LLMs / Tokenizer / Useful links"),
 N(Y, 35, "Basic concepts of LLMs / Tokenizer / Others"),
 N(Y, 36, "Basic concepts of LLMs / Tokenizer / Others"),
 P(Y, 46, "Codex", "LLM4EDA / Generation view / Papers / Code generation", arxiv="2107.03374"),
 P(Y, 50, "Verilogeval: Evaluating large language models for verilog code generation",
   "LLM4EDA / Generation view / Papers / Code generation", arxiv="2309.07544", venue="ICCAD 2023", year=2023,
   code="https://github.com/NVlabs/verilog-eval"),
 P(Y, 52, "Chip-chat: Challenges and opportunities in conversational hardware design",
   "LLM4EDA / Generation view / Papers / Code generation", arxiv="2305.13243", venue="MLCAD 2023", year=2023),
 P(Y, 53, "Autochip: Automating hdl generation using llm feedback",
   "LLM4EDA / Generation view / Papers / Code generation", arxiv="2311.04887", venue="arXiv 2023", year=2023,
   code="https://github.com/shailja-thakur/AutoChip"),
 P(Y, 54, "Rtllm: An open-source benchmark for design rtl generation with large language model",
   "LLM4EDA / Generation view / Papers / Code generation", arxiv="2308.05345", venue="ASP-DAC 2024", year=2024,
   code="https://github.com/hkust-zhiyao/RTLLM"),
 N(Y, 57, "LLM4EDA / Generation view / Papers"),
 P(Y, 58, "Chipnemo: Domain-adapted llms for chip design",
   "LLM4EDA / Generation view / Papers / Code Verification & Analysis", arxiv="2311.00176", venue="arXiv 2023", year=2023),
 P(Y, 61, "Llm-assisted generation of hardware assertions",
   "LLM4EDA / Generation view / Papers / Code Verification & Analysis", arxiv="2306.14027", venue="arXiv 2023", year=2023),
 P(Y, 62, "Unlocking hardware security assurance: The potential of llms",
   "LLM4EDA / Generation view / Papers / Code Verification & Analysis", arxiv="2308.11042", venue="arXiv 2023", year=2023),
 P(Y, 77, "Algorithms for Hyper-Parameter Optimization", "LLM4EDA / Optimization view / Papers",
   url="https://papers.nips.cc/paper_files/paper/2011/file/86e8f7ab32cfd12577bc2619bc635690-Paper.pdf",
   venue="NIPS 2011", year=2011),
 P(Y, 78, "Why Can GPT Learn In-Context? Language Models Implicitly Perform Gradient Descent as Meta-Optimizers",
   "LLM4EDA / Optimization view / Papers", arxiv="2212.10559", venue="ACL 2023", year=2023,
   code="https://github.com/microsoft/LMOps/tree/main/understand_icl"),
 N(Y, 79, "LLM4EDA / Optimization view / Papers"),
 P(Y, 80, "LARGE LANGUAGE MODELS AS OPTIMIZERS", "LLM4EDA / Optimization view / Papers / Combinatorial / Discrete Problem",
   arxiv="2309.03409", venue="ICLR 2024", year=2024, code="https://github.com/google-deepmind/opro"),
 P(Y, 88, "Large Language Models for Supply Chain Optimization",
   "LLM4EDA / Optimization view / Papers / Numerical / Continuous Problem", arxiv="2307.03875", venue="arXiv",
   code="https://github.com/microsoft/OptiGuide"),
 P(Y, 92, "Ghost in the Minecraft: Generally Capable Agents for Open-World Environments via Large Language Models with Text-based Knowledge and Memory",
   "LLM4EDA / Optimization view / Papers / Numerical / Continuous Problem", arxiv="2305.17144", venue="arXiv 2023", year=2023,
   code="https://github.com/OpenGVLab/GITM"),
 P(Y, 93, "Large Language Models as Evolutionary Optimizers",
   "LLM4EDA / Optimization view / Papers / Numerical / Continuous Problem", arxiv="2310.19046", venue="arXiv"),

 # ---- Thinklab-SJTU: plain numbered titles, bold description bullets
 N(K, 19, "HDL and Script Generation"),
 N(K, 20, "HDL and Script Generation"),
 P(K, 23, "ChipGPT: How far are we from natural language hardware design", "HDL and Script Generation"),
 P(K, 26, "RTLLM: An Open-Source Benchmark for Design RTL Generation with Large Language Model", "HDL and Script Generation"),
 P(K, 29, "Chip-Chat: Challenges and Opportunities in Conversational Hardware Design", "HDL and Script Generation"),
 P(K, 34, "RTLCoder: Outperforming GPT-3.5 in Design RTL Generation with Our Open-Source Dataset and Lightweight Solution", "HDL and Script Generation"),
 P(K, 36, "Benchmarking Large Language Models for Automated Verilog RTL Code Generation", "HDL and Script Generation"),
 P(K, 37, "SpecLLM: Exploring Generation and Review of VLSI Design Specification with Large Language Model", "HDL and Script Generation"),
 P(K, 38, "Zero-Shot RTL Code Generation with Attention Sink Augmented Large Language Models", "HDL and Script Generation"),
 P(K, 42, "CreativEval: Evaluating Creativity of LLM-Based Hardware Code Generation", "HDL and Script Generation"),
 P(K, 44, "AnalogCoder: Analog Circuit Design via Training-Free Code Generation", "HDL and Script Generation"),
 P(K, 45, "Data is all you need: Finetuning LLMs for Chip Design via an Automated design-data augmentation framework", "HDL and Script Generation"),
 P(K, 46, "SynthAI: A Multi Agent Generative AI Framework for Automated Modular HLS Design Generation", "HDL and Script Generation"),
 P(K, 48, "LLM-Aided Testbench Generation and Bug Detection for Finite-State Machines", "HDL and Script Generation"),
 P(K, 57, "ChipNeMo: Domain-Adapted LLMs for Chip Design", "Code Analysis and Verification"),
 P(K, 69, "AssertLLM: Generating and Evaluating Hardware Verification Assertions from Design Specifications via Multi-LLMs", "Code Analysis and Verification"),
 P(K, 71, "Data is all you need: Finetuning LLMs for Chip Design via an Automated design-data augmentation framework", "Code Analysis and Verification"),
 N(K, 83, "LLMs as Agent"),
 N(K, 84, "LLMs as Agent"),
 N(K, 85, "LLMs as Agent"),
]

def main():
    cache = {}
    sampled = json.load(open(os.path.join(HERE, "samples.json"), encoding="utf-8"))
    want = {(k, e["line"]) for k, v in sampled.items() for e in v}
    got = {(e["list"], e["line"]) for e in L}
    assert want == got, (want - got, got - want)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as out:
        for e in L:
            if e["list"] not in cache:
                with open(os.path.join(HERE, e["list"]), encoding="utf-8", newline="") as f:
                    cache[e["list"]] = f.read().split("\n")
            lines = cache[e["list"]]
            e = dict(e)
            n = e.pop("nlines")
            e["raw"] = "\n".join(lines[e["line"] - 1: e["line"] - 1 + n])
            out.write(json.dumps({k: e[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print(len(L), "labels,", sum(e["is_paper"] for e in L), "papers")

if __name__ == "__main__":
    main()
