"""Write labels.jsonl from hand-written labels below.

`raw` is cut from the file with sample.py's entry_raw (start line through the
entry's last continuation line); every other field is typed by hand from
reading the entry.  Non-papers have only `section` filled.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from sample import entry_raw  # noqa: E402

CCY = 'CCYChongyanChen__VQA_AlgorithmDatasets.README.md'
AIM = 'aimagelab__awesome-captioning-evaluation.README.md'
MLZ = 'mlz8__VQA-Reading-List.README.md'


def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, doi=None,
      summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue,
                year=year, authors=list(authors), code=code, summary=summary)


NP = dict(is_paper=False)

AIM_RULE = 'Table of Contents / The Evolution of Captioning Metrics / Rule-based Metrics'
AIM_EVO = 'Table of Contents / The Evolution of Captioning Metrics'
AIM_LEARN = 'Table of Contents / The Evolution of Captioning Metrics / Learnable Metrics'
AIM_DS = 'Table of Contents / Datasets & Benchmarks'

LABELS = [
    # ---- CCYChongyanChen: leaderboard rows, dataset names, algorithm names
    (CCY, 41, NP, 'Leaderboard'),
    (CCY, 42, NP, 'Leaderboard'),
    (CCY, 54, NP, 'Leaderboard'),
    (CCY, 55, NP, 'Leaderboard'),
    (CCY, 61, NP, 'Dataset'),
    (CCY, 62, NP, 'Dataset'),
    (CCY, 72, NP, 'Dataset'),
    (CCY, 75, NP, 'Dataset'),
    (CCY, 84, NP, 'Dataset'),
    (CCY, 86, NP, 'Dataset'),
    (CCY, 89, NP, 'Dataset'),
    (CCY, 92, NP, 'Dataset'),
    (CCY, 95, NP, 'Dataset'),
    (CCY, 99, NP, 'Dataset'),
    (CCY, 111, NP, 'Algorithm'),
    (CCY, 115, NP, 'Algorithm'),
    (CCY, 120, NP, 'Algorithm'),
    (CCY, 123, NP, 'Algorithm'),
    (CCY, 137, NP, 'Algorithm'),
    (CCY, 161, P('KRISP', arxiv='2012.11014', year=2020), 'Algorithm'),
    # ---- aimagelab: tables inside <details>, header blocks, dataset bullets
    (AIM, 16, NP, 'Code for Reproducing Metric Scores'),
    (AIM, 22, NP, 'Our Survey'),
    (AIM, 55, NP, AIM_EVO),
    (AIM, 63, P('CIDEr: Consensus-based Image Description Evaluation',
                url='https://openaccess.thecvf.com/content_cvpr_2015/papers/Vedantam_CIDEr_Consensus-Based_Image_2015_CVPR_paper.pdf',
                venue='CVPR 2015', year=2015, authors=['Ramakrishna Vedantam']), AIM_RULE),
    (AIM, 64, P('SPICE: Semantic Propositional Image Caption Evaluation', arxiv='1607.08822',
                venue='ECCV 2016', year=2016, authors=['Peter Anderson']), AIM_RULE),
    (AIM, 79, P('FAIEr: Fidelity and Adequacy Ensured Image Caption Evaluation',
                url='https://openaccess.thecvf.com/content/CVPR2021/papers/Wang_FAIEr_Fidelity_and_Adequacy_Ensured_Image_Caption_Evaluation_CVPR_2021_paper.pdf',
                venue='CVPR 2021', year=2021, authors=['Sijin Wang']),
     AIM_LEARN + ' / Unsupervised Metrics'),
    (AIM, 80, P('UMIC: An Unreferenced Metric for Image Captioning via Contrastive Learning',
                arxiv='2106.14019', venue='ACL 2021', year=2021, authors=['Hwanhee Lee']),
     AIM_LEARN + ' / Unsupervised Metrics'),
    (AIM, 86, NP, AIM_LEARN),
    (AIM, 96, NP, AIM_LEARN),
    (AIM, 102, P('HICEScore: A Hierarchical Metric for Image Captioning Evaluation',
                 arxiv='2407.18589', venue='ACM MM 2024', year=2024, authors=['Zequn Zeng']),
     AIM_LEARN + ' / Fine-grained Oriented Metrics'),
    (AIM, 103, P('BRIDGE: Bridging Gaps in Image Captioning Evaluation with Stronger Visual Cues',
                 arxiv='2407.20341', venue='ECCV 2024', year=2024, authors=['Sara Sarto']),
     AIM_LEARN + ' / Fine-grained Oriented Metrics'),
    (AIM, 108, NP, AIM_EVO),
    (AIM, 117, NP, AIM_EVO),
    (AIM, 122, P('Object Hallucination in Image Captioning', arxiv='1809.02156',
                 venue='EMNLP 2018', year=2018, authors=['Anna Rohrbach']),
     AIM_EVO + ' / Hallucinations-based Metrics'),
    (AIM, 133, NP, AIM_DS),
    (AIM, 136, NP, AIM_DS + ' / Correlation with Human Judgment'),
    (AIM, 137, NP, AIM_DS + ' / Correlation with Human Judgment'),
    (AIM, 138, NP, AIM_DS + ' / Correlation with Human Judgment'),
    (AIM, 161, NP, 'How to Contribute'),
    (AIM, 163, NP, 'How to Contribute'),
    # ---- mlz8: `* **ABBR** - [Title](link) - *Surname, First, ... Venue (**ABBR**). Year.*` + notes
    (MLZ, 6, P('Survey of Visual Question Answering: Datasets and Techniques', arxiv='1705.03865',
               venue='arXiv 2017', year=2017, authors=['Akshay Kumar Gupta']), 'Survey'),
    (MLZ, 9, P('Visual question answering: Datasets, algorithms, and future challenges',
               arxiv='1610.01465', venue='CVIU 2017', year=2017,
               authors=['Kushal Kafle', 'Christopher Kanan']), 'Survey'),
    (MLZ, 13, P('Visual question answering: A survey of methods and datasets', arxiv='1607.05910',
                venue='CVIU 2017', year=2017,
                authors=['Qi Wu', 'Damien Teney', 'Peng Wang', 'Chunhua Shen', 'Anthony Dick',
                         'Anton van den Hengel']), 'Survey'),
    (MLZ, 19, P('Clevr: A diagnostic dataset for compositional language and elementary visual reasoning',
                url='http://openaccess.thecvf.com/content_cvpr_2017/papers/Johnson_CLEVR_A_Diagnostic_CVPR_2017_paper.pdf',
                venue='CVPR 2017', year=2017,
                authors=['Justin Johnson', 'Bharath Hariharan', 'Laurens van der Maaten', 'Li Fei-Fei',
                         'C. Lawrence Zitnick', 'Ross Girshick']),
     'Datasets / 1. Geometric Forms'),
    (MLZ, 23, P('Neural Module Networks',
                url='http://openaccess.thecvf.com/content_cvpr_2016/papers/Andreas_Neural_Module_Networks_CVPR_2016_paper.pdf',
                venue='CVPR 2016', year=2016,
                authors=['Jacob Andreas', 'Marcus Rohrbach', 'Trevor Darrell', 'Dan Klein']),
     'Datasets / 1. Geometric Forms'),
    (MLZ, 26, P('A simple neural network module for relational reasoning',
                url='https://papers.nips.cc/paper/7082-a-simple-neural-network-module-for-relational-reasoning.pdf',
                venue='NIPS 2017', year=2017,
                authors=['Adam Santoro', 'David Raposo', 'David G. Barrett', 'Mateusz Malinowski',
                         'Razvan Pascanu', 'Peter Battaglia', 'Timothy Lillicrap']),
     'Datasets / 1. Geometric Forms'),
    (MLZ, 30, P('A dataset and architecture for visual reasoning with a working memory',
                arxiv='1803.06092', venue='ECCV 2018', year=2018,
                authors=['Guangyu Robert Yang', 'Igor Ganichev', 'Xiao-Jing Wang', 'Jonathon Shlens',
                         'David Sussillo']),
     'Datasets / 1. Geometric Forms'),
    (MLZ, 37, NP, 'Datasets / 2. Natural Images'),
    (MLZ, 40, P('Exploring models and data for image question answering',
                url='http://papers.nips.cc/paper/5640-exploring-models-and-data-for-image-question-answering.pdf',
                venue='NIPS 2015', year=2015,
                authors=['Mengye Ren', 'Ryan Kiros', 'Richard Zemel']),
     'Datasets / 2. Natural Images'),
    (MLZ, 48, P('Movieqa: Understanding stories in movies through question-answering',
                url='https://www.cv-foundation.org/openaccess/content_cvpr_2016/papers/Tapaswi_MovieQA_Understanding_Stories_CVPR_2016_paper.pdf',
                venue='CVPR 2016', year=2016,
                authors=['Makarand Tapaswi', 'Yukun Zhu', 'Rainer Stiefelhagen', 'Antonio Torralba',
                         'Raquel Urtasun', 'Sanja Fidler']),
     'Datasets / 3. Videos'),
    (MLZ, 52, P('A dataset and architecture for visual reasoning with a working memory',
                arxiv='1803.06092', venue='ECCV 2018', year=2018,
                authors=['Guangyu Robert Yang', 'Igor Ganichev', 'Xiao-Jing Wang', 'Jonathon Shlens',
                         'David Sussillo']),
     'Datasets / 3. Videos'),
    (MLZ, 66, P('Ask Your Neurons: A Neural-Based Approach to Answering Questions About Images',
                url='http://openaccess.thecvf.com/content_iccv_2015/papers/Malinowski_Ask_Your_Neurons_ICCV_2015_paper.pdf',
                venue='CVPR 2015', year=2015,
                authors=['Mateusz Malinowski', 'Marcus Rohrbach', 'Mario Frit']),
     'Methods / 1. Global Emedding Techniques'),
    (MLZ, 71, P('Learning to answer questions from image using convolutional neural network',
                arxiv='1506.00333', venue='AAAI 2016', year=2016,
                authors=['Lin Ma', 'Zhengdong Lu', 'Hang Li']),
     'Methods / 1. Global Emedding Techniques'),
    (MLZ, 79, P('Revisiting Visual Question Answering Baselines', arxiv='1606.08390',
                venue='ECCV 2016', year=2016,
                authors=['Allan Jabri', 'Armand Joulin', 'Laurens van der Maaten']),
     'Methods / 1. Global Emedding Techniques'),
    (MLZ, 88, P('Exploring models and data for image question answering', arxiv='1505.02074',
                venue='NIPS 2015', year=2015,
                authors=['Mengye Ren', 'Ryan Kiros', 'Richard S. Zemel']),
     'Methods / 1. Global Emedding Techniques'),
    (MLZ, 98, P('Stacked attention networks for image question answering',
                url='http://openaccess.thecvf.com/content_cvpr_2016/papers/Yang_Stacked_Attention_Networks_CVPR_2016_paper.pdf',
                venue='CVPR 2016', year=2016,
                authors=['Zichao Yang', 'Xiaodong He', 'Jianfeng Gao', 'Li Deng', 'Alex Smola']),
     'Methods / 2. Attention-Based Models'),
    (MLZ, 104, P('ABC-CNN: An Attention Based Convolutional Neural Network for VisualQuestion Answering',
                 arxiv='1511.05960', venue='TAVL 2016', year=2016,
                 authors=['Kan Chen', 'Jiang Wang', 'Liang-Chieh Chen', 'Haoyuan Gao', 'Wei Xu',
                          'Ram Nevatia']),
     'Methods / 2. Attention-Based Models'),
    (MLZ, 113, P('Compositional Attention Networks for Machine Reasoning', arxiv='1803.03067',
                 venue='ICLR 2018', year=2018,
                 authors=['Drew A. Hudson', 'Christopher D. Manning']),
     'Methods / 4. Memory Networks'),
    (MLZ, 124, P('A diagram is worth a dozen images', arxiv='1603.07396', venue='ECCV 2016',
                 year=2016,
                 authors=['Aniruddha Kembhavi', 'Mike Salvato', 'Eric Kolve', 'Minjoon Seo',
                          'Hannaneh Hajishirzi', 'Ali Farhadi']),
     'Methods / 5. Graph Nets'),
    (MLZ, 136, P("It's not about the Journey; It's about the Destination: Following Soft Paths under Question-Guidance for Visual Reasoning",
                 url='http://openaccess.thecvf.com/content_CVPR_2019/html/Haurilet_Its_Not_About_the_Journey_Its_About_the_Destination_Following_CVPR_2019_paper.html',
                 venue='CVPR 2019', year=2019,
                 authors=['Monica Haurilet', 'Alina Roitberg', 'Rainer Stiefelhagen']),
     'Methods / 5. Graph Nets'),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']


def main():
    cache = {}
    out = []
    for name, line, fields, section in LABELS:
        if name not in cache:
            cache[name] = open(os.path.join(HERE, name), encoding='utf-8', newline='').read().split('\n')
        lines = cache[name]
        rec = dict.fromkeys(KEYS)
        rec.update(list=name, line=line, raw=entry_raw(name, lines, line), authors=[],
                   is_paper=False, section=section)
        rec.update(fields)
        out.append({k: rec[k] for k in KEYS})
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(out), 'labels;', sum(r['is_paper'] for r in out), 'papers')


if __name__ == '__main__':
    main()
