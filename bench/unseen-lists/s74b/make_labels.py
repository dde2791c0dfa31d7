import json
S = json.load(open('sample.json', encoding='utf-8'))
raw = {(o['list'], o['line']): o['raw'] for o in S}
J = 'JustinRoll__NLP_project2.README.md'
L = 'laihuiyuan__Figurative-Language-Generation.README.md'
P = 'ptlin25__humor-recognition-llm-ca34-claude.README.md'

def e(lst, line, is_paper=True, title=None, arxiv_id=None, doi=None, url=None, venue=None,
      year=None, authors=None, code=None, summary=None, section=None):
    return dict(list=lst, line=line, raw=raw[(lst, line)], is_paper=is_paper, title=title,
                arxiv_id=arxiv_id, doi=doi, url=url, venue=venue, year=year,
                authors=authors or [], code=code, summary=summary, section=section)

out = []
# ---- JustinRoll: plain citation paragraphs, no Markdown headings (setext H1 is the doc title) ----
out += [
 e(J, 36, title='Using Imageability and Topic Chaining to Locate Metaphors in Linguistic Corpora',
   url='http://www.academia.edu/3291401/Using_Imageability_and_Topic_Chaining_to_Locate_Metaphors_in_Linguistic_Corpora',
   authors=['George Aaron Broadwell']),
 e(J, 68, title='Computer-Aided Study of Literary Language',
   url='http://ieeexplore.ieee.org/xpls/abs_all.jsp?arnumber=1647084&tag=1', authors=['D. Ross Jr.']),
 e(J, 122, title='Alignment in the processing of Metaphor',
   url='http://www.sciencedirect.com/science/article/pii/S0749596X97925274#',
   authors=['Dedre Gentner', 'Phillip Wolff']),
 e(J, 28, title='Metaphor Corpus Annotated for Source - Target Domain Mappings',
   url='http://www.cl.cam.ac.uk/~es407/papers/LREC.pdf', authors=['Ekaterina Shutova', 'Simone Teufel']),
 e(J, 44, title='Identifying Metaphorical Word Use with Tree Kernels',
   url='http://www.aclweb.org/anthology/W13-0907', authors=['Dirk Hovy']),
 e(J, 92, title='Exploring imagery in literary corpora with the Natural Language ToolKit',
   url='http://ucrel.lancs.ac.uk/publications/cl2009/135_FullPaper.doc', authors=['Claire Brierly'],
   summary='lots of good nltk use cases in this one'),
 e(J, 84, title='A corpora-based detection of stylistic inconsistencies of text in the targeted subgenre',
   url='http://link.springer.com/article/10.1007%2Fs10015-010-0840-5',
   authors=['Kiyota Hashimoto', 'Kazuhiro Takeuchi', 'Hideaki Ando']),
 e(J, 56, title='Data and Models for Metonymy Resolution',
   url='http://link.springer.com.ezproxy.lib.calpoly.edu/article/10.1007%2Fs10579-009-9087-y',
   authors=['Katja Markert']),
 e(J, 72, title='The algorithms for preliminary text processing: Decomposition, annotation, morphological analysis',
   url='http://link.springer.com/article/10.3103%2FS0005105509060041',
   authors=['V. A. Yatsko', 'M. S. Starikov', 'E. V. Larchenko', 'T. N. Vishnyakov']),
 e(J, 97, title='Automatic Acquisition of Hyponyms from Large Text Corpora',
   url='http://webmail.cl.uni-heidelberg.de/~sourjiko/NER_Literatur/Hyponyms_Hearst.pdf',
   authors=['Marti A Hearst']),
 e(J, 76, title='Metaphor: An Inescapable Phenomenon in Natural Language Comprehension',
   url='http://books.google.com/books?hl=en&lr=&id=feNHAwAAQBAJ&oi=fnd&pg=PA415&dq=natural+language+processing+metaphors&ots=idUM7LVBUq&sig=mMMMOq2GUL9NYS5umjKEGG5rkTo#v=onepage&q=natural%20language%20processing%20metaphors&f=false',
   authors=['Jaime G. Carbonell']),
 e(J, 13, title='Abductive Inference for Interpretation of Metaphors',
   url='http://acl2014.org/acl2014/W14-23/pdf/W14-2305.pdf',
   authors=['Ekaterina Ovchinnikova', 'Ross Israel', 'Suzanne Wertheim', 'Vladimir Zaytsev', 'Niloofar Montazeri', 'Jerry Hobbs'],
   code='https://github.com/eovchinn/ADP-pipeline'),
 e(J, 9, title='A Fluid Knowledge Representation for Understanding and Generating Creative Metaphors',
   url='http://aclweb.org/anthology/C08-1119', authors=['Tony Veale', 'Yanfen Hao']),
 e(J, 118, title='Metaphor in Usage', url='http://www.academia.edu/345406/Metaphor_in_usage',
   authors=['Gerard J Steen']),
 e(J, 60, title='A multidimensional approach for detecting irony in Twitter',
   url='http://link.springer.com.ezproxy.lib.calpoly.edu/article/10.1007%2Fs10579-012-9196-x',
   authors=['Antonio Reyes', 'Paolo Rosso', 'Tony Veale']),
 e(J, 18, title='Metaphor Detection with Cross-Lingual Model Transfer',
   url='http://www.aclweb.org/anthology/P/P14/P14-1024.pdf',
   authors=['Yulia Tsvetkov', 'Leonid Boytsov', 'Anatole Gershman', 'Eric Nyberg', 'Chris Dyer'],
   code='https://github.com/ytsvetko/metaphor'),
 e(J, 106, is_paper=False),  # PhD dissertation (University of Florida ETD), a thesis
 e(J, 24, title='Statistical Metaphor Processing',
   url='http://www.mitpressjournals.org/doi/full/10.1162/COLI_a_00124#.VDw3P_nF_wo',
   authors=['Ekaterina Shutova', 'Simone Teufel', 'Anna Korhonen']),
 e(J, 64, title='On Poem Recognition', url='http://link.springer.com/article/10.1007%2Fs10044-006-0044-8',
   authors=['H. R. Tizhoosh', 'R. A. Dara']),
 e(J, 48, title='Metaphor Identification in Large Texts Corpora',
   url='http://www.plosone.org/article/info%3Adoi%2F10.1371%2Fjournal.pone.0062343',
   authors=['Yair Neuman']),
]
# ---- laihuiyuan: "- [Title](url). VENUE YEAR. [[code](url)]" under figure-of-speech H2s ----
out += [
 e(L, 19, title='A Modular Architecture for Unsupervised Sarcasm Generation', url='https://aclanthology.org/D19-1636/',
   venue='EMNLP 2019', year=2019, section='Irony'),
 e(L, 29, title='Generating conceptual metaphors from proposition stores', arxiv_id='1409.7619',
   venue='arXiv 2014', year=2014, section='Metaphor'),
 e(L, 27, title='Enrichment of automatically generated texts using metaphor',
   url='http://nil.fdi.ucm.es/sites/default/files/HervasEtAlMICAI07.pdf', venue='MICAI 2007', year=2007, section='Metaphor'),
 e(L, 38, is_paper=False, section='Metaphor'),
 e(L, 18, title='Sarcasm SIGN: Interpreting Sarcasm with Sentiment Based Monolingual Machine Translation',
   url='https://aclanthology.org/P17-1155/', venue='ACL 2017', year=2017, code='https://github.com/Lotemp/SarcasmSIGN', section='Irony'),
 e(L, 5, title='Identifying Exaggerated Language', url='https://aclanthology.org/2020.emnlp-main.571/',
   venue='EMNLP 2020', year=2020, section='Hyperbole'),
 e(L, 53, title='Homophonic pun gen- eration with lexically constrained rewriting',
   url='https://aclanthology.org/2020.emnlp-main.229.pdf', venue='EMNLP 2020', year=2020,
   code='https://github.com/ArleneYuZhiwei/LCR', section='Pun'),
 e(L, 26, title='A computational model of the metaphor generation process',
   url='https://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.488.9588&rep=rep1&type=pdf', venue='CSS 2006', year=2006, section='Metaphor'),
 e(L, 11, title='Examining the Tip of the Iceberg: A Data Set for Idiom Translation', url='https://aclanthology.org/L18-1148/',
   venue='LREC 2018', year=2018, code='https://github.com/marziehf/IdiomTranslationDS', section='Idiom'),
 e(L, 48, title='“Let Everything Turn Well in Your Wife”: Generation of Adult Humor Using Lexical Constraints',
   url='https://aclanthology.org/P13-2044/', venue='ACL 2013', year=2013, section='Pun'),
 e(L, 28, title='A Computational System of Metaphor Generation with Evaluation Mechanism',
   url='https://projet.liris.cnrs.fr/imagine/pub/proceedings/ICANN-2010/papers/6353/63530142.pdf', venue='ICANN 2010', year=2010, section='Metaphor'),
 e(L, 14, title='It’s not Rocket Science: Interpreting Figurative Language in Narratives', arxiv_id='2109.00087',
   venue='TACL 2022', year=2022, code='https://github.com/tuhinjubcse/FigurativeNarrativeBenchmark', section='Idiom'),
 e(L, 43, title='It’s not Rocket Science: Interpreting Figurative Language in Narratives', arxiv_id='2109.00087',
   venue='TACL 2022', year=2022, code='https://github.com/tuhinjubcse/FigurativeNarrativeBenchmark', section='Simile'),
 e(L, 47, title='Unsupervised joke generation from big data', url='https://aclanthology.org/P13-2041/',
   venue='ACL 2013', year=2013, section='Pun'),
 e(L, 51, title='A neural approach to pun generation', url='https://aclanthology.org/P18-1153/',
   venue='ACL 2018', year=2018, section='Pun'),
 e(L, 25, title='GENERATING A SPECIFIC CLASS OF METAPHORS', url='https://aclanthology.org/P92-1051.pdf',
   venue='ACL 1992', year=1992, section='Metaphor'),
 e(L, 12, title='Replacing Idioms Based on Their Figurative Usage', url='https://ieeexplore.ieee.org/document/8529042',
   venue='ICETIETR 2018', year=2018, section='Idiom'),
 e(L, 46, title='Automatically Extracting Word Relationships as Templates for Pun Generation', url='https://aclanthology.org/W09-2004/',
   venue='CALC 2009', year=2009, section='Pun'),
 e(L, 41, title='Generating similes effortlessly like a Pro: A Style Transfer Approach for Simile Generation',
   url='https://aclanthology.org/2020.emnlp-main.524/', venue='EMNLP 2020', year=2020,
   code='https://github.com/tuhinjubcse/SimileGeneration-EMNLP2020', section='Simile'),
 e(L, 6, title='HypoGen: Hyperbole Generation with Commonsense and Counterfactual Knowledge',
   url='https://aclanthology.org/2021.findings-emnlp.136/', venue='ACL 2021 Findings', year=2021,
   code='https://github.com/ninatian98369/hypogen', section='Hyperbole'),
]
# ---- ptlin25: tables File | Title | Authors | Year | arXiv; bold-led Key Papers bullets ----
H = 'Humor Recognition Papers (13 papers)'
R = 'Low-Rank / Probing / Interpretability Papers (16 papers)'
V = 'LoRA Variant Papers (3 papers)'
def t(line, title, authors, year, aid, sec):
    return e(P, line, title=title, arxiv_id=aid, venue='arXiv %d' % year, year=year, authors=authors, section=sec)
out += [
 t(43, 'ReFT: Representation Finetuning for Language Models', ['Wu'], 2024, '2402.14700', R),
 t(63, 'VeRA: Vector-based Random Matrix Adaptation', ['Kopiczko'], 2023, '2309.15223', V),
 t(17, 'Uncertainty and Surprisal Jointly Deliver the Punchline', ['Xie'], 2020, '2012.12007', H),
 t(47, 'Vector Arithmetic in Language Models', [], 2023, '2305.16130', R),
 t(62, 'DyLoRA: Parameter Efficient Tuning of Pre-trained Models using Dynamic Search-Free Low-Rank Adaptation', ['Valipour'], 2022, '2205.05638', V),
 t(21, 'Transfer Learning for Humor Detection', ['Arora'], 2022, '2210.00710', H),
 t(49, 'Probing via Prompting', [], 2023, '2306.03819', R),
 e(P, 54, title='Intrinsic Dimensionality', arxiv_id='2012.13255',
   summary='Primary theoretical framework. d90 metric measures minimum dimensions needed. RoBERTa-Large achieves 90% MRPC performance with only 200 parameters.',
   section=R + ' / Key Papers for This Research'),
 t(14, 'ColBERT: Using BERT Sentence Embedding for Computational Humor', ['Annamoradnejad', 'Zoghi'], 2020, '2004.12765', H),
 t(20, 'Can Pre-trained Language Models Understand Chinese Humor?', ['Chen'], 2023, '2302.02895', H),
 t(46, 'Feature Sparsity in Language Models', [], 2023, '2310.07837', R),
 t(45, 'Towards Monosemanticity: Decomposing Language Models with Dictionary Learning', [], 2023, '2309.12263', R),
 t(19, 'Large Dataset and Language Model Fun-Tuning for Humor Recognition', ['Blinov'], 2019, '1904.06130', H),
 t(13, 'Humor Detection: A Transformer Gets the Last Laugh', ['Weller', 'Seppi'], 2019, '1909.00252', H),
 t(11, 'Laughing Heads: Can Transformers Detect What Makes a Sentence Funny?', ['Peyrard'], 2021, '2105.09142', H),
 t(40, 'Discovering Latent Knowledge in Language Models Without Supervision', ['Burns'], 2022, '2212.03827', R),
 t(38, 'Representation Engineering: A Top-Down Approach to AI Transparency', ['Zou'], 2023, '2310.01405', R),
 t(16, 'This Joke is [MASK]: Recognizing Humor and Offense with Prompting', ['Li'], 2022, '2209.12118', H),
 t(15, 'Getting Serious about Humor: Crafting Humor Datasets with Unfunny LLMs', ['Horvitz'], 2024, '2403.00794', H),
 t(44, 'Not All Language Model Features Are Linear', ['Engels'], 2024, '2405.14860', R),
]
assert len(out) == 60 and len({(o['list'], o['line']) for o in out}) == 60
for o in out:
    if not o['is_paper']:
        for k in ('title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'code', 'summary'):
            assert o[k] is None
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out))
