import json
raws = {(d['list'], d['line']): d['raw'] for d in map(json.loads, open('/tmp/s49a-work/raw.jsonl'))}
B = 'bailynlove__Awesome-OCR-Vision-Based-Context-Compression.README.md'
Z = 'zhd36__AWESOME-OCR-LLM.README.md'
H = 'zhihengli-casia__Awesome-OCR-in-the-Foundation-Model-Era.README.md'
TOC = 'Table of Contents'
S1 = 'Table of Contents / 01. Visual Token Efficiency & Scaling'
S2 = 'Table of Contents / 02. Visualized Agent Memory'
S3 = 'Table of Contents / 03. Visualized Structure: Code & Data'
S4 = 'Table of Contents / 04. Pixel-based Language Modeling'
S5 = 'Table of Contents / 05. Benchmarks & Datasets'
F1 = 'F1. Modular OCR Toolkits and Specialized Components'
F2 = 'F2. Foundation-Model Document Parsers'
F3 = 'F3. Hybrid Document Parsing Workflows'
F4 = 'F4. General-Purpose VLMs Used as OCR Interfaces'
F5 = 'F5. Commercial OCR and Document AI Services'
VTP = 'Visual Text Parsing'
GH = 'https://github.com/'
labels = []

def P(lst, line, title, arxiv=None, doi=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, section=None):
    labels.append(dict(list=lst, line=line, raw=raws[(lst, line)], is_paper=True, title=title, arxiv_id=arxiv,
                       doi=doi, url=url, venue=venue, year=year, authors=list(authors), code=code,
                       summary=summary, section=section))

def N(lst, line, section):
    labels.append(dict(list=lst, line=line, raw=raws[(lst, line)], is_paper=False, title=None, arxiv_id=None,
                       doi=None, url=None, venue=None, year=None, authors=[], code=None, summary=None,
                       section=section))

# bailynlove: nested-bullet entries (bold title, *Authors:*, *Venue:*, *Tags:*, [Paper] | [Repo])
N(B, 15, TOC)
N(B, 16, TOC)
P(B, 26, 'Glyph: Scaling Context Windows via Visual-Text Compression', arxiv='2510.17800', venue='arXiv 2025', year=2025,
  authors=['Jiale Cheng'], code=GH + 'thu-coai/Glyph', section=S1)
P(B, 38, 'Vision-centric Token Compression in Large Language Model (VIST)', arxiv='2502.00791', venue='arXiv 2025', year=2025,
  authors=['Ling Xing'], code=GH + 'CSU-JPG/VIST', section=S1)
P(B, 44, 'Text or Pixels? It Takes Half: On the Token Efficiency of Visual Text Inputs', arxiv='2510.18279', venue='arXiv 2025',
  year=2025, authors=['Yanhong Li'], code=GH + 'yanhong-lbh/text_or_pixels', section=S1)
P(B, 50, 'Recoverable Compression: A Multimodal Vision Token Recovery Mechanism Guided by Text Information',
  url='https://ojs.aaai.org/index.php/AAAI/article/view/32229', venue='AAAI 2025', year=2025, authors=['Yi Chen'], section=S1)
P(B, 56, 'Large Language Model for Lossless Image Compression with Visual Prompts', arxiv='2502.16163', venue='arXiv 2025',
  year=2025, authors=['Junhao Du'], section=S1)
P(B, 74, 'Leveraging Visual Tokens for Extended Text Contexts in Multi-Modal Learning', arxiv='2406.02547', venue='arXiv 2024',
  year=2024, authors=['Alex Jinpeng Wang'], code=None, section=S1)
P(B, 80, 'VTC-R1: Vision-Text Compression for Efficient Long-Context Reasoning', arxiv='2601.22069', venue='arXiv 2026',
  year=2026, authors=['Yibo Wang'], code=GH + 'w-yibo/VTC-R1', section=S1)
P(B, 86, 'Global Context Compression with Interleaved Vision-Text Transformation', arxiv='2601.10378', venue='arXiv 2026',
  year=2026, authors=['Dian Jiao'], section=S1)
P(B, 92, 'DeepSeek-OCR 2: Visual Causal Flow', arxiv='2601.20552', venue='arXiv 2026', year=2026, authors=['Haoran Wei'],
  section=S1)
P(B, 102, 'MemOCR: Layout-Aware Visual Memory for Efficient Long-Horizon Reasoning', arxiv='2601.21468', venue='arXiv 2026',
  year=2026, authors=['Yaorui Shi'], code=GH + 'syr-cn/MemOCR', section=S2)
P(B, 108, 'AgentOCR: Reimagining Agent History via Optical Self-Compression', arxiv='2601.04786', venue='arXiv 2026',
  year=2026, authors=['Lang Feng'], section=S2)
P(B, 118, 'CodeOCR: On the Effectiveness of Vision Language Models in Code Understanding', arxiv='2602.01785',
  venue='arXiv 2026', year=2026, authors=['Yuling Shi'], code=GH + 'YerbaPage/CodeOCR', section=S3)
P(B, 124, 'Can Vision-Language Models Handle Long-Context Code? An Empirical Study on Visual Compression', arxiv='2602.00746',
  venue='arXiv 2026', year=2026, authors=['Jianping Zhong'], section=S3)
P(B, 141, 'Pixology: Probing the Linguistic and Visual Capabilities of Pixel-based Language Models',
  url='https://aclanthology.org/2024.emnlp-main.194/', venue='EMNLP 2024', year=2024, authors=['Kushal Tatariya'],
  code=GH + 'kushaltatariya/Pixology', section=S4)
P(B, 161, 'MemoryAgentBench', arxiv='2507.05257', year=2025, section=S5)
P(B, 173, 'LongBench: A Bilingual, Multitask Benchmark for Long Context Understanding',
  url='https://aclanthology.org/2024.acl-long.172/', section=S5)
P(B, 176, 'MMLongBench: Benchmarking Long-Context Vision-Language Models Effectively and Thoroughly', arxiv='2505.10610',
  section=S5)
P(B, 179, 'LONGCODEU: Benchmarking Long-Context Language Models on Long Code Understanding',
  url='https://aclanthology.org/2025.acl-long.1324.pdf', section=S5)

# zhd36: table Venue(badge) | Name | Primary affiliation | Title | GitHub | Date
N(Z, 7, 'News')
N(Z, 11, 'Contents')
N(Z, 14, 'Contents')
N(Z, 18, 'Contents')
N(Z, 19, 'Contents')
N(Z, 32, 'Emerging Trends')
N(Z, 37, 'Emerging Trends')
N(Z, 38, 'Emerging Trends')
N(Z, 39, 'Emerging Trends')
P(Z, 49, 'MinerU-Diffusion: Rethinking Document OCR as Inverse Rendering via Diffusion Decoding', arxiv='2603.22458',
  year=2026, code=GH + 'opendatalab/MinerU', section=VTP)
P(Z, 50, 'From Plausibility to Verifiability: Risk-Controlled Generative OCR for Vision-Language Models', arxiv='2603.19790',
  year=2026, section=VTP)
P(Z, 57, 'Training-Free Acceleration for Document Parsing Vision-Language Model with Hierarchical Speculative Decoding',
  arxiv='2602.12957', year=2026, section=VTP)
P(Z, 61, 'PaddleOCR-VL-1.5: Towards a Multi-Task 0.9B VLM for Robust In-the-Wild Document Parsing', arxiv='2601.21957',
  year=2026, code=GH + 'PaddlePaddle/PaddleOCR', section=VTP)
P(Z, 63, 'DeepSeek-OCR 2: Visual Causal Flow', arxiv='2601.20552', year=2026, code=GH + 'deepseek-ai/DeepSeek-OCR-2',
  section=VTP)
P(Z, 64, 'Youtu-Parsing: Perception, Structuring and Recognition via High-Parallelism Decoding', arxiv='2601.20430',
  year=2026, code=GH + 'TencentCloudADP/youtu-parsing', section=VTP)
P(Z, 69, 'Uni-Parser Technical Report', arxiv='2512.15098', year=2025, code=None, section=VTP)
P(Z, 73, 'HunyuanOCR Technical Report', arxiv='2511.19575', year=2025, code=GH + 'Tencent-Hunyuan/HunyuanOCR', section=VTP)
P(Z, 74, 'MonkeyOCR v1.5 Technical Report: Unlocking Robust Document Parsing for Complex Patterns', arxiv='2511.10390',
  year=2025, code=GH + 'Yuliang-Liu/MonkeyOCR', section=VTP)
P(Z, 76, 'olmOCR 2: Unit Test Rewards for Document OCR', arxiv='2510.19817', year=2025, code=GH + 'allenai/olmocr',
  section=VTP)
N(Z, 80, VTP)

# zhihengli: table Date | badges<br>**Name** | Task / Tags | Links, in <details><summary><h2>/<h3> groups
P(H, 48, 'PP-OCRv5', arxiv='2603.24373', venue='arXiv 2026', year=2026, code=GH + 'PaddlePaddle/PaddleOCR',
  summary='specialized 5M-parameter OCR model family; text detection and recognition in PaddleOCR 3.x',
  section=F1 + ' / OCR Engines and Toolkits')
P(H, 73, 'Text Spotting Transformer', arxiv='2204.01918', venue='CVPR 2022', year=2022,
  summary='transformer-based end-to-end spotting', section=F1 + ' / Text Detection and Spotting Components')
P(H, 126, 'RARE', doi='10.1109/CVPR.2016.452', url='https://doi.org/10.1109/CVPR.2016.452', venue='CVPR 2016', year=2016,
  summary='rectified attention recognizer', section=F1 + ' / Cropped Text Recognizers')
N(H, 144, F1 + ' / Formula, Table, and Structured-Object Components')
P(H, 148, 'Table Transformer / TATR', arxiv='2110.00061', venue='arXiv 2021', year=2021,
  code=GH + 'microsoft/table-transformer',
  summary='table detection and structure recognition; PubTables-1M baseline',
  section=F1 + ' / Formula, Table, and Structured-Object Components')
P(H, 202, 'DocPedia', arxiv='2311.11810', venue='arXiv 2023', year=2023,
  summary='frequency-domain OCR-free document understanding', section=F2 + ' / Early Document VLMs')
P(H, 217, 'PaddleOCR-VL-1.6', arxiv='2606.03264', venue='arXiv 2026', year=2026, code=GH + 'PaddlePaddle/PaddleOCR',
  summary='latest compact document parsing VLM in the PaddleOCR-VL line', section=F2 + ' / 2025-2026 OCR-Specialized Parsers')
P(H, 227, 'GutenOCR', arxiv='2601.14490', venue='arXiv 2026', year=2026,
  summary='grounded OCR front-end fine-tuned from Qwen2.5-VL', section=F2 + ' / 2025-2026 OCR-Specialized Parsers')
P(H, 234, 'olmOCR-2', arxiv='2510.19817', venue='arXiv 2025', year=2025, code=GH + 'allenai/olmocr',
  summary='unit-test reward training for document OCR', section=F2 + ' / 2025-2026 OCR-Specialized Parsers')
N(H, 310, F3 + ' / PDF-to-Structured-Output Workflows')
OG = F4 + ' / Open General VLMs'
P(H, 336, 'GLM-4.1V / GLM-4V family', arxiv='2504.13181', venue='arXiv 2025', year=2025, code=GH + 'zai-org/GLM-V',
  summary='open general VLM baseline for high-resolution OCR-rich prompting', section=OG)
P(H, 337, 'Qwen2.5-VL', arxiv='2502.13923', venue='arXiv 2025', year=2025, code=GH + 'QwenLM/Qwen2.5-VL',
  summary='general VLM OCR and document prompting', section=OG)
P(H, 342, 'Molmo', arxiv='2409.17146', venue='arXiv 2024', year=2024, code=GH + 'allenai/molmo',
  summary='open general VLM baseline', section=OG)
P(H, 344, 'Qwen2-VL', arxiv='2409.12191', venue='arXiv 2024', year=2024, code=GH + 'QwenLM/Qwen2-VL',
  summary='dynamic-resolution VLM with OCR ability', section=OG)
P(H, 347, 'LLaVA-OneVision', arxiv='2408.03326', venue='arXiv 2024', year=2024, code=GH + 'LLaVA-VL/LLaVA-NeXT',
  summary='open general VLM baseline', section=OG)
P(H, 356, 'CogVLM', arxiv='2311.03079', venue='ICLR 2024', year=2024, code=GH + 'THUDM/CogVLM',
  summary='visual expert for language models', section=OG)
P(H, 363, 'BLIP-2', arxiv='2301.12597', venue='ICML 2023', year=2023, code=GH + 'salesforce/LAVIS',
  summary='Q-Former-based VLM baseline', section=OG)
N(H, 404, F5 + ' / Enterprise OCR and Document AI')
N(H, 419, F5 + ' / Scientific OCR and Managed Parsing APIs')
N(H, 422, F5 + ' / Scientific OCR and Managed Parsing APIs')

assert len(labels) == 60 and len({(l['list'], l['line']) for l in labels}) == 60, len(labels)
assert set(raws) == {(l['list'], l['line']) for l in labels}
with open('/work/main/bench/unseen-lists/s49a/labels.jsonl', 'w', encoding='utf-8') as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + '\n')
print('ok', sum(l['is_paper'] for l in labels))
