"""Hand labels for the 60 sampled entries (raw is cut from the files by line span)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
C = 'Chunngai__gec-papers.README.md'
S = 'Sympathize__End-to-end-task-oriented-Dialog-System.README.md'
M = 'mapljj__MasterInBeijing.README.md'


def P(title, venue=None, year=None, arxiv=None, url=None, authors=None, code=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue,
                year=year, authors=authors or [], code=code, summary=None)


def N():
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None,
                year=None, authors=[], code=None, summary=None)


def A(s):
    s = s.strip()
    parts = []
    for chunk in s.split(', '):
        parts.extend(x.strip() for x in chunk.split(' and '))
    return [p for p in parts if p]


# (list, line, number of lines, section, fields)
L = [
    # ---- Chunngai/gec-papers: checklist index, then numbered notes with <span id>
    (C, 4, 1, 'GEC', P('Encoder-Decoder Models Can Benefit from Pre-trained Masked Language Models in Grammatical Error Correction', 'ACL 2020', 2020)),
    (C, 5, 1, 'GEC', P('GECToR - Grammatical Error Correction: Tag, Not Rewrite', 'ACL 2020', 2020)),
    (C, 7, 1, 'GEC', P('Towards Minimal Supervision BERT-Based Grammar Error Correction (Student Abstract)', 'AAAI 2020', 2020)),
    (C, 8, 1, 'GEC', P('Stronger Baselines for Grammatical Error Correction Using a Pretrained Encoder-Decoder Model', 'AACL 2020', 2020)),
    (C, 9, 1, 'GEC', P('Chinese Grammatical Correction Using BERT-based Pre-trained Model', 'IJCNLP 2020', 2020)),
    (C, 12, 1, 'GEC', P('TMU-NLP System Using BERT-based Pre-trained Model to the NLP-TEA CGED Shared Task 2020', 'AACL 2020', 2020)),
    (C, 14, 1, 'GEC', P('Seq2Edits: Sequence Transduction Using Span-level Edit Operations', 'EMNLP 2020', 2020)),
    (C, 23, 1, 'GED', P('Chinese Grammatical Errors Diagnosis System Based on BERT at NLPTEA-2020 CGED Shared Task', 'AACL 2020', 2020)),
    (C, 27, 1, 'Data aug', P('Improving Grammatical Error Correction with Machine Translation Pairs', 'EMNLP 2020', 2020)),
    (C, 31, 1, 'Related', P('BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding')),
    (C, 32, 1, 'Related', P('Incorporating BERT into Neural Machine Translation', 'ICLR 2020', 2020)),
    (C, 33, 1, 'Related', P('Agreement on Target-Bidirectional LSTMs for Sequence-to-Sequence Learning')),
    (C, 35, 1, 'Related', P('Edinburgh Neural Machine Translation Systems for WMT 16')),
    (C, 40, 3, 'Seq2Seq', P('Encoder-Decoder Models Can Benefit from Pre-trained Masked Language Models in Grammatical Error Correction', 'ACL 2020', 2020, code='https://github.com/kanekomasahiro/bert-gec')),
    (C, 74, 2, 'Multi-Task Learning', P('基于数据增强和多任务特征学习的中文语法错误检测方法', 'CCL 2020', 2020)),
    (C, 78, 2, 'Beam Search', P('Generating Diverse Corrections with Local Beam Search for Grammatical Error Correction', 'COLING 2020', 2020)),
    (C, 82, 3, 'Adversarial Training', P('Adversarial Grammatical Error Correction', 'EMNLP 2020', 2020)),
    (C, 91, 2, 'NLPTEA', P('TMU-NLP System Using BERT-based Pre-trained Model to the NLP-TEA CGED Shared Task 2020', 'AACL 2020', 2020)),
    (C, 94, 3, 'NLPTEA', P('Integrating BERT and Score-based Feature Gates for Chinese Grammatical Error Diagnosis', 'AACL 2020', 2020)),
    (C, 112, 3, 'Related', P('Incorporating BERT into Neural Machine Translation', 'ICLR 2020', 2020, code='https://github.com/bert-nmt/bert-nmt')),

    # ---- Sympathize: dataset table rows (non-papers), bold-abbreviation bullets
    (S, 9, 1, 'Datasets', N()),
    (S, 10, 1, 'Datasets', N()),
    (S, 11, 1, 'Datasets', N()),
    (S, 12, 1, 'Datasets', N()),
    (S, 13, 1, 'Datasets', N()),
    (S, 18, 1, 'Datasets / Papers', P('Key-Value Retrieval Networks for Task-Oriented Dialogue', 'SIGDIAL 2017', 2017, arxiv='1705.05414')),
    (S, 19, 1, 'Datasets / Papers', P('Learning End-to-End Goal-Oriented Dialog', 'ICLR 2017', 2017, arxiv='1605.07683')),
    (S, 20, 1, 'Datasets / Papers', P('A network-based endto-end trainable task-oriented dialogue system', 'EACL 2017', 2017, arxiv='1604.04562')),
    (S, 21, 1, 'Datasets / Papers', P('MultiWOZ - A Large-Scale Multi-Domain Wizard-of-Oz Dataset for Task-Oriented Dialogue Modelling', 'EMNLP 2018', 2018, url='https://www.aclweb.org/anthology/D18-1547.pdf')),
    (S, 36, 1, '1.Prepare / Papers', P('End-To-End Memory Networks', 'NIPS 2015', 2015, url='http://papers.nips.cc/paper/5846-end-to-end-memory-networks.pdf')),
    (S, 37, 1, '1.Prepare / Papers', P('Modeling Relational Data with Graph Convolutional Networks', 'ESWC 2018', 2018, arxiv='1703.06103')),
    (S, 38, 1, '1.Prepare / Papers', P('FlowQA: Grasping flow in history for conversational machine comprehension', 'ICLR 2019', 2019, arxiv='1810.06683')),
    (S, 48, 1, '2. KB Integration / Papers', P('Mem2Seq: Effectively Incorporating Knowledge Bases into End-to-End Task-Oriented Dialog Systems', 'ACL 2018', 2018, arxiv='1804.08217')),
    (S, 49, 1, '2. KB Integration / Papers', P('Global-to-local Memory Pointer Networks for Task-Oriented Dialogue', 'ICLR 2019', 2019, arxiv='1901.04713')),
    (S, 50, 1, '2. KB Integration / Papers', P('Task-Oriented Conversation Generation Using Heterogeneous Memory Networks', 'EMNLP 2019', 2019, arxiv='1909.11287')),
    (S, 51, 1, '2. KB Integration / Papers', P('A Working Memory Model for Task-oriented Dialog Response Generation', 'ACL 2019', 2019, url='https://www.aclweb.org/anthology/P19-1258.pdf')),
    (S, 52, 1, '2. KB Integration / Papers', P('Dynamic Fusion Network for Multi-Domain End-to-end Task-Oriented Dialog', 'ACL 2020', 2020, arxiv='2004.11019')),
    (S, 53, 1, '2. KB Integration / Papers', P('Fg2seq: Effectively Encoding Knowledge for End-To-End Task-Oriented Dialog', 'ICASSP 2020', 2020, url='https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9053667')),
    (S, 61, 1, '3. Explicit State / Papers', P('Sequicity: Simplifying Task-oriented Dialogue Systems with Single Sequence-to-Sequence Architectures', 'ACL 2018', 2018, url='https://www.aclweb.org/anthology/P18-1133.pdf')),
    (S, 62, 1, '3. Explicit State / Papers', P('Flexibly-Structured Model for Task-Oriented Dialogues', 'SIGDIAL 2019', 2019, arxiv='1908.02402')),

    # ---- mapljj: venue headings, [Title] [[paper](url "authors")](year) `tag`
    (M, 4, 1, 'ICLR', P('Auto-Encoding Variational Bayes', 'ICLR 2014', 2014, arxiv='1312.6114', authors=A('Diederik P. Kingma and Max Welling'))),
    (M, 5, 1, 'ICLR', P('NEURAL MACHINE TRANSLATION BY JOINTLY LEARNING TO ALIGN AND TRANSLATE', 'ICLR 2015', 2015, arxiv='1409.0473', authors=A('Dzmitry Bahdanau, KyungHyun Cho, Yoshua Bengio'))),
    (M, 7, 1, 'NeurIPS', P('Sequence to Sequence Learning with Neural Networks', 'NeurIPS 2014', 2014, arxiv='1409.3215', authors=A('Ilya Sutskever, Oriol Vinyals, Quoc V. Le'))),
    (M, 8, 1, 'NeurIPS', P('A Recurrent Latent Variable Model for Sequential Data', 'NeurIPS 2015', 2015, url='https://papers.nips.cc/paper/5653-a-recurrent-latent-variable-model-for-sequential-data.pdf', authors=A('Junyoung Chung, Kyle Kastner, Laurent Dinh, Kratarth Goel, Aaron Courville, Yoshua Bengio'))),
    (M, 10, 1, 'ICML', P('Toward Controlled Generation of Text', 'ICML 2017', 2017, arxiv='1703.00955', authors=A('Zhiting Hu, Zichao Yang, Xiaodan Liang, Ruslan Salakhutdinov, Eric P. Xing'))),
    (M, 12, 1, 'ACL', P('A Conditional Variational Framework for Dialog Generation', 'ACL 2017', 2017, arxiv='1705.00316', authors=A('Xiaoyu Shen, Hui Su, Yanran Li, Wenjie Li, Shuzi Niu, Yang Zhao, Akiko Aizawa and Guoping Long'))),
    (M, 13, 1, 'ACL', P('Learning Discourse-level Diversity for Neural Dialog Models using Conditional Variational Autoencoders', 'ACL 2017', 2017, arxiv='1703.10960', authors=A('Tiancheng Zhao, Ran Zhao and Maxine Eskenazi'))),
    (M, 14, 1, 'ACL', P('MOJITALK: Generating Emotional Responses at Scale', 'ACL 2018', 2018, arxiv='1711.04090', authors=A('Xianda Zhou and William Yang Wang'))),
    (M, 15, 1, 'ACL', P('Generating Informative Responses with Controlled Sentence Function', 'ACL 2018', 2018, url='https://www.aclweb.org/anthology/P18-1139', authors=A('Pei Ke, Jian Guan, Minlie Huang, Xiaoyan Zhu'))),
    (M, 16, 1, 'ACL', P('Unsupervised Discrete Sentence Representation Learning for Interpretable Neural Dialog Generation', 'ACL 2018', 2018, arxiv='1804.08069', authors=A('Tiancheng Zhao, Kyusong Lee and Maxine Eskenazi'))),
    (M, 17, 1, 'ACL', P('Learning to Control the Specificity in Neural Response Generation', 'ACL 2018', 2018, url='https://www.aclweb.org/anthology/P18-1102', authors=A('Ruqing Zhang, Jiafeng Guo, Yixing Fan, Yanyan Lan, Jun Xu and Xueqi Cheng'))),
    (M, 18, 1, 'ACL', P('Generating Responses with a Specific Emotion in Dialog', 'ACL 2019', 2019, url='https://www.aclweb.org/anthology/P19-1359', authors=A('Zhenqiao Song, Xiaoqing Zheng, Lu Liu, Mu Xu and Xuanjing Huang '))),
    (M, 23, 1, 'EMNLP', P('Learning Phrase Representations using RNN Encoder\u2013Decoder for Statistical Machine Translation', 'EMNLP 2014', 2014, arxiv='1406.1078', authors=A('Kyunghyun Cho, Bart van Merrienboer, Caglar Gulcehre, Dzmitry Bahdanau, Fethi Bougares, Holger Schwenk, Yoshua Bengio'))),
    (M, 24, 1, 'EMNLP', P('Adversarial Learning for Neural Dialogue Generation', 'EMNLP 2017', 2017, arxiv='1701.06547', authors=A('Jiwei Li, Will Monroe, Tianlin Shi, Sebastien Jean, Alan Ritter and Dan Jurafsky'))),
    (M, 26, 1, 'AAAI', P('Building End-To-End Dialogue Systems Using Generative Hierarchical Neural Network Models', 'AAAI 2016', 2016, arxiv='1507.04808', authors=A('Iulian V. Serban, Alessandro Sordoni, Yoshua Bengio, Aaron Courville and Joelle Pineau'))),
    (M, 27, 1, 'AAAI', P('A Hierarchical Latent Variable Encoder-Decoder Model for Generating Dialogues', 'AAAI 2017', 2017, arxiv='1605.06069', authors=A('Iulian V. Serban, Alessandro Sordoni, Ryan Lowe, Laurent Charlin, Joelle Pineau, Aaron Courville and Yoshua Bengio'))),
    (M, 28, 1, 'AAAI', P('Improving Variational Encoder-Decoders in Dialogue Generation', 'AAAI 2018', 2018, arxiv='1802.02032', authors=A('Xiaoyu Shen, Hui Su, Shuzi Niu, Vera Demberg'))),
    (M, 29, 1, 'AAAI', P('Emotional Chatting Machine: Emotional Conversation Generation with Internal and External Memory', 'AAAI 2018', 2018, url='https://www.aaai.org/ocs/index.php/AAAI/AAAI18/paper/view/16455/15753', authors=A('Hao Zhou, Minlie Huang, Tianyang Zhang, Xiaoyan Zhu, Bing Liu'))),
    (M, 31, 1, 'CIKM', P('A Hierarchical Recurrent Encoder-Decoder for Generative Context-Aware Query Suggestion', 'CIKM 2015', 2015, arxiv='1507.02221', authors=A('Alessandro Sordoni, Yoshua Bengio, Hossein Vahabi, Christina Lioma, Jakob G.Simonsen, Jian-Yun Nie'))),
    (M, 33, 1, 'arXiv', P('How NOT To Evaluate Your Dialogue System: An Empirical Study of Unsupervised Evaluation Metrics for Dialogue Response Generation', 'arXiv 2017', 2017, arxiv='1603.08023', authors=A('Chia-Wei Liu, Ryan Lowe, Iulian V. Serban, Michael Noseworthy, Laurent Charlin, Joelle Pineau'))),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']


def main():
    cache = {}
    sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
    assert [(s['list'], s['line']) for s in sample] == [(l[0], l[1]) for l in L], 'labels do not follow the sample'
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fo:
        for name, line, n, section, f in L:
            if name not in cache:
                with open(os.path.join(HERE, name), encoding='utf-8', newline='') as fh:
                    cache[name] = fh.read().split('\n')
            raw = '\n'.join(cache[name][line - 1:line - 1 + n])
            d = dict(list=name, line=line, raw=raw, section=section, **f)
            fo.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + '\n')
    print(len(L), 'labels')


if __name__ == '__main__':
    main()
