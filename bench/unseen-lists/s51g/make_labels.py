import json
D = "/work/main/bench/unseen-lists/s51g/"
K = "KennethanCeyer__awesome-audio-speech.README.md"
W = "WangCheng0116__Awesome-LALMs-Jailbreak.README.md"
A = "audio-captioning__audio-captioning-resources.README.md"
lines = {f: open(D + f, encoding="utf-8").read().split("\n") for f in (K, W, A)}

def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=summary)
def N():
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None)

L = [
 (K, 31, "Recognition", N()),
 (K, 67, "Synthesis", P("FastSpeech", arxiv="1905.09263")),
 (K, 32, "Recognition", N()),
 (K, 14, "Contents", N()),
 (K, 77, "Open source projects", N()),
 (K, 19, "Recognition", P("Deep Speech", arxiv="1412.5567")),
 (K, 11, "Contents", N()),
 (K, 41, "Filtering / Denoising", N()),
 (K, 24, "Recognition", N()),
 (K, 100, "Books", N()),
 (K, 53, "Diarization", P("NVIDIA's Speaker Diarization", arxiv="2203.15974",
                           summary="NVIDIA's advanced approach to speaker diarization.")),
 (K, 85, "Research papers", P("SEGAN: Speech Enhancement Generative Adversarial Network", arxiv="1703.09452")),
 (K, 89, "Blog posts", N()),
 (K, 90, "Blog posts", N()),
 (K, 8, "Contents", N()),
 (K, 21, "Recognition", N()),
 (K, 45, "Filtering / Denoising", N()),
 (K, 10, "Contents", N()),
 (K, 93, "Blog posts", N()),
 (K, 73, "Open source projects", N()),

 (W, 6, "Taxonomy", N()),
 (W, 27, "Jailbreak Attack on LALMs / Whitebox",
  P("AudioJailbreak: Jailbreak Attacks against End-to-End Large Audio-Language Models", arxiv="2505.14103",
    venue="arXiv 2025", year=2025)),
 (W, 43, "Jailbreak Attack on LALMs / Blackbox",
  P("Audio Is the Achilles’ Heel: Red Teaming Audio Large Multimodal Models", arxiv="2410.23861",
    venue="arXiv 2024", year=2024, code="https://github.com/YangHao97/RedteamAudioLMMs")),
 (W, 29, "Jailbreak Attack on LALMs / Whitebox",
  P("AdvWave: Stealthy Adversarial Jailbreak Attack against Large Audio-Language Models", arxiv="2412.08608",
    venue="ICLR 2025", year=2025)),
 (W, 28, "Jailbreak Attack on LALMs / Whitebox",
  P("“I am bad”: Interpreting Stealthy, Universal and Robust Audio Jailbreaks in Audio-Language Models",
    arxiv="2502.00718", venue="arXiv 2025", year=2025)),
 (W, 11, "Taxonomy", N()),
 (W, 40, "Jailbreak Attack on LALMs / Blackbox",
  P("Tune In, Act Up: Exploring the Impact of Audio Modality-Specific Edits on Large Audio Language Models in Jailbreak",
    arxiv="2501.13772", venue="arXiv 2025", year=2025)),
 (W, 9, "Taxonomy", N()),
 (W, 7, "Taxonomy", N()),
 (W, 10, "Taxonomy", N()),
 (W, 39, "Jailbreak Attack on LALMs / Blackbox",
  P("Multilingual and Multi-Accent Jailbreaking of Audio LLMs", arxiv="2504.01094", venue="arXiv 2025", year=2025)),
 (W, 8, "Taxonomy", N()),
 (W, 38, "Jailbreak Attack on LALMs / Blackbox",
  P("‘Do as I say not as I do’: A Semi-Automated Approach for Jailbreak Prompt Attack against Multimodal LLMs",
    arxiv="2502.00735", venue="arXiv 2025", year=2025)),
 (W, 41, "Jailbreak Attack on LALMs / Blackbox",
  P("Best-of-N Jailbreaking", arxiv="2412.03556", venue="arXiv 2024", year=2024)),
 (W, 37, "Jailbreak Attack on LALMs / Blackbox",
  P("Voice Jailbreak Attacks Against GPT-4o", arxiv="2405.19103", venue="arXiv 2025", year=2025,
    code="https://github.com/TrustAIRLab/VoiceJailbreakAttack")),
 (W, 19, "Jailbreak Attack on LALMs / Text-based Transfer Jailbreak",
  P("Unveiling the Safety of GPT-4o: An Empirical Study using Jailbreak Attacks", arxiv="2406.06302",
    venue="arXiv 2025", year=2025, code="https://github.com/NY1024/Jailbreak_GPT4o")),
 (W, 42, "Jailbreak Attack on LALMs / Blackbox",
  P("Divide and Conquer: A Hybrid Strategy Defeats Multimodal Large Language Models", arxiv="2412.16555",
    venue="arXiv 2024", year=2024)),

 (A, 77, "Automated audio captioning datasets / Clotho dataset",
  P("Clotho: An audio captioning dataset", venue="ICASSP 2020", year=2020,
    authors=["K. Drossos", "S. Lipping", "T. Virtanen"])),
 (A, 42, "Automated audio captioning datasets / Audio caption dataset",
  P("Audio caption: Listen and tell",
    venue="IEEE International Conference on Acoustics, Speech and Signal Processing (ICASSP) 2019", year=2019,
    authors=["M. Wu", "H. Dinkel", "K. Yu"])),
 (A, 21, "Table of contents", N()),
 (A, 43, "Automated audio captioning datasets / Audio caption dataset",
  P("Audio Caption in a Car Setting with a Sentence-Level Loss", arxiv="1905.13448", venue="arXiv 2019", year=2019,
    authors=["X. Xu", "H. Dinkel", "M. Wu", "K. Yu"])),
 (A, 15, "Table of contents", N()),
 (A, 22, "Table of contents", N()),
 (A, 59, "Automated audio captioning datasets / AudioCaps dataset",
  P("AudioCaps: Generating captions for audios in the wild",
    venue="Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies 2019",
    year=2019, authors=["C. D. Kim", "B. Kim", "H. Lee", "G. Kim"])),
]

sample = [json.loads(l) for l in open(D + "sample.jsonl", encoding="utf-8")]
assert [(s["list"], s["line"]) for s in sample] == [(f, n) for f, n, _, _ in L], "order/lines differ from sample"
with open(D + "labels.jsonl", "w", encoding="utf-8") as out:
    for f, n, sec, d in L:
        rec = {"list": f, "line": n, "raw": lines[f][n - 1]}
        rec.update(d)
        rec["section"] = sec
        keys = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year",
                "authors", "code", "summary", "section"]
        out.write(json.dumps({k: rec[k] for k in keys}, ensure_ascii=False) + "\n")
print(len(L), "labels")
