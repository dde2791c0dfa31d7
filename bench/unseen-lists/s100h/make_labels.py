import json
D='/work/main/bench/unseen-lists/s100h/'
DM='dmarx__anthology-of-modern-ml.README.md'
MY='mayank31398__Papers-books-and-blogs.README.md'
TR='terryum__awesome-deep-learning-papers.README.md'
files={f:open(D+f,encoding='utf-8').read().split('\n') for f in (DM,MY,TR)}
out=[]
def L(lst,line,is_paper,section,title=None,arxiv_id=None,url=None,venue=None,year=None,authors=None,code=None,summary=None,doi=None,nlines=1):
    raw='\n'.join(files[lst][line-1:line-1+nlines])
    if not is_paper:
        out.append(dict(list=lst,line=line,raw=raw,is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)); return
    out.append(dict(list=lst,line=line,raw=raw,is_paper=True,title=title,arxiv_id=arxiv_id,doi=doi,url=url,venue=venue,year=year,authors=authors or [],code=code,summary=summary,section=section))

CL='"Classic" ML'
SA='Specific architectures/achievements, and other misc milestones'
# ---- dmarx
L(DM,16,False,CL)
L(DM,28,False,CL)
L(DM,65,False,CL)
L(DM,126,False,'Misc optimization and numerical methods')
L(DM,143,False,'Neural optimizers')
L(DM,153,False,'Neural optimizers')
L(DM,168,False,'Neural initializations')
L(DM,169,True,'Neural initializations',title='Understanding the difficulty of training deep feedforward neural networks',url='https://proceedings.mlr.press/v9/glorot10a/glorot10a.pdf',year=2010,authors=['Xavier Glorot','Yoshua Bengio'])
L(DM,175,False,'Neural layers')
L(DM,182,True,'Neural layers',title='Highway Networks',arxiv_id='1505.00387',year=2015,authors=['Rupesh Kumar Srivastava','Klaus Greff','Jürgen Schmidhuber'])
L(DM,184,False,'Neural layers')
L(DM,224,True,'Hyperparameter tuning / Architecture Search',title='SMASH: One-Shot Model Architecture Search through HyperNetworks',arxiv_id='1708.05344',year=2017,authors=['Andrew Brock','Theodore Lim','J.M. Ritchie','Nick Weston'])
L(DM,237,False,'Implicit Representation')
L(DM,262,True,SA+' / Computer Vision / representation learning',title='EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks',url='http://proceedings.mlr.press/v97/tan19a/tan19a.pdf',year=2019,authors=['Mingxing Tan','Quoc V. Le'])
L(DM,270,False,SA+' / Computer Vision / representation learning')
L(DM,276,True,SA+' / Computer Vision / representation learning',title='Taming Transformers for High-Resolution Image Synthesis',arxiv_id='2012.09841',year=2020,authors=['Patrick Esser','Robin Rombach','Björn Ommer'])
L(DM,286,True,SA+' / Computer Vision / representation learning',title='DreamFusion: Text-to-3D using 2D Diffusion',arxiv_id='2209.14988',year=2022,authors=['Ben Poole','Ajay Jain','Jonathan T. Barron','Ben Mildenhall'])
L(DM,357,False,SA+' / Misc')
L(DM,371,False,SA+' / Misc')
L(DM,375,False,SA+' / Misc')
# ---- mayank
TOC='Table of contents'; AI='AI, DL, NLP and RL'
L(MY,12,False,TOC)
L(MY,22,False,TOC)
L(MY,54,True,AI,title='BART: denoising seuqence-to-sequence pre-training for natural language generation, translation and comprehension',arxiv_id='1910.13461',authors=['Mike Lewis','Yinhan Liu','Naman Goyal','Marjan Ghazvininejad','Abdelrahman Mohamed','Omer Levy','Ves Stoyanov','Luke Zettlemoyer'])
L(MY,62,True,AI,title='Conceptual captions: a cleaned, hypernymed, image alt-text dataset for automatic image captioning',url='https://aclanthology.org/P18-1238/',authors=['Piyush Sharma','Nan Ding','Sebastian Goodman','Radu Soricut'])
L(MY,66,True,AI,title='Constraint based knowledge base distillation in end-to-end task oriented dialogs',url='https://aclanthology.org/2021.findings-acl.448/',authors=['Dinesh Raghu','Atishya Jain','Mausam','Sachindra Joshi'])
L(MY,69,True,AI,title='Countering adversarial images using input transformations',arxiv_id='1711.00117',authors=['Chuan Guo','Mayank Rana','Moustapha Cisse','Laurens van der Maaten'])
L(MY,73,True,AI,title='Deep learning and the information bottleneck principle',url='https://ieeexplore.ieee.org/document/7133169',authors=['Naftali Tishby','Noga Zaslavsky'])
L(MY,75,True,AI,title='Deep text classification can be fooled',url='https://www.ijcai.org/proceedings/2018/585',authors=['Bin Liang','Hongcheng Li','Miaoqiang Su','Pan Bian','Xirong Li','Wenchang Shi'])
L(MY,81,True,AI,title='Discrete variational autoencoders',arxiv_id='1609.02200',authors=['Jason Tyler Rolfe'])
L(MY,84,True,AI,title='Efficient estimation of word representations in vector space',arxiv_id='1301.3781',authors=['Tomas Mikolov','Kai Chen','Greg Corrado','Jeffrey Dean'])
L(MY,92,True,AI,title='Exploring deep recurrent models with reinforcement learning for molecule design',url='https://openreview.net/forum?id=HkcTe-bR-',authors=['Daniel Neil','Marwin Segler','Laura Guasch','Mohamed Ahmed','Dean Plumbley','Matthew Sellwood','Nathan Brown'])
L(MY,112,True,AI,title='Improving entity linking by modeling latent relations between mentions',arxiv_id='1804.10637',authors=['Phong Le','Ivan Titov'])
L(MY,118,True,AI,title="Know what you don't know: unanswerable questions for SQuAD",url='https://aclanthology.org/P18-2124/',authors=['Pranav Rajpurkar','Robin Jia','Percy Liang'])
L(MY,120,True,AI,title='Language modelling with pixels',arxiv_id='2207.06991',authors=['Phillip Rust','Jonas F. Lotz','Emanuele Bugliarello','Elizabeth Salesky','Miryam de Lhoneux','Desmond Elliott'])
L(MY,138,True,AI,title='Mutual information neural estimation',arxiv_id='1801.04062',authors=['Mohamed Ishmael Belghazi','Aristide Baratin','Sai Rajeswar','Sherjil Ozair','Yoshua Bengio','Aaron Courville','R Devon Hjelm'])
L(MY,151,True,AI,title='Outer product-based neural collaborative filtering',url='https://www.ijcai.org/proceedings/2018/0308',authors=['Xiangnan He','Xiaoyu Du','Xiang Wang','Feng Tian','Jinhui Tang','Tat-Seng Chua'])
L(MY,158,True,AI,title='Playing Atari with deep reinforcement learning',arxiv_id='1312.5602',authors=['Volodymyr Mnih','Koray Kavukcuoglu','David Silver','Alex Graves','Ioannis Antonoglou','Daan Wierstra','Martin Riedmiller'])
L(MY,165,True,AI,title='R3Net: recurrent residual refinement network for saliency detection',url='https://www.ijcai.org/proceedings/2018/95',authors=['Zijun Deng','Xiaowei Hu','Lei Zhu','Xuemiao Xu','Jing Qin','Guoqiang Han','Pheng-Ann Heng'])
L(MY,176,True,AI,title='Semantically equivalent adversarial rules for debugging NLP models',url='https://aclanthology.org/P18-1079/',authors=['Marco Tulio Ribeiro','Sameer Singh','Carlos Guestrin'])
L(MY,179,True,AI,title='Soloist few-shot task-oriented dialog with a single pre-trained auto-regressive model',arxiv_id='2005.05298',authors=['Baolin Peng','Chunyuan Li','Jinchao Li','Shahin Shayandeh','Lars Liden','Jianfeng Gao'])
# ---- terryum
L(TR,27,False,'Awesome list criteria')
L(TR,63,False,'Contents')
L(TR,74,True,'Understanding / Generalization / Transfer',title='CNN features off-the-Shelf: An astounding baseline for recognition',url='http://www.cv-foundation.org//openaccess/content_cvpr_workshops_2014/W15/papers/Razavian_CNN_Features_Off-the-Shelf_2014_CVPR_paper.pdf',year=2014,authors=['A. Razavian'])
L(TR,104,True,'Convolutional Neural Network Models',title='Identity Mappings in Deep Residual Networks',arxiv_id='1603.05027',year=2016,authors=['K. He'])
L(TR,106,True,'Convolutional Neural Network Models',title='Going deeper with convolutions',url='http://www.cv-foundation.org/openaccess/content_cvpr_2015/papers/Szegedy_Going_Deeper_With_2015_CVPR_paper.pdf',year=2015,authors=['C. Szegedy'])
L(TR,112,True,'Convolutional Neural Network Models',title='Network in network',arxiv_id='1312.4400',year=2013,authors=['M. Lin'])
L(TR,118,True,'Image: Segmentation / Object Detection',title='You only look once: Unified, real-time object detection',url='http://www.cv-foundation.org/openaccess/content_cvpr_2016/papers/Redmon_You_Only_Look_CVPR_2016_paper.pdf',year=2016,authors=['J. Redmon'])
L(TR,121,True,'Image: Segmentation / Object Detection',title='Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks',url='http://papers.nips.cc/paper/5638-faster-r-cnn-towards-real-time-object-detection-with-region-proposal-networks.pdf',year=2015,authors=['S. Ren'])
L(TR,131,True,'Image / Video / Etc',title='A neural algorithm of artistic style',arxiv_id='1508.06576',year=2015,authors=['L. Gatys'])
L(TR,134,True,'Image / Video / Etc',title='Show and tell: A neural image caption generator',url='http://www.cv-foundation.org/openaccess/content_cvpr_2015/papers/Vinyals_Show_and_Tell_2015_CVPR_paper.pdf',year=2015,authors=['O. Vinyals'])
L(TR,148,True,'Recurrent Neural Network Models',title='Neural turing machines',arxiv_id='1410.5401',year=2014,authors=['A. Graves'])
L(TR,158,True,'Natural Language Processing',title='Neural machine translation by jointly learning to align and translate',arxiv_id='1409.0473',year=2014,authors=['D. Bahdanau'])
L(TR,162,True,'Natural Language Processing',title='Convolutional neural networks for sentence classification',arxiv_id='1408.5882',year=2014,authors=['Y. Kim'])
L(TR,216,True,'New papers',title='Mask R-CNN',arxiv_id='1703.06870',year=2017,authors=['K. He'])
L(TR,223,True,'New papers',title='Least squares generative adversarial networks',arxiv_id='1611.04076',year=2016,authors=['X. Mao'])
L(TR,231,True,'Old Papers',title='Recurrent neural network based language model',url='http://www.fit.vutbr.cz/research/groups/speech/servite/2010/rnnlm_mikolov.pdf',year=2010,authors=['T. Mikolov'])
L(TR,264,True,'Book / Survey / Review',title='Deep learning',url='https://www.cs.toronto.edu/~hinton/absps/NatureDeepReview.pdf',year=2015,authors=['Y. LeCun','Y. Bengio','G. Hinton'])
L(TR,277,False,'Video Lectures / Tutorials / Blogs')
L(TR,279,False,'Video Lectures / Tutorials / Blogs')
L(TR,284,False,'Video Lectures / Tutorials / Blogs')
keys=['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps({k:o[k] for k in keys},ensure_ascii=False)+'\n')
print(len(out), sum(o['is_paper'] for o in out))
