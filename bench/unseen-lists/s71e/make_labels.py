"""Hand-written labels (read by eye from the files); raw text is copied from sample.jsonl."""
import json
J = 'JiajiaLi04__Label-efficient-in-Agriculture.README.md'
Y = 'YouROS12__cnn-svm.README.md'
A = 'ashelylinluo__Awesome-agricultural-plant-llms.README.md'
AL = '3. Taxonomy / 3.1 Weak Supervision / 3.1.1 Active learning'
SS = '3. Taxonomy / 3.1 Weak Supervision / 3.1.2 Semi-supervised learning'
WS = '3. Taxonomy / 3.1 Weak Supervision / 3.1.3 Weakly supervised learning'
PH = '4. Applications / 4.1 Plant health'
WC = '4. Applications / 4.2 Weed and crop management'
FD = '4. Applications / 4.3 Fruit detection'
PP = '4. Applications / 4.5 Plant Phenotyping'
CEA = 'Computers and Electronics in Agriculture'

def P(title, authors, venue, year, url=None, arxiv=None, code=None, doi=None, section=None, summary=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=authors, code=code, summary=summary, section=section)

def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)

L = {
 (J,163): P('Deep bayesian active learning with image data', ['Yarin Gal','Riashat Islam','Zoubin Ghahramani'],
            'International conference on machine learning 2017', 2017, url='http://proceedings.mlr.press/v70/gal17a/gal17a.pdf', section=AL),
 (J,191): P('Optimization techniques for semi-supervised support vector machines', ['Olivier Chapelle','Vikas Sindhwani','Sathiya S. Keerthi'],
            'Journal of Machine Learning Research 2008', 2008, url='https://www.jmlr.org/papers/volume9/chapelle08a/chapelle08a.pdf', section=SS),
 (J,239): P('Integrated Learning-Based Pest and Disease Detection Method for Tea Leaves', ['Yinkai Wang'], 'Forests 2023', 2023,
            url='https://www.mdpi.com/1999-4907/14/5/1012', section=PH),
 (J,75): N('Table of Contents'),
 (J,167): P('Deep active learning with adaptive acquisition', ['Manuel Haussmann','Fred A. Hamprecht','Melih Kandemir'], 'arXiv 2019', 2019,
            arxiv='1906.11471', code='https://github.com/manuelhaussmann/ral', section=AL),
 (J,231): P('Machine vision-based automatic disease symptom detection of onion downy mildew', ['Wan-Soo Kim','Dae-Hyun Lee','Yong-Joo Kim'],
            CEA+' 2020', 2020, url='https://www.sciencedirect.com/science/article/pii/S0168169919312384?casa_token=t87d75GPawEAAAAA:6CaaYYmbO0npqZUS_Z8vc1iSyWwleVrXE09-6EH_PFreuiouNor3j8iaJU63wXHO0l8v3aLee2s', section=PH),
 (J,73): N('Table of Contents'),
 (J,233): P('Semi-supervised learning with convolutional neural networks for UAV images automatic recognition', ['Willian Paraguassu Amorim'],
            CEA+' 2019', 2019, url='https://www.sciencedirect.com/science/article/pii/S0168169919305137?casa_token=qXrhLwpucfEAAAAA:8hXzr4MjJ99ilbJrmRv7YzqRz-F-xarGFbnHFiVNh-3JEMMCmFxj41VCkLhKt_21lTE0p5n6Jy4', section=PH),
 (J,217): P('Novelty detection in UAV images to identify emerging threats in eucalyptus crops', ['Luiz FS Coletta'], CEA+' 2022', 2022,
            url='https://www.sciencedirect.com/science/article/pii/S0168169922002186?casa_token=ZFhy1QK7aakAAAAA:wI-NrE3CAa8ph4hZ_iuU-qB0hXz6c6Kpn4f5P301ZI7qxFC4R6mxiOOogDMET4qBwo8zhARxUnE', section=PH),
 (J,277): P('Vision-based preharvest yield mapping for apple orchards', ['Pravakar Roy'], CEA+' 2019', 2019,
            url='https://www.sciencedirect.com/science/article/pii/S0168169919303436?casa_token=0cpG4d1hc50AAAAA:LysqbihEr3zY5-2Ub7zl878HhgwHCQgzOt5wysTou9B1bKXdXxxkkcr2rZBVXgfku30onUkaCZE', section=FD),
 (J,271): P('Deepcorn: A semi-supervised deep learning method for high-throughput image-based corn kernel counting and yield estimation', ['Saeed Khaki'],
            'Knowledge-Based Systems 2021', 2021, url='https://www.sciencedirect.com/science/article/pii/S0950705121001374?casa_token=l6_EWtXTZKYAAAAA:-66kxmrbl64ho7xiOI12o2fopzjHy83TQznz_hYZDktYp13qRlEysM2kepX2eUVaiiI0FlJheuU', section=FD),
 (J,256): P('Unsupervised deep learning and semi-automatic data labeling in weed discrimination', ['Alessandro dos Santos Ferreira'], CEA+' 2019', 2019,
            url='https://www.sciencedirect.com/science/article/pii/S0168169919313237?casa_token=sLtTIEsj7L8AAAAA:F_01KTJcFtECjvpazMTf9MEJgDCOSWy_2ACUwV1b8XgZ9FEnE9Tz8zDNPgNRP3wd8j6jyN_Y7EU', section=WC),
 (J,179): P('Mean teachers are better role models: Weight-averaged consistency targets improve semi-supervised deep learning results', ['Antti Tarvainen','Harri Valpola'],
            'Advances in neural information processing systems 2017', 2017, url='https://proceedings.neurips.cc/paper/2017/file/68053af2923e00204c3ca7c6a3150cf7-Paper.pdf',
            code='https://github.com/CuriousAI/mean-teacher', section=SS),
 (J,175): P('Self-training with noisy student improves imagenet classification', ['Qizhe Xie'],
            'Proceedings of the IEEE/CVF conference on computer vision and pattern recognition 2020', 2020,
            url='https://openaccess.thecvf.com/content_CVPR_2020/papers/Xie_Self-Training_With_Noisy_Student_Improves_ImageNet_Classification_CVPR_2020_paper.pdf',
            code='https://github.com/google-research/noisystudent', section=SS),
 (J,287): P('Active learning with MaskAL reduces annotation effort for training Mask R-CNN on a broccoli dataset with visually similar classes', ['Pieter M. Blok'],
            CEA+' 2022', 2022, url='https://www.sciencedirect.com/science/article/pii/S0168169922002344', section=PP),
 (J,258): P('Deep learning with unsupervised data labeling for weed detection in line crops in UAV images', ['M. Dian Bah','Adel Hafiane','Raphael Canals'],
            'Remote sensing 2018', 2018, url='https://www.mdpi.com/2072-4292/10/11/1690', section=WC),
 (J,313): P('Active learning with point supervision for cost-effective panicle detection in cereal crops', ['Akshay L. Chandra'], 'Plant Methods 2020', 2020,
            url='https://link.springer.com/article/10.1186/s13007-020-00575-8', section=PP),
 (J,137): P('A simple semi-supervised learning framework for object detection', ['Kihyuk Sohn'], 'arXiv 2020', 2020, arxiv='2005.04757',
            section='2. Surveys and Tutorials'),
 (J,204): P('A survey of deep active learning', ['Pengzhen Ren'], 'ACM computing surveys (CSUR) 2021', 2021, section=WS),
 (J,195): P('Random forest construction with robust semisupervised node splitting', ['Xiao Liu'], 'IEEE Transactions on Image Processing 2014', 2014,
            url='https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=6975199&casa_token=PN8A1ZZ81gsAAAAA:NA_xF889mwDiaOe8Qjptvx-QbqcCYuTKpaPrWFUWxdcMQcEZbgTLcIUE109Fh2CqocHzGA9Gwco&tag=1', section=SS),

 (Y,276): P('Continual Learning for Plant Disease Detection', ['M. Garcia'], 'Neural Networks 2023', 2023,
            url='https://doi.org/10.1016/j.neunet.2023.xxx', doi='10.1016/j.neunet.2023.xxx', section='Additional Topics / Continual Learning'),
 (Y,397): N('Reading Plan for Beginners / Week 3: Specialized Topics'),
 (Y,16): N('Table of Contents'),
 (Y,188): P('LoRA: Low-Rank Adaptation of Large Language Models', ['E. J. Hu'], 'ICLR 2022', 2022, arxiv='2106.09685',
            code='https://github.com/microsoft/LoRA', section='Parameter-Efficient Fine-Tuning'),
 (Y,214): P('Grad-CAM: Visual Explanations from Deep Networks', ['R. R. Selvaraju'], 'ICCV 2017', 2017, arxiv='1610.02391', section='Explainable AI'),
 (Y,98): P('DINOv2: Learning Robust Visual Features without Supervision', ['M. Oquab'], 'arXiv 2023', 2023, arxiv='2304.07193',
           code='https://github.com/facebookresearch/dinov2', section='Foundation Models / Vision Transformers'),
 (Y,303): P('EfficientNet: Rethinking Model Scaling', ['M. Tan','Q. V. Le'], 'ICML 2019', 2019, arxiv='1905.11946',
            section='Classic Computer Vision & Deep Learning / Must-Know Papers'),
 (Y,163): P('Momentum Contrast for Unsupervised Visual Representation Learning', ['K. He'], 'CVPR 2020', 2020, arxiv='1911.05722',
            code='https://github.com/facebookresearch/moco', section='Contrastive Learning'),
 (Y,323): N('How to Read Papers Efficiently / Step 1: Three-Pass Approach'),
 (Y,260): P('Denoising Diffusion Probabilistic Models', ['J. Ho'], 'NeurIPS 2020', 2020, arxiv='2006.11239', section='Additional Topics / Generative Models'),
 (Y,228): P('Explainable Deep Learning for Plant Disease Detection', ['A. Kumar'], 'Expert Systems with Applications 2023', 2023,
            url='https://doi.org/10.1016/j.eswa.2023.xxx', doi='10.1016/j.eswa.2023.xxx', section='Explainable AI'),
 (Y,30): P('Plant Disease Detection and Classification: Recent Trends and Challenges', [], 'Computers & Electronics in Agriculture 2024', 2024,
           url='https://www.sciencedirect.com', section='Survey Papers'),
 (Y,55): P('Identification of Plant Leaf Diseases Using a 9-layer Deep CNN', ['E. C. Too'], CEA+' 2019', 2019,
           url='https://doi.org/10.1016/j.compag.2019.04.011', doi='10.1016/j.compag.2019.04.011', section='Plant Disease Detection / Classic Papers'),
 (Y,71): P('EfficientNet for Plant Pathology', ['Y. Zhang'], 'Frontiers in Plant Science 2023', 2023,
           url='https://doi.org/10.3389/fpls.2023.xxx', doi='10.3389/fpls.2023.xxx', section='Plant Disease Detection / Recent State-of-the-Art'),
 (Y,177): P('Contrastive Learning for Plant Disease Detection', ['X. Li'], CEA+' 2023', 2023,
            url='https://doi.org/10.1016/j.compag.2023.xxx', doi='10.1016/j.compag.2023.xxx', section='Contrastive Learning'),
 (Y,196): P('Parameter-Efficient Transfer Learning for NLP', ['N. Houlsby'], 'ICML 2019', 2019, arxiv='1902.00751', section='Parameter-Efficient Fine-Tuning'),
 (Y,108): P('Segment Anything', ['A. Kirillov'], 'ICCV 2023', 2023, arxiv='2304.02643',
            code='https://github.com/facebookresearch/segment-anything', section='Foundation Models / Segmentation Models'),
 (Y,118): P('Learning Transferable Visual Models From Natural Language Supervision', ['A. Radford'], 'ICML 2021', 2021, arxiv='2103.00020',
            code='https://github.com/openai/CLIP', section='Foundation Models / Vision-Language Models'),
 (Y,155): P('A Simple Framework for Contrastive Learning of Visual Representations', ['T. Chen'], 'ICML 2020', 2020, arxiv='2002.05709',
            code='https://github.com/google-research/simclr', section='Contrastive Learning'),
 (Y,170): P('Supervised Contrastive Learning', ['P. Khosla'], 'NeurIPS 2020', 2020, arxiv='2004.11362', section='Contrastive Learning'),

 (A,38): N('2. Plant Science & Breeding LLMs'),
 (A,30): N('1. Genome & DNA Foundation Models'),
 (A,66): N('3. General Agricultural LLMs & Agents'),
 (A,79): N('4. Remote Sensing & Geospatial Foundation Models'),
 (A,14): N('Contents'),
 (A,94): N('How to contribute'),
 (A,93): N('How to contribute'),
 (A,27): N('1. Genome & DNA Foundation Models'),
 (A,62): N('3. General Agricultural LLMs & Agents'),
 (A,8): N(None),
 (A,51): P('ShizishanGPT (狮子山GPT)', [], None, None, arxiv='2409.13537', section='3. General Agricultural LLMs & Agents'),
 (A,18): N('Contents'),
 (A,29): N('1. Genome & DNA Foundation Models'),
 (A,50): P('AgriGPT', [], None, None, arxiv='2508.08632', section='3. General Agricultural LLMs & Agents'),
 (A,59): N('3. General Agricultural LLMs & Agents'),
 (A,71): N('3. General Agricultural LLMs & Agents'),
 (A,37): N('2. Plant Science & Breeding LLMs'),
 (A,49): N('3. General Agricultural LLMs & Agents'),
 (A,40): N('2. Plant Science & Breeding LLMs'),
 (A,82): N('4. Remote Sensing & Geospatial Foundation Models'),
}

out = []
for line in open('sample.jsonl', encoding='utf-8'):
    s = json.loads(line)
    lab = L.pop((s['list'], s['line']))
    rec = {'list': s['list'], 'line': s['line'], 'raw': s['raw']}
    rec.update(lab)
    out.append(rec)
assert not L, L
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), 'labels,', sum(r['is_paper'] for r in out), 'papers')
