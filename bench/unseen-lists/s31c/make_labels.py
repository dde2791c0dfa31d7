import json
from pathlib import Path
D = Path('/work/wt-lead/bench/unseen-lists/s31c')
YC = 'yucheol-choi__awesome-quantum-compiler.README.md'
LW = 'lockwo__qml-library.README.md'
PT = 'PillowTomZA__PINN_Navier_Stokes_papers.README.md'
JP = 'Jun-Pu__Awesome-Quantum-Computer-Vision.README.md'
files = {k: (D / k).read_text(encoding='utf-8').split('\n') for k in (YC, LW, PT, JP)}
out = []

def L(lst, line, is_paper, section, title=None, arxiv=None, doi=None, url=None,
      venue=None, year=None, authors=None, code=None, summary=None, end=None):
    end = end or line
    raw = '\n'.join(files[lst][line - 1:end])
    out.append(dict(list=lst, line=line, raw=raw, is_paper=is_paper, title=title,
                    arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                    authors=authors or [], code=code, summary=summary, section=section))

# ---- yucheol-choi
PA = 'Part A: Compilation Flow — From Algorithm to Pulse'
PB = 'Part B: Quantum Compiler Ecosystem'
PC = 'Part C: Quantum Hardware Specific Compilation'
for n in (14, 16, 18, 31):
    L(YC, n, False, 'Table of Contents')
L(YC, 50, True, PA + ' / Language & Logical IR', 'PHOENIX: Pauli-Based High-Level Optimization Engine for Instruction Execution on NISQ Devices', '2504.03529', venue='DAC 2025', year=2025, authors=['Zhaohui Yang'], code='https://github.com/iqubit-org/phoenix')
L(YC, 71, True, PA + ' / Hardware-Agnostic Optimization', 'SuperstaQ: Deep Optimization of Quantum Program', '2309.05157', venue='QCE 2023', year=2023, authors=['Campbell'], code='https://github.com/Infleqtion/client-superstaq')
L(YC, 72, True, PA + ' / Hardware-Agnostic Optimization', 'Paulihedral: a generalized block-wise compiler optimization framework for Quantum simulation kernels', '2109.03371', venue='ASPLOS 2022', year=2022, authors=['Gushu Li'])
L(YC, 75, True, PA + ' / Hardware-Agnostic Optimization', 'Assertion-Based Optimization of Quantum Programs', '1810.00375', venue='OOPSLA 2013', year=2013, authors=['Häner', 'Hoefler', 'Troyer'])
L(YC, 97, True, PA + ' / Hardware-Aware Compilation & Mapping', 'Scheduling of Operations in Quantum Compiler', '2011.04936', venue='QCE 2020', year=2020, authors=['Toshinari Itoko', 'Takashi Imamichi'])
L(YC, 102, True, PA + ' / Hardware-Aware Compilation & Mapping', 'Compiling quantum circuits for dynamically field-programmable neutral atoms array processors', '2306.03487', venue='Quantum 2024', year=2024, authors=['Bochen Tan'])
L(YC, 103, True, PA + ' / Hardware-Aware Compilation & Mapping', 'AlphaRouter: Quantum Circuit Routing with Reinforcement Learning and Tree Search', '2410.05115', venue='QCE 2024', year=2024, authors=['Wei Tang'])
L(YC, 123, True, PA + ' / Runtime & Dynamic Execution', 'Qibolab: An Open-Source Hybrid Quantum Operating System', url='https://quantum-journal.org/papers/q-2024-02-12-1247/', venue='Quantum Journal 2024', year=2024, authors=['Stavros Efthymiou'], code='https://github.com/qiboteam/qibolab')
L(YC, 145, True, PB + ' / Quantum Formal Verification', 'Twist: Sound Reasoning for Purity and Entanglement in Quantum Programs', '2205.02287', venue='POPL 2022', year=2022, authors=['Charles Yuan'])
L(YC, 169, True, PB + ' / Error-Aware & Noise-Aware Compilation', 'On the Use of Calibration Data in Error-Aware Compilation Techniques for NISQ Devices', '2407.21462', venue='arXiv 2024', year=2024, authors=['Handy Kurniawan'])
L(YC, 183, True, PB + ' / Quantum Circuit Analysis', 'Character Complexity: A Novel Measure for Quantum Circuit Analysis', '2408.09641', venue='arXiv 2024', year=2024, authors=['Daksh Shami'])
L(YC, 224, True, PC + ' / Trapped-Ion QC', 'TISCC: A Surface Code Compiler and Resource Estimator for Trapped-Ion Processors', url='https://dl.acm.org/doi/abs/10.1145/3624062.3624214', venue='SC 2023', year=2023, authors=['Tyler Leblond'])
L(YC, 232, True, PC + ' / Neutral-Atom QC', 'Weaver: A Retargetable Compiler Framework for FPQA Quantum Architectures', '2409.07870', venue='CGO 2025', year=2025, authors=['Oğuzcan Kırmemiş'])
L(YC, 235, True, PC + ' / Neutral-Atom QC', 'Pulse Family Optimization for Parametrized Quantum Gates Using Spectral Clustering', '2408.00119', venue='Quantum Journal 2024', year=2024, authors=['Robert de Keijzer'])
L(YC, 236, True, PC + ' / Neutral-Atom QC', 'Q-Pilot: Field Programmable Qubit Array Compilation with Flying Ancillas', '2311.16190', venue='DAC 2024', year=2024, authors=['Hanrui Wang'])
L(YC, 253, True, PC + ' / Topological QC (theoretical stage)', 'Topological quantum compilation of two-qubit gates', '2408.07132', venue='Physical Review Journals 2024', year=2024, authors=['Parsa Hosseini'])

# ---- lockwo
for n in (14, 15, 18, 20):
    L(LW, n, False, 'Table of Contents')
R = 'Contents / Reviews'
L(LW, 28, True, R, 'A Survey on Quantum Reinforcement Learning', '2211.03464', year=2022)
L(LW, 31, True, R, 'The Variational Quantum Eigensolver: A review of methods and best practices', url='https://www.sciencedirect.com/science/article/pii/S0370157322003118', year=2022)
L(LW, 32, True, R, 'Variational Quantum Algorithms', '2012.09265', year=2021)
L(LW, 33, True, R, 'Emerging quantum computing algorithms for quantum chemistry', '2109.02873', year=2021)
L(LW, 36, True, R, 'A non-review of Quantum Machine Learning: trends and explorations', url='https://quantum-journal.org/views/qv-2020-03-17-32/', year=2020)
L(LW, 41, True, 'Contents / Software', 'Differentiable quantum computational chemistry with PennyLane', '2111.09967', year=2023)
L(LW, 52, True, 'Contents / Theory / Expressivity', 'Dimensional Expressivity Analysis of Parametric Quantum Circuits', url='https://quantum-journal.org/papers/q-2021-03-29-422/', year=2021)
L(LW, 59, True, 'Contents / Theory / Dynamics', 'The Quantum Path Kernel: a Generalized Quantum Neural Tangent Kernel for Deep Quantum Machine Learning', '2212.11826', year=2022)
L(LW, 74, True, 'Contents / Theory / Trainability', 'On barren plateaus and cost function locality in variational quantum algorithms', '2011.10530', year=2021)
C = 'Contents / Theory / Complexity and Learnability and Generalization'
L(LW, 78, True, C, 'Provably efficient machine learning for quantum many-body problems', '2106.12627', year=2022)
L(LW, 79, True, C, 'Quantum machine learning beyond kernel methods', '2110.13162', year=2022)
L(LW, 83, True, C, 'Encoding-dependent generalization bounds for parametrized quantum circuits', url='https://quantum-journal.org/papers/q-2021-11-17-582/', year=2021)
Q = 'Contents / Quantum Reinforcement Learning'
L(LW, 100, True, Q, 'Quantum Policy Gradient Algorithm with Optimized Action Decoding', '2212.06663', year=2022)
L(LW, 106, True, Q, 'Quantum reinforcement learning: the maze problem', url='https://link.springer.com/article/10.1007/s42484-022-00068-y', year=2022)
L(LW, 112, True, Q, 'Variational Quantum Soft Actor-Critic', '2112.11921', year=2021)
L(LW, 117, True, Q, 'Reinforcement Learning with Deep Quantum Neural Networks', url='https://www.scirp.org/html/1-1300264_90994.htm?pagespeed=noscript', year=2019)

# ---- PillowTomZA
for n in (12, 13, 14, 15, 16):
    L(PT, n, False, 'Table of Content')
LR, FM, PP, FR, NP = 'Literature Reviews', 'Fluid Mechanics', 'PINN Packages', 'Frameworks, and mitigating pathologies', 'Non-PINN papers'
L(PT, 23, True, LR, 'Physics-informed machine learning', url='https://www.nature.com/articles/s42254-021-00314-5#citeas', venue='Nat. Rev. Phys. 2021', year=2021, authors=['George Em Karniadakis', 'Ioannis G Kevrekidis', 'Lu Lu', 'Paris Perdikaris', 'Sifan Wang', 'Liu Yang'])
# a Springer book (ISBN-style DOI 978-3-030-...): not a paper
L(PT, 27, False, LR)
L(PT, 34, True, LR, 'Physics-informed neural networks for heat transfer problems', doi='10.1115/1.4050542', url='https://doi.org/10.1115/1.4050542', venue='J. Heat Transfer 2021', year=2021, authors=['Shengze Cai', 'Zhicheng Wang', 'Sifan Wang', 'Paris Perdikaris', 'George Em Karniadakis'], end=35)
L(PT, 36, True, LR, 'Physics-informed neural network (PINN) evolution and beyond: A systematic literature review and bibliometric analysis', doi='10.3390/bdcc6040140', url='https://doi.org/10.3390/bdcc6040140', venue='Big Data Cogn. Comput. 2022', year=2022, authors=['Zaharaddeen Karami Lawal', 'Hayati Yassin', 'Daphne Teck Ching Lai', 'Azam Che Idris'], end=38)
L(PT, 46, True, FM, 'Investigation of physics-informed deep learning for the prediction of parametric, three-dimensional flow based on boundary data', url='https://www.sciencedirect.com/science/article/pii/S0045793024001348', venue='Comput. Fluids 2024', year=2024, authors=['Philip Heger', 'Daniel Hilger', 'Markus Full', 'Norbert Hosters'], end=49)
L(PT, 59, True, FM, 'Dynamic weight strategy of physics-informed neural networks for the 2D Navier-Stokes equations', '2005.05092', venue='Entropy (Basel) 2022', year=2022, authors=['Shirong Li', 'Xinlong Feng'], end=60)
L(PT, 63, True, FM, 'Turbulence modeling for physics-informed neural networks: Comparison of different RANS models for the backward-facing step flow', url='https://www.mdpi.com/2311-5521/8/2/43', venue='Fluids 2023', year=2023, authors=['Fabian Pioch', 'Jan Hauke Harmening', 'Andreas Maximilian Muller', 'Franz-Josef Peitzmann', 'Dieter Schramm', 'Ould el Moctar'], end=67)
L(PT, 68, True, FM, 'Three-dimensional physics-informed neural network simulation in coronary artery trees', url='https://www.mdpi.com/2311-5521/9/7/153', venue='Fluids 2024', year=2024, authors=['Nursultan Alzhanov', 'Eddie Y K Ng', 'Yong Zhao'], end=69)
L(PT, 80, True, PP, 'NVIDIA SimNet™: An AI-Accelerated Multi-Physics Simulation Framework', url='https://link.springer.com/chapter/10.1007/978-3-030-77977-1_36', venue='ICCS 2021', year=2021, authors=['Oliver Hennigh', 'Susheela Narasimhan', 'Mohammad Amin Nabian', 'Akshay Subramaniam', 'Kaustubh Tangsali', 'Zhiwei Fang', 'Max Rietmann', 'Wonmin Byeon', 'Sanjay Choudhry'], end=83)
L(PT, 87, True, FR, 'Understanding and mitigating gradient pathologies in physics-informed neural networks', '2001.04536', year=2020, authors=['Sifan Wang', 'Yujun Teng', 'Paris Perdikaris'], end=88)
L(PT, 89, True, FR, 'An extended physics informed neural network for preliminary analysis of parametric optimal control problems', '2110.13530', year=2021, authors=['Nicola Demo', 'Maria Strazzullo', 'Gianluigi Rozza'], end=90)
L(PT, 91, True, FR, 'Physics-informed neural networks with hard constraints for inverse design', url='https://epubs.siam.org/doi/10.1137/21M1397908', venue='SIAM J. Sci. Comput. 2021', year=2021, authors=['Lu Lu', 'Raphaël Pestourie', 'Wenjie Yao', 'Zhicheng Wang', 'Francesc Verdugo', 'Steven G Johnson'], code='https://github.com/lululxvi/hpinn', end=93)
L(PT, 94, True, FR, 'Locally adaptive activation functions with slope recovery for deep and physics-informed neural networks', url='https://royalsocietypublishing.org/doi/10.1098/rspa.2020.0334', venue='Proc. Math. Phys. Eng. Sci. 2020', year=2020, authors=['Ameya D Jagtap', 'Kenji Kawaguchi', 'George Em Karniadakis'], end=95)
L(PT, 96, True, FR, 'A practical PINN framework for multi-scale problems with multi-magnitude loss terms', url='https://www.sciencedirect.com/science/article/pii/S0021999124003619', venue='J. Comput. Phys. 2024', year=2024, authors=['Yong Wang', 'Yanzhong Yao', 'Jiawei Guo', 'Zhiming Gao'], end=97)
L(PT, 104, True, NP, 'Physics-driven learning of the steady Navier-Stokes equations using deep Convolutional neural networks', '2106.09301', venue='arXiv 2021', year=2021, authors=['Hao Ma', 'Yuxuan Zhang', 'Nils Thuerey', 'Xiangyu Hu', 'Oskar J Haidn'], end=105)

# ---- Jun-Pu (all 16 table rows)
def J(line, year, venue, title, url, arxiv, code, summary):
    L(JP, line, True, 'Methodologies / Year %d' % year, title, arxiv, url=url, venue='%s %d' % (venue, year), year=year, code=code, summary=summary)
J(45, 2023, 'ICLR', 'QuAnt: Quantum Annealing with Learnt Couplings', 'https://openreview.net/pdf?id=isiQ5KIXbjj', '2210.08114', None,
  'Proposing to learn quadratic unconstrained binary optimization (QUBO) forms from data through gradient back-propagation instead of deriving them. Demonstrating the advantages of learned  QUBOs on the diverse problem types of graph matching, 2D point cloud alignment and 3D rotation estimation.')
J(46, 2023, 'CVPR', 'CCuantuMM: Cycle-Consistent Quantum-Hybrid Matching of Multiple Shapes', 'https://openaccess.thecvf.com/content/CVPR2023/papers/Bhatia_CCuantuMM_Cycle-Consistent_Quantum-Hybrid_Matching_of_Multiple_Shapes_CVPR_2023_paper.pdf', '2303.16202', None,
  'Introducing the first quantum-hybrid cycle-consistent approach for 3D shape multi-matching. Significantly outperforming extensions to multi-shape matching of a previous quantum-hybrid two-shape matching method and is on-par with classical multi-matching methods.')
J(47, 2023, 'CVPR', 'Quantum Multi Model Fitting', 'https://openaccess.thecvf.com/content/CVPR2023/papers/Farina_Quantum_Multi-Model_Fitting_CVPR_2023_paper.pdf', '2303.15444', 'https://github.com/FarinaMatteo/qmmf',
  'Formulating multi-model fitting as a problem that can be efficiently sampled by modern adiabatic quantum computers without the relaxation of the objective function. Supporting real-world-sized problems.')
J(48, 2023, 'ICML', 'A Hybrid Quantum-Classical Approach based on the Hadamard Transform for the Convolutional Layer', 'https://proceedings.mlr.press/v202/pan23d/pan23d.pdf', '2305.17510', 'https://github.com/phy710/icml2023-ht',
  'Proposing a novel Hadamard Transform (HT)-based neural network layer for hybrid quantum-classical computing.')
J(54, 2022, 'CVPR', 'An Iterative Quantum Approach for Transformation Estimation from Point Sets', 'https://openaccess.thecvf.com/content/CVPR2022/papers/Meli_An_Iterative_Quantum_Approach_for_Transformation_Estimation_From_Point_Sets_CVPR_2022_paper.pdf', None, None,
  'Proposing an iterative method for estimating rigid transformations from point sets using adiabatic quantum computation.')
J(55, 2022, 'CVPR', 'Adiabatic Quantum Computing for Multi Object Tracking', 'https://openaccess.thecvf.com/content/CVPR2022/papers/Zaech_Adiabatic_Quantum_Computing_for_Multi_Object_Tracking_CVPR_2022_paper.pdf', '2202.08837', None,
  'Proposing the first multi-object tracking formulation designed to be solved with adiabatic quantum computing.')
J(56, 2022, 'CVPR', 'A Hybrid Quantum-Classical Algorithm for Robust Fitting', 'https://openaccess.thecvf.com/content/CVPR2022/papers/Doan_A_Hybrid_Quantum-Classical_Algorithm_for_Robust_Fitting_CVPR_2022_paper.pdf', '2201.10110', None,
  'Novel robust fitting formulation that solves a sequence of integer programs and terminates with a global solution or an error bound.')
J(57, 2022, 'ECCV', 'Q-FW: A Hybrid Classical-Quantum Frank-Wolfe for Quadratic Binary Optimization', 'https://www.ecva.net/papers/eccv_2022/papers_ECCV/papers/136830341.pdf', '2203.12633', None,
  'A hybrid classical-quantum framework based on the Frank-Wolfe algorithm, namely Q-FW, for solving quadratic, linearly-constrained, binary optimization problems on quantum annealers.')
J(58, 2022, 'ECCV', 'Quantum Motion Segmentation', 'https://www.ecva.net/papers/eccv_2022/papers_ECCV/papers/136890497.pdf', '2203.13185', None,
  'The first algorithm for motion segmentation that relies on adiabatic quantum optimization of the objective function.')
J(64, 2021, 'CVPR', 'Quantum Permutation Synchronization', 'https://openaccess.thecvf.com/content/CVPR2021/papers/Birdal_Quantum_Permutation_Synchronization_CVPR_2021_paper.pdf', '2101.07755', None,
  'The first quantum algorithm for solving a synchronization problem in the context of computer vision.')
J(65, 2021, 'ICCV', 'Q-Match: Iterative Shape Matching via Quantum Annealing', 'https://openaccess.thecvf.com/content/ICCV2021/papers/Benkner_Q-Match_Iterative_Shape_Matching_via_Quantum_Annealing_ICCV_2021_paper.pdf', '2105.02878', None,
  'A new iterative quantum method for quadratic assignment problems inspired by the α-expansion algorithm, which allows solving problems of an order of magnitude larger than current quantum methods.')
J(71, 2020, 'NeurIPS', 'Recurrent Quantum Neural Networks', 'https://proceedings.neurips.cc/paper/2020/file/0ec96be397dd6d3cf2fecb4a2d627c1c-Paper.pdf', '2006.14619', None,
  'Constructing a quantum recurrent neural network (QRNN) with demonstrable performance on non-trivial tasks such as sequence learning and integer digit classification.')
J(72, 2020, '3DV', 'Adiabatic Quantum Graph Matching with Permutation Matrix Constraints', 'https://vcai.mpi-inf.mpg.de/projects/QGM/data/SeelbachBenkner_etal.pdf', '2107.04032', None,
  'Proposing several reformulations of quadratic assignment problems as unconstrained problems suitable for efficient execution on quantum hardware.')
J(73, 2020, 'ECCV', 'Quantum-soft QUBO Suppression for Accurate Object Detection', 'https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123740154.pdf', '2007.13992', None,
  'Mapping the task of removing redundant detections into Quadratic Unconstrained Binary Optimization (QUBO) framework that consists of detection score from each bounding box and overlap ratio between pair of bounding boxes. Solve the QUBO problem using the proposed Quantum-soft QUBO Suppression (QSQS) algorithm for fast and accurate detection by exploiting quantum computing advantages.')
J(79, 2019, 'Nature', 'Supervised learning with quantum-enhanced feature spaces', 'https://drive.google.com/file/d/1FzNzPV5gf8LPKv8FN2CslNy_jszAUK34/view?usp=sharing', '1804.11326', None,
  'One method, the quantum variational classifier, uses a variational quantum circuit to classify the data in a way similar to the method of conventional SVMs. The other method, a quantum kernel estimator, estimates the kernel function on the quantum computer and optimizes a classical SVM.')
J(84, 2011, 'ICCVw', 'The Wave Kernel Signature: A Quantum Mechanical Approach to Shape Analysis', 'https://drive.google.com/file/d/1NLj5bCnaS1Nmw48n04dusi8jU_GJH8dp/view?usp=sharing', None, None,
  'Characterizing points on non-rigid three-dimensional shapes.')

with open(D / 'labels.jsonl', 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), sum(o['is_paper'] for o in out))
