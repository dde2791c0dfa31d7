#!/usr/bin/env python3
"""Hand labels (read by eye from the saved READMEs); raw text is taken from sample.json."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
D = 'D2I-ai__awesome-attention-evolution.README.md'
W = 'weigao266__Awesome-Efficient-Arch.README.md'
Z = 'zh-plus__Awesome-VLP-and-Efficient-Transformer.README.md'

def P(title, arxiv=None, url=None, venue=None, year=None, code=None, authors=None, summary=None, section=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=authors or [], code=code, summary=summary, section=section)

def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)

SA = 'Softmax Attention'
SP = 'Sparse Attention'
L = {
 (D, 38): N('Overview'),
 (D, 40): N('Overview'),
 (D, 96): N('Core Framework'),
 (D, 150): N('Architecture Landscape and Future Directions'),
 (D, 156): N('Architecture Landscape and Future Directions'),
 (D, 158): N('Architecture Landscape and Future Directions'),
 (D, 160): N('Architecture Landscape and Future Directions'),
 (D, 207): N('Survey Index'),
 (D, 235): P('Reducing Transformer Key-Value Cache Size with Cross-Layer Attention', '2405.12981', venue='arXiv 2024', year=2024, section=SA + ' / Memory-Representation Efficiency'),
 (D, 250): P('Recurrent Memory Transformer', '2207.06881', venue='arXiv 2022', year=2022, section=SA + ' / Sequence-Representation Compression'),
 (D, 255): P('DeepSeek-V4: Towards Highly Efficient Million-Token Context Intelligence', '2606.19348', venue='arXiv 2026', year=2026, section=SA + ' / Sequence-Representation Compression'),
 (D, 263): N(SA + ' / Readout and Integration Modulation'),
 (D, 272): P('MoH: Multi-Head Attention as Mixture-of-Head Attention', '2410.11842', venue='arXiv 2024', year=2024, section=SA + ' / Readout and Integration Modulation'),
 (D, 289): N(SP + ' / Structure-Constrained Sparse Attention'),
 (D, 295): P('Big Bird: Transformers for Longer Sequences', url='https://proceedings.neurips.cc/paper/2020/hash/c8512d142a2d849725f31a9a7a361ab9-Abstract.html', venue='NeurIPS 2020', year=2020, section=SP + ' / Structure-Constrained Sparse Attention'),
 (D, 323): P('COBS: Cumulant Order Block Sparse Attention', '2607.09052', venue='arXiv 2026', year=2026, section=SP + ' / Self-Routing Sparse Attention'),
 (D, 324): P('Landmark Attention: Random-Access Infinite Context Length for Transformers', '2305.16300', venue='arXiv 2023', year=2023, section=SP + ' / Self-Routing Sparse Attention'),
 (D, 340): P('DeepSeek-V3.2: Pushing the Frontier of Open Large Language Models', '2512.02556', venue='arXiv 2025', year=2025, section=SP + ' / Auxiliary-Proxy Sparse Routing'),
 (D, 344): P('HATA: Trainable and Hardware-Efficient Hash-Aware Top-k Attention for Scalable Large Model Inference', '2506.02572', venue='ACL 2025 Findings', year=2025, section=SP + ' / Auxiliary-Proxy Sparse Routing'),
 (D, 346): P('SeerAttention-R: Sparse Attention Adaptation for Long Re', section=SP + ' / Auxiliary-Proxy Sparse Routing'),
}
TOC = 'Paper List / Table of Contents'
LSM = 'Paper List / Linear Sequence Modeling'
for ln in (35, 36, 42, 44, 46, 54, 63):
    L[(W, ln)] = N(TOC)
L.update({
 (W, 81): P('Various Lengths, Constant Speed: Efficient Language Modeling with Lightning Attention', '2405.17381', venue='arXiv 2024', year=2024, section=LSM + ' / Linear Attention'),
 (W, 88): P('RWKV: Reinventing RNNs for the Transformer Era', '2305.13048', venue='arXiv 2023', year=2023, section=LSM + ' / Linear RNN'),
 (W, 90): P('RWKV-7" Goose" with Expressive Dynamic State Evolution', '2503.14456', venue='arXiv 2025', year=2025, section=LSM + ' / Linear RNN'),
 (W, 91): P('Resurrecting Recurrent Neural Networks for Long Sequences', '2303.06349', venue='ICML 2023', year=2023, section=LSM + ' / Linear RNN'),
 (W, 92): P('xLSTM: Extended Long Short-Term Memory', '2405.04517', venue='arXiv 2024', year=2024, section=LSM + ' / Linear RNN'),
 (W, 93): P('GateLoop: Fully Data-Controlled Linear Recurrence for Sequence Modeling', '2311.01927', venue='arXiv 2023', year=2023, section=LSM + ' / Linear RNN'),
 (W, 108): P('Attractor Memory for Long\u2011Term Time Series Forecasting: A Chaos Perspective', '2402.11463', venue='NeurIPS 2024', year=2024, section=LSM + ' / State Space Model'),
 (W, 115): P('Test\u2011Time Regression: A Unifying Framework for Designing Sequence Models with Associative Memory', '2501.12352', venue='arXiv 2025', year=2025, section=LSM + ' / Test-Time-Training RNN'),
 (W, 132): P('Liger: Linearizing Large Language Models to Gated Recurrent Structures', '2503.01496', venue='ICML 2025', year=2025, section=LSM + ' / Linearization'),
 (W, 140): P('Finetuning Pretrained Transformers into RNNs', '2103.13076', venue='EMNLP 2021', year=2021, section=LSM + ' / Linearization'),
 (W, 162): P('Longformer: The Long-Document Transformer', '2004.05150', venue='arXiv 2020', year=2020, section='Paper List / Sparse Sequence Modeling / Static Sparse Attention'),
 (W, 168): P('Axial Attention in Multidimensional Transformers', '1912.12180', venue='arXiv 2019', year=2019, section='Paper List / Sparse Sequence Modeling / Static Sparse Attention'),
 (W, 169): N('Paper List / Sparse Sequence Modeling / Static Sparse Attention'),
})
VLP = 'Vision Language Models / Vision-Language Pretraining'
XF = 'Transformer / X-formers'
L.update({
 (Z, 5): P('ViLBERT: Pretraining Task-Agnostic Visiolinguistic Representations for Vision-and-Language Tasks', '1908.02265', venue='NeurIPS 2019', year=2019, code='https://github.com/jiasenlu/vilbert_beta', section=VLP),
 (Z, 26): P('LXMERT: Learning Cross-Modality Encoder Representations from Transformers', '1908.07490', venue='EMNLP 2019', year=2019, code='https://github.com/airsplay/lxmert', section=VLP),
 (Z, 45): P('VL-BERT: Pre-training of Generic Visual-Linguistic Representations', '1908.08530', venue='ICLR 2020', year=2020, code='https://github.com/jackroos/VL-BERT', section=VLP),
 (Z, 73): P('VisualBERT: A Simple and Performant Baseline for Vision and Language', '1908.03557', venue='ACL 2020', year=2020, code='https://github.com/uclanlp/visualbert', section=VLP),
 (Z, 93): P('Unicoder-VL: A Universal Encoder for Vision and Language by Cross-modal Pre-training', '1908.06066', venue='AAAI 2020', year=2020, section=VLP),
 (Z, 136): P('ImageBERT: Cross-Modal Pre-training with Large-scale Weak-supervised Image-text Data', '2001.07966', venue='arXiv 2020', year=2020, section='Vision Language Models / Image-Text Retrieval & Matching'),
 (Z, 140): P('CROSS-PROBE BERT FOR EFFICIENT AND EFFECTIVE CROSS-MODAL SEARCH', url='https://openreview.net/forum?id=bW9SYKHcZiz', venue='ICLR 2021 submission', year=2021, section='Vision Language Models / Image-Text Retrieval & Matching'),
 (Z, 152): P('12-in-1: Multi-Task Vision and Language Representation Learning', '1912.02315', venue='CVPR 2020', year=2020, code='https://github.com/facebookresearch/vilbert-multi-task', section='Vision Language Models / Analysis'),
 (Z, 177): P('A Survey on Contextual Embeddings', '2003.07278', venue='arXiv 2020', year=2020, section='Vision Language Models / Survey'),
 (Z, 185): P('Deep Multimodal Representation Learning: A Survey', url='https://ieeexplore.ieee.org/abstract/document/8715409', venue='arXiv 2019', year=2019, section='Vision Language Models / Survey'),
 (Z, 193): N('Vision Language Models / Platforms'),
 (Z, 211): P('Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention', '2006.16236', venue='ICML 2020', year=2020, code='https://github.com/lucidrains/linear-attention-transformer', section=XF),
 (Z, 215): P('Neural Speech Synthesis with Transformer Network', '1809.08895', venue='arXiv 2019', year=2019, code='https://github.com/soobinseo/Transformer-TTS', section=XF),
 (Z, 235): P('Set Transformer: A Framework for Attention-based Permutation-Invariant Neural Networks', url='http://proceedings.mlr.press/v97/lee19d.html', venue='PMLR 2019', year=2019, section=XF),
 (Z, 239): P('Longformer: The Long-Document Transformer', '2004.05150', venue='arXiv 2020', year=2020, code='https://github.com/allenai/longformer', section=XF),
 (Z, 247): P('Big Bird: Transformers for Longer Sequences', url='https://proceedings.neurips.cc//paper/2020/file/c8512d142a2d849725f31a9a7a361ab9-Paper.pdf', venue='NIPS 2020', year=2020, section=XF),
 (Z, 255): P('Generating Wikipedia by Summarizing Long Sequences', '1801.10198', venue='ICLR 2018', year=2018, code='https://github.com/lucidrains/memory-compressed-attention', section=XF),
 (Z, 287): P('A Survey on Contextual Embeddings', '2003.07278', venue='arXiv 2020', year=2020, section='Transformer / Survey'),
 (Z, 291): P('Trends in Integration of Vision and Language Research: A Survey of Tasks, Datasets, and Methods', '1907.09358', venue='arXiv 2019', year=2019, section='Transformer / Survey'),
 (Z, 299): P('Multimodal Machine Learning: A Survey and Taxonomy', '1705.09406', venue='TPAMI 2018', year=2018, section='Transformer / Survey'),
})

sample = json.load(open(os.path.join(HERE, 'sample.json')))
drawn = {(r['list'], e['line']): e['raw'] for r in sample for e in r['drawn']}
assert set(drawn) == set(L), (set(drawn) ^ set(L))
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
    for key in sorted(L):
        rec = {'list': key[0], 'line': key[1], 'raw': drawn[key]}
        rec.update(L[key])
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
print(len(L), 'labels;', sum(v['is_paper'] for v in L.values()), 'papers')
