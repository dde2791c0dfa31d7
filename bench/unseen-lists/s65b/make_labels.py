import json
S = {(d['list'], d['line']): d['raw'] for d in json.load(open('sample.json'))}
M, R, W = 'ZhengZixiang__MRCPapers.README.md', 'thunlp__RCPapers.README.md', 'wj-Mcat__awesome-qa-papers.README.md'
rows = []
def P(lst, line, title, venue=None, year=None, authors=None, arxiv=None, url=None, code=None, section=None, doi=None, summary=None):
    rows.append(dict(list=lst, line=line, raw=S[(lst, line)], is_paper=True, title=title, arxiv_id=arxiv, doi=doi,
                     url=url, venue=venue, year=year, authors=authors or [], code=code, summary=summary, section=section))
def N(lst, line, section):
    rows.append(dict(list=lst, line=line, raw=S[(lst, line)], is_paper=False, title=None, arxiv_id=None, doi=None,
                     url=None, venue=None, year=None, authors=[], code=None, summary=None, section=section))
# ---- ZhengZixiang/MRCPapers
P(M, 8, 'Read + Verify: Machine Reading Comprehension with Unanswerable Questions', 'AAAI 2019', 2019, arxiv='1808.05759', code='https://github.com/woshiyyya/Answer-Verifier-pytorch', section='Paper')
P(M, 9, 'Cognitive Graph for Multi-Hop Reading Comprehension at Scale', 'ACL 2019', 2019, arxiv='1905.05460', section='Paper')
P(M, 14, 'DCMN+: Dual Co-Matching Network for Multi-choice Reading Comprehension', 'AAAI 2020', 2020, arxiv='1908.11511', section='Paper')
P(M, 15, 'Retrospective Reader for Machine Reading Comprehension', arxiv='2001.09694', section='Paper')
N(M, 20, 'Survey & Review & Tutorial')
N(M, 21, 'Survey & Review & Tutorial')
N(M, 22, 'Survey & Review & Tutorial')
P(M, 25, 'SQuAD: 100,000+ Questions for Machine Comprehension of Text', 'EMNLP 2016', 2016, url='https://www.aclweb.org/anthology/D16-1264/', section='Dataset')
P(M, 28, 'HotpotQA: A Dataset for Diverse, Explainable Multi-hop Question Answering', 'EMNLP 2018', 2018, arxiv='1809.09600', section='Dataset')
P(M, 31, 'DROP: A Reading Comprehension Benchmark Requiring Discrete Reasoning Over Paragraphs', 'NAACL 2019', 2019, arxiv='1903.00161', section='Dataset')
P(M, 32, 'ChID: A Large-scale Chinese IDiom Dataset for Cloze Test', 'ACL 2019', 2019, arxiv='1906.01265', section='Dataset')
for ln in (38, 43, 45, 47, 48, 51, 52):
    N(M, ln, 'Repository & Toolkit')
N(M, 56, 'Blog Post / English')
N(M, 58, 'Blog Post / Chinese')
# ---- thunlp/RCPapers
MA, EK, EX, DS = 'Model Architecture', 'Utilizing External Knowledge', 'Exploration', 'Datasets'
P(R, 9, 'Teaching Machines to Read and Comprehend', 'NIPS 2015', 2015, ['Karl Moritz Hermann', 'Tomáš Kočiský', 'Edward Grefenstette', 'Lasse Espeholt', 'Will Kay', 'Mustafa Suleyman', 'Phil Blunsom'], url='https://papers.nips.cc/paper/5945-teaching-machines-to-read-and-comprehend.pdf', section=MA)
P(R, 10, 'Text Understanding with the Attention Sum Reader Network', 'ACL 2016', 2016, ['Rudolf Kadlec', 'Martin Schmid', 'Ondrej Bajgar', 'Jan Kleindienst'], url='http://www.aclweb.org/anthology/P16-1086', section=MA)
P(R, 14, 'Modeling Human Reading with Neural Attention', 'EMNLP 2016', 2016, ['Michael Hahn', 'Frank Keller'], url='http://www.aclweb.org/anthology/D16-1009', section=MA)
P(R, 22, 'Attention-over-attention Neural Networks for Reading Comprehension', 'ACL 2017', 2017, ['Yiming Cui', 'Zhipeng Chen', 'Si Wei', 'Shijin Wang', 'Ting Liu', 'Guoping Hu'], url='http://aclweb.org/anthology/P17-1055', section=MA)
P(R, 24, 'A Constituent-Centric Neural Architecture for Reading Comprehension', 'ACL 2017', 2017, ['Pengtao Xie', 'Eric Xing'], url='http://aclweb.org/anthology/P17-1129', section=MA)
P(R, 28, 'Dynamic Coattention Networks For Question Answering', 'ICLR 2017', 2017, ['Caiming Xiong', 'Victor Zhong', 'Richard Socher'], arxiv='1611.01604', section=MA)
P(R, 32, 'Making Neural QA as Simple as Possible but not Simpler', 'CoNLL 2017', 2017, ['Dirk Weissenborn', 'Georg Wiese', 'Laura Seiffe'], url='http://www.aclweb.org/anthology/K17-1028', section=MA)
P(R, 36, 'Hierarchical Attention Flow forMultiple-Choice Reading Comprehension', 'AAAI 2018', 2018, ['Haichao Zhu', 'Furu Wei', 'Bing Qin', 'Ting Liu'], url='https://www.aaai.org/ocs/index.php/AAAI/AAAI18/paper/viewFile/16331/16177', section=MA)
P(R, 39, 'Multi-Passage Machine Reading Comprehension with Cross-Passage Answer Verification', 'ACL 2018', 2018, ['Yizhong Wang', 'Kai Liu', 'Jing Liu', 'Wei He', 'Yajuan Lyu', 'Hua Wu', 'Sujian Li', 'Haifeng Wang'], url='http://aclweb.org/anthology/P18-1178', section=MA)
P(R, 40, 'Reinforced Mnemonic Reader for Machine Reading Comprehension', 'IJCAI 2018', 2018, ['Minghao Hu', 'Yuxing Peng', 'Zhen Huang', 'Xipeng Qiu', 'Furu Wei', 'Ming Zhou'], url='https://www.ijcai.org/proceedings/2018/0570.pdf', section=MA)
P(R, 46, 'QANet: Combining Local Convolution with Global Self-Attention for Reading Comprehension', 'ICLR 2018', 2018, ['Adams Wei Yu', 'David Dohan', 'Minh-Thang Luong', 'Rui Zhao', 'Kai Chen', 'Mohammad Norouzi', 'Quoc V. Le'], arxiv='1804.09541', section=MA)
P(R, 51, 'Leveraging Knowledge Bases in LSTMs for Improving Machine Reading', 'ACL 2017', 2017, ['Bishan Yang', 'Tom Mitchell'], url='http://aclweb.org/anthology/P17-1132', section=EK)
P(R, 55, 'Deep contextualized word representations', 'NAACL 2018', 2018, ['Matthew E. Peters', 'Mark Neumann', 'Mohit Iyyer', 'Matt Gardner', 'Christopher Clark', 'Kenton Lee', 'Luke Zettlemoyer'], url='http://aclweb.org/anthology/N18-1202', section=EK)
P(R, 61, 'Did the Model Understand the Question?', 'ACL 2018', 2018, ['Pramod Kaushik Mudrakarta', 'Ankur Taly', 'Mukund Sundararajan', 'Kedar Dhamdhere'], url='http://aclweb.org/anthology/P18-1176', section=EX)
P(R, 73, "Know What You Don't Know: Unanswerable Questions for SQuAD", 'ACL 2018', 2018, ['Pranav Rajpurkar', 'Robin Jia', 'Percy Liang'], url='http://aclweb.org/anthology/P18-2124', section=DS)
P(R, 80, 'QuAC : Question Answering in Context', 'arXiv 2018', 2018, ['Eunsol Choi', 'He He', 'Mohit Iyyer', 'Mark Yatskar', 'Wen-tau Yih', 'Yejin Choi', 'Percy Liang', 'Luke Zettlemoyer'], arxiv='1808.07036', section=DS)
P(R, 84, "The Goldilocks Principle: Reading Children's Books with Explicit Memory Representations", 'arXiv 2015', 2015, ['Felix Hill', 'Antoine Bordes', 'Sumit Chopra', 'Jason Weston'], arxiv='1511.02301', section=DS)
P(R, 89, 'NewsQA: A Machine Comprehension Dataset', 'arXiv 2016', 2016, ['Adam Trischler', 'Tong Wang', 'Xingdi Yuan', 'Justin Harris', 'Alessandro Sordoni', 'Philip Bachman', 'Kaheer Suleman'], arxiv='1611.09830', section=DS)
P(R, 93, 'The NarrativeQA Reading Comprehension Challenge', 'TACL 2018', 2018, ['Tomáš Kočiský', 'Jonathan Schwarz', 'Phil Blunsom', 'Chris Dyer', 'Karl Moritz Hermann', 'Gábor Melis', 'Edward Grefenstette'], url='http://aclweb.org/anthology/Q18-1023', section=DS)
P(R, 99, 'CliCR: a Dataset of Clinical Case Reports for Machine Reading Comprehension', 'NAACL 2018', 2018, ['Simon Suster', 'Walter Daelemans'], url='http://aclweb.org/anthology/N18-1140', section=DS)
# ---- wj-Mcat/awesome-qa-papers (year bullets used as group headings)
P(W, 16, 'Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer', year=2019, arxiv='1910.10683', section='2019')
P(W, 18, 'XLNet: Generalized Autoregressive Pretraining for Language Understanding', year=2019, arxiv='1906.08237', section='2019')
N(W, 19, None)
P(W, 20, 'Ordered Neurons: Integrating Tree Structures into Recurrent Neural Networks', year=2018, section='2018')
P(W, 22, 'Hyperbolic Representation Learning for Fast and Efficient Neural Question Answering', year=2018, url='https://dl.acm.org/citation.cfm?id=3159664', section='2018')
P(W, 26, 'Scitail: A textual entailment dataset from science question answering', year=2018, url='https://www.aaai.org/ocs/index.php/AAAI/AAAI18/paper/viewPaper/17368', section='2018')
N(W, 29, None)
P(W, 36, 'An end-to-end model for question answering over knowledge base with cross-attention combining global knowledge', year=2017, url='https://www.aclweb.org/anthology/papers/P/P17/P17-1021/', section='2017')
P(W, 37, 'Neural Question Generation from Text: A Preliminary Study', year=2017, url='https://link.springer.com/chapter/10.1007/978-3-319-73618-1_56', section='2017')
P(W, 53, 'Learning End-to-End Goal-Oriented dialog', year=2016, arxiv='1605.07683', section='2016')
P(W, 55, 'Question Answering over Knowledge Base With Neural Attention Combining Global Knowledge Information', year=2016, arxiv='1606.00979', section='2016')
P(W, 57, 'struc2vec: Learning Node Representations from Structural Identity', year=2016, url='https://dl.acm.org/citation.cfm?id=3098061', section='2016')
P(W, 61, 'Generating Factoid Questions With Recurrent Neural Networks: The 30M Factoid Question-Answer Corpus', year=2016, arxiv='1603.06807', section='2016')
P(W, 66, 'Memory Networks', year=2015, arxiv='1410.3916', section='2015')
P(W, 68, 'Towards AI-Complete Question Answering: A Set of Prerequisite Toy Tasks', year=2015, arxiv='1502.05698', section='2015')
P(W, 69, 'Large-scale Simple Question Answering with Memory Networks', year=2015, arxiv='1506.02075', section='2015')
P(W, 77, 'The Value of Semantic Parse Labeling for Knowledge Base Question Answering', url='https://www.aclweb.org/anthology/P16-2033', section='earlier')
P(W, 80, 'Distributed Representations of Sentences and Documents', url='http://www.jmlr.org/proceedings/papers/v32/le14.pdf', section='earlier')
N(W, 81, 'earlier')  # Deng & Yu's monograph (a book), not a paper
P(W, 82, 'Sequence to Sequence Learning With Neural Networks', arxiv='1409.3215', section='earlier')
assert len(rows) == 60 and len({(r['list'], r['line']) for r in rows}) == 60
with open('labels.jsonl', 'w') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), sum(r['is_paper'] for r in rows))
