#!/usr/bin/env python3
"""Write labels.jsonl from the hand labels below. `raw` is cut from the list file itself
(lines START..END, 1-based, joined with \\n, carriage returns dropped), so it is exact."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WG = "Wind-Gone__awesome-ai4db-paper.README.md"
C4 = "code4DB__LLM4DB.README.md"
LS = "LumingSun__ML4DB-paper-list.README.md"
YX = "YXWei-UMN__Awesome-learned-index.README.md"


def P(title, venue=None, year=None, arxiv_id=None, url=None, authors=None, code=None, summary=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv_id, doi=doi, url=url, venue=venue, year=year,
                authors=authors or [], code=code, summary=summary)


NP = dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
          authors=[], code=None, summary=None)

# (list, start line, end line, section, fields)
L = []

# ---- Wind-Gone/awesome-ai4db-paper: numbered "[Title](link) [VENUE YY]" + star badges ----
S_TOC = "Table of Content"
for ln in (42, 47, 53, 61):
    L.append((WG, ln, ln, S_TOC, NP))
L += [
    (WG, 65, 65, "Learning-based Query Optimization",
     P("LEON: A New Framework for ML-Aided Query Optimization", "VLDB 2023", 2023,
       url="https://www.vldb.org/pvldb/vol16/p2261-chen.pdf")),
    (WG, 77, 77, "Learning-based Query Optimization / Training Data Set Preparation",
     P("Expand your training limits! generating training data for ml-based data management", "VLDB 2021", 2021,
       url="https://itu.dk/~joqu/assets/publications/sigmod21c.pdf")),
    (WG, 78, 78, "Learning-based Query Optimization / Training Data Set Preparation",
     P("LearnedSQLGen: Constraint-aware SQL Generation using Reinforcement Learning", "SIGMOD 2022", 2022,
       url="https://dbgroup.cs.tsinghua.edu.cn/ligl/papers/sigmod2022-sqlgen.pdf")),
    (WG, 90, 90, "Learning-based Query Optimization / Cardinality Estimation / Survey",
     P("Cardinality Estimation in DBMS: A Comprehensive Benchmark Evaluation", "VLDB 2021", 2021,
       url="https://kai-zeng.github.io/papers/benchmark_vldb_2021.pdf")),
    (WG, 92, 92, "Learning-based Query Optimization / Cardinality Estimation / Survey",
     P("Learned Cardinality Estimation: An In-depth Study", "SIGMOD 2022", 2022,
       url="https://dl.acm.org/doi/10.1145/3514221.3526154",
       code="https://github.com/postechdblab/learned-cardinality-estimation?tab=readme-ov-file")),
    (WG, 106, 106, "Learning-based Query Optimization / Cardinality Estimation / Query-Driven / Multi-Tables",
     P("Flow-Loss: Learning Cardinality Estimates That Matter", "VLDB 2021", 2021,
       url="https://people.csail.mit.edu/tatbul/publications/flowloss_vldb21.pdf")),
    (WG, 110, 110, "Learning-based Query Optimization / Cardinality Estimation / Query-Driven / Multi-Tables",
     P("Asm: Harmonizing autoregressive model, sampling, and multi-dimensional statistics merging for cardinality estimation",
       "SIGMOD 2024", 2024, url="https://dl.acm.org/doi/pdf/10.1145/3639300")),
    (WG, 120, 120, "Learning-based Query Optimization / Cardinality Estimation / Data-Driven / Single-Table",
     P("Quicksel: Quick selectivity learning with mixture models", "SIGMOD 2020", 2020, arxiv_id="1812.10568",
       code="https://github.com/illinoisdata/quicksel")),
    # "[aiXiv 21]" on an arXiv link: read as arXiv 2021 (judgement call)
    (WG, 129, 129, "Learning-based Query Optimization / Cardinality Estimation / Data-Driven / Multi-Tables",
     P("Glue: Adaptively Merging Single Table Cardinality to Estimate Join Query Size", "arXiv 2021", 2021,
       arxiv_id="2112.03458")),
    # "[SIMOD 21]": an evident typo of SIGMOD (judgement call)
    (WG, 143, 143, "Learning-based Query Optimization / Plan Hints",
     P("Bao: Making Learned Query Optimization Practical", "SIGMOD 2021", 2021,
       url="https://dl.acm.org/doi/pdf/10.1145/3448016.3452838")),
    (WG, 202, 202, "Database Traditional Technology / Learning-based Index Design / Single-dimensional",
     P("The next 50 years in database indexing or: the case for automatically generated index structures",
       "VLDB 2021", 2021, url="https://dl.acm.org/doi/10.14778/3494124.3494136")),
    (WG, 226, 226, "Learning-based Configuration Advisor / Index Advisor",
     P("AI Meets AI: Leveraging Query Executions to Improve Index Recommendations", "SIGMOD 2019", 2019,
       url="https://pages.cs.wisc.edu/~wentaowu/papers/sigmod19-auto-indexing.pdf")),
    (WG, 227, 227, "Learning-based Configuration Advisor / Index Advisor",
     P("Online Index Selection Using Deep Reinforcement Learning for a Cluster Database", "ICDEW 2020", 2020,
       url="https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=9094124")),
    (WG, 237, 237, "Learning-based Configuration Advisor / Index Advisor",
     P("Indexer++: Workload-Aware Online Index Tuning with Transformers and Reinforcement Learning", "SAC 2022",
       2022, url="https://dl.acm.org/doi/abs/10.1145/3477314.3507691")),
    (WG, 246, 246, "Learning-based Configuration Advisor / Index Advisor",
     P("Leveraging Dynamic and Heterogeneous Workload Knowledge to Boost the Performance of Index Advisors",
       "PVLDB 2024", 2024, url="https://dl.acm.org/doi/10.14778/3654621.3654631")),
    (WG, 270, 270, "LLM",
     P("A Survey on Large Language Models for Code Generation", "arXiv 2024", 2024, arxiv_id="2406.00515")),
]

# ---- code4DB/LLM4DB: **Title** / blank / *Authors. VENUE YEAR.* [[pdf](...)] ----
for ln in (18, 20, 23):
    L.append((C4, ln, ln, "Table of Contents", NP))
S0 = "0. System & Review"
L += [
    (C4, 32, 34, S0, P("How Large Language Models Will Disrupt Data Management", "VLDB 2023", 2023,
                       url="https://www.vldb.org/pvldb/vol16/p3302-fernandez.pdf",
                       authors=["Raul Castro Fernandez", "Aaron J. Elmore", "Michael J. Franklin",
                                "Sanjay Krishnan", "Chenhao Tan"])),
    (C4, 36, 38, S0, P("From Large Language Models to Databases and Back: A Discussion on Research and Education",
                       "SIGMOD Record", None,
                       url="https://sigmodrecord.org/publications/sigmodRecord/2309/pdfs/09_OpenForum_AmerYahia.pdf",
                       authors=["Sihem Amer-Yahia", "Angela Bonifati", "Lei Chen", "Guoliang Li", "Kyuseok Shim",
                                "Jianliang Xu", "Xiaochun Yang"])),
    (C4, 56, 58, S0, P("Trustworthy and Efficient LLMs Meet Databases", "arXiv 2024", 2024, arxiv_id="2412.18022",
                       authors=["Kyoungmin Kim", "Anastasia Ailamaki"])),
    (C4, 68, 70, S0, P("When Large Language Models Meet Vector Databases: A Survey", "arXiv 2024", 2024,
                       arxiv_id="2402.01763",
                       authors=["Zhi Jing", "Yongye Su", "Yikun Han", "Bo Yuan", "Haiyun Xu", "Chunjiang Liu",
                                "Kehai Chen", "Min Zhang"])),
    (C4, 72, 74, S0, P("From BERT to GPT-3 Codex: Harnessing the Potential of Very Large Language Models for Data Management",
                       "VLDB 2023", 2023, url="https://www.vldb.org/pvldb/vol15/p3770-trummer.pdf",
                       authors=["Immanuel Trummer"])),
]
S11 = "1. LLM for Data Processing / 1.1 Data Cleaning"
L += [
    (C4, 87, 89, S11, P("GIDCL: A Graph-Enhanced Interpretable Data Cleaning Framework with Large Language Models",
                        "SIGMOD 2025", 2025, url="https://dl.acm.org/doi/10.1145/3698811",
                        authors=["Mengyi Yan", "Yaoshu Wang", "Yue Wang", "Xiaoye Miao", "Jianxin Li"])),
    (C4, 91, 93, S11, P("Mind the Data Gap: Bridging LLMs to Enterprise Data Integration", "CIDR 2025", 2025,
                        arxiv_id="2412.20331",
                        authors=["Moe Kayali", "Fabian Wenz", "Nesime Tatbul", "Çağatay Demiralp"])),
    (C4, 99, 101, S11, P("Jellyfish: A Large Language Model for Data Preprocessing", "arXiv 2024", 2024,
                         arxiv_id="2312.01678",
                         authors=["Haochen Zhang", "Yuyang Dong", "Chuan Xiao", "Masafumi Oyamada"])),
    (C4, 107, 109, S11, P("LLMClean: Context-Aware Tabular Data Cleaning via LLM-Generated OFDs", "arXiv 2024", 2024,
                          arxiv_id="2404.18681",
                          authors=["Fabian Biester", "Mohamed Abdelaal", "Daniel Del Gaudio"])),
    (C4, 119, 121, S11, P("Large Language Models as Data Preprocessors", "arXiv 2023", 2023, arxiv_id="2308.16361",
                          authors=["Haochen Zhang", "Yuyang Dong", "Chuan Xiao", "Masafumi Oyamada"])),
    (C4, 138, 140, "1. LLM for Data Processing / 1.2 Entity Matching",
     P("In Situ Neural Relational Schema Matcher", "ICDE 2024", 2024,
       url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=10597805",
       authors=["Xingyu Du", "Gongsheng Yuan", "Sai Wu", "Gang Chen", "Peng Lu"])),
    (C4, 213, 215, "2. LLM for Data Analysis / 2.1 NL2SQL",
     P("The Dawn of Natural Language to SQL: Are We Fully Ready?", "VLDB 2024", 2024, arxiv_id="2406.01265",
       authors=["Boyan Li", "Yuyu Luo", "Chengliang Chai", "Guoliang Li", "Nan Tang"])),
    (C4, 245, 247, "2. LLM for Data Analysis / 2.1 NL2SQL",
     P("CHASE-SQL: Multi-Path Reasoning and Preference Optimized Candidate Selection in Text-to-SQL", "arXiv 2024",
       2024, arxiv_id="2410.01943",
       authors=["Mohammadreza Pourreza", "Hailong Li", "Ruoxi Sun", "Yeounoh Chung", "Shayan Talaei",
                "Gaurav Tarlok Kakkar", "Yu Gan", "Amin Saberi", "Fatma Ozcan", "Sercan O. Arik"])),
    (C4, 267, 269, "2. LLM for Data Analysis / 2.2 Data Exploration",
     P("Db-gpt: Empowering database interactions with private large language models", "arXiv 2023", 2023,
       arxiv_id="2312.17449",
       authors=["Siqiao Xue", "Caigao Jiang", "Wenhui Shi", "Fangyin Cheng", "Keting Chen", "Hongjun Yang",
                "Zhiping Zhang", "Jianshan He", "Hongyang Zhang", "Ganglin Wei", "Wang Zhao", "Fan Zhou",
                "Danrui Qi", "Hong Yi", "Shaodong Liu", "Faqiang Chen"])),
    # "Huang X, Li H, Zhang J, et al." kept as written (surname + initial)
    (C4, 294, 296, "3. LLM for Database Optimization / 3.1 Knob Tuning",
     P("LLMTune: Accelerate Database Knob Tuning with Large Language Models", "arXiv 2024", 2024,
       arxiv_id="2404.11581", authors=["Huang X", "Li H", "Zhang J"])),
    (C4, 334, 336, "3. LLM for Database Optimization / 3.3 Database Diagnosis",
     P("D-Bot: Database Diagnosis System using Large Language Models", "VLDB 2024", 2024, arxiv_id="2312.01454",
       authors=["Xuanhe Zhou", "Guoliang Li", "Zhaoyan Sun", "Zhiyuan Liu", "Weize Chen"],
       code="https://github.com/TsinghuaDatabaseGroup/DB-GPT")),
    (C4, 345, 347, "4. Data Management for LLM",
     P("CoachLM: Automatic Instruction Revisions Improve the Data Quality in LLM Instruction Tuning", "ICDE 2024",
       2024, url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=10597991",
       authors=["Yilun Liu", "Shimin Tao", "Xiaofeng Zhao", "Ming Zhu", "Wenbing Ma", "Junhao Zhu", "Chang Su"])),
]

# ---- LumingSun/ML4DB-paper-list: "* Title (VENUE YEAR)", no paper links ----
L.append((LS, 45, 45, "Table of Contents", NP))
DA = "Data Access"
L += [
    (LS, 58, 58, "System and Tutorial",
     P("UDO: Universal Database Optimization using Reinforcement Learning", "arXiv 2021", 2021)),
    (LS, 73, 73, DA + " / Configuration Tuning",
     P("The Case for Automatic Database Administration using Deep Reinforcement Learning", "arXiv 2018", 2018)),
    (LS, 88, 88, DA + " / Configuration Tuning",
     P("KML: Using Machine Learning to Improve Storage Systems", "arXiv 2021", 2021)),
    (LS, 92, 92, DA + " / Physical Design / Learned structure",
     P("Stacked Filters: Learning to Filter by Structure", "VLDB 2021", 2021)),
    (LS, 93, 93, DA + " / Physical Design / Learned structure",
     P("LEA: A Learned Encoding Advisor for Column Stores", "aiDM 2021", 2021)),
    (LS, 115, 115, DA + " / Physical Design / Index / Index Structure",
     P("Why Are Learned Indexes So Effective?", "ICML 2020", 2020)),
    (LS, 116, 116, DA + " / Physical Design / Index / Index Structure",
     P("Tsunami: A Learned Multi-dimensional Index for Correlated Data and Skewed Workloads", "VLDB 2021", 2021)),
    (LS, 118, 118, DA + " / Physical Design / Index / Index Structure",
     P("The RLR-Tree: A Reinforcement Learning Based R-Tree for Spatial Data", "arXiv 2021", 2021)),
    (LS, 129, 129, DA + " / Physical Design / Index / Index Recommendation",
     P("Index Selection in a Self- Adaptive Data Base Management System", "SIGMOD 1976", 1976)),
    (LS, 132, 132, DA + " / Physical Design / Index / Index Recommendation",
     P("AI Meets AI: Leveraging Query Executions to Improve Index Recommendations", "SIGMOD 2019", 2019)),
    (LS, 146, 146, DA + " / Physical Design / Schema & Partition / Offline",
     P("Learning a Partitioning Advisor with Deep Reinforcement Learning", None, 2019)),
    (LS, 148, 148, DA + " / Physical Design / Schema & Partition / Offline",
     P("A Genetic Optimization Physical Planner for Big Data Warehouses", None, 2020)),
    (LS, 165, 165, "Workload / Resource Estimation and Auto-scaling",
     P("Database Workload Capacity Planning using Time Series Analysis and Machine Learning", "SIGMOD 2020", 2020)),
    (LS, 181, 181, "Workload / Workload Shift Detection",
     P("On predictive modeling for optimizing transaction execution in parallel OLTP systems", "VLDB 2011", 2011)),
    (LS, 201, 201, "Query Optimization / Query Rewrite",
     P("A Learned Query Rewrite System using Monte Carlo Tree Search", "VLDB 2022", 2022)),
    (LS, 224, 224, "Query Optimization / Cardinality Estimation / Data-based",
     P("Selectivity estimation using probabilistic models", "SIGMOD 2001", 2001)),
    (LS, 275, 275, "Query Optimization / Cost Estimation / Concurrent",
     P("Contender: A Resource Modeling Approach for Concurrent Query Performance Prediction", "EDBT 2014", 2014)),
    (LS, 293, 293, "Query Optimization / Query Plan",
     P("Learning-based Declarative Query Optimization", None, 2021)),
    (LS, 336, 336, "SQL Related", NP),  # a link to a resource repository, not a paper
]

# ---- YXWei-UMN/Awesome-learned-index: "[YEAR-VENUE-Title_as_file_name](papers/x.pdf)" ----
# Title: the slug after the YEAR-VENUE- prefix, underscores read as spaces; url: the relative PDF link as written.
BY = "By year / "
BC = "By category / "
L += [
    (YX, 23, 23, BY + "2019", P("FITing-Tree Data-aware-Index", "SIGMOD 2019", 2019,
                                url="papers/2019-SIGMOD-FITing-Tree_Data-aware-Index.pdf")),
    (YX, 25, 25, BY + "2019", NP),  # a numbered study note under the FITing-Tree entry
    (YX, 31, 31, BY + "2020", P("SMART-Self Tuning ART", "ICDEW 2020", 2020,
                                url="papers/2020-ICDEW-SMART-Self_Tuning_ART.pdf")),
    (YX, 35, 35, BY + "2020", P("ALEX Updatable Adaptive Learned Index", "SIGMOD 2020", 2020,
                                url="2020-SIGMOD-ALEX_Updatable_Adaptive_Learned_Index.pdf")),
    (YX, 36, 36, BY + "2020", P("CDFShop-Exploring and Optimizing Learned Index Structures", "SIGMOD 2020", 2020,
                                url="papers/2020-SIGMOD-CDFShop-Exploring_and_Optimizing_Learned_Index_Structures.pdf",
                                summary="tuning parameters of RMIs")),
    (YX, 44, 44, BY + "2021", P("Benchmarking Learned Indexes", "PVLDB 2021", 2021,
                                url="papers/2021-PVLDB-Benchmarking_Learned_Indexes.pdf")),
    (YX, 47, 47, BY + "2021", P("FINEdex-Fine-grained for Scalable Concurrent Memory Systems", "PVLDB 2021", 2021,
                                url="papers/2021-PVLDB-FINEdex-Fine-grained_for_Scalable_Concurrent_Memory_Systems.pdf")),
    (YX, 48, 48, BY + "2021", P("LIPP Updatable Learned Index Precise Positions", "PVLDB 2021", 2021,
                                url="papers/2021-PVLDB-LIPP_Updatable_Learned_Index_Precise_Positions.pdf")),
    (YX, 50, 50, BY + "2021", P("Tailored Regression Learned Indexes-Logarithmic-Error-Regression", "aiDM 2021", 2021,
                                url="papers/2021-aiDM-Tailored_Regression_Learned_Indexes-Logarithmic-Error-Regression.pdf")),
    (YX, 51, 51, BY + "2021", P("learned cardition", "PVLDB 2021", 2021,
                                url="papers/2021-PVLDB-Endownment-learned_cardition.pdf")),
    (YX, 56, 56, BY + "2022", P("learned index with dynamic eps", "ICLR 2022", 2022,
                                url="papers/2022-ICLR_learned_index_with_dynamic_eps.pdf")),
    (YX, 58, 58, BY + "2022", P("Xindex-most-recent", "TOS 2022", 2022,
                                url="papers/2022-TOS-Xindex-most-recent.pdf")),
    (YX, 61, 61, BY + "2022", P("FILM-for-Larger-than-Memory-Databases", "PVLDB 2022", 2022,
                                url="papers/2022-PVLDB-Endowment-FILM-for-Larger-than-Memory-Databases.pdf")),
    (YX, 67, 67, BY + "2023", P("Comprehensive Experimental Evaluation", "PVLDB 2023", 2023,
                                url="papers/2023-PVLDB-Endowment-Comprehensive_Experimental_Evaluation.pdf")),
    (YX, 93, 93, BC + "Updatable", P("PGM-index fully-dynamic compressed worst-case bounds", "VLDB 2020", 2020,
                                     url="papers/2020-VLDB-PGM-index_fully-dynamic_compressed_worst-case_bounds.pdf")),
    (YX, 105, 105, BC + "Secondary Storage/Persistent Memory/LSM",
     P("Bourbon learned LSM", "OSDI 2020", 2020, url="papers/2020-OSDI-Bourbon_learned_LSM.pdf")),
    (YX, 110, 110, BC + "Secondary Storage/Persistent Memory/LSM",
     P("Updatable Learned Indexes Disk-Resident DBMS", "arXiv 2023", 2023,
       url="papers/2023-arxiv-Updatable_Learned_Indexes_Disk-Resident_DBMS.pdf")),
    (YX, 121, 121, BC + "Variable length string keys",
     P("SIndex Scalable Learned Index String Keys", "APSys 2020", 2020,
       url="papers/2020-APSys-SIndex_Scalable_Learned_Index__String_Keys.pdf")),
    (YX, 137, 137, BC + "Applications", P("learned Similarity Search", None, 2022,
                                          url="papers/2022-learned_Similarity%20Search.pdf")),
    (YX, 139, 139, BC + "Applications", P("learned Similarity Search", None, 2022,
                                          url="papers/2022-learned_Similarity_Search.pdf")),
]


def main():
    cache = {}
    out = []
    for name, a, b, section, fields in L:
        if name not in cache:
            with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
                cache[name] = [x.rstrip("\r") for x in f.read().split("\n")]
        raw = "\n".join(cache[name][a - 1:b])
        rec = {"list": name, "line": a, "raw": raw}
        rec.update(fields)
        rec["section"] = section
        out.append(rec)
    keys = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors",
            "code", "summary", "section"]
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")
    print(len(out), "labels")


if __name__ == "__main__":
    main()
