"""Hand labels (typed by eye from the saved files); raw text is copied from sample.jsonl."""
import json
N = 'Nanay41043__Survey_of_Deep_Metric_Learning.README.md'
X = 'XinshaoAmosWang__Deep-Metric-Embedding.README.md'
W = 'willard-yuan__awesome-cbir-papers.README.md'
AR = 'Awesome image retrieval papers'

def P(title, venue=None, year=None, arxiv=None, url=None, code=None, summary=None, section=None, authors=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue, year=year,
                authors=authors or [], code=code, summary=summary, section=section)

def NP(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)

RE = 'Applications / Re-identification'
NOTE = 'Rethinking data fitting and generalisation: MAE has weak training data fitting ability. Please consider how simple our solution is, which is backed up by our fundamental analysis'
L = {
 (N, 290): P('Hi-CMD: Hierarchical Cross-Modality Disentanglement for Visible-Infrared Person Re-Identification', 'CVPR 2020', 2020,
             url='https://openaccess.thecvf.com/content_CVPR_2020/papers/Choi_Hi-CMD_Hierarchical_Cross-Modality_Disentanglement_for_Visible-Infrared_Person_Re-Identification_CVPR_2020_paper.pdf',
             code='https://github.com/bismex/HiCMD', section=RE),
 (N, 380): P('ePillID Dataset: A Low-Shot Fine-Grained Benchmark for Pill Identification', 'CVPR 2020', 2020, arxiv='2005.14288',
             code='https://github.com/usuyama/ePillID-benchmark', section='Applications / Pill identification'),
 (N, 166): P('Learning Spread-out Local Feature Descriptors', 'ICCV 2017', 2017,
             url='http://openaccess.thecvf.com/content_ICCV_2017/papers/Zhang_Learning_Spread-Out_Local_ICCV_2017_paper.pdf', section='Boost-like methods'),
 (N, 475): P('ROTATE: Knowledge Graph Embedding bt Relational Rotation in Complex Space', 'ICLR 2019', 2019,
             url='https://openreview.net/pdf?id=HkgEQnRqYQ', code='https://github.com/DeepGraphLearning/KnowledgeGraphEmbedding',
             summary='Define relationship by using rotation in vector space', section='Related works / ICLR'),
 (N, 553): NP('Study materials / Repository'),
 (N, 65): P('Improved Deep Metric Learning with Multi-class N-pair Loss Objective', 'NIPS 2016', 2016,
            url='http://www.nec-labs.com/uploads/images/Department-Images/MediaAnalytics/papers/nips16_npairmetriclearning.pdf',
            code='https://github.com/ChaofWang/Npair_loss_pytorch', section='Pairwise cost methods'),
 (N, 32): NP('Contents'),
 (N, 538): NP('Study materials / Lecture'),
 (N, 108): P('Deep Metric Learning for Practical Person Re-Identification', 'ICPR 2014', 2014, arxiv='1407.4979',
             code='https://github.com/kridgeway/f-statistic-loss-nips-2018', section='Distribution or other variant methods'),
 (N, 266): P('Unsupervised Person Re-identification by Soft Multilabel Learning', 'CVPR 2019', 2019,
             url='http://openaccess.thecvf.com/content_CVPR_2019/papers/Yu_Unsupervised_Person_Re-Identification_by_Soft_Multilabel_Learning_CVPR_2019_paper.pdf',
             code='https://github.com/KovenYu/MAR', section=RE),
 (N, 112): P('Learning Deep Disentangled Embeddings With the F-Statistic Loss', 'NIPS 2018', 2018,
             url='https://papers.nips.cc/paper/7303-learning-deep-disentangled-embeddings-with-the-f-statistic-loss',
             code='https://github.com/kridgeway/f-statistic-loss-nips-2018', section='Distribution or other variant methods'),
 (N, 419): P('Log-Hilbert-Schmidt metric between positive definite operators on Hilbert spaces', 'Neurips 2014', 2014,
             url='https://papers.nips.cc/paper/5457-log-hilbert-schmidt-metric-between-positive-definite-operators-on-hilbert-spaces',
             section='Related works / Neurips'),
 (N, 238): P('Cross-view Asymmetric Metric Learning for Unsupervised Person Re-identification', 'ICCV 2017', 2017,
             url='http://openaccess.thecvf.com/content_ICCV_2017/papers/Yu_Cross-View_Asymmetric_Metric_ICCV_2017_paper.pdf',
             code='https://github.com/KovenYu/CAMEL', section=RE),
 (N, 505): P('Diversified Mutual Learning for Deep Metric Learning', 'arXiv 2020', 2020,
             url='https://deepai.org/publication/diversified-mutual-learning-for-deep-metric-learning', section='Related works / Others'),
 (N, 272): P('AANet: Attribute Attention Network for Person Re-Identifications', 'CVPR 2019', 2019,
             url='http://openaccess.thecvf.com/content_CVPR_2019/papers/Tay_AANet_Attribute_Attention_Network_for_Person_Re-Identifications_CVPR_2019_paper.pdf',
             section=RE),
 (N, 75): P('Deep Metric Learning with Angular Loss', 'CVPR 2017', 2017, arxiv='1708.01682',
            code='https://github.com/geonm/tf_angular_loss', section='Pairwise cost methods'),
 (N, 59): P('From Point to Set: Extend the Learning of Distance Metrics', 'ICCV 2013', 2013,
            url='http://openaccess.thecvf.com/content_iccv_2013/papers/Zhu_From_Point_to_2013_ICCV_paper.pdf', section='Pairwise cost methods'),
 (N, 214): P('Person Re-Identification using Kernel-based Metric Learning Methods', 'ECCV 2014', 2014,
             url='http://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.673.1976&rep=rep1&type=pdf',
             code='https://github.com/NEU-Gou/kernel-metric-learning-reid', section=RE),
 (N, 258): P('Re-ranking via Metric Fusion for Object Retrieval and Person Re-identification', 'CVPR 2019', 2019,
             url='http://openaccess.thecvf.com/content_CVPR_2019/papers/Bai_Re-Ranking_via_Metric_Fusion_for_Object_Retrieval_and_Person_Re-Identification_CVPR_2019_paper.pdf',
             section=RE),
 (N, 126): P('Symmetrical Synthesis for Deep Metric Learning', 'AAAI 2020', 2020, arxiv='2001.11658',
             code='https://github.com/jungwoo-ha/symmetrical-synthesis', section='Distribution or other variant methods'),

 (X, 42): P('Ranked List Loss for Deep Metric Learning', 'CVPR 2019', 2019, arxiv='1903.03238', section='Sampling and Weighting'),
 (X, 89): P('Deep Metric Learning via Facility Location', 'CVPR 2017', 2017, section='Clustering Loss'),
 (X, 26): P('IMAE for Noise-Robust Learning: Mean Absolute Error Does Not Treat Examples Equally and Gradient Magnitude’s Variance Matters',
            code='https://github.com/XinshaoAmosWang/Improving-Mean-Absolute-Error-against-CCE', section='New update / My Recent Work'),
 (X, 90): P('Deep Spectral Clustering Learning', 'ICML 2017', 2017, section='Clustering Loss'),
 (X, 31): P('Emphasis Regularisation by Gradient Rescaling for Training Deep Neural Networks with Noisy Labels', 'arXiv 2019', 2019,
            arxiv='1905.11233', summary=NOTE, section='Sampling and Weighting'),
 (X, 85): P('Hard-Aware Deeply Cascaded Embedding', 'ICCV 2017', 2017, section='Ensemble-based Methods'),
 (X, 52): P('Sampling Matters in Deep Embedding Learning', 'ICCV 2017', 2017,
            url='http://openaccess.thecvf.com/content_ICCV_2017/papers/Wu_Sampling_Matters_in_ICCV_2017_paper.pdf',
            code='https://github.com/apache/incubator-mxnet/tree/master/example/gluon/embedding_learning', section='Sampling and Weighting'),
 (X, 47): P('Deep Metric Learning by Online Soft Mining and Class-Aware Attention', 'AAAI 2019 Oral', 2019, arxiv='1811.01459',
            section='Sampling and Weighting'),
 (X, 4): P('Instance Cross Entropy for Deep Metric Learning', arxiv='1911.09976', section='Highlight'),
 (X, 63): P('No Fuss Distance Metric Learning using Proxies', 'ICCV 2017', 2017, section='Sampling and Weighting'),
 (X, 36): P('Improving MAE against CCE under Label Noise', 'arXiv 2019', 2019, arxiv='1903.12141', summary=NOTE,
            section='Sampling and Weighting'),
 (X, 94): P('Deep Variational Metric Learning', 'ECCV 2018', 2018, section='Generative Methods'),
 (X, 70): P('Heated-up Softmax Embedding', 'ICLR 2019 Submission', 2019, section='Sampling and Weighting'),
 (X, 76): P('Mining on Manifolds: Metric Learning without Labels', 'CVPR 2018', 2018, section='Sampling and Weighting'),
 (X, 66): P('A Unified View of Deep Metric Learning via Gradient Analysis', 'ICLR 2019 Submission', 2019, section='Sampling and Weighting'),
 (X, 81): P('Deep Metric Learning with BIER: Boosting Independent Embeddings Robustly', 'TPAMI SUBMISSSION', None, section='Ensemble-based Methods'),
 (X, 83): P('Deep Randomized Ensembles for Metric Learning', 'ECCV 2018', 2018, section='Ensemble-based Methods'),
 (X, 80): P('Attention-based Ensemble for Deep Metric Learning', 'ECCV 2018', 2018, section='Ensemble-based Methods'),
 (X, 72): P('Deep Metric Learning via Lifted Structured Feature Embedding', 'CVPR 2016', 2016, section='Sampling and Weighting'),
 (X, 24): P('Derivative Manipulation for General Example Weighting',
            code='https://github.com/XinshaoAmosWang/DerivativeManipulation', section='New update / My Recent Work'),

 (W, 33): NP(AR + ' / ANN search'),
 (W, 49): NP(AR + ' / feature fusion'),
 (W, 97): P('Learning Spatiotemporal Features With 3D Convolutional Networks',
            url='http://www.cv-foundation.org/openaccess/content_iccv_2015/papers/Tran_Learning_Spatiotemporal_Features_ICCV_2015_paper.pdf',
            code='https://github.com/Lasagne/Recipes/blob/master/examples/Video%20features%20with%20C3D.ipynb', section='Video Classification / Papers'),
 (W, 8): P('ORB: an efficient alternative to SIFT or SURF', url='https://www.willowgarage.com/sites/default/files/orb_final.pdf',
           section=AR + ' / Local Feature Based'),
 (W, 39): NP(AR + ' / ANN search'),
 (W, 58): NP(AR + ' / Tutorials'),
 (W, 7): P('Visual Categorization with Bags of Keypoints', url='http://www.cs.princeton.edu/courses/archive/fall09/cos429/papers/csurka-eccv-04.pdf',
           section=AR + ' / Local Feature Based'),
 (W, 12): P('On-the-fly learning for visual search of large-scale image and video datasets',
            url='https://www.robots.ox.ac.uk/~vgg/publications/2015/Chatfield15/chatfield15.pdf', section=AR + ' / Local Feature Based'),
 (W, 35): NP(AR + ' / ANN search'),
 (W, 37): P('Optimized Product Quantization', section=AR + ' / ANN search'),
 (W, 59): NP(AR + ' / Tutorials'),
 (W, 25): NP(AR + ' / Deep Learning Feature Based'),
 (W, 36): NP(AR + ' / ANN search'),
 (W, 6): P('Improving the Fisher Kernel for Large-Scale Image Classification',
           url='https://www.robots.ox.ac.uk/~vgg/rg/papers/peronnin_etal_ECCV10.pdf', section=AR + ' / Local Feature Based'),
 (W, 40): NP(AR + ' / ANN search'),
 (W, 22): P('Multi-Scale Orderless Pooling of Deep Convolutional Activation Features', summary='VLAD coding',
            section=AR + ' / Deep Learning Feature Based'),
 (W, 5): P('Object retrieval with large vocabularies and fast spatial matching',
           url='https://www.robots.ox.ac.uk/~vgg/publications/papers/philbin07.pdf', section=AR + ' / Local Feature Based'),
 (W, 38): NP(AR + ' / ANN search'),
 (W, 28): P('Combining Fisher Vector and Convolutional Neural Networks for Image Retrieval', url='http://ceur-ws.org/Vol-1653/paper_19.pdf',
            summary='fv和cnn特征融合提升', section=AR + ' / Deep Learning Feature Based'),
 (W, 24): P('Particular object retrieval with integral max-pooling of CNN activations', arxiv='1511.05879',
            section=AR + ' / Deep Learning Feature Based'),
}

out = []
seen = set()
for l in open('sample.jsonl', encoding='utf-8'):
    r = json.loads(l)
    k = (r['list'], r['line'])
    lab = L[k]
    seen.add(k)
    d = {'list': r['list'], 'line': r['line'], 'raw': r['raw']}
    d.update(lab)
    out.append(d)
assert seen == set(L), set(L) - seen
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(out), sum(d['is_paper'] for d in out))
