#!/usr/bin/env python3
"""Write labels.jsonl from hand-read values (s52h).

`raw` is copied from sample.json (the exact source lines of each drawn entry);
every other value below was read by eye from the saved README.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
I = "INTREBID__Awesome-MM-RAG.README.md"
J = "JarvisUSTC__Awesome-Multimodal-RAG.README.md"
N = "noooop__Reading_List.README.md"

TAX = "Taxonomy — From a perspective of different input-output modality combinations"


def P(title, arxiv=None, url=None, venue=None, year=None, code=None, summary=None,
      section=None, authors=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue,
                year=year, authors=authors or [], code=code, summary=summary, section=section)


def X(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)


L = {
    # ---------------- INTREBID / Awesome-MM-RAG ----------------
    (I, 37): X("Overview"),
    (I, 72): P("Murag: Multimodal retrieval-augmented generator for open question answering over images and text",
               arxiv="2210.02928", venue="EMNLP 2022", year=2022, section=TAX + " / Text+Image→Text"),
    (I, 73): P("Retrieval Augmented Visual Question Answering with Outside Knowledge",
               arxiv="2210.03809", venue="EMNLP 2022", year=2022,
               code="https://github.com/LinWeizheDragon/Retrieval-Augmented-Visual-Question-Answering",
               section=TAX + " / Text+Image→Text"),
    (I, 84): P("Visrag: Vision-based retrieval-augmented generation on multi-modality documents",
               arxiv="2410.10594", code="https://github.com/OpenBMB/VisRAG",
               section=TAX + " / Text+Image→Text"),
    (I, 97): P("Memory-augmented image captioning", arxiv="2403.03715", venue="AAAI 2021", year=2021,
               section=TAX + " / Image→Text"),
    (I, 98): P("Retrieval-augmented image captioning", arxiv="2302.08268", venue="EACL 2023", year=2023,
               section=TAX + " / Image→Text"),
    (I, 111): P("X&Fuse: Fusing Visual Information in Text-to-Image Generation", arxiv="2303.01000",
                section=TAX + " / Text→Image"),
    (I, 123): P("Audio Captioning using Pre-Trained Large-Scale Language Model Guided by Audio-based Similar Caption Retrieval",
                arxiv="2012.07331", venue="ICASSP 2021", year=2021, section=TAX + " / Audio→Text"),
    (I, 130): P("Retrieval-Augmented Text-to-Audio Generation", arxiv="2309.08051", venue="ICASSP 2024",
                year=2024, section=TAX + " / Text→Audio"),
    (I, 132): P("Retrieval augmented generation in prompt-based text-to-speech synthesis with context-aware contrastive language-audio pretraining",
                arxiv="2406.03714", venue="Interspeech 2024", year=2024,
                code="https://happylittlecat2333.github.io/interspeech2024-RAG/",
                section=TAX + " / Text→Audio"),
    (I, 140): P("Incorporating background knowledge into video description generation",
                url="https://aclanthology.org/D18-1433/", venue="EMNLP 2018", year=2018,
                section=TAX + " / Video→Text"),
    (I, 149): P("Retrieval augmented convolutional encoder-decoder networks for video captioning",
                url="https://dl.acm.org/doi/10.1145/3539225", venue="TOMCCAP 2023", year=2023,
                section=TAX + " / Video+Text→Text"),
    (I, 151): P("Video-RAG: Visually-aligned Retrieval-Augmented Long Video Comprehension",
                arxiv="2411.13093", venue="NIPS 2025", year=2025,
                code="http://github.com/Leon1207/Video-RAG-master", section=TAX + " / Video+Text→Text"),
    (I, 203): P("Retrieval-Augmented Generation for Code Summarization via Hybrid GNN", arxiv="2006.05405",
                venue="ICLR 2021", year=2021,
                code="https://github.com/shangqing-liu/CCSD-benchmark-for-code-summarization",
                section=TAX + " / Code→Text"),
    (I, 220): P("EVOR: Evolving Retrieval for Code Generation", arxiv="2402.12317", venue="EMNLP 2024",
                year=2024, code="https://arks-codegen.github.io/", section=TAX + " / Text→Code"),
    (I, 241): P("LI-RAGE: Late Interaction Retrieval Augmented Generation with Explicit Signals for Open-Domain Table Question Answering",
                url="https://aclanthology.org/2023.acl-short.133.pdf", venue="ACL 2023", year=2023,
                code="https://github.com/amazon-science/robust-tableqa",
                section=TAX + " / Text+Structured Data→Text"),
    (I, 256): P("WebQA", arxiv="2109.00590", venue="CVPR 2022", year=2022,
                summary="Textual knowledge retrieval and reasoning.", section="Benchmarks"),
    (I, 262): P("MRAMG-Bench", arxiv="2502.04176", venue="SIGIR 2025", year=2025,
                code="https://github.com/MRAMG-Bench/MRAMG", section="Benchmarks"),
    (I, 265): P(None, arxiv="2502.17297", authors=["Liu"], code="https://github.com/NEUIR/M2RAG",
                summary="Evaluates MM-RAG across four tasks: image captioning, multimodal QA, fact verification, and image reranking.",
                section="Benchmarks"),
    (I, 267): P("PDF-MVQA", venue="IJCAI 2024", year=2024, code="https://github.com/adlnlp/mmvqa",
                section="Benchmarks"),
    # ---------------- JarvisUSTC / Awesome-Multimodal-RAG ----------------
    (J, 9): X("Contents"),
    (J, 10): X("Contents"),
    (J, 13): X("Contents"),
    (J, 15): X("Contents"),
    (J, 21): X("Contents"),
    (J, 22): X("Contents"),
    (J, 37): P("Retrieving Multimodal Information for Augmented Generation: A Survey", arxiv="2303.10868",
               year=2023,
               summary="This paper provides a comprehensive overview of the methods and challenges in leveraging multimodal information (e.g., images, audio, video, and structured knowledge) to enhance LLMs.",
               section="Papers / Surveys and Tutorials / Key Papers"),
    (J, 40): X("Papers / Surveys and Tutorials / Tutorials"),
    (J, 42): X("Papers / Surveys and Tutorials / Tutorials"),
    (J, 45): X("Papers / General Multimodal RAG"),
    (J, 46): P("GME: Improving Universal Multimodal Retrieval by Multimodal LLMs", arxiv="2412.16855", year=2024,
               summary="A robust multimodal embedding model developed by Alibaba, trained on 8 million instances, designed for general multimodal retrieval. It supports single-modal, cross-modal, fused-modal retrieval, and visual documents retrieval.",
               section="Papers / General Multimodal RAG / Key Papers"),
    (J, 51): X("Papers / Multimodal Document RAG"),
    (J, 52): P("Unifying Multimodal Retrieval via Document Screenshot Embedding", arxiv="2406.11251", year=2024,
               section="Papers / Multimodal Document RAG / Key Papers"),
    (J, 58): X("Papers / Domain-Specific Multimodal RAG"),
    (J, 59): P("AlzheimerRAG: Multimodal Retrieval Augmented Generation for PubMed articles", arxiv="2412.16701",
               year=2024, summary="Focuses on biomedical applications.",
               section="Papers / Domain-Specific Multimodal RAG / Key Papers"),
    (J, 65): X("Datasets"),
    (J, 68): P("Benchmarking Multimodal Retrieval Augmented Generation with Dynamic VQA Dataset and Self-adaptive Planning Agent",
               arxiv="2411.02937", year=2024, summary="A challenging dataset for dynamic RAG tasks.",
               section="Datasets / Key Datasets"),
    (J, 69): P("M3DocRAG: Multi-modal Retrieval is What You Need for Multi-page Multi-document Understanding",
               arxiv="2411.04952", year=2024,
               summary="A benchmark for evaluating open-domain DocVQA over 3,000+ PDF documents with 40,000+ pages.",
               section="Datasets / Key Datasets"),
    (J, 70): P("M-Longdoc: A Benchmark For Multimodal Super-Long Document Understanding And A Retrieval-Aware Tuning Framework",
               arxiv="2411.06176", year=2024,
               summary="A benchmark consisting of 851 samples featuring lengthy and diverse multimodal content, including text, figures, and tables, drawn from academic papers, technical manuals, and financial reports.",
               section="Datasets / Key Datasets"),
    (J, 95): X("Open Challenges / Key Challenges"),
    # ---------------- noooop / Reading_List (awesome_multimodal_retrieval.md) ----------------
    (N, 4): P("ColPali: Efficient Document Retrieval with Vision Language Models", arxiv="2407.01449", year=2024,
              section="ColPali"),
    (N, 12): X("ColPali"),
    (N, 19): P("jina-embeddings-v4: Universal Embeddings for Multimodal Multilingual Retrieval", arxiv="2506.18902",
               year=2025, section="ColPali"),
    (N, 25): P("Jina Embeddings 2: 8192-Token General-Purpose Text Embeddings for Long Documents",
               arxiv="2310.19923", year=2023, section="Multilingual Multimodal Retrieval(Embeddings) / CLIP"),
    (N, 26): P("Jina CLIP: Your CLIP Model Is Also Your Text Retriever", arxiv="2405.20204", year=2024,
               section="Multilingual Multimodal Retrieval(Embeddings) / CLIP"),
    (N, 38): P("jina-embeddings-v3: Multilingual Embeddings With Task LoRA", arxiv="2409.10173", year=2024,
               section="Multilingual Multimodal Retrieval(Embeddings) / CLIP"),
    (N, 39): P("jina-clip-v2: Multilingual Multimodal Embeddings for Text and Images", arxiv="2412.08802",
               year=2024, section="Multilingual Multimodal Retrieval(Embeddings) / CLIP"),
    (N, 50): P("E5-V: Universal Embeddings with Multimodal Large Language Models", arxiv="2407.12580", year=2024,
               section="Multilingual Multimodal Retrieval(Embeddings) / VLM2Vec"),
    (N, 58): P("VLM2Vec: Training Vision-Language Models for Massive Multimodal Embedding Tasks",
               arxiv="2410.05160", year=2024, section="Multilingual Multimodal Retrieval(Embeddings) / VLM2Vec"),
    (N, 67): P("LamRA: Large Multimodal Model as Your Advanced Retrieval Assistant", arxiv="2412.01720",
               year=2024, section="Multilingual Multimodal Retrieval(Embeddings) / VLM2Vec"),
    (N, 84): P("GME: Improving Universal Multimodal Retrieval by Multimodal LLMs", arxiv="2412.16855", year=2024,
               section="Multilingual Multimodal Retrieval(Embeddings) / VLM2Vec"),
    (N, 99): X("Multilingual Multimodal Retrieval(Embeddings) / VLM2Vec"),
    (N, 104): P("jina-embeddings-v4: Universal Embeddings for Multimodal Multilingual Retrieval",
                arxiv="2506.18902", year=2025, section="Multilingual Multimodal Retrieval(Embeddings) / VLM2Vec"),
    (N, 119): P("VLM2Vec-V2: Advancing Multimodal Embedding for Videos, Images, and Visual Documents",
                arxiv="2507.04590", year=2025, section="Multilingual Multimodal Retrieval(Embeddings) / VLM2Vec"),
    (N, 134): X("Multilingual Multimodal Reranker"),
}

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
        "authors", "code", "summary", "section"]


def main():
    sample = json.load(open(os.path.join(HERE, "sample.json"), encoding="utf-8"))
    seen = set()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for s in sample:
            key = (s["list"], s["line"])
            lab = L[key]
            seen.add(key)
            row = {"list": s["list"], "line": s["line"], "raw": s["raw"], **lab}
            fh.write(json.dumps({k: row[k] for k in KEYS}, ensure_ascii=False) + "\n")
    missing = set(L) - seen
    assert not missing, missing
    print(len(sample), "labels written")


if __name__ == "__main__":
    main()
