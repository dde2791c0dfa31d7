"""Hand-written labels (read by eye); raw text is copied from the file at each start line."""
import json
R = 'raojay7__Awesome-LLMs-Data-AI.README.md'
W = 'wangzhefeng__TinyLLMFinetuning.README.md'
Y = 'ysp1214__Large-model-lightweighting.README.md'
NP = dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None, authors=None, code=None, summary=None)
def P(title, arxiv=None, url=None, venue=None, year=None, authors=None, code=None, summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue, year=year, authors=authors or [], code=code, summary=summary)
YP = '大模型轻量化技术分类 / 模型剪枝 / 非结构化剪枝'
YK = '大模型轻量化技术分类 / 知识蒸馏'
MR = '数学推理 / Evaluation Dataset'
MS = '数学推理 / Synthetic Dataset'
CG = '代码生成'
L = [
 (R, 4, '模型蒸馏 / 蒸馏阶段 / 蒸馏推理阶段', P('Weak-to-Strong Generalization: Eliciting Strong Capabilities With Weak Supervision', '2312.09390', authors=['Collin Burns','Pavel Izmailov','Jan Hendrik Kirchner','Bowen Baker','Leo Gao','Leopold Aschenbrenner','Yining Chen','Adrien Ecoffet','Manas Joglekar','Jan Leike','Ilya Sutskever','Jeff Wu'], summary='用教师输出的弱监督信号直接对学生进行微调')),
 (R, 5, '模型蒸馏 / 蒸馏阶段 / 蒸馏推理阶段', P("Alice: Proactive Learning with Teacher's Demonstrations for Weak-to-Strong Generalization Inference-Time Scaling for Generalist Reward Modeling", '2504.07316', authors=['Shujin Wu','Cheng Qian','Yi R. (May) Fung','Paul Pu Liang','Heng Ji'], summary='学生模型根据教师模型提供的不确定性表达来达到蒸馏效果')),
 (R, 8, '模型蒸馏 / 蒸馏架构 / 跨模型架构蒸馏', P('Towards Cross-Tokenizer Distillation: the Universal Logit Distillation Loss for LLMs', url='https://openreview.net/pdf?id=bwRxXiGO9A', authors=['Nicolas Boizard','Kevin El Haddad','Céline Hudelot','Pierre Colombo'], summary='直接匹配不同Tokenizers的输出分布的形状')),
 (R, 12, '模型蒸馏 / 蒸馏效率优化 / 稀疏蒸馏', P('Sparse Logit Sampling: Accelerating Knowledge Distillation in LLM', '2503.16870', authors=['Anshumann','MohdAbbasZaidi','Akhil Kedia','Jinwoo Ahn','Taehwak Kwon','KangwookLee','HaejunLee','JoohyungLee'], summary='仅对教师模型的Top-K logits进行计算loss')),
 (R, 20, MR, P('Lila: A Unified Benchmark for Mathematical Reasoning', '2210.17517', venue='EMNLP 2022', year=2022, authors=['Swaroop Mishra','Matthew Finlayson','Pan Lu','Leonard Tang','Sean Welleck','Chitta Baral','Tanmay Rajpurohit','Oyvind Tafjord','Ashish Sabharwal','Peter Clark','Ashwin Kalyana'])),
 (R, 21, MR, P('ChartQA: A Benchmark for Question Answering about Charts with Visual and Logical Reasoning', '2203.10244', venue='ACL 2022 Findings', year=2022, authors=['Ahmed Masry','Do Xuan Long','Jia Qing Tan','Shafiq R. Joty','Enamul Hoque'])),
 (R, 22, MR, P('UniGeo: Unifying Geometry Logical Reasoning via Reformulating Mathematical Expression', '2212.02746', venue='EMNLP 2022', year=2022, authors=['Jiaqi Chen','Tong Li','Jinghui Qin','Pan Lu','Liang Lin','Chongyu Chen','Xiaodan Liang'])),
 (R, 23, MR, P('TheoremQA: A Theorem-driven Question Answering dataset', '2305.12524', venue='EMNLP 2023', year=2023, authors=['Wenhu Chen','Ming Yin','Max Ku','Pan Lu','Yixin Wan','Xueguang Ma','Jianyu Xu','Xinyi Wang','Tony Xia'])),
 (R, 24, MR, P('CMATH: Can Your Language Model Pass Chinese Elementary School Math Test?', '2306.16636', venue='arXiv 2023', year=2023, authors=['Tianwen Wei','Jian Luan','Wei Liu','Shuang Dong','Bin Wang'])),
 (R, 25, MR, P('LeanDojo: Theorem Proving with Retrieval-Augmented Language Models', '2306.15626', venue='NeurIPS 2023', year=2023, authors=['Kaiyu Yang','Aidan M. Swope','Alex Gu','Rahul Chalamala','Peiyang Song','Shixing Yu','Saad Godil','Ryan J. Prenger','Animashree Anandkumar'])),
 (R, 26, MR, P('OlympiadBench: A Challenging Benchmark for Promoting AGI with Olympiad-Level Bilingual Multimodal Scientific Problems', '2402.14008', venue='ACL 2024', year=2024, authors=['Chaoqun He','Renjie Luo','Yuzhuo Bai','Shengding Hu','Zhen Leng Thai','Junhao Shen','Jinyi Hu','Xu Han','Yujie Huang','Yuxiang Zhang','Jie Liu','Lei Qi','Zhiyuan Liu','Maosong Sun'])),
 (R, 27, MR, dict(NP)),
 (R, 28, MR, P('MathVista: Evaluating Mathematical Reasoning of Foundation Models in Visual Contexts', '2310.02255', venue='ICLR 2024', year=2024, authors=['Pan Lu','Hritik Bansal','Tony Xia','Jiacheng Liu','Chunyuan Li','Hannaneh Hajishirzi','Hao Cheng','Kai-Wei Chang','Michel Galley','Jianfeng Gao'])),
 (R, 31, MS, P('ChartQA: A Benchmark for Question Answering about Charts with Visual and Logical Reasoning', '2203.10244', venue='ACL 2022 Findings', year=2022, authors=['Ahmed Masry','Do Xuan Long','Jia Qing Tan','Shafiq R. Joty','Enamul Hoque'], summary='数据集中既有人类编写问题，也有根据人类编写的图标摘要生成的问题')),
 (R, 32, MS, P('Llemma: An Open Language Model For Mathematics', '2310.10631', venue='ICLR 2024', year=2024, authors=['Zhangir Azerbayev','Hailey Schoelkopf','Keiran Paster','Marco Dos Santos','Stephen Marcus McAleer','Albert Q. Jiang','Jia Deng','Stella Biderman','Sean Welleck'])),
 (R, 33, MS, P('MAMMOTH: BUILDING MATH GENERALIST MODELS THROUGH HYBRID INSTRUCTION TUNING', '2309.05653', venue='ICLR 2024', year=2024, authors=['Xiang Yue','Xingwei Qu','Ge Zhang','Yao Fu','Wenhao Huang','Huan Sun','Yu Su','Wenhu Chen'])),
 (R, 40, CG, P('CodeSearchNet Challenge: Evaluating the State of Semantic Code Search', '1909.09436', venue='arXiv 2019', year=2019, authors=['Hamel Husain','Ho-Hsiang Wu','Tiferet Gazit','Miltiadis Allamanis','Marc Brockschmidt'])),
 (R, 41, CG, P('CodeS: Natural Language to Code Repository via Multi-Layer Sketch', '2403.16443', venue='arXiv 2024', year=2024, authors=['Daoguang Zan','Ailun Yu','Wei Liu','Dong Chen','Bo Shen','Wei Li','Yafen Yao','Yongshun Gong','Xiaolin Chen','Bei Guan','Zhiguang Yang','Yongji Wang','Qianxiang Wang','Lizhen Cui'])),
 (R, 43, CG, P('EvoCodeBench: An Evolving Code Generation Benchmark Aligned with Real-World Code Repositories', '2404.00599', venue='arXiv 2024', year=2024, authors=['Jia Li','Ge Li','Xuanming Zhang','Yihong Dong','Zhi Jin'])),
 (R, 44, CG, P('RepoFusion: Training Code Models to Understand Your Repository', '2306.10998', venue='arXiv 2023', year=2023, authors=['Disha Shrivastava','Denis Kocetkov','Harm de Vries','Dzmitry Bahdanau','Torsten Scholak'])),
 (W, 6, '教程', dict(NP)),
 (W, 7, '教程', dict(NP)),
 (W, 11, '文献', P('Distilling the Knowledge in a Neural Network', '1503.02531')),
 (W, 12, '文献', P('A Survey on Knowledge Distillation of Large Language Models', '2402.13116')),
 (W, 13, '文献', P('知识蒸馏研究综述', url='http://cjc.ict.ac.cn/online/onlinepaper/HZH315.pdf')),
 (W, 14, '文献', P('知识蒸馏全面综述', code='https://github.com/IPL-sharif/KD_Survey')),
 (Y, 11, YP, P('Pruning Convolutional Neural Networks for Resource Efficient Inference', '1611.06440', venue='arXiv 2016', year=2016, authors=['Pavlo Molchanov','Stephen Tyree','Tero Karras','Timo Aila','Jan Kautz'], summary='通过基于梯度信息的Taylor展开来选择剪枝的神经元，并展示了如何在保持精度的同时进行非结构化剪枝，从而提高计算效率')),
 (Y, 21, YP, P('Learning both Weights and Connections for Efficient Neural Networks', '1506.02626', venue='NIPS 2015', year=2015, authors=['Song Han','Jeff Pool','John Tran','William J. Dally'], summary='移除绝对值较小的权重实现模型压缩')),
 (Y, 31, YP, P('Dynamic Sparse Training: Find Efficient Sparse Network From Scratch With Trainable Masked Layers', '2005.06870', venue='arXiv 2019', year=2019, authors=['Junjie Liu','Zhe Xu','Runbin Shi','Ray C. C. Cheung','Hayden K.H. So'], summary='提出了动态稀疏训练框架，在训练过程中动态调整非结构化剪枝的稀疏性')),
 (Y, 36, YP, P('Can Unstructured Pruning Reduce the Depth in Deep Neural Networks?', '2308.06619', venue='arXiv 2023', year=2023, authors=['Zhu Liao','Victor Quétu','Van-Tam Nguyen','Enzo Tartaglione'])),
 (Y, 44, YP, P('What Makes a Good Prune? Maximal Unstructured Pruning for Maximal Cosine Similarity', url='https://openreview.net/pdf?id=jsvvPVVzwf', venue='ICLR 2024', year=2024, authors=['Gabryel Mason-Williams','Fredrik Dahlqvist'])),
 (Y, 69, YK, P('Curriculum Temperature for Knowledge Distillation', '2211.16231', venue='arXiv 2022', year=2022, authors=['Zheng Li','Xiang Li','Lingfeng Yang','Borui Zhao','RenJie Song','Lei Luo','Jun Li','Jian Yang'], summary='将超参数温度动态化，网络会自动学习温度，无需手动设置')),
 (Y, 74, YK, P('Logit Standardization in Knowledge Distillation', '2403.01427', venue='CVPR 2024', year=2024, authors=['Shangquan Sun','Wenqi Ren','Jingzhi Li','Rui Wang','Xiaochun Cao'], summary='探讨了师生温度弊端问题，并提出了Logit标准化来解决')),
 (Y, 79, YK, P('FitNets: Hints for Thin Deep Nets', '1412.6550', venue='arXiv 2014', year=2014, authors=['Adriana Romero','Nicolas Ballas','Samira Ebrahimi Kahou','Antoine Chassang','Carlo Gatta','Yoshua Bengio'], summary='首次提出用中间层蒸馏')),
 (Y, 84, YK, P('Distilling Knowledge via Knowledge Review', '2104.09044', venue='CVPR 2021', year=2021, authors=['Pengguang Chen','Shu Liu','Hengshuang Zhao','Jiaya Jia'], summary='多个阶段的中间层进行了融合，并设计了空间金字塔池化来匹配不同维度的教师学生')),
 (Y, 99, YK, P('Similarity-Preserving Knowledge Distillation', '1907.09682', venue='ICCV 2019', year=2019, authors=['Frederick Tung','Greg Mori'], summary='语义相似的输入往往会在训练好的网络中引发相似的激活模式')),
 (Y, 109, YK, P('Correlation Congruence for Knowledge Distillation', '1904.01802', venue='ICCV 2019', year=2019, authors=['Baoyun Peng','Xiao Jin','Jiaheng Liu','Shunfeng Zhou','Yi-Chao Wu','Yu Liu','Dongsheng Li','Zhaoning Zhang'], summary='CCKD分析了实例与实例之间的相关性，提出实例之间的相关性对于蒸馏也是很有效果的。')),
 (Y, 114, YK, P('Variational Information Distillation for Knowledge Transfer', '1904.05835', venue='CVPR 2019', year=2019, authors=['Sungsoo Ahn','Shell Xu Hu','Andreas Damianou','Neil D. Lawrence','Zhenwen Dai'], summary='VID提出了基于信息论的知识蒸馏框架。该框架最大化教师和学生网络之间的互信息')),
 (Y, 124, YK, P('Relational Knowledge Distillation', '1904.05068', venue='CVPR 2019', year=2019, authors=['Wonpyo Park','Dongju Kim','Yan Lu','Minsu Cho'], summary='惩罚关系中结构差异的距离方向和角度方向的蒸馏损失')),
 (Y, 139, YK, P('Curriculum Temperature for Knowledge Distillation', '2211.16231', venue='arXiv 2022', year=2022, authors=['Zheng Li','Xiang Li','Lingfeng Yang','Borui Zhao','Renjie Song','Lei Luo','Jun Li','Jian Yang'], summary='在传统Lotits的基础上对温度T进行了改良，不需要固定的温度，而是在训练的时候网络自动学习温度（动态温度）。')),
 (Y, 149, YK, P('Masked Generative Distillation', '2205.01529', venue='ECCV 2022', year=2022, authors=['Zhendong Yang','Zhe Li','Mingqi Shao','Dachuan Shi','Zehuan Yuan','Chun Yuan'], summary='MGD先随机生成Masked，然后通过2个3x3的卷积来生成特征，最后与教师的特征进行损失计算')),
 (Y, 154, YK, P('Distilling Knowledge via Knowledge Review', '2104.09044', venue='CVPR 2021', year=2021, authors=['Pengguang Chen','Shu Liu','Hengshuang Zhao','Jiaya Jia'], summary='首次提出跨阶段连接路径来形成知识回顾，融合多阶段的知识')),
 (Y, 174, YK, P('Logit Standardization in Knowledge Distillation', '2403.01427', venue='arXiv 2024', year=2024, authors=['Shangquan Sun','Wenqi Ren','Jingzhi Li','Rui Wang','Xiaochun Cao'], summary='设置迫使学生模仿教师的 logit 的具体值，而非其关系，论文方法提出 Logit 标准化')),
 (Y, 184, YK, P('MiniLLM: Knowledge Distillation of Large Language Models', '2306.08543', venue='arXiv 2023', year=2023, authors=['Yuxian Gu','Li Dong','Furu Wei','Minlie Huang'], summary='用反向 KLD 替换标准 KD 方法中的正向 Kullback-Leibler 发散 （KLD） 目标，它更适合生成语言模型上的 KD，以防止学生模型高估教师分布的低概率区域')),
 (Y, 189, YK, P('Enhancing Knowledge Distillation of Large Language Models through Efficient Multi-Modal Distribution Alignment', '2409.12545', venue='arXiv 2024', year=2024, authors=['Tianyu Peng','Jiajun Zhang'], summary='通过结合单词级排名损失，我们确保了与现有蒸馏目标的出色兼容性，同时充分利用了两个预测分布峰中不同类别之间的细粒度信息')),
 (Y, 198, YK, P('Reducing LLM Hallucination Using Knowledge Distillation: A Case Study with Mistral Large and MMLU Benchmark', url='https://d197for5662m48.cloudfront.net/documents/publicationstatus/209108/preprint_pdf/95a0d08d45ea252fadf746f96e1028f8.pdf', venue='TechRxiv 2024', year=2024, authors=['Daniel McDonald','Rachael Papadopoulos','Leslie Benningfield'])),
]
sample = {(json.loads(l)['list'], json.loads(l)['line']): json.loads(l)['raw'] for l in open('sample.jsonl', encoding='utf-8')}
assert set(sample) == {(a, b) for a, b, _, _ in L}, set(sample) ^ {(a, b) for a, b, _, _ in L}
keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for lst, line, sec, d in L:
        r = dict(d, list=lst, line=line, raw=sample[(lst, line)], section=sec)
        f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + '\n')
print(len(L))
