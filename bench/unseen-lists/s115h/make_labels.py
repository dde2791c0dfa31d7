"""Hand labels, written as data; raw is cut from the saved file (start line, end line)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
G = 'Guillermo-Hidalgo-Gadea__Seminar-ComputationalEthology.README.md'
A = 'agentmorris__camera-trap-ml-survey.README.md'
Z = 'zhangqizky__awesome-Steganalysis-project.README.md'

def P(lst, line, title, venue=None, year=None, authors=(), arxiv=None, doi=None, url=None, code=None, section=None, end=None):
    return dict(list=lst, line=line, end=end or line, is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url,
                venue=venue, year=year, authors=list(authors), code=code, summary=None, section=section)

def N(lst, line, section=None, end=None):
    return dict(list=lst, line=line, end=end or line, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)

def D(doi):
    return dict(doi=doi, url='https://doi.org/' + doi)

AS = 'Camera trap ML papers / With summaries'
L = [
 P(G, 3, 'Toward a Science of Computational Ethology', 'Neuron 2014', 2014, ['D. J. Anderson', 'P. Perona'], **D('10.1016/j.neuron.2014.09.005')),
 P(G, 5, 'DeepEthogram, a machine learning pipeline for supervised behavior classification from raw pixels', 'ELife 2021', 2021,
   ['J. P. Bohnslav', 'N. K. Wimalasena', 'K. J. Clausing', 'Y. Y. Dai', 'D. A. Yarmolinsky', 'T. Cruz', 'A. D. Kashlan', 'M. E. Chiappe',
    'L. L. Orefice', 'C. J. Woolf', 'C. D. Harvey'], **D('10.7554/eLife.63377')),
 P(G, 7, 'What is behavior? No seriously, what is it?', 'bioRxiv 2021', 2021, ['A. Calhoun', 'A. E. Hady'], **D('10.1101/2021.07.04.451053')),
 P(G, 9, 'Geometric deep learning enables 3D kinematic profiling across species and environments', 'Nature Methods 2021', 2021, ['T. W. Dunn'],
   **D('10.1038/s41592-021-01106-6')),
 P(G, 11, 'Big behavioral data: Psychology, ethology and the foundations of neuroscience', 'Nature Neuroscience 2014', 2014,
   ['A. Gomez-Marin', 'J. J. Paton', 'A. R. Kampff', 'R. M. Costa', 'Z. F. Mainen'], **D('10.1038/nn.3812')),
 P(G, 13, 'Anipose: A toolkit for robust markerless 3D pose estimation', 'Cell Reports 2021', 2021,
   ['P. Karashchuk', 'K. L. Rupp', 'E. S. Dickinson', 'S. Walling-Bell', 'E. Sanders', 'E. Azim', 'B. W. Brunton', 'J. C. Tuthill'],
   **D('10.1016/j.celrep.2021.109730')),
 P(G, 15, 'Behavioural biologists do not agree on what constitutes behaviour', 'Animal behaviour 2009', 2009,
   ['D. A. Levitis', 'W. Z. Lidicker Jr', 'G. Freund'], **D('10.1016/j.anbehav.2009.03.018')),
 P(G, 17, 'Identifying Behavioral Structure from Deep Variational Embeddings of Animal Motion', None, 2022,
   ['K. Luxem', 'P. Mocellin', 'F. Fuhrmann', 'J. Kürsch', 'S. Remy', 'P. Bauer'], **D('10.1101/2020.05.14.095430')),
 P(G, 19, 'DeepLabCut: Markerless pose estimation of user-defined body parts with deep learning', 'Nature Neuroscience 2018', 2018,
   ['A. Mathis', 'P. Mamidanna', 'K. M. Cury', 'T. Abe', 'V. N. Murthy', 'M. W. Mathis', 'M. Bethge'], **D('10.1038/s41593-018-0209-y')),
 P(G, 21, 'Using DeepLabCut for 3D markerless pose estimation across species and behaviors', 'Nature Protocols 2019', 2019,
   ['T. Nath', 'A. Mathis', 'A. C. Chen', 'A. Patel', 'M. Bethge', 'M. W. Mathis'], **D('10.1038/s41596-019-0176-0')),
 P(G, 23, 'Quantifying behavior to understand the brain', 'Nature Neuroscience 2020', 2020, ['T. D. Pereira', 'J. W. Shaevitz', 'M. Murthy'],
   **D('10.1038/s41593-020-00734-z')),

 P(A, 448, 'Zilong: A tool to identify empty images in camera-trap data', 'Ecological Informatics 2019', 2019,
   ['W. Wei', 'G. Luo', 'J. Ran', 'J. Li'], section=AS),
 P(A, 454, 'ClassifyMe: a field-scouting software for the identification of wildlife in camera trap images', 'bioRxiv 2019', 2019,
   ['G. Falzon', 'C. Lawson', 'K. W. Cheung', 'K. Vernes', 'G. Ballard', 'P. J. Fleming', 'P. D. Meek'], section=AS),
 P(A, 462, 'EventFinder: a program for screening remotely captured images', 'Environmental Monitoring and Assessment 2019', 2019,
   ['M. Janzen', 'A. Ritter', 'P. D. Walker', 'D. R. Visscher'], section=AS),
 P(A, 475, 'A deep active learning system for species identification and counting in camera trap images', 'arXiv 2019', 2019,
   ['M. S. Norouzzadeh', 'D. Morris', 'S. Beery', 'N. Joshi', 'N. Jojic', 'J. Clune'], arxiv='1910.09716', section=AS),
 P(A, 484, 'Animal Scanner: Software for classifying humans, animals, and empty frames in camera trap images', 'Ecology and Evolution 2019', 2019,
   ['H. Yousif', 'J. Yuan', 'R. Kays', 'Z. He'], section=AS),
 P(A, 505, 'Camera-trap images segmentation using multi-layer robust principal component analysis', 'The Visual Computer 2019', 2019,
   ['J. H. Giraldo-Zuluaga', 'A. Salazar', 'A. Gomez', 'A. Diaz-Pulido'], section=AS),
 P(A, 512, 'Camera-trapping version 3.0: current constraints and future priorities for development', 'Remote Sensing in Ecology and Conservation 2019', 2019,
   ['P. Glover-Kapfer', 'C. A. Soto-Navarro', 'O. R. Wearn'], section=AS),
 P(A, 519, 'Recognition in Terra Incognita', 'arXiv 2018', 2018, ['S. Beery', 'G. Van Horn', 'P. Perona'], arxiv='1807.04975', section=AS),
 P(A, 525, 'Identifying animal species in camera trap images using deep learning and citizen science', 'Methods in Ecology and Evolution 2018', 2018,
   ['M. Willi', 'R. T. Pitman', 'A. W. Cardoso', 'C. Locke', 'A. Swanson', 'A. Boyer', 'L. Fortson'], section=AS),
 P(A, 552, 'Automatically identifying, counting, and describing wild animals in camera-trap images with deep learning',
   'Proceedings of the National Academy of Sciences 2018', 2018,
   ['M. S. Norouzzadeh', 'A. Nguyen', 'M. Kosmala', 'A. Swanson', 'M. S. Palmer', 'C. Packer', 'J. Clune'], section=AS),
 P(A, 565, None, None, None, ['M. S. Norouzzadeh', 'A. Nguyen', 'M. Kosmala'], section=AS),

 N(Z, 5, '隐写分析的意义 / 著名期刊'),
 N(Z, 6, '隐写分析的意义 / 著名期刊'),
 N(Z, 7, '隐写分析的意义 / 著名期刊'),
 N(Z, 8, '隐写分析的意义 / 著名期刊'),
 P(Z, 19, 'Shi 等提出的基于图像小波系数直方图各阶统计矩的 CF 特征', authors=['Shi'], doi='10.1109/itcc.2005.138',
   url='https://doi.org/10.1109/itcc.2005.138', section='基于传统特征的图像隐写分析方法 / 传统特征方法整理 / 早期低纬图像特征'),
 P(Z, 20, 'Goljan 等 提出的基于小波绝对矩(wavelet absolute moment, WAM)特征', authors=['Goljan'],
   url='http://www.ws.binghamton.edu/fridrich/research/EI06-6072-1.pdf',
   section='基于传统特征的图像隐写分析方法 / 传统特征方法整理 / 早期低纬图像特征'),
 P(Z, 25, 'SRM (Spatial Rich Model)', url='http://www.ws.binghamton.edu/fridrich/Research/TIFS2012-SRM.pdf',
   section='基于传统特征的图像隐写分析方法 / 传统特征方法整理 / 针对复杂的隐写术提出的基于高维图像特征的隐写分析'),
 P(Z, 26, 'PSRM (Projection Spection Rich Model)', doi='10.1109/TIFS.2013.2286682', url='https://doi.org/10.1109/TIFS.2013.2286682',
   section='基于传统特征的图像隐写分析方法 / 传统特征方法整理 / 针对复杂的隐写术提出的基于高维图像特征的隐写分析'),
 P(Z, 33, 'Deep learning for steganalysis via convolutional neural networks', year=2015,
   url='http://xueshu.baidu.com/s?wd=paperuri%3A%281c85f9edc52b10af1f6157d44667da57%29&filter=sc_long_sign&tn=SE_xueshusource_2kduw22v&sc_vurl=http%3A%2F%2Fadsabs.harvard.edu%2Fcgi-bin%2Fnph-data_query%3Fbibcode%3D2015SPIE.9409E..0JQ%26amp%3Bdb_key%3DPHY%26amp%3Blink_type%3DABSTRACT%26amp%3Bhigh%3D567107244204418&ie=utf-8&sc_us=10775830153732577606',
   section='基于深度学习的图像隐写分析方法 / 深度学习的方法整理'),
 N(Z, 34, '基于深度学习的图像隐写分析方法 / 深度学习的方法整理'),
 N(Z, 39, '基于深度学习的图像隐写分析方法 / 目前研究重点和展望', end=40),
 N(Z, 41, '基于深度学习的图像隐写分析方法 / 目前研究重点和展望'),
 N(Z, 42, '基于深度学习的图像隐写分析方法 / 目前研究重点和展望'),
 N(Z, 43, '基于深度学习的图像隐写分析方法 / 目前研究重点和展望'),
 N(Z, 46, '基于深度学习的图像隐写分析方法 / 一些开源项目和工具'),
 N(Z, 49, '基于深度学习的图像隐写分析方法 / 一些开源项目和工具'),
 N(Z, 50, '基于深度学习的图像隐写分析方法 / 一些开源项目和工具'),
 N(Z, 52, '基于深度学习的图像隐写分析方法 / 一些开源项目和工具'),
 N(Z, 55, '基于深度学习的图像隐写分析方法 / 一些开源项目和工具'),
 N(Z, 56, '基于深度学习的图像隐写分析方法 / 一些开源项目和工具'),
]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
cache = {}
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fo:
    for e in L:
        lines = cache.setdefault(e['list'], open(os.path.join(HERE, e['list']), encoding='utf-8').read().split('\n'))
        e['raw'] = '\n'.join(lines[e['line'] - 1:e['end']])
        fo.write(json.dumps({k: e[k] for k in KEYS}, ensure_ascii=False) + '\n')
print(len(L))
