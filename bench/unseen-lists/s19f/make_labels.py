import json
S = [json.loads(l) for l in open('/tmp/s19f-work/sample.jsonl', encoding='utf-8')]
A='A-suozhang__awesome-quantization-and-fixed-point-training.README.md'
Z='Zhen-Dong__Awesome-Quantization-Papers.README.md'
C='cedrickchee__awesome-ml-model-compression.README.md'
X='xiaoxiaoye218__Awesome-Efficient-LLM.README.md'
def P(title, arxiv=None, url=None, venue=None, year=None, code=None, summary=None, section=None, authors=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=authors or [], code=code, summary=summary, section=section)
def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)
GH='https://github.com/'
L = {
 (A,3): N('初衷'),
 (A,9): N('初衷'),
 (A,37): P('Post training 4-bit quantization of convolutional networks for rapid-deployment', arxiv='1810.05723', venue='NIPS 2019', year=2019, section='Methods / A. Post-Training Quantization'),
 (A,38): N('Methods / A. Post-Training Quantization'),
 (A,50): P('NISP: Pruning Networks using Neuron Importance Score Propagation', arxiv='1711.05908', year=2017, section='Methods / A. Post-Training Quantization'),
 (A,52): P('Data-Free Quantization through weiht equailization & Bias Correction', arxiv='1906.04721', year=2019, section='Methods / A. Post-Training Quantization'),
 (A,75): N('Methods / B. Quantize-Aware-Training'),
 (A,76): P('Learning to Quantize Deep Networks by Optimizing Quantization Intervals with Task Loss', arxiv='1808.05779', year=2018, section='Methods / B. Quantize-Aware-Training'),
 (A,103): P('mixed precision training with 8-bit floating point', arxiv='1905.12334', year=2019, section='C. (Full) Fixed-Point Training'),
 (A,120): N('Ideas / Post-Training Quantization'),
 (A,125): N('Ideas / Post-Training Quantization'),
 (A,126): N('Ideas / Post-Training Quantization'),
 (A,137): N('Ideas / Quantize-Aware Training'),
 (A,174): N('Ideas / Others'),
 (A,179): N('Ideas / Others'),
 (A,193): N('Ideas / Others / Stochastic Roudning Related'),
 (A,194): N('Ideas / Others / Stochastic Roudning Related'),
 (A,198): N('Ideas / Others / Stochastic Roudning Related'),
 (A,226): P('ABCNet', arxiv='1711.11294', section='Genre / Binary及其延申(极低比特)'),
 (A,265): P('Ternary MobileNets via Per-Layer Hybrid Filter Banks', arxiv='1911.01028', section='Genre / 奇技淫巧'),

 (Z,9): N(None),
 (Z,19): N('Overview'),
 (Z,46): P('Solving Oscillation Problem in Post-Training Quantization Through a Theoretical Perspective', arxiv='2303.11906', venue='CVPR 2023', year=2023, code=GH+'bytedance/mrecg', section='Convolutional Neural Networks / Image Classification'),
 (Z,47): P('GENIE: Show Me the Data for Quantization', arxiv='2212.04780', venue='CVPR 2023', year=2023, code=GH+'SamsungLabs/Genie', section='Convolutional Neural Networks / Image Classification'),
 (Z,57): P('Data-Free Network Compression via Parametric Non-uniform Mixed Precision Quantization', url='https://openaccess.thecvf.com/content/CVPR2022/papers/Chikin_Data-Free_Network_Compression_via_Parametric_Non-Uniform_Mixed_Precision_Quantization_CVPR_2022_paper.pdf', venue='CVPR 2022', year=2022, section='Convolutional Neural Networks / Image Classification'),
 (Z,58): P('IntraQ: Learning Synthetic Images With Intra-Class Heterogeneity for Zero-Shot Network Quantization', url='https://openaccess.thecvf.com/content/CVPR2022/html/Zhong_IntraQ_Learning_Synthetic_Images_With_Intra-Class_Heterogeneity_for_Zero-Shot_Network_CVPR_2022_paper.html', venue='CVPR 2022', year=2022, code=GH+'zysxmu/IntraQ', section='Convolutional Neural Networks / Image Classification'),
 (Z,60): P('Leveraging Inter-Layer Dependency for Post-Training Quantization', url='https://nips.cc/Conferences/2022/Schedule?showEvent=54389', venue='NeurIPS 2022', year=2022, section='Convolutional Neural Networks / Image Classification'),
 (Z,78): P('QDrop: Randomly Dropping Quantization for Extremely Low-bit Post-Training Quantization', url='https://openreview.net/forum?id=ySQH0oDyp7', venue='ICLR 2022', year=2022, code=GH+'wimh966/QDrop', section='Convolutional Neural Networks / Image Classification'),
 (Z,79): P('SQuant: On-the-Fly Data-Free Quantization via Diagonal Hessian Approximation', url='https://openreview.net/forum?id=JXhROKNZzOc', venue='ICLR 2022', year=2022, code=GH+'clevercool/SQuant', section='Convolutional Neural Networks / Image Classification'),
 (Z,101): P('Distribution Adaptive INT8 Quantization for Training CNNs', url='https://www.google.com/url?sa=t&rct=j&q=&esrc=s&source=web&cd=&cad=rja&uact=8&ved=2ahUKEwj4-rjuq7nvAhUVPH0KHXlYCUQQFjAFegQIChAD&url=https%3A%2F%2Fwww.aaai.org%2FAAAI21Papers%2FAAAI-7144.ZhaoK.pdf&usg=AOvVaw3dnOXfzKkLIw_qWXj7p7Yc', venue='AAAI 2021', year=2021, section='Convolutional Neural Networks / Image Classification'),
 (Z,112): P('Learned step size quantization', url='https://openreview.net/forum?id=rkgO66VKDS', venue='ICLR 2020', year=2020, section='Convolutional Neural Networks / Image Classification'),
 (Z,117): P('Quantization and Training of Neural Networks for Efficient Integer-Arithmetic-Only Inference', url='https://openaccess.thecvf.com/content_cvpr_2018/papers/Jacob_Quantization_and_Training_CVPR_2018_paper.pdf', venue='CVPR 2018', year=2018, section='Convolutional Neural Networks / Image Classification'),
 (Z,125): P('Improving Post-Training Quantization on Object Detection with Task Loss-Guided Lp Metric', arxiv='2304.09785', venue='arXiv 2023', year=2023, section='Convolutional Neural Networks / Other Tasks / Object Detection'),
 (Z,134): P('CADyQ: Content-Aware Dynamic Quantization for Image Super-Resolution', url='https://www.ecva.net/papers/eccv_2022/papers_ECCV/papers/136670360.pdf', venue='ECCV 2022', year=2022, code=GH+'cheeun/cadyq', section='Convolutional Neural Networks / Other Tasks / Super Resolution'),
 (Z,137): P('DAQ: Channel-Wise Distribution-Aware Quantization for Deep Image Super-Resolution Networks', url='http://openaccess.thecvf.com/content/WACV2022/html/Hong_DAQ_Channel-Wise_Distribution-Aware_Quantization_for_Deep_Image_Super-Resolution_Networks_WACV_2022_paper.html', venue='WACV 2022', year=2022, code=GH+'Cheeun/DAQ-pytorch', section='Convolutional Neural Networks / Other Tasks / Super Resolution'),
 (Z,175): P('Memory-Efficient Fine-Tuning of Compressed Large Language Models via sub-4-bit Integer Quantization', arxiv='2305.14152', venue='arXiv 2023', year=2023, section='Transformer-based Models / Language Transformers'),
 (Z,180): P('LUT-GEMM: Quantized Matrix Multiplication based on LUTs for Efficient Inference in Large-Scale Generative Language Models', arxiv='2206.09557', venue='arXiv 2022', year=2022, section='Transformer-based Models / Language Transformers'),
 (Z,188): P('I-BERT: Integer-only BERT Quantization', url='https://proceedings.mlr.press/v139/kim21d.html', venue='ICML 2021', year=2021, code=GH+'kssteven418/I-BERT', section='Transformer-based Models / Language Transformers'),
 (Z,189): P('BinaryBERT: Pushing the Limit of BERT Quantization', arxiv='2012.15701', venue='ACL 2021', year=2021, code=GH+'huawei-noah/Pretrained-Language-Model', section='Transformer-based Models / Language Transformers'),
 (Z,193): P('TernaryBERT: Distillation-aware Ultra-low Bit BERT', arxiv='2009.12812', venue='EMNLP 2020', year=2020, code=GH+'huawei-noah/Pretrained-Language-Model', section='Transformer-based Models / Language Transformers'),

 (C,7): N('Contents'),
 (C,13): N('Contents'),
 (C,37): P('Model compression as constrained optimization, with application to neural nets. Part II: quantization', arxiv='1707.04319', section='Contents / Papers / General'),
 (C,38): P('Efficient Deep Learning: A Survey on Making Deep Learning Models Smaller, Faster, and Better', arxiv='2106.08962', section='Contents / Papers / General'),
 (C,51): P('ResBinNet: Residual Binary Neural Network', arxiv='1711.01243', section='Contents / Papers / Architecture'),
 (C,52): P('Residual Attention Network for Image Classification', arxiv='1704.06904', section='Contents / Papers / Architecture'),
 (C,53): P('Squeezedet: Uniﬁed, small, low power fully convolutional neural networks', arxiv='1612.01051', section='Contents / Papers / Architecture'),
 (C,54): P('SEP-Nets: Small and Effective Pattern Networks', arxiv='1706.03912', section='Contents / Papers / Architecture'),
 (C,74): P('Fixed-Point Performance Analysis of Recurrent Neural Networks', arxiv='1512.01322', section='Contents / Papers / Quantization'),
 (C,75): P('And the bit goes down: Revisiting the quantization of neural networks', arxiv='1907.05686', section='Contents / Papers / Quantization'),
 (C,76): P('8-bit Optimizers via Block-wise Quantization', arxiv='2110.02861', section='Contents / Papers / Quantization'),
 (C,104): P('Learning to Prune: Exploring the Frontier of Fast and Accurate Parsing', url='http://www.cs.jhu.edu/~jason/papers/vieira+eisner.tacl17.pdf', section='Contents / Papers / Pruning'),
 (C,116): P('UPop: Unified and Progressive Pruning for Compressing Vision-Language Transformers', arxiv='2301.13741', venue='ICML 2023', year=2023, code=GH+'sdc17/UPop', section='Contents / Papers / Pruning'),
 (C,124): P('Data-Free Knowledge Distillation For Deep Neural Networks', arxiv='1710.07535', section='Contents / Papers / Distillation'),
 (C,125): P('Knowledge Projection for Effective Design of Thinner and Faster Deep Neural Networks', arxiv='1710.09505', section='Contents / Papers / Distillation'),
 (C,131): N('Contents / Papers / Distillation'),
 (C,133): P('FitNets: Hints for Thin Deep Nets', arxiv='1412.6550', section='Contents / Papers / Distillation'),
 (C,160): P('Does compressing activations help model parallel training?', arxiv='2301.02654', year=2023, summary="They presents the first empirical study on the effectiveness of compression algorithms (pruning-based, learning-based, and quantization-based - using a Transformer architecture) to improve the communication speed of model parallelism. Summary: 1) activation compression not equal to gradient compression; 2) training setups matter a lot; 3) don't compress early layers' activation.", section='Contents / Papers / Parallelism'),
 (C,189): N('Contents / Articles / Blogs'),
 (C,204): N('Contents / Tools / Paper Implementations'),

 (X,4): N('Toxonomy and Papers'),
 (X,5): N('Toxonomy and Papers'),
 (X,17): P('SparseGPT: Massive Language Models Can Be Accurately Pruned in One-Shot', arxiv='2301.00774', venue='ICML 2023', year=2023, code=GH+'IST-DASLab/sparsegpt', section='Sparsity and Pruning'),
 (X,24): P('GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers', arxiv='2210.17323', venue='ICLR 2023', year=2023, code=GH+'IST-DASLab/gptq', section='Quantization / LLM Quantization'),
 (X,26): P('SpinQuant: LLM quantization with learned rotations', arxiv='2501.13987', venue='ICLR 2025', year=2025, code=GH+'facebookresearch/SpinQuant', section='Quantization / LLM Quantization'),
 (X,27): P('SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models', arxiv='2211.10438', venue='ICML 2023', year=2023, code=GH+'mit-han-lab/smoothquant', section='Quantization / LLM Quantization'),
 (X,28): P('AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration', arxiv='2306.00978', venue='MLSys 2024', year=2024, code=GH+'mit-han-lab/llm-awq', section='Quantization / LLM Quantization'),
 (X,32): P('Atom: Low-bit Quantization for Efficient and Accurate LLM Serving', arxiv='2404.00456', venue='MLSys 2024', year=2024, code=GH+'efeslab/Atom', section='Quantization / LLM Quantization'),
 (X,38): P('MagR: Weight Magnitude Reduction for Enhancing Post-Training Quantization', arxiv='2406.00800', venue='NeurIPS 2024', year=2024, code=GH+'AozhongZhang/MagR', section='Quantization / LLM Quantization'),
 (X,40): P('LLM-QAT: Data-Free Quantization Aware Training for Large Language Models', arxiv='2305.17888', venue='ACL 2024', year=2024, code=GH+'facebookresearch/LLM-QAT', section='Quantization / LLM Quantization'),
 (X,43): P('SpQR: A Sparse-Quantized Representation for Near-Lossless LLM Weight Compression', arxiv='2306.03078', venue='ICLR 2024', year=2024, code=GH+'Vahe1994/SpQR', section='Quantization / LLM Quantization'),
 (X,62): P('Towards Accurate Post-training Quantization for Diffusion Models', arxiv='2305.18723', venue='CVPR 2024', year=2024, code=GH+'ChangyuanWang17/APQ-DM', section='Quantization / DiT Quantization'),
 (X,70): P('AD-KD: Attribution-Driven Knowledge Distillation for Language Model Compression', arxiv='2305.10010', venue='ACL 2023', year=2023, code=GH+'brucewsy/AD-KD', section='Knowledge Distillation'),
 (X,80): P('Pivoting Factorization: A Compact Meta Low-Rank Representation of Sparsity for Efficient Inference in Large Language Models', url='https://icml.cc/virtual/2025/poster/46433', venue='ICML 2025', year=2025, code=GH+'biomedical-cybernetics/pivoting-factorization', section='Low-Rank Decomposition'),
 (X,89): P('Efficient Streaming Language Models with Attention Sinks', arxiv='2309.17453', venue='ICLR 2024', year=2024, code=GH+'mit-han-lab/streaming-llm', section='KV Cache Compression / Token Eviction(also known as Token Selection)'),
 (X,102): P('PyramidKV: Dynamic KV Cache Compression based on Pyramidal Information Funneling', arxiv='2406.02069', year=2024, code=GH+'Zefan-Cai/KVCache-Factory', section='KV Cache Compression / Budget Allocation'),
 (X,103): P('LaCache: Ladder-Shaped KV Caching for Efficient Long-Context Modeling of Large Language Models', arxiv='2507.14204', venue='ICML 2025', year=2025, code=GH+'GATECH-EIC/LaCache', section='KV Cache Compression / Budget Allocation'),
 (X,118): P('KIVI: A Tuning-Free Asymmetric 2bit Quantization for KV Cache', arxiv='2402.02750', venue='ICML 2024', year=2024, code=GH+'jy-yuan/KIVI', section='KV Cache Compression / KV Cache Quantization'),
 (X,120): P('SKVQ: Sliding-window Key and Value Cache Quantization for Large Language Models', arxiv='2405.06219', venue='COLM 2024', year=2024, code=GH+'cat538/SKVQ', section='KV Cache Compression / KV Cache Quantization'),
 (X,131): P('Parallel Speculative Decoding with Adaptive Draft Length', arxiv='2408.11850', venue='ICLR 2025', year=2025, code=GH+'smart-lty/ParallelSpeculativeDecoding', section='Speculative Decoding'),
}
# multi-line entries: (list, line) -> number of lines
SPAN = {(Z,134): 2}
files = {}
out = []
for s in S:
    k = (s['list'], s['line'])
    lab = L[k]
    raw = s['raw']
    if k in SPAN:
        if s['list'] not in files:
            files[s['list']] = open('/work/wt-lead/bench/unseen-lists/s19f/'+s['list'], encoding='utf-8').read().replace('\r\n','\n').split('\n')
        lines = files[s['list']]
        raw = '\n'.join(lines[s['line']-1:s['line']-1+SPAN[k]])
    rec = {'list': s['list'], 'line': s['line'], 'raw': raw}
    rec.update(lab)
    out.append(rec)
assert len(out) == 80 and len(L) == 80
with open('/work/wt-lead/bench/unseen-lists/s19f/labels.jsonl', 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(sum(r['is_paper'] for r in out), 'papers of', len(out))
