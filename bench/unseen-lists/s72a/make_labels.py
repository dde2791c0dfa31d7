#!/usr/bin/env python3
"""Hand labels, written out as JSON; raw is taken from the file at the given line(s)."""
import json
B='blcuicall__GEC-Reading-List.README.md'; D='destwang__CTCResources.README.md'; G='gotutiyan__GEC-Info.README.md'
files={f:open(f,encoding='utf-8').read().split('\n') for f in (B,D,G)}
out=[]
def L(lst,line,n=1,title=None,arxiv=None,url=None,venue=None,year=None,authors=(),code=None,section=None,paper=True):
    raw='\n'.join(files[lst][line-1:line-1+n])
    d=dict(list=lst,line=line,raw=raw,is_paper=paper,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=None,section=section)
    if not paper:
        d.update(title=None,arxiv_id=None,url=None,venue=None,year=None,authors=[],code=None)
    out.append(d)
def NP(lst,line,section): L(lst,line,paper=False,section=section)
AA='https://www.aclweb.org/anthology/'
# ---- blcuicall
NP(B,11,None); NP(B,16,None)
L(B,25,title='The CoNLL-2013 Shared Task on Grammatical Error Correction',url=AA+'W13-3601',venue='CoNLL 2013',year=2013,
  authors=['Ng Hwee Tou','Wu Siew Mei','Wu Yuanbin','Hadiwinoto Christian','Tetreault Joel'],section='Shared Task')
L(B,33,title='JFLEG: A fluency corpus and benchmark for grammatical error correction',arxiv='1702.04066',year=2017,
  authors=['Napoles Courtney','Sakaguchi Keisuke','Tetreault Joel'],section='Dataset')
L(B,47,title='Connecting the Dots Towards Human-Level Grammatical Error Correction',url=AA+'W17-5037',venue='BEA 2017',year=2017,
  authors=['Chollampatt Shamil','Ng Hwee Tou'],section='SMT & NMT')
L(B,52,title='Improving Grammatical Error Correction via Pre-Training a Copy-Augmented Architecture with Unlabeled Data',arxiv='1903.00138',year=2019,
  authors=['Zhao Wei','Wang Liang','Shen Kewei','Jia Ruoyu','Liu Jingming'],section='NMT')
L(B,55,title='A Multilayer Convolutional Encoder-Decoder Neural Network for Grammatical Error Correction',url='https://www.aaai.org/ocs/index.php/AAAI/AAAI18/paper/view/17308/16137',venue='AAAI 2018',year=2018,
  authors=['Chollampatt Shamil','Ng Hwee Tou'],section='NMT')
L(B,56,title='Wronging a Right: Generating Better Errors to Improve Grammatical Error Detection',url=AA+'D18-1541',venue='EMNLP 2018',year=2018,
  authors=['Kasewa Sudhanshu','Stenetorp Pontus','Riedel Sebastian'],section='NMT')
L(B,66,title='Encoder-Decoder Models Can Benefit from Pre-trained Masked Language Models in Grammatical Error Correction',arxiv='2005.00987',venue='ACL 2020',year=2020,
  authors=['Masahiro Kaneko','Masato Mita','Shun Kiyono','Jun Suzuki','Kentaro Inui'],section='Language Model')
L(B,68,title='Chinese Grammatical Correction Using BERT-based Pre-trained Model',arxiv='2011.02093',venue='AACL-IJCNLP 2020',year=2020,
  authors=['Hongfei Wang','Michiki Kurosawa','Satoru Katsumata','Mamoru Komachi'],section='Language Model')
L(B,75,title='Parallel Iterative Edit Models for Local Sequence Transduction',url=AA+'D19-1435.pdf',venue='EMNLP 2019',year=2019,
  authors=['Abhijeet Awasthi','Sunita Sarawagi','Rasna Goyal','Sabyasachi Ghosh','Vihari Piratla'],section='Labeling&Tagging')
L(B,80,title='Corpora Generation for Grammatical Error Correction',arxiv='1904.05780',venue='arXiv 2019',year=2019,
  authors=['Lichtarge Jared','Alberti Chris','Kumar Shankar','Shazeer Noam','Parmar Niki','Tong Simon'],section='Others')
L(B,81,title='Fluency Boost Learning and Inference for Neural Grammatical Error Correction',url=AA+'P18-1097',venue='ACL 2018',year=2018,
  authors=['Ge Tao','Wei Furu','Zhou Ming'],section='Others')
L(B,83,title='Neural Machine Translation of Rare Words with Subword Units',arxiv='1508.07909',venue='ACL 2016',year=2016,
  authors=['Rico Sennrich','Barry Haddow','Alexandra Birch'],section='Others')
L(B,84,title='Adversarial Grammatical Error Correction',arxiv='2010.02407',venue='EMNLP 2020',year=2020,
  authors=['Vipul Raheja','Dimitris Alikaniotis'],section='Others')
L(B,88,title='Neural Grammatical Error Correction Systems with Unsupervised Pre-training on Synthetic Data',url=AA+'W19-4427',venue='BEA 2019',year=2019,
  authors=['Roman Grundkiewicz','Marcin Junczys-Dowmunt','Kenneth Heafield'],section='BEA 2019 Shared Task')
L(B,90,title='The LAIX Systems in the BEA-2019 GEC Shared Task',url=AA+'W19-4416',venue='BEA 2019',year=2019,
  authors=['Ruobing Li','Chuan Wang','Yefei Zha','Yonghong Yu','Shiman Guo','Qiang Wang','Yang Liu','Hui Lin'],section='BEA 2019 Shared Task')
L(B,101,title='SpellGCN: Incorporating Phonological and Visual Similarities into Language Models for Chinese Spelling Check',url=AA+'2020.acl-main.81.pdf',venue='ACL 2020',year=2020,
  authors=['Xingyi Cheng','Weidi Xu','Kunlong Chen','Shaohua Jiang','Feng Wang','Taifeng Wang','Wei Chu','Yuan Qi'],section='Spell Checking')
L(B,103,title='FASPell: A Fast, Adaptable, Simple, Powerful Chinese Spell Checker Based On DAE-Decoder Paradigm',url=AA+'D19-5522.pdf',venue='W-NUT 2019',year=2019,
  authors=['Yuzhong Hong','Xianguo Yu','Neng He','Nan Liu','Junhui Liu'],section='Spell Checking')
L(B,104,title='A Hybrid Approach to Automatic Corpus Generation for Chinese Spelling Check',url=AA+'D18-1273.pdf',venue='EMNLP 2018',year=2018,
  authors=['Dingmin Wang','Yan Song','Jing Li','Jialong Han','Haisong Zhang'],section='Spell Checking')
# ---- destwang
NP(D,17,'Contents'); NP(D,19,'Contents')
R='Experimental Results on Public Datasets / SIGHAN 2015'
NP(D,44,R); NP(D,53,R); NP(D,56,R)
AC='https://aclanthology.org/'
C21='Papers / CSC Papers / 2021'; C19='Papers / CSC Papers / 2019'
G21='Papers / GEC Papers / 2021'; G20='Papers / GEC Papers / 2020'; G19='Papers / GEC Papers / 2019'
L(D,62,2,title='PLOME: Pre-training with Misspelled Knowledge for Chinese Spelling Correction',url=AC+'2021.acl-long.233.pdf',venue='ACL 2021',year=2021,
  authors=['Shulin Liu','Tao Yang','Tianchi Yue','Feng Zhang','Di Wang'],code='https://github.com/liushulinle/PLOME',section=C21)
L(D,77,2,title='Global Attention Decoder for Chinese Spelling Error Correction',url=AC+'2021.findings-acl.122.pdf',venue='ACL 2021 Findings',year=2021,
  authors=['Zhao Guo','Yuan Ni','Keqiang Wang','Wei Zhu','Guotong Xie'],section=C21)
L(D,83,2,title='DCSpell: A Detector-Corrector Framework for Chinese Spelling Error Correction',url='https://dl.acm.org/doi/pdf/10.1145/3404835.3463050',venue='SIGIR 2021',year=2021,
  authors=['Jing Li','Gaosheng Wu','Dafei Yin','Haozhao Wang','Yonggang Wang'],section=C21)
L(D,103,2,title='Confusionset-guided Pointer Networks for Chinese Spelling Check',url=AC+'P19-1578.pdf',venue='ACL 2019',year=2019,
  authors=['Dingmin Wang','Yi Tay','Li Zhong'],code='https://github.com/sunnyqiny/Confusionset-guided-Pointer-Networks-for-Chinese-Spelling-Check',section=C19)
L(D,115,2,title='A Simple Recipe for Multilingual Grammatical Error Correction',url=AC+'2021.acl-short.89/',venue='ACL 2021 short',year=2021,
  authors=['Sascha Rothe','Jonathan Mallinson','Eric Malmi','Sebastian Krause','Aliaksei Severyn'],section=G21)
L(D,136,2,title='LM-Critic: Language Models for Unsupervised Grammatical Error Correction',arxiv='2109.06822',venue='EMNLP 2021',year=2021,
  authors=['Michihiro Yasunaga','Jure Leskovec','Percy Liang'],section=G21)
L(D,147,2,title='Encoder-Decoder Models Can Benefit from Pre-trained Masked Language Models in Grammatical Error Correction',url=AC+'2020.acl-main.391/',venue='ACL 2020',year=2020,
  authors=['Masahiro Kaneko','Masato Mita','Shun Kiyono','Jun Suzuki','Kentaro Inui'],section=G20)
L(D,153,2,title='GECToR – Grammatical Error Correction: Tag, Not Rewrite',url=AC+'2020.bea-1.16/',venue='ACL-BEA 2020',year=2020,
  authors=['Kostiantyn Omelianchuk','Vitaliy Atrasevych','Artem Chernodub','Oleksandr Skurzhanskyi'],section=G20)
L(D,189,2,title='Improving Grammatical Error Correction with Data Augmentation by Editing Latent Representation',url=AC+'2020.coling-main.200/',venue='COLING 2020',year=2020,
  authors=['Zhaohong Wan','Xiaojun Wan','Wenguang Wang'],section=G20)
L(D,197,2,title='Cross-Sentence Grammatical Error Correction',url=AC+'P19-1042/',venue='ACL 2019',year=2019,
  authors=['Shamil Chollampatt','Weiqi Wang','Hwee Tou Ng'],section=G19)
L(D,200,2,title='Automatic Grammatical Error Correction for Sequence-to-sequence Text Generation: An Empirical Study',url=AC+'P19-1609/',venue='ACL 2019',year=2019,
  authors=['Tao Ge','Xingxing Zhang','Furu Wei','Ming Zhou'],section=G19)
L(D,209,2,title='The Unreasonable Effectiveness of Transformer Language Models in Grammatical Error Correction',url=AC+'W19-4412/',venue='ACL-BEA 2019',year=2019,
  authors=['Dimitris Alikaniotis','Vipul Raheja'],section=G19)
L(D,239,2,title='Improving Precision of Grammatical Error Correction with a Cheat Sheet',url=AC+'W19-4425/',venue='ACL-BEA 2019',year=2019,
  authors=['Mengyang Qiu','Xuejiao Chen','Maggie Liu','Krishna Parvathala','Apurva Patil','Jungyeul Park'],section=G19)
L(D,245,2,title='Neural Grammatical Error Correction Systems with Unsupervised Pre-training on Synthetic Data',url=AC+'W19-4427/',venue='ACL-BEA 2019',year=2019,
  authors=['Roman Grundkiewicz','Marcin Junczys-Dowmunt','Kenneth Heafield'],section=G19)
L(D,248,2,title='The Unbearable Weight of Generating Artificial Errors for Grammatical Error Correction',url=AC+'W19-4449/',venue='ACL-BEA 2019',year=2019,
  authors=['Phu Mon Htut','Joel Tetreault'],section=G19)
# ---- gotutiyan
for n in (12,16,17,22,24): NP(G,n,'Overview')
L(G,54,title='HOO 2011',url=AC+'W11-2838/',year=2011,section='Shared Tasks')
L(G,58,title='BEA-2019',url=AC+'W19-4406/',year=2019,section='Shared Tasks')
L(G,68,title='GitHub Typo Corpus: A Large-Scale Multilingual Dataset of Misspellings and Grammatical Errors',arxiv='1911.12893',year=2019,section='Datasets / For Training (Real Data)')
L(G,85,title='Creating a manually error-tagged and shallow-parsed learner corpus',url=AC+'P11-1121/',year=2011,section='Datasets / For Evaluation')
PR='Performance measures / Reference-based'
L(G,101,title='Better Evaluation for Grammatical Error Correction',url=AC+'N12-1067/',year=2012,code='https://github.com/nusnlp/m2scorer',section=PR)
L(G,102,title='Ground Truth for Grammatical Error Correction Metrics',url=AC+'P15-2097',year=2015,code='https://github.com/cnap/gec-ranking',section=PR)
L(G,104,title='Automatic Extraction of Learner Errors in ESL Sentences Using Linguistically Enhanced Alignments',url=AA+'C16-1079',year=2016,code='https://github.com/chrisjbryant/errant',section=PR)
L(G,116,title='Is this the end of the gold standard? A straightforward reference-less grammatical error correction metric',url=AC+'2021.emnlp-main.239/',year=2021,section='Performance measures / Reference-less')
MS='Models / Architectures / Supervised'
L(G,125,title='Phrase-based Machine Translation is State-of-the-Art for Automatic Grammatical Error Correction',url=AC+'D16-1161/',year=2016,code='https://github.com/grammatical/baselines-emnlp2016',section=MS)
L(G,127,title='Connecting the Dots: Towards Human-Level Grammatical Error Correction',url=AC+'W17-5037',year=2017,code='https://github.com/nusnlp/smtgec2017',section=MS)
L(G,129,title='Systematically Adapting Machine Translation for Grammatical Error Correction',url=AC+'W17-5039',year=2017,code='https://github.com/cnap/smt-for-gec',section=MS)
L(G,136,title='Improving Grammatical Error Correction via Pre-Training a Copy-Augmented Architecture with Unlabeled Data',url=AC+'N19-1014',year=2019,code='https://github.com/yuantiku/fairseq-gec',section=MS)
L(G,140,title='A Neural Grammatical Error Correction System Built On Better Pre-training and Sequential Transfer Learning',url=AC+'W19-4423/',venue='BEA 2019',year=2019,code='https://github.com/kakaobrain/helo_word',section=MS)
L(G,149,title='Adversarial Grammatical Error Correction',url=AC+'2020.findings-emnlp.275',year=2020,section=MS)
L(G,152,title='Seq2Edits: Sequence Transduction Using Span-level Edit Operations',year=2020,section=MS)
with open('labels.jsonl','w',encoding='utf-8') as f:
    for d in out: f.write(json.dumps(d,ensure_ascii=False)+'\n')
print(len(out), sum(d['is_paper'] for d in out))
