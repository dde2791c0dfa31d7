#!/usr/bin/env python3
"""Join the hand labels below with the drawn entries (list, line, raw) from sample.py.

Every value below was read by eye from the README files; the script only copies
`raw` exactly from the file and writes labels.jsonl in key order.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
E = "EuniAI__awesome-code-agents.README.md"
H = "Haoyi-Zhang__Agent4SE_SLR.README.md"
X = "xinyi-hou__LLM4SE_SLR.README.md"

NAV = "Quick Navigation"
ISSUE = "Papers / Software General Engineering Agents / Issue Resolution"
XRE = "Papers / Requirements engineering"
XSD = "Papers / Software design"
XDEV = "Papers / Software development"


def non(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)


def pap(title, arxiv_id=None, url=None, venue=None, year=None, authors=(), code=None, section=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv_id, doi=doi, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=None, section=section)


L = {
    # ---- EuniAI/awesome-code-agents: TOC lines (non-papers) ----
    (E, 107): non(NAV),
    (E, 109): non(NAV),
    (E, 114): non(NAV),
    (E, 116): non(NAV),
    (E, 129): non(NAV),
    (E, 139): non(NAV),
    (E, 143): non(NAV),
    (E, 146): non(NAV),
    (E, 147): non(NAV),
    # ---- EuniAI: three-line citations (bold title / italic authors + venue date / badges) ----
    (E, 195): pap("SWE-Lego: Pushing the Limits of Supervised Fine-tuning for Software Issue Resolving",
                  arxiv_id="2601.01426", venue="arXiv 2026", year=2026,
                  authors=["Chaofan Tao", "Jierun Chen", "Yuxin Jiang", "Kaiqi Kou", "Shaowei Wang", "Ruoyu Wang",
                           "Xiaohui Li", "Sidi Yang", "Yiming Du", "Jianbo Dai"],
                  code="https://github.com/SWE-Lego/SWE-Lego", section=ISSUE),
    (E, 203): pap("Unified Software Engineering Agent as AI Software Engineer",
                  arxiv_id="2506.14683", venue="ICSE 2026", year=2026,
                  authors=["Leonhard Applis", "Yuntong Zhang", "Shanchao Liang", "Nan Jiang", "Lin Tan",
                           "Abhik Roychoudhury"], section=ISSUE),
    (E, 231): pap("Live-SWE-agent: Can Software Engineering Agents Self-Evolve on the Fly?",
                  arxiv_id="2511.13646", venue="arXiv 2025", year=2025,
                  authors=["Chunqiu Steven Xia", "Zhe Wang", "Yan Yang", "Yuxiang Wei", "Lingming Zhang"],
                  code="https://github.com/OpenAutoCoder/live-swe-agent", section=ISSUE),
    (E, 263): pap("More with Less: An Empirical Study of Turn-Control Strategies for Efficient Coding Agents",
                  arxiv_id="2510.16786", venue="arXiv 2025", year=2025,
                  authors=["Pengfei Gao", "Chao Peng"], section=ISSUE),
    (E, 299): pap("BugPilot: Complex Bug Generation for Efficient Learning of SWE Skills",
                  arxiv_id="2510.19898", venue="arXiv 2025", year=2025,
                  authors=["Atharv Sonwane", "Isadora White", "Hyunji Lee", "Matheus Pereira", "Lucas Caccia",
                           "Minseon Kim", "Zhengyan Shi", "Chinmay Singh", "Alessandro Sordoni",
                           "Marc-Alexandre Côté"], section=ISSUE),
    (E, 319): pap("SIADAFIX: issue description response for adaptive program repair",
                  arxiv_id="2510.16059", venue="arXiv 2025", year=2025,
                  authors=["Xin Cao", "Nan Yu"],
                  code="https://github.com/liauto-siada/siada-cli", section=ISSUE),
    (E, 323): pap("Kimi-Dev: Agentless Training as Skill Prior for SWE-Agents",
                  arxiv_id="2509.23045", venue="arXiv 2025", year=2025,
                  authors=["Zonghan Yang", "Shengjie Wang", "Kelin Fu", "Wenyang He", "Weimin Xiong", "Yibo Liu",
                           "Yibo Miao", "Bofei Gao", "Yejie Wang", "Yingwei Ma"], section=ISSUE),
    (E, 343): pap("Is Your Automated Software Engineer Trustworthy?",
                  arxiv_id="2506.17812", venue="arXiv 2025", year=2025,
                  authors=["Noble Saji Mathews", "Meiyappan Nagappan"],
                  code="https://github.com/uw-swag/BouncerBench", section=ISSUE),
    (E, 347): pap("Interactive Agents to Overcome Ambiguity in Software Engineering",
                  arxiv_id="2502.13069", venue="arXiv 2025", year=2025,
                  authors=["Sanidhya Vijayvargiya", "Xuhui Zhou", "Akhila Yerukola", "Maarten Sap", "Graham Neubig"],
                  section=ISSUE),
    (E, 367): pap("Trae Agent: An LLM-based Agent for Software Engineering with Test-time Scaling",
                  arxiv_id="2507.23370", venue="arXiv 2025", year=2025,
                  authors=["Pengfei Gao", "Zhao Tian", "Xiangxin Meng", "Xinchen Wang", "Ruida Hu", "Yuanan Xiao",
                           "Yizhou Liu", "Zhao Zhang", "Junjie Chen", "Cuiyun Gao"],
                  code="https://github.com/bytedance/trae-agent", section=ISSUE),
    (E, 375): pap("EXPEREPAIR: Dual-Memory Enhanced LLM-based Repository-Level Program Repair",
                  arxiv_id="2506.10484", venue="arXiv 2025", year=2025,
                  authors=["Fangwen Mu", "Junjie Wang", "Lin Shi", "Song Wang", "Shoubin Li", "Qing Wang"],
                  code="https://github.com/ExpeRepair/ExpeRepair", section=ISSUE),
    # ---- Haoyi-Zhang/Agent4SE_SLR: [YYYY/MM] **Title.** [[Venue](link)] / blank / "X et al." ----
    (H, 3): pap("SpecGen: Automated Generation of Formal Program Specifications via Large Language Models",
                arxiv_id="2401.08807", venue="arXiv 2024", year=2024, authors=["Ma"]),
    (H, 7): pap("Advancing Requirements Engineering through Generative AI: Assessing the Role of LLMs",
                arxiv_id="2310.13976", venue="arXiv 2023", year=2023, authors=["Arora"]),
    (H, 19): pap("Chain-of-Programming: Empowering Large Language Models for Geospatial Code Generation",
                 arxiv_id="2411.10753", venue="arXiv 2024", year=2024, authors=["Hou"]),
    (H, 43): pap("AgentBank: Towards Generalized LLM Agents via Fine-Tuning on 50000+ Interaction Trajectories",
                 arxiv_id="2410.07706", venue="arXiv 2024", year=2024, authors=["Song"]),
    (H, 51): pap("Better than Your Teacher: LLM Agents that learn from Privileged AI Feedback",
                 arxiv_id="2410.05434", venue="arXiv 2024", year=2024, authors=["Choudhury"]),
    (H, 63): pap("AutoSafeCoder: A Multi-Agent Framework for Securing LLM Code Generation through Static Analysis and Fuzz Testing",
                 arxiv_id="2409.10737", venue="arXiv 2024", year=2024, authors=["Nunez"]),
    (H, 67): pap("A Pair Programming Framework for Code Generation via Multi-Plan Exploration and Feedback-Driven Refinement",
                 arxiv_id="2409.05001", venue="arXiv 2024", year=2024, authors=["Zhang"]),
    (H, 83): pap("RAT: Retrieval Augmented Thoughts Elicit Context-Aware Reasoning in Long-Horizon Generation",
                 arxiv_id="2403.05313", venue="arXiv 2024", year=2024, authors=["Wang"]),
    (H, 91): pap("CodeAgent: Enhancing Code Generation with Tool-Integrated Agent Systems for Real-World Repo-level Coding Challenges",
                 arxiv_id="2401.07339", venue="ACL 2024", year=2024, authors=["Zhang"]),
    (H, 107): pap("INTERVENOR: Prompting the Coding Ability of Large Language Models with the Interactive Chain of Repair",
                  arxiv_id="2311.09868", venue="ACL 2023", year=2023, authors=["Wang"]),
    (H, 119): pap("Language Agent Tree Search Unifies Reasoning, Acting, and Planning in Language Models",
                  arxiv_id="2310.04406", venue="ICML 2023", year=2023, authors=["Zhou"]),
    (H, 143): pap("ToolCoder: Teach Code Generation Models to use API search tools",
                  arxiv_id="2305.04032", venue="arXiv 2023", year=2023, authors=["Zhang"]),
    (H, 187): pap("AGENTFL: Scaling LLM-based Fault Localization to Project-Level Context",
                  arxiv_id="2403.16362", venue="arXiv 2024", year=2024, authors=["Qin"]),
    (H, 211): pap("CoCoST: Automatic Complex Code Generation with Online Searching and Correctness Testing",
                  arxiv_id="2403.13583", venue="arXiv 2024", year=2024, authors=["He"]),
    (H, 231): pap("LLM-Assisted Static Analysis for Detecting Security Vulnerabilities",
                  arxiv_id="2405.17238", venue="arXiv 2024", year=2024, authors=["Li"]),
    (H, 235): pap("SWE-AGENT: AGENT-COMPUTER INTERFACES ENABLE AUTOMATED SOFTWARE ENGINEERING",
                  arxiv_id="2405.15793", venue="arXiv 2024", year=2024, authors=["Yang"]),
    (H, 243): pap("Testing the Limits: Unusual Text Inputs Generation for Mobile App Crash Detection with Large Language Model",
                  url="https://dl.acm.org/doi/pdf/10.1145/3597503.3639118", venue="ICSE 2023", year=2023,
                  authors=["Liu"]),
    (H, 287): pap("Prompting Is All You Need: Automated Android Bug Replay with Large Language Models",
                  arxiv_id="2306.01987", venue="ICSE 2023", year=2023, authors=["Feng"]),
    (H, 311): pap("IS SELF-REPAIR A SILVER BULLET FOR CODE GENERATION?",
                  arxiv_id="2306.09896", venue="ICLR 2023", year=2023, authors=["Olausson"]),
    (H, 339): pap("CodeAgent: Collaborative Agents for Software Engineering",
                  arxiv_id="2402.02172", venue="arXiv 2024", year=2024, authors=["Tang"]),
    # ---- xinyi-hou/LLM4SE_SLR: - **Title** (Year), VENUE, Last, First; Last, First. ----
    (X, 10): non("Contents"),
    (X, 25): pap("Few-shot learning for sentence pair classification and its applications in software engineering",
                 venue="arXiv 2023", year=2023,
                 authors=["Robert Kraig Helmeczi", "Mucahit Cevik", "Savas Yıldırım"], section=XRE),
    (X, 29): pap("Leveraging Transformer-based Language Models to Automate Requirements Satisfaction Assessment",
                 venue="arXiv 2023", year=2023,
                 authors=["Amrit Poudel", "Jinfeng Lin", "Jane Cleland-Huang"], section=XRE),
    (X, 39): pap("Data-driven prototyping via natural-language-based gui retrieval",
                 venue="ASE_J 2023", year=2023,
                 authors=["Kristian Kolthoff", "Christian Bartelt", "Simone Paolo Ponzetto"], section=XSD),
    (X, 40): pap("Experimenting a New Programming Practice with LLMs",
                 venue="arXiv 2024", year=2024,
                 authors=["Simiao Zhang", "Jiaping Wang", "Guoliang Dong", "Jun Sun", "Yueling Zhang", "Geguang Pu"],
                 section=XSD),
    (X, 44): pap("A Closer Look at Different Difficulty Levels Code Generation Abilities of ChatGPT",
                 venue="ASE 2023", year=2023,
                 authors=["Dapeng Yan", "Zhipeng Gao", "Zhiming Liu"], section=XDEV),
    (X, 47): pap("A Novel Approach for Rapid Development Based on ChatGPT and Prompt Engineering",
                 venue="arXiv 2023", year=2023,
                 authors=["Youjia Li", "Jianjun Shi", "Zheng Zhang"], section=XDEV),
    (X, 53): pap("Adaptive Intellect Unleashed: The Feasibility of Knowledge Transfer in Large Language Models",
                 venue="arXiv 2023", year=2023,
                 authors=["Qing Huang", "Yishun Wu", "Zhenchang Xing", "He Jiang", "Yu Cheng", "Huan Jin"],
                 section=XDEV),
    (X, 55): pap("AI Chain on Large Language Model for Unsupervised Control Flow Graph Generation for Statically-Typed Partial Code",
                 venue="arXiv 2023", year=2023,
                 authors=["Qing Huang", "Zhou Zou", "Zhenchang Xing", "Zhenkang Zuo", "Xiwei Xu", "Qinghua Lu"],
                 section=XDEV),
    (X, 57): pap("Aligning Offline Metrics and Human Judgments of Value of AI-Pair Programmers",
                 venue="ACL 2022", year=2022,
                 authors=["Victor Dibia", "Adam Fourney", "Gagan Bansal", "Forough Poursabzi-Sangdeh", "Han Liu",
                          "Saleema Amershi"], section=XDEV),
    (X, 58): pap("An empirical study on code comment completion",
                 venue="ICSME 2021", year=2021,
                 authors=["Antonio Mastropaolo", "Emad Aghajani", "Luca Pascarella", "Gabriele Bavota"], section=XDEV),
    (X, 61): pap("Analysis of ChatGPT on Source Code",
                 venue="arXiv 2023", year=2023,
                 authors=["Ahmed R Sadik", "Antonello Ceravola", "Frank Joublin", "Jibesh Patra"], section=XDEV),
    (X, 66): pap("ART: Automatic multi-step reasoning and tool-use for large language models",
                 venue="arXiv 2023", year=2023,
                 authors=["Bhargavi Paranjape", "Scott Lundberg", "Sameer Singh", "Hannaneh Hajishirzi",
                          "Luke Zettlemoyer", "Marco Tulio Ribeiro"], section=XDEV),
    (X, 67): pap("Assemble foundation models for automatic code summarization",
                 venue="SANER 2022", year=2022,
                 authors=["Jian Gu", "Pasquale Salza", "Harald C. Gall"], section=XDEV),
    (X, 76): pap("Automatic Semantic Augmentation of Language Model Prompts (for Code Summarization)",
                 venue="ICSE 2024", year=2024,
                 authors=["Toufique Ahmed", "Kunal Suresh Pai", "Premkumar Devanbu", "Earl T. Barr"], section=XDEV),
    (X, 83): pap("Can ChatGPT replace StackOverflow? A Study on Robustness and Reliability of Large Language Model Code Generation",
                 venue="arXiv 2023", year=2023,
                 authors=["Li Zhong", "Zilong Wang"], section=XDEV),
    (X, 85): pap("Capturing failures of large language models via human cognitive biases",
                 venue="NeurIPS 2022", year=2022,
                 authors=["Erik Jones", "Jacob Steinhardt"], section=XDEV),
    (X, 94): pap("Clover: Closed-Loop Verifiable Code Generation",
                 venue="arXiv 2023", year=2023,
                 authors=["Chuyue Sun", "Ying Sheng", "Oded Padon", "Clark Barrett"], section=XDEV),
    (X, 95): pap("Coarse-Tuning Models of Code with Reinforcement Learning Feedback",
                 venue="arXiv 2023", year=2023,
                 authors=["Abhinav Jain", "Chima Adiole", "Swarat Chaudhuri", "Thomas Reps", "Chris Jermaine"],
                 section=XDEV),
    (X, 96): pap("Code generation tools (almost) for free? a study of few-shot, pre-trained language models on code",
                 venue="arXiv 2022", year=2022,
                 authors=["Patrick Bareiß", "Beatriz Souza", "Marcelo d'Amorim", "Michael Pradel"], section=XDEV),
}

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors",
        "code", "summary", "section"]


def main():
    out = subprocess.run([sys.executable, os.path.join(HERE, "sample.py")], capture_output=True, text=True,
                         check=True).stdout
    drawn = [json.loads(l) for l in out.splitlines() if l.strip()]
    assert len(drawn) == len(L), (len(drawn), len(L))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for d in drawn:
            lab = L[(d["list"], d["line"])]
            row = {"list": d["list"], "line": d["line"], "raw": d["raw"], **lab}
            f.write(json.dumps({k: row[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print(len(drawn), "labels written")


if __name__ == "__main__":
    main()
