import json
out = []
def lines_of(f): return open(f, encoding='utf-8').read().split('\n')
def L(lst, line, end, is_paper, title, arxiv_id=None, doi=None, url=None, venue=None, year=None,
      authors=(), code=None, summary=None, section=None):
    ls = lines_of(lst)
    raw = '\n'.join(ls[line-1:end])
    out.append(dict(list=lst, line=line, raw=raw, is_paper=is_paper, title=title, arxiv_id=arxiv_id,
                    doi=doi, url=url, venue=venue, year=year, authors=list(authors), code=code,
                    summary=summary, section=section))

C = 'cdtbaker__sas-nlp.README.md'
L(C, 3, 3, True, 'Natural language models for predicting programming comments', url='http://www.aclweb.org/anthology/P13-2007',
  venue='ACL 2013', year=2013, authors=['Dana Movshovitz-Attias', 'William W. Cohen'])
L(C, 5, 5, True, None, url='http://ieeexplore.ieee.org/xpl/abstractAuthors.jsp?arnumber=6092562',
  venue='ESEM 2011', year=2011, authors=['Dorsaf Haouari', 'Houari Sahraoui', 'Philippe Langlais'])
L(C, 7, 7, True, 'Intelligent software development environments: Integrating natural language processing with the Eclipse platform',
  url='http://link.springer.com/chapter/10.1007/978-3-642-21043-3_49', venue='Advances in Artificial Intelligence 2011', year=2011,
  authors=['Rene Witte', 'Bahar Sateli', 'Ninus Khamis', 'Juergen Rilling'])
L(C, 9, 9, True, 'Automatic quality assessment of source code comments: The JavadocMiner',
  url='http://www.rene-witte.net/system/files/nldb2010-javadocminer.pdf', venue='NLDB 2010', year=2010,
  authors=['Ninus Khamis', 'Rene Witte', 'Juergen Rilling'])
L(C, 11, 11, True, 'Towards automatically generating summary comments for Java methods', doi='10.1145/1858996.1859006',
  url='http://doi.acm.org/10.1145/1858996.1859006', venue='ASE 2010', year=2010,
  authors=['Giriprasad Sridhara', 'Emily Hill', 'Divya Muppaneni', 'Lori Pollock', 'K. Vijay-Shanker'])
L(C, 13, 13, True, 'Listening to programmers: Taxonomies of comments in operating system code',
  url='http://opera.ucsd.edu/paper/cComment_icse09.pdf', venue='ICSE 2009', year=2009,
  authors=['Yoann Padioleau', 'Lin Tan', 'Yuanyuan Zhou'])
L(C, 15, 15, True, 'Introducing natural language program analysis', doi='10.1145/1251535.1251538',
  url='http://doi.acm.org/10.1145/1251535.1251538', venue='PASTE 2007', year=2007,
  authors=['Lori Pollock', 'K. Vijay-Shanker', 'David Shepherd', 'Emily Hill', 'Zachary P. Fry', 'Kishen Maloor'])
for n in (17, 20):
    L(C, n, n, True, 'Using natural language program analysis to locate and understand action-oriented concerns',
      doi='10.1145/1218563.1218587', url='http://doi.acm.org/10.1145/1218563.1218587', venue='AOSD 2007', year=2007,
      authors=['David Shepherd', 'Zachary P. Fry', 'Emily Hill', 'Lori Pollock', 'K. Vijay-Shanker'])
L(C, 23, 23, True, 'Using language clues to discover crosscutting concerns', doi='10.1145/1082983.1083129',
  url='http://doi.acm.org/10.1145/1082983.1083129', venue='SIGSOFT Softw. Eng. Notes 2005', year=2005,
  authors=['David Shepherd', 'Lori Pollock', 'Tom Tourwé'])

G = 'codingClaire__Structural-Code-Understanding.README.md'
def g(n, title, year, venue, arxiv_id=None, url=None, doi=None, code=None):
    L(G, n, n, True, title, arxiv_id=arxiv_id, doi=doi, url=url, venue=venue, year=year, code=code, section=str(year))
g(6, 'CAST: Enhancing Code Summarization with Hierarchical Splitting and Reconstruction of Abstract Syntax Trees', 2021, 'EMNLP 2021',
  arxiv_id='2108.12987', code='https://anonymous.4open.science/r/CAST/')
g(7, 'Code Clone Detection with Hierarchical Attentive Graph Embedding', 2021,
  'International Journal of Software Engineering and Knowledge Engineering 2021',
  url='https://www.worldscientific.com/doi/abs/10.1142/S021819402150025X')
g(8, 'Improving Code Summarization with Block-wise Abstract Syntax Tree Splitting', 2021, 'ICPC 2021',
  arxiv_id='2103.07845', code='https://github.com/XMUDM/BASTS')
g(9, 'BugGraph: Differentiating Source-Binary Code Similarity with Graph Triplet-Loss Network', 2021, 'ASIA CCS 2021',
  url='https://www2.seas.gwu.edu/~howie/publications/BugGraph-ASIACCS21.pdf')
g(10, 'How could Neural Networks understand Programs?', 2021, 'ICML 2021', arxiv_id='2105.04297', code='https://github.com/pdlan/OSCAR')
g(16, 'CODIT: Code Editing with Tree-Based Neural Models', 2020, 'IEEE Transactions on Software Engineering 2020',
  arxiv_id='1810.00314', code='https://git.io/JJGwU')
g(18, 'Improved code summarization via a graph neural network', 2020, 'ICPC 2020', arxiv_id='2004.02843')
g(19, 'Graph-based, Self-Supervised Program Repair from Diagnostic Feedback', 2020, 'ICML 2020', arxiv_id='2005.10636',
  code='https://github.com/michiyasunaga/DrRepair')
g(20, 'DeepBinDiff: Learning Program-Wide Code Representations for Binary Diffing', 2020, 'NDSS 2020',
  doi='10.14722/ndss.2020.24311', url='https://dx.doi.org/10.14722/ndss.2020.24311', code='https://github.com/deepbindiff/DeepBinDiff')
g(22, 'Learning semantic program embeddings with graph interval neural network', 2020,
  'Proceedings of the ACM on Programming Languages 2020', arxiv_id='2005.09997')
g(23, 'Semantic Code Clone Detection Via Event Embedding Tree and GAT Network', 2020, 'QRS 2020',
  url='https://ieeexplore.ieee.org/document/9282778/', code='https://github.com/lbzwoaini/CSEM.git')
g(25, 'Compiler-based graph representations for deep learning models of code', 2020,
  'Proceedings of the 29th International Conference on Compiler Construction 2020',
  doi='10.1145/3377555.3377894', url='https://doi.org/10.1145/3377555.3377894',
  code='https:ithub.com/tud-ccc/learning-compiler-graphs')
g(32, 'Generative code modeling with graphs', 2019, 'ICLR 2019', arxiv_id='1805.08490',
  code='https://github.com/Microsoft/graph-based-code-modelling')
g(36, 'Improving bug detection via context-based code representation learning and attention-based neural networks', 2019,
  'Proceedings of the ACM on Programming Languages 2019', url='https://dl.acm.org/doi/abs/10.1145/3360588')
g(41, 'Learning to represent programs with graphs', 2018, 'ICLR 2018', arxiv_id='1711.00740',
  code='https://github.com/Microsoft/gated-graph-neural-network-samples')
g(42, 'Improving automatic source code summarization via deep reinforcement learning', 2018, 'ASE 2018', arxiv_id='1811.07234')
g(51, 'Probabilistic model for code with decision trees', 2016, 'SIGPLAN 2016',
  url='https://dl.acm.org/doi/10.1145/2983990.2984041')
g(55, 'Gated graph sequence neural networks', 2015, 'ICLR 2015', arxiv_id='1511.05493', code='https://github.com/yujiali/ggnn')
g(59, 'TBCNN: A tree-based convolutional neural network for programming language processing', 2014, 'arXiv 2014',
  arxiv_id='1409.5718', code='https://sites.google.com/site/treebasedcnn/')
g(60, 'Modeling and discovering vulnerabilities with code property graphs', 2014,
  'Proceedings IEEE Symposium on Security and Privacy 2014', url='http://ieeexplore.ieee.org/document/6956589/')

Y = 'yurong0404__selab-note.README.md'
S = '論文列表'
def y(n, end, title, year, authors, arxiv_id=None, url=None, code=None):
    L(Y, n, end, True, title, arxiv_id=arxiv_id, url=url, year=year, authors=authors, code=code, section=S)
y(3, 5, 'A Framework for Software Defect Prediction and Metric Selection', 2017, ['Shamsul Huda'],
  url='https://ieeexplore.ieee.org/abstract/document/8240899')
y(8, 12, 'Learning a Metric for Code Readability', 2010, ['Raymond P. L. Buse', 'Westley R. Weimer'],
  url='https://web.eecs.umich.edu/~weimerw/p/weimer-tse2010-readability-preprint.pdf', code='http://www.arrestedcomputing.com/readability')
y(15, 18, 'A General Software Readability Model', 2011, ['Jonathan Dorn'],
  url='https://web.eecs.umich.edu/~weimerw/students/dorn-mcs-paper.pdf')
y(21, 25, 'Improving Code Readability Models with Textual Features', 2016, ['Simone Scalabrino'],
  url="http://www.cs.wm.edu/~denys/pubs/ICPC'16-Readability.pdf")
y(28, 32, 'Improving code readability classification using convolutional neural networks', 2018, ['Qing Mi'],
  url='https://www.sciencedirect.com/science/article/pii/S0950584918301496', code='https://github.com/CityU-QingMi/DeepCRM')
y(35, 40, 'code2vec: Learning Distributed Representations of Code', 2018, ['URI ALON'], arxiv_id='1803.09473',
  code='https://github.com/tech-srl/code2vec')
y(43, 47, 'Context2Name: A Deep Learning-Based Approach to Infer Natural Variable Names from Usage Contexts', 2018, ['Rohan Bavishi'],
  arxiv_id='1809.05193', code='https://github.com/rbavishi/Context2Name')
y(50, 54, 'Summarizing Source Code using a Neural Attention Model', 2016, ['Srinivasan Iyer'],
  url='https://www.aclweb.org/anthology/P16-1195', code='https://github.com/sriniiyer/codenn')
y(57, 61, 'A Convolutional Attention Network for Extreme Summarization of Source Code', 2016, ['Miltiadis Allamanis'],
  arxiv_id='1602.03001', code='https://github.com/mast-group/convolutional-attention')
y(64, 67, 'Improving Automatic Source Code Summarization via Deep Reinforcement Learning', 2018, ['Yao Wan'], arxiv_id='1811.07234')
y(70, 74, 'A parallel corpus of Python functions and documentation strings for automated code documentation and code generation', 2017,
  ['Antonio Valerio Miceli Barone', 'Rico Sennrich'], arxiv_id='1707.02275')
y(77, 81, 'Deep Code Comment Generation', 2018, ['Xing Hu'], url='https://xin-xia.github.io/publication/icpc182.pdf')
y(84, 88, 'Automatic Source Code Summarization with Extended Tree-LSTM', 2019, ['Yusuke Shido'], arxiv_id='1906.08094',
  code='https://github.com/sh1doy/summarization_tf')
y(91, 94, 'Recommendations for Datasets for Source Code Summarization', 2019, ['Alex LeClair', 'Collin McMillan'],
  url='https://www.aclweb.org/anthology/N19-1394')

with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(out))
