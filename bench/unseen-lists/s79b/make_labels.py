"""Labels typed by hand (values below); raw is taken from sample.jsonl, which reads the file."""
import json, re
S = {(r['list'], r['line']): r for r in map(json.loads, open('sample.jsonl', encoding='utf-8'))}
A = 'amir-ghz__awesome-sparse-acceleration.README.md'
C = 'csyhhu__Awesome-Deep-Neural-Network-Compression.README.md'
H = 'he-y__Awesome-Pruning.README.md'
def np(lst, line, section):
    return dict(list=lst, line=line, is_paper=False, title=None, arxiv_id=None, doi=None, url=None,
                venue=None, year=None, authors=[], code=None, summary=None, section=section)
def p(lst, line, title, section, arxiv=None, doi=None, url=None, venue=None, year=None, code=None, summary=None):
    return dict(list=lst, line=line, is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url,
                venue=venue, year=year, authors=[], code=code, summary=summary, section=section)
W = 'Why Sparsity Works / '
SD = 'Sparse DNN and Sparse Tensor Accelerator Architectures / '
L = []
for ln in (160, 178, 179, 180, 181, 190, 199, 200, 214):
    L.append(np(A, ln, 'Contents'))
L += [
 p(A, 307, 'Optimal Brain Damage', W + 'Origins: classical pruning theory',
   url='https://proceedings.neurips.cc/paper_files/paper/1989/hash/6c9882bbac1c7093bd25041881277658-Abstract.html',
   venue='NeurIPS 1989', year=1989,
   summary='Ranks weights by a second-order saliency from a diagonal Hessian approximation, deletes the lowest, then retrains.'),
 p(A, 326, 'Pruning Neural Networks at Initialization: Why are We Missing the Mark?', W + 'The lottery-ticket line',
   arxiv='2009.08576', venue='ICLR 2021', year=2021, code='https://github.com/facebookresearch/open_lth',
   summary='Shows pruning-at-init scores survive random shuffling within layers, so only the per-layer sparsity ratio matters.'),
 p(A, 335, 'Scalable Training of Artificial Neural Networks with Adaptive Sparse Connectivity inspired by Network Science',
   W + 'Pruning at initialization and sparse-to-sparse training', arxiv='1707.04780', venue='Nat. Comm. 2018', year=2018,
   code='https://github.com/dcmocanu/sparse-evolutionary-artificial-neural-networks',
   summary='Prune-and-regrow at fixed sparsity: drop smallest weights each epoch, add random connections back.'),
 p(A, 374, 'Massive Activations in Large Language Models', W + 'Emergent sparsity: activations, outliers, and heavy tails',
   arxiv='2402.17762', venue='COLM 2024', year=2024, code='https://github.com/locuslab/massive-activations',
   summary='Isolates a handful of near-constant, very large activation entries that function as implicit attention bias terms.'),
 p(A, 386, 'Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer',
   W + 'Sparsity as architecture: conditional computation and MoE', arxiv='1701.06538', venue='ICLR 2017', year=2017,
   summary='Top-k gated expert layer with a load-balancing loss, making per-example conditional computation trainable at scale.'),
 p(A, 388, 'Mixture-of-Experts with Expert Choice Routing', W + 'Sparsity as architecture: conditional computation and MoE',
   arxiv='2202.09368', venue='NeurIPS 2022', year=2022,
   summary='Inverts the assignment so each expert selects its top tokens, giving exact load balance without an auxiliary balancing loss.'),
 p(A, 406, 'Eyeriss: An Energy-Efficient Reconfigurable Accelerator for Deep Convolutional Neural Networks',
   SD + 'Foundations: zero-skipping DNN accelerators', doi='10.1109/JSSC.2016.2616357',
   url='https://doi.org/10.1109/JSSC.2016.2616357', venue='JSSC 2017', year=2017,
   summary='Row-stationary dataflow with run-length-compressed feature maps and datapath gating on zero operands.'),
 p(A, 411, 'Cambricon-S: Addressing Irregularity in Sparse Neural Networks through A Cooperative Software/Hardware Approach',
   SD + 'Foundations: zero-skipping DNN accelerators', doi='10.1109/MICRO.2018.00011',
   url='https://doi.org/10.1109/MICRO.2018.00011', venue='MICRO 2018', year=2018,
   summary='Coarse-grained pruning forces local weight convergence so a single shared index module drives all PEs.'),
 p(A, 424, 'SAVE: Sparsity-Aware Vector Engine for Accelerating DNN Training and Inference on CPUs',
   SD + 'Sparse DNN training accelerators', doi='10.1109/MICRO50266.2020.00070',
   url='https://doi.org/10.1109/MICRO50266.2020.00070', venue='MICRO 2020', year=2020,
   summary='Vector-lane compaction elides zero-operand FMA slots inside a CPU SIMD pipeline without ISA changes.'),
 p(A, 438, 'SPASM: A Hardware-Software Design Framework for SpMV Acceleration with Flexible Access Pattern Portfolio',
   SD + 'Inner-product and outer-product dataflows', doi='10.1109/HPCA61900.2025.00068',
   url='https://doi.org/10.1109/HPCA61900.2025.00068', venue='HPCA 2025', year=2025,
   summary='Encodes each tile against a portfolio of extracted template access patterns; reconfigurable vector PEs switch template per tile.'),
 p(A, 444, 'MatRaptor: A Sparse-Sparse Matrix Multiplication Accelerator Based on Row-Wise Product',
   SD + 'Row-wise / Gustavson dataflow', doi='10.1109/MICRO50266.2020.00068',
   url='https://doi.org/10.1109/MICRO50266.2020.00068', venue='MICRO 2020', year=2020,
   summary='Row-wise product over the C2SR channel-cyclic format, with per-PE sorted merge queues streaming partial rows.'),
]
CS = {3: None, 4: None, 5: None, 15: 'Unstructure Pruning', 17: 'Unstructure Pruning',
      21: 'Structure Pruning', 26: 'Structure Pruning', 27: 'Structure Pruning', 29: 'Structure Pruning',
      30: 'Structure Pruning', 31: 'Structure Pruning', 32: 'Structure Pruning', 36: 'Structure Pruning',
      37: 'Structure Pruning', 40: 'Sharing-based Pruning', 49: 'Dynamic Pruning',
      53: 'Activation / Feature Compression', 57: 'Low-Rank Factorization', 58: 'Low-Rank Factorization',
      63: 'Pruning Theory'}
for ln, sec in CS.items():
    first = S[(C, ln)]['raw'].split('\n')[0]
    L.append(p(C, ln, first[2:].strip(), sec))
L += [np(H, 17, 'Table of Contents'), np(H, 25, 'Table of Contents'), np(H, 35, 'Table of Contents / Type of Pruning')]
HC = {52: 'https://drive.google.com/drive/folders/18eRYzWnB_6Qq0cYiSzvyOgicqn50g3-m',
      75: 'https://github.com/Model-Compression/Lossless_Compression', 77: 'https://github.com/sarafridov/RobustNets',
      78: 'https://github.com/IVRL/RobustBinarySubNet', 80: 'https://github.com/IST-DASLab/OBC',
      82: 'https://github.com/VITA-Group/BackRazor_Neurips22', 92: 'https://github.com/gallego-posada/constrained_sparsity'}
for ln in (46, 48, 51, 52, 54, 62, 66, 68, 75, 77, 78, 80, 82, 83, 85, 92):
    raw = S[(H, ln)]['raw']
    m = re.match(r'\| \[(.*?)\]\((https://openreview\.net/forum\?id=[^)]+)\)', raw)
    y = 2023 if ln < 70 else 2022
    L.append(p(H, ln, m.group(1), 'Table of Contents / %d' % y, url=m.group(2),
               venue=('ICLR 2023' if y == 2023 else 'NeurIPS 2022'), year=y, code=HC.get(ln)))
L.append(p(H, 95, 'CryptoGCN: Fast and Sc', 'Table of Contents / 2022', year=2022))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
with open('labels.jsonl', 'w', encoding='utf-8') as f:
    for d in L:
        d['raw'] = S[(d['list'], d['line'])]['raw']
        f.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + '\n')
print(len(L), 'labels;', sum(d['is_paper'] for d in L), 'papers')
assert set((d['list'], d['line']) for d in L) == set(S)
