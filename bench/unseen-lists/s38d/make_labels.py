"""Hand labels for the 80 sampled entries (see sample.json), written to labels.jsonl.

Every field below was typed by hand after reading the entry; only `raw` is cut
from the README (lines `line` .. `line + span - 1`, joined with \n).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']

L = 'lorraine021__Awesome-MLLM-Hallucination.README.md'
S = 'siyaqi__Awesome-Hallu-Eval.README.md'
Y = 'yujie-ren__LLM-Hallucination-Papers.README.md'
Z = 'zhongjingyu1__Awesome-Train-Free-MLLM-LVLM-Hallucination-Mitigation.README.md'


def P(title, arxiv=None, url=None, venue=None, year=None, code=None, summary=None, authors=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue, year=year,
                authors=authors, code=code, summary=summary)


def N():
    return dict(is_paper=False)


LS = 'Papers / Surveys'
LB = 'Papers / Benchmarks'
LM = 'Papers / Hallucination Mitigation methods'
LO = 'Papers / Others'
SA = 'Hallucination Evaluation Methods / After LLM Era'
SB = 'Hallucination Evaluation Methods / Before LLM Era'

# (list, line, span, fields, section)
E = [
    # ---- lorraine021: numbered table rows, arxiv(YY.MM) / VENUE(YYYY) venue cells, badge links
    (L, 15, 1, N(), 'Contents'),
    (L, 23, 1, P('A Survey of Hallucination in “Large” Foundation Models', '2309.05922', venue='arXiv 2023', year=2023), LS),
    (L, 24, 1, P('A Survey on Hallucination in Large Vision-Language Models', '2402.00253', venue='arXiv 2024', year=2024), LS),
    (L, 34, 1, P('MME: A Comprehensive Evaluation Benchmark for Multimodal Large Language Models', '2306.13394', venue='arXiv 2023', year=2023,
                 code='https://github.com/BradyFU/Awesome-Multimodal-Large-Language-Models/tree/Evaluation'), LB),
    # repo badge points at a project page (llava-rlhf.github.io.), not a repository
    (L, 36, 1, P('Aligning Large Multimodal Models with Factually Augmented RLHF', '2309.14525', venue='arXiv 2023', year=2023), LB),
    (L, 40, 1, P('Ferret: Refer and ground anything anywhere at any granularity', '2310.07704', venue='arXiv 2023', year=2023,
                 code='https://github.com/apple/ml-ferret'), LB),
    (L, 44, 1, P('Mitigating Open-Vocabulary Caption Hallucinations', '2312.03631', venue='arXiv 2023', year=2023,
                 code='https://github.com/assafbk/mocha_code'), LB),
    (L, 46, 1, P('Mitigating hallucination in large multimodal models via robust instruction tuning',
                 url='https://openreview.net/pdf?id=J44HfH4JCg', venue='ICLR 2024', year=2024), LB),
    (L, 49, 1, P('Evaluation and Enhancement of Semantic Grounding in Large Vision-Language Models', '2309.04041',
                 venue='AAAI-ReLM Workshop 2024', year=2024), LB),
    (L, 50, 1, P('Eyes wide shut? exploring the visual shortcomings of multimodal llms', '2401.06209', venue='arXiv 2024', year=2024), LB),
    (L, 51, 1, P('Visual Hallucinations of Multi-modal Large Language Models', '2402.14683', venue='arXiv 2024', year=2024,
                 code='https://github.com/wenhuang2000/VHTest'), LB),
    (L, 69, 1, P('Ferret: Refer and ground anything anywhere at any granularity', '2310.07704', venue='arXiv 2023', year=2023,
                 code='https://github.com/apple/ml-ferret'), LM),
    # bold "(VCD)" after the title is the list's abbreviation, not title words
    (L, 76, 1, P('Mitigating Object Hallucinations in Large Vision-Language Models through Visual Contrastive Decoding', '2311.16922',
                 venue='arXiv 2023', year=2023, code='https://github.com/DAMO-NLP-SG/VCD'), LM),
    (L, 81, 1, P('Analyzing and mitigating object hallucination in large vision-language models', '2310.00754',
                 venue='arXiv 2023', year=2023, code='https://github.com/YiyangZhou/LURE'), LM),
    (L, 87, 1, P('Beyond Hallucinations: Enhancing LVLMs through Hallucination-Aware Direct Preference Optimization', '2311.16839',
                 venue='arXiv 2023', year=2023, code='https://github.com/opendatalab/HA-DPO'), LM),
    (L, 91, 1, P('Logical Closed Loop: Uncovering Object Hallucinations in Large Vision-Language Models', '2402.11622',
                 venue='arXiv 2024', year=2024, code='https://github.com/Hyperwjf/LogicCheckGPT'), LM),
    (L, 92, 1, P('EFUF: Efficient Fine-grained Unlearning Framework for Mitigating Hallucinations in Multimodal Large Language Models',
                 '2402.09801', venue='arXiv 2024', year=2024), LM),
    (L, 93, 1, P('Hal-Eval: A Universal and Fine-grained Hallucination Evaluation Framework for Large Vision Language Models',
                 '2402.15721', venue='arXiv 2024', year=2024), LM),
    (L, 106, 1, P('Overcoming Language Priors in Visual Question Answering via Distinguishing Superficially Similar Instances',
                  '2209.08529', venue='COLING 2022', year=2022, code='https://github.com/wyk-nku/Distinguishing-VQA'), LO),
    (L, 110, 1, P('Cognitive Mirage: A Review of Hallucinations in Large Language Models', '2309.06794', venue='arXiv 2023', year=2023,
                  code='https://github.com/hongbinye/Cognitive-Mirage-Hallucinations-in-LLMs'), LO),

    # ---- siyaqi: **NAME** - "Title" (year) + five "- **Field**: ..." detail bullets, no links at all
    (S, 31, 6, P('G-Eval: NLG Evaluation using GPT-4 with Better Human Alignment', year=2023), SA),
    (S, 80, 6, P('FELM: Benchmarking Factuality Evaluation of Large Language Models', year=2023), SA),
    (S, 136, 6, P('UHGEval: A Comprehensive Evaluation Framework for Chinese Hallucination Detection', year=2023), SA),
    (S, 178, 6, P('InterrogateLLM: A Framework for Evaluating Factual Consistency in Large Language Models', year=2023), SA),
    (S, 255, 6, P('RefChecker: Reference-based Factual Consistency Evaluation', year=2023), SA),
    (S, 311, 6, P('FAVA: Fine-grained Analysis of Visual Attention for Hallucination Detection', year=2024), SA),
    (S, 325, 6, P('SEPs: Semantic Entropy Probes for Hallucination Detection', year=2024), SA),
    (S, 339, 6, P('LRP4RAG: Layer-wise Relevance Propagation for RAG-based Hallucination Detection', year=2024), SA),
    (S, 353, 6, P('NonFactS: A Dataset for Non-Factual Summarization Detection', year=2023), SA),
    (S, 449, 6, P('QAGS: Question Generation and Answering for Summarization Evaluation', year=2020), SB),
    (S, 463, 6, P('QAFactEval: Improved QA-Based Factual Consistency Evaluation for Summarization', year=2022), SB),
    (S, 477, 6, P('CoCo: Counterfactual Contrast for Evaluating and Improving Factual Consistency', year=2022), SB),
    # dataset tables: only a GitHub / project-page link, no paper column -> not papers
    (S, 545, 1, N(), 'Dataset & Benchmark / Traditional Task'),
    (S, 551, 1, N(), 'Dataset & Benchmark / Traditional Task'),
    (S, 565, 1, N(), 'Dataset & Benchmark / General Factuality'),
    (S, 568, 1, N(), 'Dataset & Benchmark / General Factuality'),
    (S, 581, 1, N(), 'Dataset & Benchmark / Evaluate the Evaluators'),
    (S, 584, 1, N(), 'Dataset & Benchmark / Evaluate the Evaluators'),
    (S, 585, 1, N(), 'Dataset & Benchmark / Evaluate the Evaluators'),
    (S, 587, 1, N(), 'Dataset & Benchmark / Evaluate the Evaluators'),

    # ---- yujie-ren: "- Title [[pdf]](aclanthology)  " + "(AFFIL，中文短评)" line; venue+year from ### heading
    (Y, 8, 1, N(), 'Contents'),
    (Y, 9, 1, N(), 'Contents'),
    (Y, 10, 1, N(), 'Contents'),
    (Y, 20, 2, P('Unified Hallucination Detection for Multimodal Large Language Models', url='https://aclanthology.org/2024.acl-long.178/',
                 venue='ACL 2024', year=2024, summary='ZJU，多模态大模型幻觉Detection，提出数据集'), 'Conference Papers / ACL 2024'),
    (Y, 22, 2, P('UHGEval: Benchmarking the Hallucination of Chinese Large Language Models via Unconstrained Generation',
                 url='https://aclanthology.org/2024.acl-long.288/', venue='ACL 2024', year=2024,
                 summary='RUC，评估LLM幻觉，提出无限制生成数据集'), 'Conference Papers / ACL 2024'),
    (Y, 28, 2, P('InterrogateLLM: Zero-Resource Hallucination Detection in LLM-Generated Answers',
                 url='https://aclanthology.org/2024.acl-long.506/', venue='ACL 2024', year=2024,
                 summary='Microsoft，Detecting 幻觉 in LLMs'), 'Conference Papers / ACL 2024'),
    (Y, 32, 2, P('The Dawn After the Dark: An Empirical Study on Factuality Hallucination in Large Language Models',
                 url='https://aclanthology.org/2024.acl-long.586/', venue='ACL 2024', year=2024,
                 summary='RUC，提出HaluEval 2.0，测试了一系列用于减轻幻觉的技术'), 'Conference Papers / ACL 2024'),
    (Y, 34, 2, P('Less is More: Mitigating Multimodal Hallucination from an EOS Decision Perspective',
                 url='https://aclanthology.org/2024.acl-long.633/', venue='ACL 2024', year=2024,
                 summary='RUC，减轻LVLM幻觉'), 'Conference Papers / ACL 2024'),
    # findings-acl URL, but the list files it under "ACL 2024": venue kept as the list states it
    (Y, 44, 2, P('TimeChara: Evaluating Point-in-Time Character Hallucination of Role-Playing Large Language Models',
                 url='https://aclanthology.org/2024.findings-acl.197/', venue='ACL 2024', year=2024,
                 summary='Seoul National U，LLM agent和Hallucination结合，提出benchmark衡量角色幻觉'), 'Conference Papers / ACL 2024'),
    # note "(HKU，)" has no description -> no summary
    (Y, 48, 2, P('Before Generation, Align it! A Novel and Effective Strategy for Mitigating Hallucinations in Text-to-SQL Generation',
                 url='https://aclanthology.org/2024.findings-acl.324/', venue='ACL 2024', year=2024), 'Conference Papers / ACL 2024'),
    (Y, 56, 1, P('On Large Language Models’ Hallucination with Regard to Known Facts', url='https://aclanthology.org/2024.naacl-long.60/',
                 venue='NAACL 2024', year=2024), 'Conference Papers / NAACL 2024'),
    (Y, 57, 1, P('Language Models Hallucinate, but May Excel at Fact Verification', url='https://aclanthology.org/2024.naacl-long.62/',
                 venue='NAACL 2024', year=2024), 'Conference Papers / NAACL 2024'),
    (Y, 58, 1, P('Can Knowledge Graphs Reduce Hallucinations in LLMs? : A Survey', url='https://aclanthology.org/2024.naacl-long.219/',
                 venue='NAACL 2024', year=2024), 'Conference Papers / NAACL 2024'),
    (Y, 59, 1, P('TofuEval: Evaluating Hallucinations of LLMs on Topic-Focused Dialogue Summarization',
                 url='https://aclanthology.org/2024.naacl-long.251/', venue='NAACL 2024', year=2024), 'Conference Papers / NAACL 2024'),
    (Y, 68, 1, P('RHO: Reducing Hallucination in Open-domain Dialogues with Knowledge Grounding',
                 url='https://aclanthology.org/2023.findings-acl.275/', venue='ACL 2023', year=2023), 'Conference Papers / ACL 2023'),
    (Y, 69, 1, P('CaPE: Contrastive Parameter Ensembling for Reducing Hallucination in Abstractive Summarization',
                 url='https://aclanthology.org/2023.findings-acl.685/', venue='ACL 2023', year=2023), 'Conference Papers / ACL 2023'),
    (Y, 71, 1, P('Evaluating Object Hallucination in Large Vision-Language Models', url='https://aclanthology.org/2023.emnlp-main.20/',
                 venue='EMNLP 2023', year=2023), 'Conference Papers / EMNLP 2023'),
    (Y, 73, 1, P('Enhancing Uncertainty-Based Hallucination Detection with Stronger Focus', url='https://aclanthology.org/2023.emnlp-main.58/',
                 venue='EMNLP 2023', year=2023), 'Conference Papers / EMNLP 2023'),
    (Y, 78, 1, P('Fine-tuned LLMs Know More, Hallucinate Less with Few-Shot Sequence-to-Sequence Semantic Parsing over Wikidata',
                 url='https://aclanthology.org/2023.emnlp-main.353/', venue='EMNLP 2023', year=2023), 'Conference Papers / EMNLP 2023'),
    (Y, 80, 1, N(), 'Conference Papers / EMNLP 2023'),

    # ---- zhongjingyu1: tables with bold "ABBR: Title" cells, Venue column, "## 2025" year headings beside "## Papers by Year"
    (Z, 12, 1, N(), 'Contents'),
    (Z, 13, 1, N(), 'Contents'),
    (Z, 16, 1, N(), 'Contents'),
    (Z, 25, 1, N(), 'Scope and Inclusion Criteria'),
    (Z, 31, 1, N(), 'Scope and Inclusion Criteria'),
    # benchmark rows with their own [Paper] link: papers (dev-set rule: dataset row with its own Paper link)
    (Z, 46, 1, P('POPE', '2305.10355', code='https://github.com/RUCAIBox/POPE'), 'Common Benchmarks and Datasets'),
    (Z, 50, 1, P('MMHal-Bench', '2309.14525'), 'Common Benchmarks and Datasets'),
    (Z, 59, 1, N(), 'Common Base Models'),
    (Z, 83, 1, P('CRoPS: Correct and Robust Prompt Steering for Mitigating Hallucinations in MLLMs', venue='TMLR 2026', year=2026,
                 code='https://github.com/ubamba98/CRoPS-Correct-and-Robust-Prompt-Steering-for-Mitigating-Hallucinations-in-MLLMs'),
     'Papers by Year / 2026'),
    (Z, 93, 1, P('VASparse: Towards Efficient Visual Hallucination Mitigation for LVLMs via Visual-Aware Sparsification', '2501.06553',
                 venue='CVPR 2025', year=2025, code='https://github.com/mengchuang123/VASparse-github'), 'Papers by Year / 2025'),
    (Z, 98, 1, P('VISTA: Visual Information Steering with Token-logit Augmentation', url='https://openreview.net/forum?id=7BKcLeHQsm',
                 venue='ICML 2025', year=2025, code='https://github.com/LzVv123456/VISTA'), 'Papers by Year / 2025'),
    (Z, 99, 1, P('DeGF: Debiasing Multimodal Large Language Models via Generative Feedback', venue='ICLR 2025', year=2025,
                 code='https://github.com/zhangce01/DeGF'), 'Papers by Year / 2025'),
    (Z, 100, 1, P('MARINE: Mitigating Object Hallucination in LVLMs via Image-grounded Guidance', url='https://openreview.net/forum?id=w0xYx9CJhY',
                  venue='ICML 2025', year=2025, code='https://github.com/Linxi-ZHAO/MARINE'), 'Papers by Year / 2025'),
    (Z, 102, 1, P('AGLA: Assembly of Global and Local Attention for LVLMs', '2406.12718', venue='CVPR 2025', year=2025,
                  code='https://github.com/Lackel/AGLA'), 'Papers by Year / 2025'),
    (Z, 104, 1, P('INTER: Mitigating Hallucination in LVLMs by Interaction Guidance',
                  url='https://openaccess.thecvf.com/content/ICCV2025/html/Dong_INTER_Mitigating_Hallucination_in_Large_Vision-Language_Models_by_Interaction_Guidance_ICCV_2025_paper.html',
                  venue='ICCV 2025', year=2025, code='https://github.com/xxxxx313/INTER'), 'Papers by Year / 2025'),
    (Z, 119, 1, P('IBD: Alleviating Hallucinations in LVLMs via Image-Biased Decoding', '2402.18476', venue='CVPRW 2025', year=2025),
     'Papers by Year / 2024'),
    (Z, 120, 1, P('HALC: Object Hallucination Reduction via Adaptive Focal-Contrast Decoding', venue='ICML 2024', year=2024,
                  code='https://github.com/BillChan226/HALC'), 'Papers by Year / 2024'),
    (Z, 124, 1, P('ICD: Mitigating Object Hallucinations via Image-aware Contrastive Decoding',
                  url='https://aclanthology.org/2024.findings-acl.937/', venue='ACL 2024 Findings', year=2024,
                  code='https://github.com/p1k0pan/ICD'), 'Papers by Year / 2024'),
    (Z, 126, 1, P('PAI: Mitigating Hallucination in LVLMs via Attention Intervention', venue='ECCV 2024', year=2024,
                  code='https://github.com/LALBJ/PAI'), 'Papers by Year / 2024'),
    (Z, 128, 1, P('ConVis: Contrastive Decoding with Hallucination Visualization', '2408.13906', venue='AAAI 2025', year=2025,
                  code='https://github.com/yejipark-m/ConVis'), 'Papers by Year / 2024'),
]


def main():
    sample = json.load(open(os.path.join(HERE, 'sample.json'), encoding='utf-8'))
    want = {(f, n) for f, ns in sample.items() for n in ns}
    have = {(e[0], e[1]) for e in E}
    assert want == have, (sorted(want - have), sorted(have - want))
    cache = {}
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
        for f, line, span, fields, section in E:
            lines = cache.setdefault(f, open(os.path.join(HERE, f), encoding='utf-8').read().split('\n'))
            rec = {'list': f, 'line': line, 'raw': '\n'.join(lines[line - 1:line - 1 + span])}
            for k in KEYS:
                rec[k] = fields.get(k) if k != 'section' else section
            if not rec['is_paper']:
                for k in KEYS[1:-1]:
                    rec[k] = None
            out.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(len(E), 'labels')


if __name__ == '__main__':
    main()
