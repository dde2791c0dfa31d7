import json
D='/work/main/bench/unseen-lists/s100g/'
MZ='MachineryZ__DeepLearning.README.md'; KU='kuc2477__dl-papers.README.md'; UN='microsoft__unilm.README.md'
lines={f: open(D+f,encoding='utf-8').read().split('\n') for f in (MZ,KU,UN)}
out=[]
def P(lst, line, title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, section=None, span=1, paper=True):
    raw='\n'.join(lines[lst][line-1:line-1+span])
    if not paper:
        d=dict(list=lst,line=line,raw=raw,is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
    else:
        d=dict(list=lst,line=line,raw=raw,is_paper=True,title=title,arxiv_id=arxiv,doi=None,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=summary,section=section)
    out.append(d)
def N(lst,line,section=None,span=1): P(lst,line,None,section=section,span=span,paper=False)

# MachineryZ: "+ [name]: [link] [tags]"; lone H1 "DeepLearning" names the list -> section null
P(MZ,8,'BetaVAE',url='https://openreview.net/pdf?id=Sy2fzU9gl')
P(MZ,9,'BetaTCVAE',arxiv='1802.04942')
P(MZ,17,'cvae',url='https://proceedings.neurips.cc/paper/2015/file/8d55a249e6baa5c06772297520da2051-Paper.pdf')
P(MZ,20,'dcn',arxiv='1708.05123')
P(MZ,28,'dynamic detr',url='https://openaccess.thecvf.com/content/ICCV2021/papers/Dai_Dynamic_DETR_End-to-End_Object_Detection_With_Dynamic_Attention_ICCV_2021_paper.pdf')
P(MZ,32,'FM',url='https://www.csie.ntu.edu.tw/~b97053/paper/Rendle2010FM.pdf')
P(MZ,33,'fintabnet',url='https://openaccess.thecvf.com/content/WACV2021/papers/Zheng_Global_Table_Extractor_GTE_A_Framework_for_Joint_Table_Identification_WACV_2021_paper.pdf')
P(MZ,35,'geodiff',arxiv='2203.02923')
P(MZ,36,'gnnexplainer',arxiv='1903.03894')
P(MZ,37,'Hierarchical Poset Decoding',arxiv='2010.07792')
P(MZ,40,'Imperfect IL',arxiv='2103.05910')
P(MZ,43,'PointNet',arxiv='1612.00593')
P(MZ,44,'PointNet++',arxiv='1706.02413')
P(MZ,45,'policy distillation',arxiv='2103.10860')
P(MZ,53,'setr',arxiv='2012.15840')
P(MZ,54,'SlowFast',arxiv='1812.03982')
N(MZ,55)  # "[svm] [machine learning]": a method name with a tag, no link, no specific paper
P(MZ,56,'tablebank',arxiv='1903.01949')
P(MZ,60,'tsn',arxiv='1608.00859')
P(MZ,64,'wae',arxiv='1711.01558')

# kuc2477: "- *Title* [[arxiv, YY.MM]](link) [[**PyTorch**]](./relative)"; lone H1 names the list
N(KU,3); N(KU,4)
S='Model Architecture / CNN'
P(KU,10,'Striving for Simplicity: The All Convolutional Net',arxiv='1412.6806',venue='arXiv 2014',year=2014,section=S)
P(KU,11,'Deep Residual Learning for Image Recognition',arxiv='1512.03385',venue='arXiv 2015',year=2015,section=S)
P(KU,12,'Wide Residual Networks',arxiv='1605.07146',venue='arXiv 2016',year=2016,code='./CNN/WRN/pytorch',section=S)
S='Representation Learning & Density Estimation / GAN'
P(KU,23,'InfoGAN: Interpretable Representation Learning by Information Maximizing Generative Adversarial Nets',arxiv='1606.03657',venue='arXiv 2016',year=2016,code='./GAN/InfoGAN/tensorflow',section=S)
P(KU,25,'Wasserstein GAN',arxiv='1701.07875',venue='arXiv 2017',year=2017,code='./GAN/WGAN/tensorflow',section=S)
P(KU,27,'Learning to Discover Cross-Domain Relations with Generative Adversarial Networks',arxiv='1703.05192',venue='arXiv 2017',year=2017,section=S)
S='Memory'
P(KU,37,'Neural Turing Machines',arxiv='1410.5401',venue='arXiv 2014',year=2014,section=S)
P(KU,38,'Memory Networks',arxiv='1410.3916',venue='arXiv 2014',year=2014,section=S)
P(KU,39,'End-To-End Memory Networks',arxiv='1503.08895',venue='arXiv 2015',year=2015,section=S)
S='Attention'
P(KU,45,'Neural Machine Translation by Jointly Learning to Align and Translate',arxiv='1409.0473',venue='arXiv 2014',year=2014,section=S)
P(KU,46,'Show, Attend and Tell: Neural Image Caption Generation with Visual Attention',arxiv='1502.03044',venue='arXiv 2015',year=2015,section=S)
P(KU,55,'Deformable Convolutional Networks',arxiv='1703.06211',venue='arXiv 2017',year=2017,section='Learning Invariance')
P(KU,59,'Maxout Networks',arxiv='1302.4389',venue='arXiv 2013',year=2013,section='Learning Optimization')
P(KU,63,'SplitNet: Learning to Semantically Split Deep Networks for Parameter Reduction and Model Parallelization',url='http://proceedings.mlr.press/v70/kim17b/kim17b.pdf',venue='ICML 2017',year=2017,code='./Model-Optimization/splitnet/pytorch',section='Model Optimization',span=2)
P(KU,68,'Visualizing and Understanding Convolutional Networks',arxiv='1311.2901',venue='arXiv 2013',year=2013,section='Network Visualization')
S='Applications / Semantic Segmentation'
P(KU,76,'Learning Deconvolution Network for Semantic Segmentation',arxiv='1505.04366',venue='arXiv 2015',year=2015,section=S)
P(KU,77,'Fully Convolutional Networks for Semantic Segmentation',arxiv='1605.06211',venue='arXiv 2016',year=2016,section=S)
P(KU,80,'TGIF-QA: Toward Spatio-Temporal Reasoning in Visual Question Answering',arxiv='1704.04497',venue='arXiv 2017',year=2017,section='Applications / Visual QA',span=2)

# microsoft/unilm: News bullets "- [Model Release] Month, Year: [**Name**](link) - text"
N(UN,29,section='Hiring / Foundation Models / LLM / MLLM (Multimodal LLM)')
S='Hiring / News'
N(UN,98,section=S)
P(UN,99,'Kosmos-1',arxiv='2302.14045',year=2023,summary='a Multimodal Large Language Model (MLLM) that can perceive general modalities, learn in context (i.e., few-shot), and follow instructions (i.e., zero-shot)',section=S)
for ln in (101,106,108,110,117,121,123,127,131,133,134,135,137,140):
    N(UN,ln,section=S)
P(UN,141,'MiniLM',venue='NeurIPS 2020',year=2020,code='https://github.com/microsoft/unilm/tree/master/minilm',section=S)
P(UN,142,'InfoXLM',arxiv='2007.07834',year=2020,code='https://github.com/microsoft/unilm/tree/master/infoxlm',section=S)
N(UN,144,section=S)

# check against sample
samp=[json.loads(l) for l in open(D+'sample.jsonl')]
assert [(s['list'],s['line']) for s in samp]==[(d['list'],d['line']) for d in out], 'sample mismatch'
with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for d in out: f.write(json.dumps(d,ensure_ascii=False)+'\n')
print(len(out),'labels;',sum(d['is_paper'] for d in out),'papers')
