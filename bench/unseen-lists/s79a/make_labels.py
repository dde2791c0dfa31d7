"""Hand labels. Every field below was read by eye from the file; this script only
copies each entry's exact source lines (start line, number of lines) into `raw`."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
A = 'AlenUbuntu__Awesome-Vision-and-Language-PreTrain-Papers.README.md'
B = 'baichuanzhou__Awesome-Vision-Language-Pretraining-Glossary.README.md'
P = 'phellonchen__awesome-Vision-and-Language-Pre-training.README.md'

def paper(title, arxiv_id=None, url=None, venue=None, year=None, code=None, summary=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv_id, doi=None, url=url, venue=venue,
                year=year, authors=[], code=code, summary=summary, section=section)

def non(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)

AE = 'Transformers / Efficiency and Performance'
AV = 'Vision-Only PTMs / Well-Known Pretrain Models'
AL = 'Language-Only PTMs / Well-Known Pretrain Models'
AM = 'MultiModal PTMs / Well-Known Pretrain Models'
B11 = '1. Models / 1.1 Encoder-Only Models / '
B12 = '1. Models / 1.2 Encoder-Decoder Models / '
PR = 'Image-based VLP / Representation Learning'
PT = 'Image-based VLP / Task-specific / '
PV = 'Video-based VLP'
PO = 'Other Resources'

L = [
 # AlenUbuntu: bold abbreviation label, blank line, then the paper line
 (A, 98, 3, paper('Adaptive Attention Span in Transformers', url='https://www.aclweb.org/anthology/P19-1032.pdf', venue='ACL 2019', year=2019, section=AE)),
 (A, 30, 3, paper('Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention', '2006.16236', venue='arXiv 2020', year=2020, section=AE)),
 (A, 94, 3, paper('Transformer-xl: Attentive language models beyond a fixed-length context', '1901.02860', venue='ACL 2019', year=2019, section=AE)),
 (A, 54, 3, paper('Compressive transformers for long-range sequence modelling', '1911.05507', venue='ICLR 2020', year=2020, section=AE)),
 (A, 274, 3, paper('MART: Memory-Augmented Recurrent Transformer for Coherent Video Paragraph Captioning', url='https://www.aclweb.org/anthology/2020.acl-main.233.pdf', venue='ACL 2020', year=2020, section=AM)),
 (A, 110, 3, paper('Attention is all you need', '1706.03762', venue='NuerIPS 2017', year=2017, section=AE)),
 (A, 115, 3, paper('Epipolar Transformers', '2005.04551', venue='CVPR 2020', year=2020, section='Transformers / Vision')),
 (A, 267, 2, paper('Iterative Answer Prediction with Pointer-Augmented Multimodal Transformers for TextVQA', '1911.06258', venue='CVPR 2020', year=2020, section=AM)),
 (A, 189, 3, paper('Learning Texture Transformer Network for Image Super-Resolution', '2006.04139', venue='CVPR 2020', year=2020, section=AV)),
 (A, 149, 3, paper('Multimodal Transformer for Unaligned Multimodal Language Sequences', url='https://www.aclweb.org/anthology/P19-1656.pdf', venue='ACL 2019', year=2019, section='Transformers / MultiModal')),
 (A, 202, 3, paper('ALBERT: A LITE BERT FOR SELF-SUPERVISED LEARNING OF LANGUAGE REPRESENTATIONS', '1909.11942', venue='ICLR 2020', year=2020, section=AL)),
 (A, 154, 3, paper('Heterogeneous Graph Transformer for Graph-to-Sequence Learning', url='https://www.aclweb.org/anthology/2020.acl-main.640.pdf', venue='ACL 2020', year=2020, section='Transformers / Graph Transformer')),
 (A, 238, 3, paper('RoBERTa: A Robustly Optimized BERT Pretraining Approach', '1907.11692', venue='arXiv 2019', year=2019, section=AL)),
 (A, 259, 3, paper('Meshed-Memory Transformer for Image Captioning', '1912.08226', venue='CVPR 2020', year=2020, section=AM)),
 (A, 278, 3, paper('TaBERT: Pretraining for Joint Understanding of Textual and Tabular Data', url='https://www.aclweb.org/anthology/2020.acl-main.745.pdf', venue='ACL 2020', year=2020, section=AM)),
 (A, 26, 3, paper('Linformer: Selfattention with linear complexity', '2006.04768', venue='arXiv 2020', year=2020, section=AE)),
 (A, 42, 3, paper('Etc: Encoding long and structured data in transformers', '2004.08483', venue='arXiv 2020', year=2020, section=AE)),
 (A, 7, 1, non('Table of Contents')),
 (A, 177, 3, paper('Epipolar Transformers', '2005.04551', venue='CVPR 2020', year=2020, section=AV)),
 (A, 133, 3, paper('Sign Language Transformers: Joint End-to-end Sign Language Recognition and Translation', '2003.13830', venue='CVPR 2020', year=2020, section='Transformers / MultiModal')),
 # baichuanzhou: tab-padded table rows; the row names a model, the Paper column links the paper
 (B, 174, 1, paper('LLaMA-Adapter', '2303.16199', year=2023, code='https://github.com/OpenGVLab/LLaMA-Adapter', section=B12 + 'Parameter-Efficient VLMs')),
 (B, 278, 1, non('2. Tasks & Datasets / 2.3 Visual Question Answering')),
 (B, 143, 1, paper('BLIP-2', '2301.12597', year=2023, code='https://github.com/salesforce/LAVIS/tree/main/projects/blip2', section=B12 + 'Vision Signal Aligned with LLMs')),
 (B, 65, 1, paper('VinVL', '2101.00529', year=2021, code='https://github.com/pzzhang/VinVL', section=B11 + 'BERT-like Pretrained Family')),
 (B, 96, 1, paper('UFO', '2111.10023', year=2021, section=B11 + 'Large-scale Representation Learning Family')),
 (B, 6, 1, non('Table of Contents')),
 (B, 188, 1, paper('ViperGPT', '2303.08128', year=2023, code='https://github.com/cvlab-columbia/viper', section=B12 + 'LLMs as General Interface')),
 (B, 79, 1, paper('ALIGN', '2102.05918', year=2021, summary='Impressive image-text retrieval ability.', section=B11 + 'Contrastive Learning Family')),
 (B, 156, 1, paper('Mini-GPT4', '2304.10592', year=2023, code='https://github.com/Vision-CAIR/MiniGPT-4', section=B12 + 'VLMs Aligned with Human Instructions')),
 (B, 157, 1, paper('Otter', '2305.03726', year=2023, code='https://github.com/Luodian/Otter', section=B12 + 'VLMs Aligned with Human Instructions')),
 (B, 191, 1, paper('HuggingGPT', '2303.17580', year=2023, code='https://github.com/microsoft/JARVIS', section=B12 + 'LLMs as General Interface')),
 (B, 275, 1, non('2. Tasks & Datasets / 2.3 Visual Question Answering')),
 (B, 97, 1, paper('FLAVA', '2112.04482', year=2021, code='https://github.com/facebookresearch/multimodal/tree/main/examples/flava', summary='Multitask training for unimodal and multimodal representations. Can be finetuned for a variety of downstream tasks.', section=B11 + 'Large-scale Representation Learning Family')),
 (B, 66, 1, paper('ViLT', '2102.03334', year=2021, code='https://github.com/dandelin/ViLT', section=B11 + 'BERT-like Pretrained Family')),
 (B, 119, 1, paper('BLIP', '2201.12086', year=2021, code='https://github.com/salesforce/BLIP', summary='Capfilt method for bootstrapping image-text pair data generation. Contrastive learning, image-text matching and LM as objectives.', section=B12 + 'Medium-scaled Encoder-Decoder Family')),
 (B, 23, 1, non('Table of Contents')),
 (B, 193, 1, paper('NextGPT', '2309.05519', year=2023, section=B12 + 'LLMs as General Interface')),
 (B, 140, 1, paper('Flamingo', '2204.14198', year=2022, code='https://github.com/mlfoundations/open_flamingo', section=B12 + 'Vision Signal Aligned with LLMs')),
 (B, 58, 1, paper('ViLBERT', '1908.02265', year=2019, code='https://github.com/facebookresearch/vilbert-multi-task', section=B11 + 'BERT-like Pretrained Family')),
 (B, 258, 1, non('2. Tasks & Datasets / 2.2 Image Captioning')),
 # phellonchen: numbered items "N. [Title](link), Venue Year [[code]](...)", some with a bold task prefix
 (P, 149, 1, paper('Learning Spatiotemporal Features via Video and Text Pair Discrimination', '2001.05691', venue='arXiv 2020', year=2020, code='https://github.com/MCG-NJU/CPD-Video', section=PV)),
 (P, 51, 1, paper('CAPT: Contrastive Pre-Training for Learning Denoised Sequence Representations', '2010.06351', venue='arXiv 2020', year=2020, section=PR)),
 (P, 195, 1, non(PO)),
 (P, 208, 1, non(PO)),
 (P, 155, 1, paper('HERO: Hierarchical Encoder for Video+Language Omni-representation Pre-training', '2005.00200', venue='EMNLP 2020', year=2020, section=PV)),
 (P, 55, 1, paper('LAMP: Label Augmented Multimodal Pretraining', '2012.04446', venue='arXiv 2020', year=2020, section=PR)),
 (P, 147, 1, paper('Bridging Text and Video: A Universal Multimodal Transformer for Video-Audio Scene-Aware Dialog', '2002.00163', venue='AAAI 2020 DSTC8 workshop', year=2020, section=PV)),
 (P, 29, 1, paper('Unicoder-VL: A Universal Encoder for Vision and Language by Cross-modal Pre-training', '1908.06066', venue='AAAI 2020', year=2020, section=PR)),
 (P, 31, 1, paper('Unified Vision-Language Pre-Training for Image Captioning and VQA', '1909.11059', venue='AAAI 2020', year=2020, code='https://github.com/LuoweiZhou/VLP', section=PR)),
 (P, 93, 1, paper('Large-scale Pretraining for Visual Dialog: A Simple State-of-the-Art Baseline', '1912.02379', venue='ECCV 2020', year=2020, code='https://github.com/vmurahari3/visdial-bert', section=PT + 'Visual Dialog')),
 (P, 159, 1, paper('Auto-captions on GIF: A Large-scale Video-sentence Dataset for Vision-language Pre-training', '2007.02375', venue='arXiv 2020', year=2020, section=PV)),
 (P, 7, 1, non('Table of Contents')),
 (P, 129, 1, paper('Adaptive Transformers for Learning Multimodal Representations', '2005.07486', venue='ACL 2020 SRW', year=2020, section='Image-based VLP / Other Analysis')),
 (P, 196, 1, paper('Pre-trained Models for Natural Language Processing: A Survey', '2003.08271', venue='arXiv 2020', year=2020, section=PO)),
 (P, 161, 1, paper('Multimodal Pretraining for Dense Video Captioning', '2011.11760', venue='arXiv 2020', year=2020, section=PV)),
 (P, 200, 1, paper('Deep Multimodal Representation Learning: A Survey', url='https://ieeexplore.ieee.org/abstract/document/8715409', venue='arXiv 2019', year=2019, section=PO)),
 (P, 110, 1, paper('Visual Relationship Detection With Visual-Linguistic Knowledge From Multimodal Representations', url='https://ieeexplore.ieee.org/document/9387302', venue='IEEE Access 2021', year=2021, section=PT + 'Other Tasks')),
 (P, 106, 1, paper('VisualMRC: Machine Reading Comprehension on Document Images', '2101.11272', venue='AAAI 2021', year=2021, section=PT + 'Visual Machine Reading Comprehension')),
 (P, 197, 1, paper('A Survey on Contextual Embeddings', '2003.07278', venue='arXiv 2020', year=2020, section=PO)),
 (P, 43, 1, paper('ERNIE-VIL: KNOWLEDGE ENHANCED VISION-LANGUAGE REPRESENTATIONS THROUGH SCENE GRAPH', '2006.16934', venue='arXiv 2020', year=2020, section=PR)),
]

with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
    for name, line, n, fields in L:
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        raw = '\n'.join(lines[line - 1:line - 1 + n])
        row = {'list': name, 'line': line, 'raw': raw}
        row.update(fields)
        out.write(json.dumps(row, ensure_ascii=False) + '\n')
print(len(L))
