"""Write labels.jsonl from the hand labels below; raw text is cut from the saved lists
(start line, number of lines) so that it is byte-exact."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
H = "HenryHZY__Awesome-Multimodal-LLM.README.md"
J = "junkunyuan__Awesome-Large-Multimodal-Models.README.md"
W = "williamium3000__awesome-mllm-grounding.README.md"


def np(lst, line, section, n=1):
    return dict(list=lst, line=line, n=n, is_paper=False, section=section)


def p(lst, line, n, title, arxiv_id=None, url=None, venue=None, year=None,
      authors=(), code=None, summary=None, section=None):
    return dict(list=lst, line=line, n=n, is_paper=True, title=title, arxiv_id=arxiv_id,
                url=url, venue=venue, year=year, authors=list(authors), code=code,
                summary=summary, section=section)


LABELS = [
    # HenryHZY: intro bullets before the first H2 (H1 is the list title), no section
    np(H, 5, None), np(H, 7, None), np(H, 8, None), np(H, 9, None), np(H, 13, None),
    np(H, 14, None), np(H, 15, None), np(H, 17, None), np(H, 19, None), np(H, 21, None),
    p(H, 26, 5, "Transfer Visual Prompt Generator across LLMs", "2305.01278", venue="arXiv", year=2023,
      authors=["Ao Zhang", "Hao Fei", "Yuan Yao", "Wei Ji", "Li Li", "Zhiyuan Liu", "Tat-Seng Chua"],
      code="https://github.com/VPGTrans/VPGTrans", section="2023 May"),
    p(H, 64, 5, "ArtGPT-4: Artistic Vision-Language Understanding with Adapter-enhanced MiniGPT-4", "2305.07490",
      venue="arXiv", year=2023,
      authors=["Zhengqing Yuan", "Huiwen Xue", "Xinyi Wang", "Yongming Liu", "Zhuanzhe Zhao", "Kun Wang"],
      code="https://github.com/DLYuanGod/ArtGPT-4", section="2023 May"),
    p(H, 76, 5, "Cheap and Quick: Efficient Vision-Language Instruction Tuning for Large Language Models",
      "2305.15023", venue="arXiv", year=2023,
      authors=["Gen Luo", "Yiyi Zhou", "Tianhe Ren", "Shengxin Chen", "Xiaoshuai Sun", "Rongrong Ji"],
      code="https://github.com/luogen1996/LaVIN", section="2023 May"),
    p(H, 102, 5, "MiniGPT-4: Enhancing Vision-Language Understanding with Advanced Large Language Models",
      "2304.10592", venue="arXiv", year=2023,
      authors=["Deyao Zhu", "Jun Chen", "Xiaoqian Shen", "Xiang Li", "Mohamed Elhosein"],
      code="https://github.com/Vision-CAIR/MiniGPT-4", section="2023 April"),
    p(H, 114, 5, "LLaMA-Adapter V2: Parameter-Efficient Visual Instruction Model", "2304.15010",
      venue="arXiv", year=2023,
      authors=["Peng Gao", "Jiaming Han", "Renrui Zhang", "Ziyi Lin", "Shijie Geng", "Aojun Zhou", "Wei Zhang",
               "Pan Lu", "Conghui He", "Xiangyu Yue", "Hongsheng Li", "Yu Qiao"],
      code="https://github.com/ZrrSkywalker/LLaMA-Adapter", section="2023 April"),
    p(H, 128, 5, "Multimodal Chain-of-Thought Reasoning in Language Models", "2302.00923", venue="arXiv", year=2023,
      authors=["Zhuosheng Zhang", "Aston Zhang", "Mu Li", "Hai Zhao", "George Karypis", "Alex Smola"],
      code="https://github.com/amazon-science/mm-cot", section="2023 Jan. to Mar."),
    p(H, 134, 5, "Language Is Not All You Need: Aligning Perception with Language Models", "2302.14045",
      venue="arXiv", year=2023,
      authors=["Shaohan Huang", "Li Dong", "Wenhui Wang", "Yaru Hao", "Saksham Singhal", "Shuming Ma",
               "Tengchao Lv", "Lei Cui", "Owais Khan Mohammed", "Barun Patra", "Qiang Liu", "Kriti Aggarwal",
               "Zewen Chi", "Johan Bjorck", "Vishrav Chaudhary", "Subhojit Som", "Xia Song", "Furu Wei"],
      code=None, section="2023 Jan. to Mar."),
    p(H, 141, 5, "PaLM-E: An Embodied Multimodal Language Model", "2303.03378", venue="arXiv", year=2023,
      authors=["Danny Driess", "Fei Xia", "Mehdi S. M. Sajjadi", "Corey Lynch", "Aakanksha Chowdhery",
               "Brian Ichter", "Ayzaan Wahid", "Jonathan Tompson", "Quan Vuong", "Tianhe Yu", "Wenlong Huang",
               "Yevgen Chebotar", "Pierre Sermanet", "Daniel Duckworth", "Sergey Levine", "Vincent Vanhoucke",
               "Karol Hausman", "Marc Toussaint", "Klaus Greff", "Andy Zeng", "Igor Mordatch", "Pete Florence"],
      code=None, section="2023 Jan. to Mar."),
    p(H, 179, 5, "LST: Ladder Side-Tuning for Parameter and Memory Efficient Transfer Learning", "2206.06522",
      venue="NeurIPS 2022", year=2022, authors=["Yi-Lin Sung", "Jaemin Cho", "Mohit Bansal"],
      code="https://github.com/ylsung/Ladder-Side-Tuning", section="2022"),
    np(H, 218, "Contribution", n=5),
    # junkunyuan: TOC lines under "## Contents"
    np(J, 10, "Contents"), np(J, 11, "Contents"), np(J, 13, "Contents"), np(J, 14, "Contents"),
    np(J, 15, "Contents"), np(J, 16, "Contents"), np(J, 17, "Contents"), np(J, 18, "Contents"),
    np(J, 19, "Contents"), np(J, 21, "Contents"),
    p(J, 29, 1, "A Survey on Multimodal Large Language Models", "2306.13549", venue="arXiv 2023", year=2023,
      code="https://github.com/BradyFU/Awesome-Multimodal-Large-Language-Models", section="Papers / Survey"),
    p(J, 35, 1, "The Dawn of LMMs: Preliminary Explorations with GPT-4V(ision)", "2309.17421", venue="arXiv 2023",
      year=2023, section="Papers / Understanding and Analysis"),
    p(J, 36, 1, "An Empirical Study of Scaling Instruction-Tuned Large Multimodal Models", "2309.09958",
      venue="arXiv 2023", year=2023, section="Papers / Understanding and Analysis"),
    p(J, 49, 1, "Improved Baselines with Visual Instruction Tuning", "2310.03744", venue="arXiv 2023", year=2023,
      code="https://github.com/haotian-liu/LLaVA", section="Papers / Instruction Tuning"),
    p(J, 52, 1, "Visual Instruction Tuning", "2304.08485", venue="NeurIPS 2023", year=2023,
      code="https://github.com/haotian-liu/LLaVA", section="Papers / Instruction Tuning"),
    p(J, 58, 1, "Aligning Large Multimodal Models with Factually Augmented RLHF", "2309.14525", venue="arXiv 2023",
      year=2023, code="https://github.com/llava-rlhf/LLaVA-RLHF",
      section="Papers / Reinforcement Learning with Human Feedback (RLHF)"),
    p(J, 77, 1, "LLaVA-Instruct-150K", "2304.08485", venue="NeurIPS 2023", year=2023,
      summary="instruction-following dataset", section="Datasets / Datasets of Instruction Tuning"),
    p(J, 83, 1, "LLaVA-SFT-122K, LLaVA-Human-Preference-10K", "2309.14525", venue="arXiv 2023", year=2023,
      summary="factually augment using captions",
      section="Datasets / Datasets of Reinforcement Learning with Human Feedback (RLHF)"),
    p(J, 89, 1, "MMHal-Bench", "2309.14525", venue="arXiv 2023", year=2023,
      summary="focus on hallucination evaluation", section="Datasets / Datasets of Evaluation"),
    p(J, 90, 1, "OwlEval", "2304.14178", venue="arXiv 2023", year=2023,
      summary="evaluate a variety of model capabilities", section="Datasets / Datasets of Evaluation"),
    # williamium3000
    np(W, 14, "Table of Contents"), np(W, 18, "Table of Contents"), np(W, 19, "Table of Contents"),
    np(W, 27, "Large Vision-Language Model / Grounding"),
    p(W, 46, 1, "Ferret", "2310.07704", section="Large Vision-Language Model / Training Dataset"),
    p(W, 48, 1, "ChatterBox", "2401.13307", section="Large Vision-Language Model / Training Dataset"),
]
PL = "Large Vision-Language Model / Paper List / "
for line, summ in [
    (69, "GPT4RoI: Instruction Tuning Large Language Model on Region-of-Interest"),
    (79, "Osprey: Pixel Understanding with Visual Instruction Tuning"),
    (100, "VisionLLM: Large Language Model is also an Open-Ended Decoder for Vision-Centric Tasks"),
    (123, "Unified-IO 2: Scaling Autoregressive Multimodal Models with Vision, Language, Audio, and Action"),
    (126, "Unified-IO 2: Scaling Autoregressive Multimodal Models with Vision, Language, Audio, and Action"),
    (138, "PixelLM: Pixel Reasoning with Large Multimodal Model"),
    (187, "DetGPT: Detect What You Need via Reasoning"),
    (209, "Ferret-v2: An Improved Baseline for Referring and Grounding with Large Language Models"),
    (239, "NExT-Chat: An LMM for Chat, Detection and Segmentation"),
    (252, "PerceptionGPT: Effectively Fusing Visual Perception into LLM"),
    (263, "Kosmos-2: Grounding Multimodal Large Language Models to the World"),
    (277, "Shikra: Unleashing Multimodal LLM's Referential Dialogue Magic"),
    (287, "Groma: Localized Visual Tokenization for Grounding Multimodal Large Language Models"),
    (288, "Groma: Localized Visual Tokenization for Grounding Multimodal Large Language Models"),
]:
    LABELS.append(np(W, line, PL + summ))

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors",
        "code", "summary", "section"]


def main():
    files = {}
    out = []
    for lab in LABELS:
        name = lab["list"]
        if name not in files:
            with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
                files[name] = f.read().split("\n")
        lines = files[name]
        raw = "\n".join(lines[lab["line"] - 1: lab["line"] - 1 + lab["n"]])
        rec = {k: None for k in KEYS}
        rec["authors"] = []
        rec.update({k: v for k, v in lab.items() if k != "n"})
        rec["raw"] = raw
        rec["doi"] = None
        out.append(json.dumps({k: rec[k] for k in KEYS}, ensure_ascii=False))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(len(out), "labels")


if __name__ == "__main__":
    main()
