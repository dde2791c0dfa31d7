#!/usr/bin/env python3
"""Hand labels for the s57f sample, written out as labels.jsonl.

Every value below was typed by hand from reading the saved files; the script
only copies each entry's raw source lines (start..end, 1-based, inclusive)
out of the file so that `raw` is byte-exact, and checks the order of the
sample against sample.py's draw.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NB = 'lcylmhlcy__Notebook-daily.README.md'
LX = 'linhuixiao__Awesome-Visual-Grounding.README.md'
RX = 'xiaoqiang-lu__Research.README.md'

S_FUS = 'Multimodal Fusion'
S_REL = 'Related - VG (image)'
S_GR = 'Grounding Relations / Referring Relations'
S_VG = 'Visual Grounding / Referring Expression Comprehension (Images):'
S_REF = 'References'
S_TOC = 'Summary of Contents'
S_A = '1. Methods: A Survey / 1.1 Fully Supervised Setting / A. Traditional CNN-based Methods'
S_B = '1. Methods: A Survey / 1.1 Fully Supervised Setting / B. Transformer-based Methods'


def P(lst, line, title, venue, year, section, end=None, arxiv=None, url=None,
      code=None, authors=(), summary=None, doi=None):
    return dict(list=lst, line=line, end=end or line, is_paper=True, title=title,
                arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=summary, section=section)


def N(lst, line, section, end=None):
    return dict(list=lst, line=line, end=end or line, is_paper=False, title=None,
                arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)


L = [
    # ---- lcylmhlcy/Notebook-daily multi-modal.md
    P(NB, 109, 'Detecting Visual Relationships with Deep Relational Networks', 'CVPR 2017', 2017, S_REL,
      url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=8099835'),
    P(NB, 133, 'Structured matching for phrase localization', 'ECCV 2016', 2016, S_VG,
      url='https://pdfs.semanticscholar.org/9216/2ec88ad974cc5082d9688c8bfee672ad59ad.pdf',
      code='https://github.com/princeton-vl/structured-matching'),
    P(NB, 35, 'Learning latent scene-graph representations for referring relationships', 'arXiv 2019', 2019, S_GR,
      url='https://www.researchgate.net/profile/Roei_Herzig/publication/331397250_Differentiable_Scene_Graphs/links/5c7d2e43458515831f826ad5/Differentiable-Scene-Graphs.pdf'),
    P(NB, 157, 'Recurrent Multimodal Interaction for Referring Image Segmentation', 'ICCV 2017', 2017, S_VG,
      arxiv='1703.07939', code='https://github.com/chenxi116/TF-phrasecut-public'),
    P(NB, 177, 'Interpretable Visual Question Answering by Visual Grounding from Attention Supervision Mining',
      'arXiv 2018', 2018, S_VG, arxiv='1808.00265'),
    N(NB, 260, S_REF),
    P(NB, 241, 'Give Me Something to Eat: Referring Expression Comprehension with Commonsense Knowledge',
      'ACMMM 2020', 2020, S_VG, arxiv='2006.01629'),
    P(NB, 73, 'UNIMO: Towards Unified-Modal Understanding and Generation via Cross-Modal Contrastive Learning',
      'arXiv 2020', 2020, S_REL, arxiv='2012.15409', code='https://github.com/weili-baidu/UNIMO'),
    P(NB, 103, 'Chain of Reasoning for Visual Question Answering', 'NIPS 2018', 2018, S_REL,
      url='https://proceedings.neurips.cc/paper/2018/file/31fefc0e570cb3860f2a6d4b38c6490d-Paper.pdf'),
    N(NB, 259, S_REF),
    P(NB, 203, 'Learning to Compose and Reason with Language Tree Structures for Visual Grounding',
      'TPAMI 2019', 2019, S_VG, arxiv='1906.01784'),
    P(NB, 199, 'Visual Referring Expression Recognition: What Do Systems Actually Learn?',
      'NAACL 2018 short', 2018, S_VG, arxiv='1805.11818'),
    N(NB, 258, S_REF),
    P(NB, 53, 'Deep Multimodal Multilinear Fusion with High-order Polynomial Pooling', 'NeurIPS 2019', 2019, S_FUS,
      url='https://papers.nips.cc/paper/9381-deep-multimodal-multilinear-fusion-with-high-order-polynomial-pooling'),
    P(NB, 155, 'Query-guided regression network with context policy for phrase grounding', 'ICCV 2017', 2017, S_VG,
      url='http://openaccess.thecvf.com/content_ICCV_2017/papers/Chen_Query-Guided_Regression_Network_ICCV_2017_paper.pdf',
      code='https://github.com/kanchen-usc/QRC-Net'),
    P(NB, 51, 'Dynamic Fusion for Multimodal Data', 'arXiv 2019', 2019, S_FUS, arxiv='1911.03821'),
    P(NB, 191, 'Multi-level Multimodal Common Semantic Space for Image-Phrase Grounding', 'arXiv 2018', 2018, S_VG,
      arxiv='1811.11683'),
    P(NB, 181, 'Using syntax to ground referring expressions in natural images', 'arXiv 2018', 2018, S_VG,
      arxiv='1805.10547', code='https://github.com/volkancirik/groundnet'),
    P(NB, 33, 'CPARR: Category-based Proposal Analysis for Referring Relationships', 'CVPR 2020 Workshop', 2020, S_GR,
      url='https://openaccess.thecvf.com/content_CVPRW_2020/html/w56/He_CPARR_Category-Based_Proposal_Analysis_for_Referring_Relationships_CVPRW_2020_paper.html'),
    P(NB, 159, 'Deep attribute-preserving metric learning for natural language object retrieval', 'ACMMM 2017', 2017, S_VG,
      url='https://dl.acm.org/citation.cfm?id=3123439'),

    # ---- linhuixiao/Awesome-Visual-Grounding README.md (first page)
    P(LX, 235, 'Transvg: End-to-end Visual Grounding with Transformers', 'ICCV 2021', 2021, S_B,
      url='http://openaccess.thecvf.com/content/ICCV2021/html/Deng_TransVG_End-to-End_Visual_Grounding_With_Transformers_ICCV_2021_paper.html',
      code='https://github.com/djiajunustc/TransVG'),
    N(LX, 148, S_TOC),
    N(LX, 46, None),
    N(LX, 143, S_TOC),
    N(LX, 169, S_TOC),
    N(LX, 140, S_TOC),
    N(LX, 37, None),
    N(LX, 147, S_TOC),
    N(LX, 161, S_TOC),
    N(LX, 166, S_TOC),
    N(LX, 142, S_TOC),
    N(LX, 156, S_TOC),
    P(LX, 220, 'A real-time cross-modality correlation fi ltering method for referring expression comprehension',
      'CVPR 2020', 2020, S_A, arxiv='1909.07072'),
    N(LX, 145, S_TOC),
    N(LX, 174, S_TOC),
    N(LX, 107, 'Introduction'),
    N(LX, 141, S_TOC),
    P(LX, 219, 'Dynamic Graph Attention for Referring Expression Comprehension', 'ICCV 2019', 2019, S_A,
      url='https://openaccess.thecvf.com/content_ICCV_2019/papers/Yang_Dynamic_Graph_Attention_for_Referring_Expression_Comprehension_ICCV_2019_paper.pdf'),
    P(LX, 218, 'Visual grounding via accumulated attention', 'CVPR 2018', 2018, S_A,
      url='https://openaccess.thecvf.com/content_cvpr_2018/papers/Deng_Visual_Grounding_via_CVPR_2018_paper.pdf'),
    P(LX, 214, 'Modeling relationships in referential expressions with compositional modular networks',
      'CVPR 2017', 2017, S_A,
      url='https://openaccess.thecvf.com/content_cvpr_2017/papers/Hu_Modeling_Relationships_in_CVPR_2017_paper.pdf',
      code='https://ronghanghu.com/cmn/'),

    # ---- xiaoqiang-lu/Research docs/RECS.md
    P(RX, 31, 'MDETR: Modulated Detection for End-to-End Multi-Modal Understanding', 'ICCV 2021', 2021, None, end=42,
      url='https://openaccess.thecvf.com/content/ICCV2021/papers/Kamath_MDETR_-_Modulated_Detection_for_End-to-End_Multi-Modal_Understanding_ICCV_2021_paper.pdf',
      code='https://github.com/ashkamath/mdetr',
      authors=['Aishwarya Kamath', 'Mannat Singh', 'Yann LeCun', 'Gabriel Synnaeve', 'Ishan Misra', 'Nicolas Carion']),
    N(RX, 3, None),
    P(RX, 58, 'SeqTR: A Simple Yet Universal Network for Visual Grounding', 'ECCV 2022', 2022, None, end=70,
      url='https://link.springer.com/chapter/10.1007/978-3-031-19833-5_35',
      code='https://github.com/seanzhuh/SeqTR',
      authors=['Chaoyang Zhu', 'Yiyi Zhou', 'Yunhang Shen', 'Gen Luo', 'Xingjia Pan', 'Mingbao Lin', 'Chao Chen',
               'Liujuan Cao', 'Xiaoshuai Sun', 'Rongrong Ji']),
    P(RX, 5, 'MAttNet: Modular Attention Network for Referring Expression Comprehension', 'CVPR 2018', 2018, None, end=16,
      url='https://openaccess.thecvf.com/content_cvpr_2018/papers/Yu_MAttNet_Modular_Attention_CVPR_2018_paper.pdf',
      code='https://github.com/lichengunc/MAttNet',
      authors=['Licheng Yu', 'Zhe Lin', 'Xiaohui Shen', 'Jimei Yang', 'Xin Lu', 'Mohit Bansal', 'Tamara L Berg']),
    P(RX, 72, 'Learning To Segment Every Referring Object Point by Point', 'CVPR 2023', 2023, None, end=83,
      url='https://openaccess.thecvf.com/content/CVPR2023/papers/Qu_Learning_To_Segment_Every_Referring_Object_Point_by_Point_CVPR_2023_paper.pdf',
      code='https://github.com/qumengxue/Partial-RES',
      authors=['Mengxue Qu', 'Yu Wu', 'Yunchao Wei', 'Wu Liu', 'Xiaodan Liang', 'Yao Zhao']),
    P(RX, 98, 'Multiple Relational Learning Network for Joint Referring Expression Comprehension and Segmentation',
      'TMM 2023', 2023, None, end=111,
      url='https://ieeexplore.ieee.org/document/10035452',
      authors=['Guoguang Hua', 'Muxin Liao', 'Shishun Tian', 'Yuhang Zhang', 'Wenbin Zou']),
    P(RX, 44, 'Referring Transformer: A One-step Approach to Multi-task Visual Grounding', 'NIPS 2021', 2021, None, end=56,
      url='https://proceedings.neurips.cc/paper_files/paper/2021/file/a376802c0811f1b9088828288eb0d3f0-Paper.pdf',
      code='https://github.com/ubc-vision/RefTR',
      authors=['Muchen Li', 'Leonid Sigal']),
    P(RX, 85, 'PolyFormer: Referring Image Segmentation as Sequential Polygon Generation', 'CVPR 2023', 2023, None, end=96,
      url='https://openaccess.thecvf.com/content/CVPR2023/papers/Liu_PolyFormer_Referring_Image_Segmentation_As_Sequential_Polygon_Generation_CVPR_2023_paper.pdf',
      code='https://github.com/amazon-science/polygon-transformer',
      authors=['Jiang Liu', 'Hui Ding', 'Zhaowei Cai', 'Yuting Zhang', 'Ravi Kumar Satzoda', 'Vijay Mahadevan', 'R Manmatha']),
    P(RX, 18, 'Multi-task Collaborative Network for Joint Referring Expression Comprehension and Segmentation',
      'CVPR 2020', 2020, None, end=29,
      url='https://openaccess.thecvf.com/content_CVPR_2020/papers/Luo_Multi-Task_Collaborative_Network_for_Joint_Referring_Expression_Comprehension_and_Segmentation_CVPR_2020_paper.pdf',
      code='https://github.com/luogen1996/MCN',
      authors=['Gen Luo', 'Yiyi Zhou', 'Xiaoshuai Sun', 'Liujuan Cao', 'Chenglin Wu', 'Cheng Deng', 'Rongrong Ji']),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']


def main():
    files = {}
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
        for e in L:
            if e['list'] not in files:
                files[e['list']] = open(os.path.join(HERE, e['list']), encoding='utf-8').read().split('\n')
            lines = files[e['list']]
            e = dict(e)
            e['raw'] = '\n'.join(lines[e['line'] - 1:e.pop('end')])
            out.write(json.dumps({k: e[k] for k in KEYS}, ensure_ascii=False) + '\n')
    print(len(L), 'labels written')


if __name__ == '__main__':
    main()
