import json
D='/work/main/bench/unseen-lists/s49c/'
LW='LirongWu__awesome-protein-representation-learning.README.md'
MB='MaybeBio__Awesome-Protein-ContactMap-Prediction.README.md'
YK='yangkky__Machine-learning-for-proteins.README.md'
raw={}
for l in open(D+'sample.jsonl',encoding='utf-8'):
    d=json.loads(l); raw[(d['list'],d['line'])]=d['raw']
def P(title,arxiv=None,doi=None,url=None,venue=None,year=None,authors=(),code=None,section=None,summary=None):
    return dict(is_paper=True,title=title,arxiv_id=arxiv,doi=doi,url=url,venue=venue,year=year,authors=list(authors),code=code,summary=summary,section=section)
def N(section):
    return dict(is_paper=False,title=None,arxiv_id=None,doi=None,url=None,venue=None,year=None,authors=[],code=None,summary=None,section=section)
OR='https://openreview.net/forum?id='
L={}
# ---- LirongWu: `1. [VENUE YEAR] **Title**[[paper]](url)[[code]](url)` under `## Year YYYY`
L[(LW,12)]=P('CLIPZyme: Reaction-Conditioned Virtual Screening of Enzymes',url=OR+'0mYAK6Yhhm',venue='ICML 2024',year=2024,section='Year 2024')
L[(LW,13)]=P('Generative Enzyme Design Guided by Functionally Important Sites and Small-Molecule Substrates',url=OR+'ATvN9JnqZ8',venue='ICML 2024',year=2024,code='https://github.com/LeiLiLab/EnzyGen',section='Year 2024')
L[(LW,37)]=P('Searching for High-Value Molecules Using Reinforcement Learning and Transformers',url=OR+'nqlymMx42E',venue='ICLR 2024',year=2024,section='Year 2024')
L[(LW,55)]=P('Dynamics-Informed Protein Design with Structure Conditioning',url=OR+'jZPqf2G9Sw',venue='ICLR 2024',year=2024,section='Year 2024')
L[(LW,78)]=P('ProteinGym: Large-Scale Benchmarks for Protein Design and Fitness Prediction',url='https://www.biorxiv.org/content/10.1101/2023.12.07.570727v1',venue='NIPS 2023',year=2023,code='https://github.com/OATML-Markslab/ProteinGym',section='Year 2023')
L[(LW,84)]=P('Pre-Training Protein Encoder via Siamese Sequence-Structure Diffusion Trajectory Prediction',url=OR+'tIzbNQko3c',venue='NIPS 2023',year=2023,section='Year 2023')
L[(LW,90)]=P('End-to-End Full-Atom Antibody Design',url=OR+'zAXusLf6R8',venue='ICML 2023',year=2023,code='https://github.com/THUNLP-MT/dyMEAN',section='Year 2023')
L[(LW,93)]=P('Importance Weighted Expectation-Maximization for Protein Sequence Design',url=OR+'7viOT7Zs9G',venue='ICML 2023',year=2023,code='https://github.com/JocelynSong/IsEM-Pro.git',section='Year 2023')
L[(LW,111)]=P('PeSTo: parameter-free geometric deep learning for accurate prediction of protein binding interfaces',url='https://www.nature.com/articles/s41467-023-37701-8',venue='Nature Communications 2023',year=2023,code='https://github.com/LBM-EPFL/PeSTo',section='Year 2023')
L[(LW,116)]=P('A Multimodal Protein Representation Framework for Quantifying Transferability Across Biochemical Downstream Tasks',url='https://onlinelibrary.wiley.com/doi/full/10.1002/advs.202301223',venue='Advanced Science 2023',year=2023,code='https://github.com/SIAT-code/MASSA',section='Year 2023')
L[(LW,138)]=P('Cross-Modality and Self-Supervised Protein Embedding for Compound–Protein Affinity and Contact Prediction',url='https://academic.oup.com/bioinformatics/article-abstract/38/Supplement_2/ii68/6702011',venue='Bioinformatics 2022',year=2022,code='https://github.com/Shen-Lab/CPAC',section='Year 2022')
L[(LW,148)]=P('Independent SE(3)-Equivariant Models for End-to-End Rigid Protein Docking',url=OR+'GQjaI9mLet',venue='ICLR 2022',year=2022,code='https://github.com/octavian-ganea/equidock_public',section='Year 2022')
L[(LW,149)]=P('Proximal Exploration for Model-guided Protein Sequence Design',url='https://proceedings.mlr.press/v162/ren22a.html',venue='ICML 2022',year=2022,code='https://github.com/HeliXonProtein/proximal-exploration',section='Year 2022')
L[(LW,151)]=P('Tranception: Protein Fitness Prediction with Autoregressive Transformers and Inference-time Retrieval',url='https://proceedings.mlr.press/v162/notin22a.html',venue='ICML 2022',year=2022,code='https://github.com/OATML-Markslab/Tranception',section='Year 2022')
L[(LW,161)]=P('Pre-Training of Deep Bidirectional Protein Sequence Representations With Structural Information',url='https://ieeexplore.ieee.org/abstract/document/9529198/',venue='IEEE Access 2021',year=2021,code='https://github.com/mswzeus/PLUS',section='Year 2021')
L[(LW,169)]=P('Structure-based protein function prediction using graph convolutional networks',url='https://www.nature.com/articles/s41467-021-23303-9',venue='Nature Communications 2021',year=2021,code='https://github.com/flatironinstitute/DeepFRI',section='Year 2021')
L[(LW,172)]=P('Graph representation learning for structural proteomics',url='https://portlandpress.com/emergtoplifesci/article/5/6/789/229961/Graph-representation-learning-for-structural',venue='Emerg Top Life Sci 2021',year=2021,section='Year 2021')
L[(LW,181)]=P('Sequence representations and their utility for predicting protein-protein interactions',url='https://ieeexplore.ieee.org/abstract/document/9661301/',venue='IEEE TCBB 2021',year=2021,section='Year 2021')
L[(LW,226)]=P('Augmenting protein network embeddings with sequence information',url='https://www.biorxiv.org/content/10.1101/730481v3',venue='bioRxiv 2019',year=2019,section='Year before-2019')
L[(LW,247)]=N('Related Awesome')
# ---- MaybeBio: <details><summary>Tool</summary> cards, `- **Paper:** [Title](url) (Journal, year)`
MT='Models & Tools / A. Structure-based / Single structure prediction / '
ME='Models & Tools / A. Structure-based / Conformational ensemble generation / '
MS='Models & Tools / B. Sequence-based contact-map like prediction / '
L[(MB,75)]=P('Accurate structure prediction of biomolecular interactions with AlphaFold 3',url='https://www.nature.com/articles/s41586-024-07487-w',venue='Nature 2024',year=2024,code='https://github.com/google-deepmind/alphafold3',section=MT+'AlphaFold3')
L[(MB,88)]=P('Protein complex prediction with AlphaFold-Multimer',url='https://www.biorxiv.org/content/10.1101/2021.10.04.463034v2',venue='bioRxiv 2022',year=2022,code='https://github.com/jcheongs/alphafold-multimer',section=MT+'AlphaFold-Multimer')
L[(MB,112)]=P('Evolutionary-scale prediction of atomic-level protein structure with a language model',url='https://www.science.org/doi/10.1126/science.ade2574',venue='Science 2023',year=2023,code='https://github.com/facebookresearch/esm',section=MT+'ESMFold')
L[(MB,134)]=P('Accurate prediction of protein structures and interactions using a three-track neural network',url='https://www.science.org/doi/10.1126/science.abj8754',venue='Science 2021',year=2021,code='https://github.com/RosettaCommons/RoseTTAFold',section=MT+'RoseTTAFold')
L[(MB,179)]=P('OpenFold: retraining AlphaFold2 yields new insights into its learning mechanisms and capacity for generalization',url='https://www.nature.com/articles/s41592-024-02272-z',venue='Nature Methods 2024',year=2024,code='https://github.com/aqlaboratory/openfold',section=MT+'OpenFold')
L[(MB,213)]=P('EquiFold: Protein Structure Prediction with a Novel Coarse-Grained Structure Representation',url='https://www.biorxiv.org/content/10.1101/2022.10.07.511322v2',venue='bioRxiv 2023',year=2023,code='https://github.com/Genentech/equifold',section=MT+'EquiFold')
L[(MB,224)]=P('EquiFold: Protein Structure Prediction with a Novel Coarse-Grained Structure Representation',url='https://www.biorxiv.org/content/10.1101/2022.10.07.511322v2',venue='bioRxiv 2023',year=2023,code='https://github.com/baker-laboratory/RoseTTAFold-All-Atom',section=MT+'RoseTTAFold All-Atom')
L[(MB,306)]=P('Technical Report of HelixFold3 for Biomolecular Structure Prediction',arxiv='2408.16975',venue='arXiv 2024',year=2024,code='https://github.com/PaddlePaddle/PaddleHelix/tree/dev/apps/protein_folding/helixfold3',section=MT+'HelixFold3')
L[(MB,329)]=P('Protenix - Advancing Structure Prediction Through a Comprehensive AlphaFold3 Reproduction',url='https://www.biorxiv.org/content/10.1101/2025.01.08.631967v1',venue='bioRxiv 2025',year=2025,code='https://github.com/bytedance/Protenix',section=MT+'Protenix')
L[(MB,376)]=P('AlphaFold Meets Flow Matching for Generating Protein Ensembles',arxiv='2402.04845',venue='arXiv 2024',year=2024,code='https://github.com/bjing2016/alphaflow',section=ME+'AlphaFlow/ESMFlow')
L[(MB,438)]=P('Accurate predictions of disordered protein ensembles with STARLING',url='https://www.nature.com/articles/s41586-026-10141-2',venue='Nature 2026',year=2026,code='https://github.com/idptools/starling',section=ME+'STARLING')
L[(MB,508)]=P('Advancing Protein Ensemble Predictions Across the Order–Disorder Continuum',url='https://www.biorxiv.org/content/10.1101/2025.10.18.680935v3',venue='bioRxiv 2025',year=2025,code='https://github.com/PeptoneLtd/IDP-o',section=ME+'IDP-o')
L[(MB,522)]=P('Advancing Protein Ensemble Predictions Across the Order–Disorder Continuum',url='https://www.biorxiv.org/content/10.1101/2025.10.18.680935v3',venue='bioRxiv 2025',year=2025,code='https://github.com/PeptoneLtd/PepTron',section=ME+'PepTron')
L[(MB,546)]=P('Sequence-based prediction of intermolecular interactions driven by disordered regions',url='https://www.science.org/doi/10.1126/science.adq8381',venue='Science 2025',year=2025,code='https://github.com/idptools/finches',section=MS+'FINCHES')
L[(MB,573)]=P('Geometric Transformers for Protein Interface Contact Prediction',arxiv='2110.02423',venue='arXiv 2022',year=2022,code='https://github.com/BioinfoMachineLearning/DeepInteract',section=MS+'DeepInteract')
L[(MB,584)]=P('Deep graph learning of inter-protein contacts',url='https://academic.oup.com/bioinformatics/article/38/4/947/6424887',venue='Bioinformatics 2021',year=2021,code='https://github.com/zw2x/glinter',section=MS+'GLINTER')
L[(MB,644)]=P('DeepHomo2.0: improved protein–protein contact prediction of homodimers by transformer-enhanced deep learning',url='https://academic.oup.com/bib/article/24/1/bbac499/6849483',venue='Briefings in Bioinformatics 2022',year=2022,section=MS+'DeepHomo2/DeepHomoSeq')
L[(MB,671)]=P('Analysis of distance-based protein structure prediction by deep learning in CASP13',url='https://onlinelibrary.wiley.com/doi/10.1002/prot.25810',venue='PROTEINS 2019',year=2019,code='https://github.com/j3xugit/RaptorX-Contact',section=MS+'RaptorX-Contact')
L[(MB,698)]=P('ESMDynamic: Fast and Accurate Prediction of Protein Dynamic Contact Maps from Single Sequences',url='https://www.biorxiv.org/content/10.1101/2025.08.20.671365v2',venue='bioRxiv 2026',year=2026,code='https://github.com/ShuklaGroup/esmdynamic',section=MS+'ESMDynamic')
L[(MB,712)]=P('Atomic resolution ensembles of intrinsically disordered proteins with Alphafold',url='https://www.nature.com/articles/s41467-026-69172-y',venue='Nature Communications 2026',year=2026,code='https://github.com/COSBlab/bAIes-IDP',section=MS+'bAIes')
# ---- yangkky: `**Title.**  ` / authors / `*Venue, Month YYYY.*` / `[[doi](https://doi.org/doi)]`
def doi(d): return dict(doi=d,url='https://doi.org/'+d)
L[(YK,76)]=P('AI challenges for predicting the impact of mutations on protein stability',arxiv='2111.04208',venue='arXiv 2021',year=2021,authors=['Fabrizio Pucci','Martin Schwersensky','Marianne Rooman'],section='Reviews')
L[(YK,126)]=P('Machine learning and AI-based approaches for bioactive ligand discovery and GPCR-ligand recognition',arxiv='2001.06545',venue='arXiv 2020',year=2020,authors=['Sebastian Raschka','Benjamin Kaufman'],section='Reviews')
L[(YK,136)]=P('Machine learning-guided directed evolution for protein engineering',arxiv='1811.10775',venue='Nature Methods 2019',year=2019,authors=['Kevin K. Yang','Zachary Wu','Frances H. Arnold'],section='Reviews',**doi('10.1038/s41592-019-0496-6'))
L[(YK,159)]=P('ManyFold: an efficient and flexible library for training and validating protein folding models',venue='Bioinformatics 2022',year=2022,authors=['Amelia Villegas-Morcillo','Louis Robinson','Arthur Flajolet','Thomas D Barrett'],section='Tools and datasets',**doi('10.1093/bioinformatics/btac773'))
L[(YK,179)]=P('Randomized gates eliminate bias in sort-seq assays',venue='Protein Science 2022',year=2022,authors=['Brian L. Trippe','Buwei Huang','Erika A. DeBenedictis','Brian Coventry','Nicholas Bhattacharya','Kevin K. Yang','David Baker','Lorin Crawford'],section='Tools and datasets',**doi('10.1002/pro.4401'))
L[(YK,199)]=P('evSeq: Cost-Effective Amplicon Sequencing of Every Variant in a Protein Library',venue='Preprint 2021',year=2021,authors=['Bruce J. Wittmann','Kadina E. Johnston','Patrick J. Almhjell','Frances H. Arnold'],section='Tools and datasets',**doi('10.1101/2021.11.18.469179'))
L[(YK,209)]=P('Learned embeddings from deep learning to visualize and predict protein sets',venue='Current Protocols 2021',year=2021,authors=['Christian Dallago','Konstantin Schütze','Michael Heinzinger','Tobias Olenyi','Maria Littmann','Amy X Lu','Kevin K Yang','Seonwoo Min','Sungroh Yoon','James T Morton','Burkhard Rost'],section='Tools and datasets',**doi('10.1002/cpz1.113'))
L[(YK,219)]=P('Selene: a PyTorch-based deep learning library for sequence data',venue='Nature Methods 2019',year=2019,authors=['Kathleen M. Chen','Evan M. Cofer','Jian Zhou','Olga G. Troyanskaya'],section='Tools and datasets',**doi('10.1038/s41592-019-0360-8'))
DE='Machine-learning guided directed evolution'
L[(YK,308)]=P('Deep Extrapolation for Attribute-Enhanced Generation',arxiv='2107.02968',venue='arXiv 2021',year=2021,authors=['Alvin Chan','Ali Madani','Ben Krause','Nikhil Naik'],section=DE)
L[(YK,313)]=P('Effective Surrogate Models for Protein Design with Bayesian Optimization',url='https://icml-compbio.github.io/2021/papers/WCBICML2021_paper_61.pdf',venue='ICML Workshop on Computational Biology 2021',year=2021,authors=['Nate Gruver','Samuel Stanton','Polina Kirichenko','Marc Finzi','Phillip Maffettone','Vivek Myers','Emily Delaney','Peyton Greenside','Andrew Gordon Wilson'],section=DE)
L[(YK,329)]=P('In silico proof of principle of machine learning-based antibody design at unconstrained scale',venue='Preprint 2021',year=2021,authors=['Rahmad Akbar','Philippe A. Robert','Cédric R. Weber','Michael Widrich','Robert Frank','Milena Pavlović','Lonneke Scheffer','Maria Chernigovskaya','Igor Snapkov','Andrei Slabodkin','Brij Bhushan Mehta','Enkelejda Miho','Fridtjof Lund-Johansen','Jan Terje Andersen','Sepp Hochreiter','Ingrid Hobæk Haff','Günter Klambauer','Geir Kjetil Sandve','Victor Greiff'],section=DE,**doi('10.1101/2021.07.08.451480'))
L[(YK,364)]=P('Learning with uncertainty for biological discovery and design',venue='Preprint 2020',year=2020,authors=['Brian Hie','Bryan Bryson','Bonnie Berger'],section=DE,**doi('10.1101/2020.08.11.247072'))
L[(YK,379)]=P('Domain Extrapolation via Regret Minimization',arxiv='2006.03908',venue='arXiv 2020',year=2020,authors=['Wengong Jin','Regina Barzilay','Tommi Jaakkola'],section=DE)
L[(YK,384)]=P('Fast differentiable DNA and protein sequence optimization for molecular design',arxiv='2005.11275',venue='arXiv 2020',year=2020,authors=['Johannes Linder','Georg Seelig'],section=DE)
L[(YK,389)]=P('A Deep Dive into Machine Learning Models for Protein Engineering',venue='Journal of Chemical Information and Modeling 2020',year=2020,authors=['Yuting Xu','Deeptak Verma','Robert P Sheridan','Andy Liaw','Junshui Ma','Nicholas Marshall','John McIntosh','Edward C. Sherer','Vladimir Svetnik','Jennifer Johnston'],section=DE,**doi('10.1021/acs.jcim.0c00073'))
L[(YK,420)]=P('Comprehensive AAV capsid fitness landscape reveals a viral gene and enables machine-guided design',venue='Science 2019',year=2019,authors=['Pierce J. Ogden','Eric D. Kelsic','Sam Sinai','George M. Church'],section=DE,**doi('10.1126/science.aaw2900'))
L[(YK,425)]=P('Machine learning-guided channelrhodopsin engineering enables minimally-invasive optogenetics',venue='Nature Methods 2019',year=2019,authors=['Claire N. Bedbrook','Kevin K. Yang','J. Elliott Robinson','Viviana Gradinaru','Frances H Arnold'],section=DE,**doi('10.1038/s41592-019-0583-8'))
L[(YK,436)]=P('Machine learning-assisted directed protein evolution with combinatorial libraries',venue='PNAS 2019',year=2019,authors=['Zachary Wu','S. B. Jennifer Kan','Russell D. Lewis','Bruce J. Wittmann','Frances H. Arnold'],section=DE,**doi('10.1073/pnas.1901979116'))
L[(YK,446)]=P('A machine learning approach for reliable prediction of amino acid interactions and its application in the directed evolution of enantioselective enzymes',venue='Scientific Reports 2018',year=2018,authors=['Frédéric Cadet','Nicolas Fontaine','Guangyue Li','Joaquin Sanchis','Matthieu Ng Fuk Chong','Rudy Pandjaitan','Iyanar Vetrivel','Bernard Offmann','Manfred T. Reetz'],section=DE,**doi('10.1038/s41598-018-35033-y'))
L[(YK,498)]=P('Codon language embeddings provide strong signals for protein engineering',venue='Preprint 2022',year=2022,authors=['Carlos Outeiral','Charlotte M. Deane'],section='Representation learning',**doi('10.1101/2022.12.15.519894'))

assert set(L)==set(raw), (set(raw)-set(L), set(L)-set(raw))
KEYS=['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
with open(D+'labels.jsonl','w',encoding='utf-8') as f:
    for k in sorted(L):
        d=dict(list=k[0],line=k[1],raw=raw[k],**L[k])
        f.write(json.dumps({x:d[x] for x in KEYS},ensure_ascii=False)+'\n')
print(len(L))
