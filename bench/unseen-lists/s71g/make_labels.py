#!/usr/bin/env python3
"""Hand labels (read by eye); raw is cut from the file by the line range given here."""
import json
N = 'Nanboy-Ronan__awesome-Vision-Language-Model-Foundation.README.md'
H = 'houjunlin__Awesome-Medical-Vision-Language-Learning.README.md'
L = 'lab-rasool__Awesome-Medical-VLMs-and-Datasets.README.md'
files = {f: open(f, encoding='utf-8').read().split('\n') for f in (N, H, L)}

def P(lst, a, b, title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, section=None, doi=None):
    return dict(list=lst, a=a, b=b, is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=None, section=section)

def X(lst, a, b, section):
    return dict(list=lst, a=a, b=b, is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None, section=section)

TR = 'How to Train a Vision-Language-Pretraining Model'
US = 'How to Use a Vision-Language-Pretraining Model'
VL = 'The list of medical VLMs'
DS = 'The list of Medical Vision-Language Datasets'
E = [
 # Nanboy-Ronan
 P(N, 21, 26, 'Vision-Language Models for Medical Report Generation and Visual Question Answering: A Review', arxiv='2403.02469',
   year=2024, authors=['Iryna Hartsock', 'Ghulam Rasool'], section='Survey / Survey: 2024'),
 P(N, 77, 82, 'Fair Text to Medical Image Diffusion Model with Subgroup Distribution Aligned Tuning', arxiv='2406.14847', year=2024,
   authors=['Xu Han', 'Fangfang Fan', 'Jingzhao Rong', 'Zhen Li', 'Georges El Fakhri', 'Qingyu Chen', 'Xiaofeng Liu'],
   section='Research Areas / Trustworthiness / Fairness'),
 P(N, 46, 53, 'MedCLIP: Contrastive Learning from Unpaired Medical Images and Text', arxiv='2210.10163', year=2022,
   authors=['Zifeng Wang', 'Zhenbang Wu', 'Dinesh Agarwal', 'Jimeng Sun'], section='Existing Medical VLM and Foundation Models / CLIP and Variants'),
 P(N, 116, 121, 'BIOMEDICA: An Open Biomedical Image-Caption Archive, Dataset, and Vision-Language Models Derived from Scientific Literature',
   arxiv='2501.07171', year=2025,
   authors=['Alejandro Lozano', 'Min Woo Sun', 'James Burgess', 'Liangyu Chen', 'Jeffrey J. Nirschl', 'Jeffrey Gu', 'Ivan Lopez',
            'Josiah Aklilu', 'Austin Wolfgang Katzer', 'Collin Chiu', 'Anita Rau', 'Xiaohan Wang', 'Yuhui Zhang',
            'Alfred Seunghoon Song', 'Robert Tibshirani', 'Serena Yeung-Levy'],
   section='Tasks, Datasets and Metrics / Captioning'),
 P(N, 92, 97, 'MIMIC-CXR: A De-identified Publicly Available Database of Chest Radiographs with Free-Text Reports',
   url='https://www.nature.com/articles/s41597-019-0322-0', year=2019,
   authors=['Alistair E. W. Johnson', 'Tom J. Pollard', 'Seth J. Berkowitz', 'Nathaniel B. Greenbaum', 'Matthew P. Lungren',
            'Chih-ying Deng', 'Roger G. Mark', 'Steven Horng'], section='Tasks, Datasets and Metrics / Report Generation'),
 P(N, 104, 109, 'A Dataset of Clinically Generated Visual Questions and Answers About Radiology Images',
   url='https://www.nature.com/articles/sdata2018251', year=2018,
   authors=['Jason J. Lau', 'Soumya Gayen', 'Asma Ben Abacha', 'Dina Demner-Fushman'], section='Tasks, Datasets and Metrics / VQA'),
 P(N, 33, 38, 'Medical Vision Language Pretraining: A Survey', arxiv='2312.06224', year=2023,
   authors=['Prashant Shrestha', 'Sanskar Amgain', 'Bidur Khanal', 'Cristian A. Linte', 'Binod Bhattarai'], section='Survey / Survey: 2023'),
 # houjunlin
 X(H, 58, 58, TR),
 P(H, 53, 53, 'GLoRIA: A Multimodal Global-Local Representation Learning Framework for Label-efficient Medical Image Recognition',
   url='https://ieeexplore.ieee.org/document/9710099/', venue='ICCV 2021', year=2021, section=TR + ' / 2021'),
 P(H, 37, 37, 'Multi-Granularity Cross-modal Alignment for Generalized Medical Visual Representation Learning', arxiv='2210.06044',
   venue='NIPS 2022', year=2022, code='https://github.com/fuying-wang/MGCA', section=TR + ' / 2022'),
 X(H, 15, 15, 'Datasets'),
 X(H, 6, 6, 'Contents'),
 P(H, 76, 76, 'Does CLIP Benefit Visual Question Answering in the Medical Domain as Much as it Does in the General Domain',
   arxiv='2112.13906', venue='arXiv 2021', year=2021, section=US + ' / 2021'),
 X(H, 7, 7, 'Contents'),
 P(H, 55, 55, 'Self-supervised Image-text Pre-training With Mixed Data In Chest X-rays', arxiv='2103.16022', venue='arXiv 2021',
   year=2021, section=TR + ' / 2021'),
 X(H, 74, 74, US),
 P(H, 30, 30, 'Learning to Exploit Temporal Structure for Biomedical Vision–Language Processing', arxiv='2301.04558',
   venue='arXiv 2023', year=2023, section=TR + ' / 2023'),
 X(H, 93, 93, US + ' / Generation'),
 P(H, 43, 43, 'Multi-Modal Understanding and Generation for Medical Images and Text via Vision-Language Pre-Training',
   url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9894658', venue='JHBI 2022', year=2022,
   code='https://github.com/SuperSupermoon/MedViLL', section=TR + ' / 2022'),
 X(H, 13, 13, 'Datasets'),
 X(H, 14, 14, 'Datasets'),
 P(H, 65, 65, 'Unsupervised Multimodal Representation Learning across Medical Images and Reports', arxiv='1811.08615',
   venue='NIPS 2018 Workshop', year=2018, section=TR + ' / 2018'),
 X(H, 28, 28, TR),
 X(H, 63, 63, TR),
 P(H, 88, 88, 'LViT: Language meets Vision Transformer in Medical Image Segmentation', arxiv='2206.14718', venue='arXiv 2022',
   year=2022, section=US + ' / Segmentation / 2022'),
 P(H, 41, 41, 'Multi-Modal Masked Autoencoders for Medical Vision-and-Language Pre-Training', arxiv='2209.07098',
   venue='MICCAI 2022', year=2022, code='https://github.com/zhjohnchan/M3AE', section=TR + ' / 2022'),
 P(H, 32, 32, 'MedKLIP: Medical Knowledge Enhanced Language-Image Pre-Training', arxiv='2301.02228', venue='arXiv 2023',
   year=2023, section=TR + ' / 2023'),
 # lab-rasool
 X(L, 6, 8, None),
 P(L, 25, 25, 'BiomedCLIP', arxiv='2303.00915', year=2023, authors=['Zhang'], section=VL),
 P(L, 57, 57, 'VQA-Med 2020', url='https://ceur-ws.org/Vol-2696/paper_106.pdf', authors=['Abacha'],
   code='https://github.com/abachaa/VQA-Med-2020', section=DS),
 P(L, 54, 54, 'VQA-RAD', url='https://www.nature.com/articles/sdata2018251', authors=['Lau'], section=DS),
 P(L, 50, 50, 'IU-Xray or Open-I', url='https://academic.oup.com/jamia/article/23/2/304/2572395', authors=['Demner-Fushman'], section=DS),
 P(L, 52, 52, 'PMC-OA', arxiv='2303.07240', authors=['Lin'], section=DS),
 P(L, 32, 32, 'XrayGPT', arxiv='2306.07971', year=2023, authors=['Thawkar'], code='https://github.com/mbzuai-oryx/XrayGPT', section=VL),
 P(L, 53, 53, 'SLAKE', url='https://ieeexplore.ieee.org/document/9434010', authors=['Liu'], section=DS),
 P(L, 46, 46, 'MIMIC-CXR-JPG', arxiv='1901.07042', authors=['Johnson'], section=DS),
 P(L, 24, 24, 'RepsNet', url='https://link.springer.com/chapter/10.1007/978-3-031-16443-9_68', year=2022, authors=['Tanwani'], section=VL),
 X(L, 9, 11, None),
 P(L, 44, 44, 'ROCO', url='https://link.springer.com/chapter/10.1007/978-3-030-01364-6_20', authors=['Pelka'],
   code='https://github.com/razorx89/roco-dataset', section=DS),
 P(L, 61, 61, 'PathQABench-Public', url='https://www.nature.com/articles/s41586-024-07618-3', authors=['Lu'],
   code='https://github.com/fedshyvana/pathology_mllm_training', section=DS),
 P(L, 22, 22, 'MedViLL', url='https://ieeexplore.ieee.org/document/9894658', year=2021, authors=['Moon'],
   code='https://github.com/SuperSupermoon/MedViLL', section=VL),
 P(L, 51, 51, 'MedICaT', url='https://aclanthology.org/2020.findings-emnlp.191/', authors=['Subramanian'],
   code='https://github.com/allenai/medicat', section=DS),
 X(L, 5, 5, None),
 P(L, 35, 35, 'Med-Flamingo', arxiv='2307.15189', year=2023, authors=['Moor'], code='https://github.com/snap-stanford/med-flamingo', section=VL),
 X(L, 13, 15, None),
 P(L, 36, 36, 'RaDialog', arxiv='2311.18681', year=2023, authors=['Pellegrini'], code='https://github.com/ChantalMP/RaDialog', section=VL),
 P(L, 47, 47, 'MIMIC-NLE', url='https://link.springer.com/chapter/10.1007/978-3-031-16443-9_67', authors=['Kayser'],
   code='https://github.com/maximek3/MIMIC-NLE', section=DS),
]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
with open('labels.jsonl', 'w', encoding='utf-8') as out:
    for e in E:
        lines = files[e['list']]
        e['line'] = e['a']
        e['raw'] = '\n'.join(lines[e['a'] - 1:e['b']])
        out.write(json.dumps({k: e[k] for k in KEYS}, ensure_ascii=False) + '\n')
print(len(E))
