"""Hand labels for the s50d sample, typed by reading each entry in the saved README by eye.
`raw` is copied from the file by (line, number of lines); every other field is written here by hand.
Writes labels.jsonl next to this script."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
H = 'hussius__deeplearning-biology.README.md'
J = 'juntaic7__Awesome-Single-Cell-Foundation-Models.README.md'
Y = 'ychuest__Awesome-LLMs-meet-genomes.README.md'


def P(lst, line, n=1, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
      authors=(), code=None, summary=None, section=None):
    return dict(list=lst, line=line, n=n, is_paper=True, title=title, arxiv_id=arxiv_id, doi=doi,
                url=url, venue=venue, year=year, authors=list(authors), code=code, summary=summary,
                section=section)


def N(lst, line, section, n=1):
    return dict(list=lst, line=line, n=n, is_paper=False, title=None, arxiv_id=None, doi=None,
                url=None, venue=None, year=None, authors=[], code=None, summary=None, section=section)


HTOC = 'Table of contents'
HENH = 'Genomics / Predicting enhancers and regulatory regions'
HSC = 'Genomics / Single-cell applications'
HGE = 'Genomics / Gene expression'
LABELS = [
    # ---- hussius / deeplearning-biology: **Title** [[link]][[link]], commentary paragraph after a blank line
    P(H, 75, title='A Deep Learning Model for Predicting Tumor Suppressor Genes and Oncogenes from PDB Structure',
      url='https://www.biorxiv.org/content/early/2017/10/22/177378', venue='bioRxiv',
      code='https://github.com/tavanaei/Cancer-Suppressor-Gene-Deep-Learning', section='Proteomics'),
    P(H, 161, title='FIDDLE: An integrative deep learning framework for functional genomic data inference',
      url='http://biorxiv.org/content/early/2016/10/17/081380', code='https://github.com/ueser/FIDDLE', section=HENH),
    P(H, 153, title='DEEP: a general computational framework for predicting enhancers',
      url='http://nar.oxfordjournals.org/content/early/2014/11/05/nar.gku1058.full',
      code='http://cbrc.kaust.edu.sa/deep/', section=HENH),
    P(H, 33, title='Deep learning for computational biology', url='http://msb.embopress.org/content/12/7/878',
      section='Reviews'),
    N(H, 11, HTOC),
    P(H, 79, title='Deep-RBPPred: Predicting RNA binding proteins in the proteome scale based on deep learning',
      url='https://www.biorxiv.org/content/early/2017/10/27/210153', venue='bioRxiv',
      code='http://www.rnabinding.com/Deep_RBPPred/Deep-RBPPred.html', section='Proteomics'),
    P(H, 214, n=2, title='CellCnn – Representation Learning for detection of disease-associated cell subsets',
      url='http://biorxiv.org/content/early/2016/03/31/046508', code='https://github.com/eiriniar/CellCnn', section=HSC),
    N(H, 18, HTOC),
    N(H, 12, HTOC),
    P(H, 165, title='Deep Learning Of The Regulatory Grammar Of Yeast 5′ Untranslated Regions From 500,000 Random Sequences',
      url='http://genome.cshlp.org/content/27/12/2015',
      code='http://genome.cshlp.org/content/suppl/2017/11/02/gr.224964.117.DC1/Supplemental_code.tar.gz', section=HENH),
    P(H, 219, title='DeepCyTOF: Automated Cell Classification of Mass Cytometry Data by Deep Learning and Domain Adaptation',
      url='http://biorxiv.org/content/biorxiv/early/2016/05/31/054411.full.pdf', section=HSC),
    P(H, 249, title='SPINDLE: SPINtronic deep learning engine for large-scale neuromorphic computing',
      url='http://dl.acm.org/citation.cfm?id=2627625', section='Neuroscience'),
    P(H, 71, title='Pcons2 – Improved Contact Predictions Using the Recognition of Protein Like Contact Patterns',
      section='Proteomics'),
    P(H, 201, title='Predicting DNA Methylation State of CpG Dinucleotide Using Genome Topological Features and Deep Networks',
      url='http://www.nature.com/articles/srep19598', section='Genomics / Methylation'),
    P(H, 169, title='Modeling Enhancer-Promoter Interactions with Attention-Based Neural Networks',
      url='https://www.biorxiv.org/content/early/2017/11/14/219667', venue='bioRxiv',
      code='https://github.com/wgmao/EPIANN', section=HENH),
    P(H, 65, title='pysster: Learning Sequence and Structure Motifs in DNA and RNA Sequences using Convolutional Neural Networks',
      url='https://www.biorxiv.org/content/early/2017/12/06/230086', venue='bioRxiv',
      code='https://github.com/budach/pysster', section="Generic 'omics tools"),
    P(H, 188, title='A Deep Recurrent Neural Network Discovers Complex Biological Rules to Decipher RNA Protein-Coding Potential',
      url='https://www.biorxiv.org/content/early/2017/11/13/200758.1', code='https://github.com/hendrixlab/mRNN',
      section='Genomics / Non-coding RNA'),
    N(H, 10, HTOC),
    N(H, 97, HGE),
    P(H, 101, title='Learning structure in gene expression data using deep architectures',
      url='http://biorxiv.org/content/early/2015/11/16/031906', section=HGE),

    # ---- juntaic7 / Awesome-Single-Cell-Foundation-Models: | Model | Date | Paper | Code | Resources | Notes |
    P(J, 53, title='GeneCompass', url='https://www.biorxiv.org/content/10.1101/2023.09.26.559542v1',
      venue='bioRxiv 2023', year=2023, code='https://github.com/xCompass-AI/GeneCompass',
      summary='Knowledge-informed cross-species foundation model pretrained on human and mouse single-cell transcriptomes.',
      section='General single-cell foundation models'),
    P(J, 44, title='TranscriptFormer', url='https://www.biorxiv.org/content/10.1101/2025.04.25.650731v1',
      venue='bioRxiv 2025', year=2025, code='https://github.com/czi-ai/transcriptformer',
      summary='Cross-species generative cell atlas model trained on up to 112M cells across 12 species.',
      section='General single-cell foundation models'),
    P(J, 145, title='Single-cell foundation models: bringing artificial intelligence into cell biology',
      url='https://www.nature.com/articles/s12276-025-01547-5', year=2025,
      summary='Review of major scFMs, limitations, and applications.', section='Surveys and benchmarks'),
    P(J, 58, title='scBERT', url='https://www.nature.com/articles/s42256-022-00534-z',
      venue='Nature Machine Intelligence 2022', year=2022, code='https://github.com/TencentAILabHealthcare/scBERT',
      summary='BERT-style pretrained model for scRNA-seq cell type annotation.',
      section='General single-cell foundation models'),
    P(J, 91, title='CellTypeAgent', arxiv_id='2505.08844', venue='arXiv 2025', year=2025,
      summary='LLM-agent for trustworthy cell type annotation with external database verification.',
      section='LLM-native and agentic single-cell models'),
    P(J, 118, title='scRDiT', arxiv_id='2404.06153', venue='arXiv 2024', year=2024,
      code='https://github.com/DongShengze/scRDiT',
      summary='Diffusion transformer for generating single-cell RNA-seq data.',
      section='Domain-specific and task-focused models'),
    P(J, 115, title='Lemur', url='https://www.biorxiv.org/content/10.1101/2025.02.04.636468v1',
      venue='bioRxiv 2025', year=2025,
      summary='Drosophila single-cell foundation model for fine-tuning-free hierarchical cell-type generation.',
      section='Domain-specific and task-focused models'),
    P(J, 134, title='GSFM: A gene set foundation model pre-trained on a massive collection of diverse gene sets',
      url='https://www.cell.com/patterns/fulltext/S2666-3899(26)00074-7', venue='Patterns 2026', year=2026,
      summary='Patterns paper on a gene-set foundation model with an associated web resource and code release.',
      section='Surveys and benchmarks'),
    P(J, 121, title='scCLIP', url='https://openreview.net/forum?id=QCSW6b0Lpk', venue='OpenReview 2024', year=2024,
      code='https://github.com/jsxlei/scCLIP',
      summary='Multimodal single-cell contrastive integration pretraining.',
      section='Domain-specific and task-focused models'),
    P(J, 41, title='GREmLN', url='https://openreview.net/forum?id=HdvI8bkdDG', venue='ICLR 2026 submission', year=2026,
      summary='Graph-structure-aware transcriptomics foundation model that injects molecular interaction networks into Transformer attention.',
      section='General single-cell foundation models'),
    P(J, 143, title='Biology-driven insights into the power of single-cell foundation models',
      url='https://pmc.ncbi.nlm.nih.gov/articles/PMC12492631/', year=2025,
      summary='Benchmarking and biological analysis across major scFMs.', section='Surveys and benchmarks'),
    P(J, 51, title='scMulan', url='https://www.biorxiv.org/content/10.1101/2024.01.25.577152v1',
      venue='bioRxiv 2024', year=2024, code='https://github.com/SuperBianC/scMulan',
      summary='Multitask generative pretrained language model for cell annotation, integration, and conditional generation.',
      section='General single-cell foundation models'),
    P(J, 52, title='Universal Cell Embeddings (UCE)', url='https://www.biorxiv.org/content/10.1101/2023.11.28.568918v1',
      venue='bioRxiv 2023', year=2023, code='https://github.com/snap-stanford/UCE',
      summary='Cross-species zero-shot cell embeddings using protein-language-model gene tokenization.',
      section='General single-cell foundation models'),
    P(J, 48, title='scFoundation', doi='10.1038/s41592-024-02305-7', url='https://doi.org/10.1038/s41592-024-02305-7',
      venue='Nature Methods 2024', year=2024, code='https://github.com/biomap-research/scFoundation',
      summary='100M-parameter transcriptomics model pretrained on over 50M human cells.',
      section='General single-cell foundation models'),
    P(J, 66, title='CellxPert', arxiv_id='2605.00930', venue='arXiv 2026', year=2026,
      summary='Multimodal single-cell and spatial foundation model with MCMC steering for in-silico perturbation.',
      section='Multimodal, spatial, and cross-modal models'),
    P(J, 37, title='RegFormer', url='https://www.nature.com/articles/s41467-026-72198-x',
      venue='Nature Communications 2026', year=2026,
      summary='GRN-guided Mamba foundation model pretrained on human single-cell transcriptomes.',
      section='General single-cell foundation models'),
    P(J, 72, title='HiBio-ST', url='https://openreview.net/forum?id=oG07enidTy', venue='ICLR 2026 submission', year=2026,
      summary='Hierarchical multimodal foundation model using biological prior anchors for spatial transcriptomics and computational pathology.',
      section='Multimodal, spatial, and cross-modal models'),
    P(J, 35, title='Gene Intelligence', url='https://www.biorxiv.org/content/10.64898/2026.06.29.735389v1',
      venue='bioRxiv 2026', year=2026,
      summary='Compact single-cell transformer that embeds log-transformed raw counts directly and jointly predicts masked genes and counts without normalization or positional encoding.',
      section='General single-cell foundation models'),
    P(J, 67, title='CLM-X', url='https://www.biorxiv.org/content/10.64898/2026.02.17.704943v1',
      venue='bioRxiv 2026', year=2026,
      summary='Multi-way Transformer foundation model for unified scRNA-seq and scATAC-seq analysis.',
      section='Multimodal, spatial, and cross-modal models'),
    P(J, 140, title='scDrugMap', arxiv_id='2505.05612', year=2025,
      summary='Benchmarking large foundation models for drug response prediction.', section='Surveys and benchmarks'),
]

YG = 'Genomic Large Language Models (Gene-LLMs)'
YB = YG + ' / Generic Base Models'
YTOC = 'Table of Content'
LABELS += [
    # ---- ychuest / Awesome-LLMs-meet-genomes: | Year | **Title** | Venue | [link] | [link] |
    P(Y, 121, title='Revisiting K-mer Profile for Effective and Scalable Genome Representation Learning',
      arxiv_id='2411.02125', venue='NeurIPS 2024', year=2024,
      code='https://github.com/abdcelikkanat/revisitingkmers', section=YB),
    P(Y, 116, title='VIRALpre: Genomic Foundation Model Embedding Fused with K-mer Feature for Virus Identification',
      url='https://www.biorxiv.org/content/10.1101/2024.11.12.623150v1.abstract', venue='bioRxiv 2024', year=2024,
      section=YB),
    P(Y, 106, title='Bridging Sequence-Structure Alignment in RNA Foundation Models',
      url='https://ojs.aaai.org/index.php/AAAI/article/view/35500', venue='AAAI 2025', year=2025,
      code='https://github.com/yangheng95/OmniGenBench', section=YB),
    P(Y, 176, title='BioReason: Incentivizing Multimodal Biological Reasoning within a DNA-LLM Model',
      arxiv_id='2505.23579', venue='NeurIPS 2025', year=2025, code='https://github.com/bowang-lab/BioReason',
      section=YG + ' / DNA Multimodal'),
    P(Y, 97, title='Context-Aware Regularization with Markovian Integration for Attention-Based Nucleotide Analysis',
      arxiv_id='2507.09378', venue='NeurIPS 2025', year=2025, code='https://github.com/EESI/carmania', section=YB),
    N(Y, 54, YTOC),
    P(Y, 150, title='Transfer learning enables predictions in network biology',
      url='https://www.nature.com/articles/s41586-023-06139-9', venue='Nature 2023', year=2023,
      code='https://github.com/jkobject/geneformer', section=YB),
    P(Y, 185, title='Nona: A unifying multimodal masking framework for functional genomics',
      url='https://www.biorxiv.org/content/10.1101/2025.11.06.687036v2', venue='BioRxiv 2025', year=2025,
      section=YG + ' / Sequence-to-Function'),
    P(Y, 83, title='To Transformers and Beyond: Large Language Models for the Genome', arxiv_id='2311.07621',
      venue='arXiv 2023', year=2023, section='Important Survey Papers'),
    P(Y, 148, title='EpiGePT: a Pretrained Transformer model for epigenomics',
      url='https://www.biorxiv.org/content/10.1101/2023.07.15.549134v2', venue='bioRxiv 2023', year=2023,
      code='https://github.com/ZjGaothu/EpiGePT', section=YB),
    P(Y, 203, title='GeneRAG: Enhancing Large Language Models with Gene-Related Task by Retrieval-Augmented Generation',
      url='https://www.biorxiv.org/content/10.1101/2024.06.24.600176v1.abstract', venue='bioRxiv 2024', year=2024,
      code='https://zenodo.org/records/13119834', section=YG + ' / Downstream Tasks / Retrieval-Augmented Generation'),
    P(Y, 139, title='DeepGene: An Efficient Foundation Model for Genomics based on Pan-genome Graph Transformer',
      url='https://www.biorxiv.org/content/10.1101/2024.04.24.590879v2.abstract', venue='bioRxiv 2024', year=2024,
      code='https://github.com/wds-seu/DeepGene', section=YB),
    P(Y, 154, title='Species-aware DNA language modeling',
      url='https://www.biorxiv.org/content/10.1101/2023.01.26.525670v1', venue='bioRxiv 2023', year=2023,
      code='https://github.com/DennisGankin/species-aware-DNA-LM', section=YB),
    P(Y, 125, title='dnaGrinder: a lightweight and high-capacity genomic foundation model',
      url='https://openreview.net/forum?id=phWflQbLhu', venue='ICLR 2025 Conference Submission', year=2025,
      section=YB),
    N(Y, 52, YTOC),
    P(Y, 141, title='Effect of tokenization on transformers for biological sequences',
      doi='10.1093/bioinformatics/btae196', url='https://doi.org/10.1093/bioinformatics/btae196',
      venue='Bioinformatics 2024', year=2024, code='https://github.com/technion-cs-nlp/BiologicalTokenizers',
      section=YB),
    P(Y, 219, title='A genome-scale deep learning model to predict gene expression changes of genetic perturbations from multiplex biological networks',
      arxiv_id='2403.02724', venue='arXiv 2024', year=2024, code='https://github.com/lipi12q/TranscriptionNet',
      section=YG + ' / Downstream Tasks / Perturbation'),
    N(Y, 36, YTOC),
    P(Y, 168, title='Designing realistic regulatory DNA with autoregressive language models',
      url='https://genome.cshlp.org/content/34/9/1411.short', venue='Genome Research 2024', year=2024,
      code='https://zenodo.org/records/12668907', section=YG + ' / DNA Sequence Design'),
    P(Y, 114, title='GENA-LM: a family of open-source foundational DNA language models for long sequences',
      url='https://academic.oup.com/nar/article/53/2/gkae1310/7954523', venue='Nucleic Acids Research 2025',
      year=2025, code='https://github.com/AIRI-Institute/GENA_LM', section=YB),
]

KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors',
        'code', 'summary', 'section']


def main():
    files = {}
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as out:
        for lab in LABELS:
            name = lab['list']
            if name not in files:
                files[name] = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
            lines = files[name]
            lab['raw'] = '\n'.join(lines[lab['line'] - 1: lab['line'] - 1 + lab.pop('n')])
            out.write(json.dumps({k: lab[k] for k in KEYS}, ensure_ascii=False) + '\n')
    print(len(LABELS), 'labels')


if __name__ == '__main__':
    main()
