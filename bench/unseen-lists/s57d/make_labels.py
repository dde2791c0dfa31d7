"""Write labels.jsonl from hand-read labels below. `raw` is cut from the saved file at the
labelled start and end lines (checked by eye against the file); every other field was read by
hand from the entry. Run once; check_labels.py then verifies raw/line."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
Y = 'Yijia-Xiao__Protein-LLM-Survey.README.md'
A = 'adrienchaton__CharTransformer_playground.README.md'
C = 'chenxingqiang__alphafold2-docs.README.md'

Y1 = 'LLM Methods for Protein Engineering and Generation'
Y2 = 'LLM Methods for Protein Understanding and Prediction'


def P(lst, line, end, title, venue=None, year=None, arxiv=None, doi=None, url=None,
      authors=(), code=None, summary=None, section=None, is_paper=True):
    return dict(list=lst, line=line, end=end, is_paper=is_paper, title=title, arxiv_id=arxiv,
                doi=doi, url=url, venue=venue, year=year, authors=list(authors), code=code,
                summary=summary, section=section)


def N(lst, line, end, section):
    return dict(list=lst, line=line, end=end, is_paper=False, title=None, arxiv_id=None,
                doi=None, url=None, venue=None, year=None, authors=[], code=None,
                summary=None, section=section)


L = [
    # ---------------- Yijia-Xiao / Protein-LLM-Survey ----------------
    P(Y, 52, 54, 'ProtChatGPT: Towards Understanding Proteins with Large Language Models',
      'arXiv 2024', 2024, arxiv='2402.09649',
      summary='Provides an interactive interface where users can upload protein data and query properties; the system aligns protein embeddings with a language model to generate insightful responses.',
      section=Y1 + ' / Interactive and Multimodal Models'),
    P(Y, 32, 33, 'Bertology meets biology: Interpreting attention in protein language models',
      'arXiv 2020', 2020, arxiv='2006.15222', section=Y1 + ' / Protein Encoder Models'),
    P(Y, 102, 103, 'Highly accurate protein structure prediction with AlphaFold', 'Nature 2021', 2021,
      url='https://www.nature.com/articles/s41586-021-03819-2',
      section=Y2 + ' / Evolutionary Scale Modeling (ESM) Series'),
    P(Y, 128, 129, 'Protein representation learning by geometric structure pretraining',
      'arXiv 2022', 2022, arxiv='2203.06125', section=Y2 + ' / Structure-Integrated Models'),
    P(Y, 61, 63, 'ProteinDT: A Text-guided Protein Design Framework', 'arXiv 2023', 2023,
      arxiv='2302.04611',
      summary='Robustly integrates textual protein knowledge with sequence-based generative modeling via contrastive alignment and a facilitator module, enabling zero-shot text-to-protein generation and editing.',
      section=Y1 + ' / Interactive and Multimodal Models'),
    P(Y, 10, 12, 'Large language models generate functional protein sequences across diverse families',
      'Nature Biotechnology 2023', 2023, url='https://www.nature.com/articles/s41587-022-01618-2',
      summary='Treats protein engineering as an unsupervised sequence generation task, conditioning on annotations such as molecular function or taxonomy.',
      section=Y1 + ' / Generative Models (Protein Decoder)'),
    P(Y, 16, 18, 'ProGen2: Exploring the Boundaries of Protein Language Models', 'Cell Systems 2023',
      2023, url='https://www.cell.com/cell-systems/fulltext/S2405-4712(23)00272-7',
      summary='An extended version of ProGen with a larger model (6.4B parameters) and training dataset, capable of predicting protein fitness without extra fine-tuning.',
      section=Y1 + ' / Generative Models (Protein Decoder)'),
    P(Y, 44, 46, 'Fold2Seq: A Joint Sequence–Fold Embedding-based Generative Model for Protein Design',
      'ICML 2021', 2021, url='https://proceedings.mlr.press/v139/cao21a.html',
      summary='Learns structure–sequence relationships using a multi-step training framework that includes fold-to-sequence reconstruction and fold classification.',
      section=Y1 + ' / Encoder-Decoder Models'),
    P(Y, 104, 105, 'Learning inverse folding from millions of predicted structures', 'ICML 2022', 2022,
      url='https://proceedings.mlr.press/v162/hsu22a.html',
      section=Y2 + ' / Evolutionary Scale Modeling (ESM) Series'),
    P(Y, 55, 57, 'ProteinChat: ChatGPT-like Functionalities on Protein 3D Structures',
      'Authorea Preprints 2023', 2023,
      url='https://www.techrxiv.org/users/691610/articles/682177-proteinchat-towards-achieving-chatgpt-like-functionalities-on-protein-3d-structures',
      summary='Accepts protein 3D structures as input to allow users to query detailed properties and functional insights.',
      section=Y1 + ' / Interactive and Multimodal Models'),
    P(Y, 47, 49, 'Ankh: Optimized Protein Language Model for Efficient Generation', 'arXiv 2023', 2023,
      arxiv='2301.06568',
      summary='An encoder-decoder model designed for efficiency and optimization with fewer parameters, focusing on general protein generation rather than explicit structure–sequence translation.',
      section=Y1 + ' / Encoder-Decoder Models'),
    P(Y, 132, 133, 'Saprot: Protein language modeling with structure-aware vocabulary', 'bioRxiv 2023',
      2023, url='https://www.biorxiv.org/content/10.1101/2023.10.01.560349v5',
      section=Y2 + ' / Structure-Integrated Models'),
    P(Y, 122, 123, 'Biot5: Enriching cross-modal integration in biology with chemical knowledge and natural language associations',
      'arXiv 2023', 2023, arxiv='2310.07276', section=Y2 + ' / Cross Modality Models'),
    P(Y, 81, 82, 'Prollama: A protein large language model for multi-task protein language processing',
      'arXiv 2024', 2024, arxiv='2402.16445', section=Y2 + ' / Protein Sequence Models'),
    P(Y, 19, 21, 'IgLM: Infilling Language Modeling for Antibody Sequence Design', 'Cell Systems 2023',
      2023, url='https://www.cell.com/cell-systems/fulltext/S2405-4712(23)00271-5',
      summary='Specializes in antibody generation by conditioning on chain type and species, with the ability to generate infilled residue spans at indicated positions.',
      section=Y1 + ' / Generative Models (Protein Decoder)'),
    P(Y, 71, 72, 'Mutation effect estimation on protein–protein interactions using deep contextualized representation learning',
      'NAR Genomics and Bioinformatics 2020', 2020, doi='10.1093/nargab/lqaa015',
      url='https://doi.org/10.1093/nargab/lqaa015', section=Y2 + ' / Protein Sequence Models'),
    P(Y, 41, 43, 'ProstT5: Bilingual Modeling of Protein Sequence and Structure', 'bioRxiv 2023', 2023,
      url='https://www.biorxiv.org/content/10.1101/2023.07.23.550085v2',
      summary='Simultaneously extracts features from both the 1D protein sequence and its 3D structure using a T5-based architecture combined with ProtT5 improvements, enabling tasks such as remote homology detection and structure–sequence translation.',
      section=Y1 + ' / Encoder-Decoder Models'),
    P(Y, 100, 101, 'Tranception: protein fitness prediction with autoregressive transformers and inference-time retrieval',
      'ICML 2022', 2022, url='https://proceedings.mlr.press/v162/notin22a/notin22a.pdf',
      section=Y2 + ' / Evolutionary Scale Modeling (ESM) Series'),
    P(Y, 58, 60, 'ProteinGPT: Multimodal LLM for Protein Property Prediction and Structure Understanding',
      'arXiv 2024', 2024, arxiv='2408.11363',
      summary='Integrates protein data with natural language inputs for enhanced alignment and conversation-based inquiry.',
      section=Y1 + ' / Interactive and Multimodal Models'),
    P(Y, 140, 141, 'ProteinCLIP: enhancing protein language models with natural language', 'bioRxiv 2024',
      2024, url='https://www.biorxiv.org/content/10.1101/2024.05.14.594226v1',
      section=Y2 + ' / Knowledge-Enhanced Models'),

    # ---------------- adrienchaton / CharTransformer_playground literature.md ----------------
    P(A, 54, 54, 'What is a meaningful representation of protein sequences?', year=2021,
      authors=['Detlefsen'], section='General reviews and discussions'),
    P(A, 31, 31, 'MixMatch: A Holistic Approach to Semi-Supervised Learning', year=2019,
      authors=['Berthelot'], section='General SSL'),
    P(A, 30, 30, 'Deep Clustering for Unsupervised Learning of Visual Features', year=2019,
      authors=['Caron'], section='General SSL'),
    P(A, 38, 38, 'Intermediate Layers Matter in Momentum Contrastive Self Supervised Learning',
      year=2021, authors=['Kaku'], section='General SSL'),
    P(A, 42, 42, 'VICReg: variance-invariance-covariance regularization for self-supervised learning',
      year=2021, authors=['Bardes'], section='General SSL'),
    P(A, 135, 135, 'Generating images from caption and vice versa via CLIP-Guided Generative Latent Space Search',
      year=2021, authors=['Galatolo'], section='Misc. topics / ideas'),
    P(A, 122, 122, 'Hard negative examples are hard, but useful', year=2020, authors=['Xuan'],
      section='Misc. topics / ideas'),
    P(A, 17, 17, 'BERT has a Mouth, and It Must Speak: BERT as a Markov Random Field Language Model',
      year=2019, authors=['Wang'], section='General NLP'),
    P(A, 92, 92, 'Transformer protein language models are unsupervised structure learners', year=2021,
      authors=['Rao'], section='Protein and Biological Sequence Modeling'),
    P(A, 16, 16, 'Attention is not not Explanation', year=2019, authors=['Wiegreffe'],
      section='General NLP'),
    P(A, 101, 101, 'Protein Design and Variant Prediction Using Autoregressive Generative Models',
      year=2021, authors=['Shin'], section='Protein and Biological Sequence Modeling'),
    P(A, 136, 136, 'DiffusionCLIP: Text-Guided Diffusion Models for Robust Image Manipulation',
      year=2021, authors=['Kim'], section='Misc. topics / ideas'),
    P(A, 13, 13, 'RoBERTa: A Robustly Optimized BERT Pretraining Approach', year=2019,
      authors=['Liu'], section='General NLP'),
    P(A, 75, 75, 'Masked Language Modeling for Proteins via Linearly Scalable Long-Context Transformers',
      year=2020, authors=['Choromanski'], section='Protein and Biological Sequence Modeling'),
    P(A, 43, 43, 'Whitening for Self-Supervised Representation Learning', year=2021,
      authors=['Ermolov'], section='General SSL'),
    P(A, 121, 121, 'Focal Loss for Dense Object Detection', year=2017, authors=['Lin'],
      section='Misc. topics / ideas'),
    P(A, 73, 73, 'Deep learning enables therapeutic antibody optimization in mammalian cells by deciphering high-dimensional protein sequence space',
      year=2019, authors=['Mason'], section='Protein and Biological Sequence Modeling'),
    P(A, 96, 96, 'Geometric deep learning of RNA structure', year=2021, authors=['Townshend'],
      section='Protein and Biological Sequence Modeling'),
    P(A, 142, 142, 'Cell morphology-guided de novo hit design by conditioning generative adversarial networks on phenotypic image features',
      year=2020, authors=['Méndez-Lucio'], section='Misc. topics / ideas'),
    P(A, 79, 79, 'UDSMProt: universal deep sequence models for protein classification', year=2020,
      authors=['Strodthoff'], section='Protein and Biological Sequence Modeling'),

    # ---------------- chenxingqiang / alphafold2-docs AF2REFPAPERS.md ----------------
    P(C, 148, 148, 'Array programming with NumPy', 'Nature 2020', 2020, authors=['C. R. Harris']),
    N(C, 161, 161, None),   # ref 77: a PDB entry (doi 10.2210/pdb6YJ1/pdb), a deposited structure
    P(C, 58, 58, 'Auto-context and its application to high-level vision tasks and 3d brain image segmentation',
      'IEEE Trans. Pattern Anal. Mach. Intell. 2009', 2009, authors=['Z. Tu', 'X. Bai']),
    P(C, 121, 121, 'Generative models for graph-based protein design',
      'Proceedings of the 33rd Conference on Neural Information Processing Systems 2019', 2019,
      authors=['J. Ingraham', 'V. K. Garg', 'R. Barzilay', 'T. Jaakkola']),
    P(C, 74, 74, 'Uniclust databases of clustered and deeply annotated protein sequences and alignments',
      'Nucleic Acids Res. 2017', 2017, authors=['M. Mirdita']),
    P(C, 173, 173, 'Structure of SARS-CoV-2 ORF8, a rapidly evolving immune evasion protein',
      'Proc. Natl. Acad. Sci. U. S. A. 2021', 2021, authors=['T. G. Flower']),
    P(C, 33, 34, 'Protein storytelling through physics', 'Science 2020', 2020,
      authors=['E. Brini', 'C. Simmerling', 'K. Dill']),
    P(C, 5, 5, 'How cryo-EM is revolutionizing structural biology', 'Trends Biochem. Sci. 2015', 2015,
      authors=['X.-C. Bai', 'G. McMullan', 'S. H. W. Scheres']),
    P(C, 118, 118, 'CryoEM and AI reveal a structure of SARS-CoV-2 Nsp2, a multifunctional protein involved in key host processes',
      'bioRxiv 2021', 2021, doi='10.1101/2021.05.10.443524',
      url='https://doi.org/10.1101/2021.05.10.443524', authors=['M. Gupta']),
    P(C, 72, 72, 'Self-training with noisy student improves magenet classification',
      'Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition 2020', 2020,
      authors=['Q. Xie', 'M.-T. Luong', 'E. Hovy', 'Q. V. Le']),
    P(C, 62, 62, 'rawMSA: End-to-end Deep Learning using raw Multiple Sequence Alignments',
      'PLoS One 2019', 2019, authors=['C. Mirabello', 'B. Wallner']),
    P(C, 17, 17, 'The protein folding problem', 'Annu. Rev. Biophys. 2008', 2008,
      authors=['K. A. Dill', 'S. B. Ozkan', 'M. S. Shell', 'T. R. Weikl']),
    P(C, 110, 110, 'Unified rational protein engineering with sequence-based deep representation learning',
      'Nat. Methods 2019', 2019,
      authors=['E. C. Alley', 'G. Khimulya', 'S. Biswas', 'M. AlQuraishi', 'G. M. Church']),
    P(C, 60, 60, 'Human pose estimation with iterative error feedback',
      'Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition 2016', 2016,
      authors=['J. Carreira', 'P. Agrawal', 'K. Fragkiadaki', 'J. Malik']),
    P(C, 125, 125, 'HHblits: lightning-fast iterative protein sequence searching by HMM-HMM alignment',
      'Nat. Methods 2012', 2012, authors=['M. Remmert', 'A. Biegert', 'A. Hauser', 'J. Söding']),
    P(C, 23, 23, 'Accurate De Novo Prediction of Protein Contact Map by Ultra-Deep Learning Model',
      'PLoS Comput. Biol. 2017', 2017, authors=['S. Wang', 'S. Sun', 'Z. Li', 'R. Zhang', 'J. Xu']),
    P(C, 36, 36, 'Calculation of conformational ensembles from potentials of mena force: an approach to the knowledge-based prediction of local structures in globular proteins',
      'J. Mol. Biol. 1990', 1990, authors=['M. J. Sippl']),
    P(C, 85, 85, 'Predicting the secondary structure of globular proteins using neural network models',
      'J. Mol. Biol. 1988', 1988, authors=['N. Qian', 'T. J. Sejnowski']),
    P(C, 46, 46, 'Identification of direct residue contacts in protein-protein interaction by message passing',
      'Proceedings of the National Academy of Sciences 2009', 2009,
      authors=['M. Weigt', 'R. A. White', 'H. Szurmant', 'J. A. Hoch', 'T. Hwa']),
    P(C, 68, 68, 'LGA – a Method for Finding 3D Similarities in Protein Structures',
      'Nucleic Acids Res. 2003', 2003, authors=['A. Zemla']),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
files = {}
with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
    for d in L:
        if d['list'] not in files:
            with open(os.path.join(HERE, d['list']), encoding='utf-8') as f:
                files[d['list']] = f.read().split('\n')
        lines = files[d['list']]
        d['raw'] = '\n'.join(lines[d['line'] - 1:d['end']])
        out.write(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False) + '\n')
print(len(L))
