import json, os
D = os.path.dirname(os.path.abspath(__file__))
M = "MartinuzziFrancesco__awesome-scientific-machine-learning.README.md"
X = "xiaoyuxie-vico__Awesome-ML-PDE.README.md"
C = "XiangCHEN-dvi__awesome-PDE-foundation-model-papers.README.md"
I = "ishandutta2007__Awesome-Physics-Informed-Neural-Networks.README.md"
NIPS = "Advances in Neural Information Processing Systems"
def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, doi=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=doi, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=summary)
N = dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None, authors=[], code=None, summary=None)
L = []
def add(lst, line, sec, d):
    L.append((lst, line, sec, d))
# ---- Martinuzzi
for ln in (13, 17, 20, 26, 28):
    add(M, ln, "Contents", N)
nde = "Papers / Neural Differential Equations"
add(M, 36, nde, P("Universal Differential Equations for Scientific Machine Learning", "2001.04385", None, "arXiv 2020", 2020,
    ["Christopher Rackauckas","Yingbo Ma","Julius Martensen","Collin Warner","Kirill Zubov","Rohit Supekar","Dominic Skinner","Ali Ramadhan","Alan Edelman"],
    "https://github.com/ChrisRackauckas/universal_differential_equations"))
add(M, 37, nde, P("Stiff neural ordinary differential equations", "2103.15341", "https://aip.scitation.org/doi/full/10.1063/5.0060697",
    "Chaos: An Interdisciplinary Journal of Nonlinear Science 2021", 2021,
    ["Suyong Kim","Weiqi Ji","Sili Deng","Yingbo Ma","Christopher Rackauckas"], "https://github.com/DENG-MIT/StiffNeuralODE"))
add(M, 38, nde, P("Hamiltonian neural networks", "1906.01563", "https://papers.nips.cc/paper/2019/hash/26cd8ecadce0d4efd6cc8a8725cbd1f8-Abstract.html",
    "Advances in neural information processing systems 2019", 2019, ["Samuel Greydanus","Misko Dzamba","Jason Yosinski"], "https://github.com/greydanus/hamiltonian-nn"))
add(M, 39, nde, P("Augmented neural odes", "1904.01681", "https://papers.nips.cc/paper/2019/hash/21be9a4bd4f81549a9d1d241981cec3c-Abstract.html",
    NIPS + " 2019", 2019, ["Emilien Dupont","Arnaud Doucet","Yee Whye Teh"], "https://github.com/EmilienDupont/augmented-neural-odes"))
add(M, 41, nde, P("GRU-ODE-Bayes: Continuous modeling of sporadically-observed time series", "1905.12374",
    "https://proceedings.neurips.cc/paper/2019/hash/455cb2657aaa59e32fad80cb0b65b9dc-Abstract.html",
    "Advances in neural information processing systems 2019", 2019, ["Edward De Brouwer","Jaak Simm","Adam Arany","Yves Moreau"],
    "https://github.com/edebrouwer/gru_ode_bayes"))
add(M, 42, nde, P("Learning long-term dependencies in irregularly-sampled time series", "2006.04418", None, "arXiv 2020", 2020,
    ["Mathias Lechner","Ramin Hasani"], "https://github.com/mlech26l/ode-lstms"))
add(M, 43, nde, P("Neural controlled differential equations for irregular time series", "2005.08926",
    "https://proceedings.neurips.cc/paper/2020/hash/4a5876b450b45371f6cfe5047ac8cd45-Abstract.html",
    NIPS + " 2020", 2020, ["Patrick Kidger","James Morrill","James Foster","Terry Lyons"], "https://github.com/patrick-kidger/NeuralCDE"))
add(M, 51, "Papers / Physics Informed NNs", P("Quantifying total uncertainty in physics-informed neural networks for solving forward and inverse stochastic problems",
    "1809.08327", "https://www.sciencedirect.com/science/article/pii/S0021999119305340?via%3Dihub", "Journal of Computational Physics 2019", 2019,
    ["Dongkun Zhang","Lu Lu","Ling Guo","George Em Karniadakis"]))
add(M, 59, "Papers / Neural Operators", P("Learning the solution operator of parametric partial differential equations with physics-informed DeepONets",
    None, "https://www.science.org/doi/full/10.1126/sciadv.abi8605", "Science advances 2021", 2021,
    ["Sifan Wang","Hanwen Wang","Paris Perdikaris"], "https://github.com/PredictiveIntelligenceLab/Physics-informed-DeepONets"))
add(M, 64, "Papers / Model Discovery", P("Discovering governing equations from data by sparse identification of nonlinear dynamical systems",
    "1509.03580", "https://www.pnas.org/doi/full/10.1073/pnas.1517384113", "Proceedings of the national academy of sciences 2016", 2016,
    ["Steven L. Brunton","Joshua L. Proctor","J. Nathan Kutz"]))
add(M, 75, "Software / Julia", N)
add(M, 82, "Software / Python / Pythorch based", N)
add(M, 83, "Software / Python / Pythorch based", N)
add(M, 107, "Videos / Channels", N)
add(M, 123, "Videos / Conferences and Workshops / Past", N)
# ---- xiaoyuxie
MZ = "Model Zoo"
add(X, 11, MZ, P("Machine learning accelerated computational fluid dynamics", "2102.01010", None, "arXiv 2021", 2021, ["Dmitrii Kochkov"]))
add(X, 16, MZ, P("Turbulence modeling in the age of data", "1804.00183", None, "Annual Review of Fluid Mechanics 2019", 2019,
    ["K. Duraisamy","G. Iaccarino","H. Xiao"]))
add(X, 17, MZ, P("Subgrid modelling for two-dimensional turbulence using neural networks", "1808.02983", None, "Journal of Fluid Mechanics 2019", 2019, ["Romit Maulik"]))
add(X, 21, MZ, P("Solver-in-the-Loop: Learning from Differentiable Physics to Interact with Iterative PDE-Solvers", "2007.00016", None, "arXiv 2020", 2020, ["Kiwon Um"]))
add(X, 24, MZ, P("EP-PINNs: Cardiac electrophysiology characterisation using physics-informed neural networks", None,
    "https://www.frontiersin.org/articles/10.3389/fcvm.2021.768419/full", "Frontiers in cardiovascular medicine 2022", 2022,
    ["C. Martin","A. Oved","R. Chowdhury","E. Ullmann","N. Peters","A. Bharath","M. Varela"]))
add(X, 30, MZ, P("Auto-PINN: Understanding and optimizing physics-informed neural architecture", "2205.13748", None, "arXiv 2022", 2022,
    ["Y. Wang","X. Han","C. Chang","D. Zha","U. Braga-Neto","X. Hu"]))
add(X, 32, MZ, P("Heat transfer modeling with physics-informed neural network", None, "https://link.springer.com/chapter/10.1007/978-3-031-04028-3_3",
    "Intelligent Systems Modeling and Simulation II: Machine Learning, Neural Networks, Efficient Numerical Algorithm and Statistical Methods 2022", 2022,
    ["N. Dhamirah Mohamad","A. Yousif","N. Shaari","H. Mustafa","S. Abdul Karim","A. Shafie","M. Izzatullah"]))
add(X, 34, MZ, P("Physics-constrained deep learning of incompressible cavity flows", "2211.06375", None, "arXiv 2022", 2022, ["C. McDevitt","E. Fowler","S. Roy"]))
add(X, 35, MZ, P("Physics informed neural networks for elliptic equations with oscillatory differential operators", "2212.13531", None, "arXiv 2022", 2022,
    ["S. Carney","A. Gangal","L. Kim"]))
add(X, 36, MZ, P("Mean flow reconstruction of unsteady flows using physics-informed neural networks", None,
    "https://www.cambridge.org/core/journals/data-centric-engineering/article/mean-flow-reconstruction-of-unsteady-flows-using-physicsinformed-neural-networks/FA2A09B976B0ACE4C8C2CEA9205C540D",
    "Data-Centric Engineering 2023", 2023, ["L. Sliwinski","G. Rigas"]))
add(X, 37, MZ, P("Turbulence modeling for physics-informed neural networks: Comparison of different RANS models for the backward-facing step flow", None,
    "https://www.mdpi.com/2311-5521/8/2/43", "Fluids 2023", 2023, ["F. Pioch","J. Harmening","A. Müller","F. Peitzmann","D. Schramm","O. Moctar"]))
add(X, 39, MZ, P("Wave equation modeling via physics-informed neural networks: models of soft and hard constraints for initial and boundary conditions", None,
    "https://www.mdpi.com/1424-8220/23/5/2792", "Sensors 2023", 2023, ["S. Alkhadhr","M. Almekkawy"]))
add(X, 40, MZ, P("Multiadam: Parameter-wise scale-invariant optimizer for multiscale training of physics-informed neural networks", "2306.02816", None, "arXiv", None,
    ["J. Yao","C. Su","Z. Hao","S. Liu","H. Su","J. Zhu"]))
add(X, 41, MZ, P("Operator learning for predicting multiscale bubble growth dynamics", None,
    "https://pubs.aip.org/aip/jcp/article/154/10/104118/1059074/Operator-learning-for-predicting-multiscale-bubble", "The Journal of Chemical Physics 2021", 2021,
    ["C. Lin","Z. Li","L. Lu","S. Cai","M. Maxey","G. Karniadakis"]))
add(X, 42, MZ, P("DeepM&Mnet: Inferring the electroconvection multiphysics fields based on operator approximation by neural networks", None,
    "https://www.sciencedirect.com/science/article/abs/pii/S0021999121001911?via%3Dihub", "Journal of Computational Physics 2021", 2021,
    ["S. Cai","Z. Wang","L. Lu","T. Zaki","G. Karniadakis"]))
add(X, 46, MZ, P("PPDONet: Deep operator networks for fast prediction of steady-state solutions in disk-planet systems", None,
    "https://iopscience.iop.org/article/10.3847/2041-8213/acd77f", "The Astrophysical Journal Letters 2023", 2023,
    ["S. Mao","R. Dong","L. Lu","K. M. Yi","S. Wang","P. Perdikaris"]))
for ln in (55, 56, 57):
    add(X, ln, "Videos", N)
add(X, 64, "Research Groups", N)
# ---- XiangCHEN
lines = open(os.path.join(D, C), encoding="utf-8").read().split("\n")
def cells(ln):
    return [c.strip() for c in lines[ln-1].strip().strip("|").split("|")]
for ln in (11, 13, 14, 15, 16, 19, 21, 22, 23, 24, 25, 27, 29, 30, 31, 32, 33):
    c = cells(ln)
    name, arx = [s.strip() for s in c[0].split("<br>")]
    assert arx.startswith("arXiv:")
    v = c[1]
    if v == "/":
        venue, year = "arXiv", None
    else:
        venue = v
        import re
        year = int(re.search(r"(20\d\d)", v).group(1))
    add(C, ln, "Models", P(name, arx[6:], None, venue, year, [], None, c[3]))
add(C, 39, "Datasets", P("RealPDEBench", "2601.01829", None, "arXiv", None))
add(C, 43, "Datasets", P("PDEBench", "2210.07182", None, "NeurIPS 2022", 2022))
add(C, 44, "Datasets", P("PDEArena", "2209.15616", None, "ICLR 2023", 2023, [], "https://github.com/pdearena/pdearena"))
# ---- ishandutta
E1, E2, E3, E4 = "1. The Chronological Evolution", "2. Core Mathematical & Architectural Variants", "3. Stochastic & Uncertainty Quantification Types", "4. Real-World Engineering Applications"
add(I, 20, E1, P("Physics-informed neural networks: A deep learning framework for solving forward and inverse problems involving nonlinear partial differential equations", "1711.10561", year=2019))
add(I, 21, E1, P("Extended Physics-Informed Neural Networks (XPINNs): A Generalized Space-Time Domain Decomposition based Deep Learning Framework for Nonlinear Partial Differential Equations", "2007.04320", year=2020))
add(I, 22, E1, P("DeepONet: Learning nonlinear operators for identifying differential equations based on the universal approximation theorem of operators", "1910.03193", year=2019))
add(I, 32, E2, P("hp-VPINNs: Variational Physics-Informed Neural Networks For Deep Learning of Partial Differential Equations", "1903.00835", year=2019))
add(I, 33, E2, P("fPINNs: Fractional Physics-Informed Neural Networks", "1811.08967", year=2019))
add(I, 34, E2, P("Conservative physics-informed neural networks on discrete domains for conservation laws: Applications to forward and inverse problems", "2001.05981", year=2020))
add(I, 35, E2, P("Physics-informed neural networks: A deep learning framework for solving forward and inverse problems involving nonlinear partial differential equations", "1711.10561", year=2019))
add(I, 45, E3, P("B-PINNs: Bayesian Physics-Informed Neural Networks for Forward and Inverse PDE Problems with Noisy Data", "2003.06097", year=2020))
add(I, 46, E3, P("Quantifying total uncertainty in physics-informed neural networks for solving forward and inverse stochastic problems", "1903.08226", year=2019))
add(I, 54, E4, P("Physics-informed neural networks for solving forward and inverse flow problems via the Boltzmann-BGK formulation", "2004.14816", year=2020))
add(I, 55, E4, P("Surrogate modeling for fluid flows based on physics-constrained deep learning without simulation data", None,
    "https://doi.org/10.1016/j.cma.2019.112732", None, 2020, doi="10.1016/j.cma.2019.112732"))
add(I, 56, E4, P("Machine learning in cardiovascular flows modeling: Predicting arterial blood pressure from non-invasive 4D flow MRI data using physics-informed neural networks", "1905.04362", year=2020))

sample = json.load(open(os.path.join(D, "sample.json")))
want = {(k, ln) for k, v in sample.items() for ln in v["lines"]}
got = {(a, b) for a, b, _, _ in L}
assert want == got, (want - got, got - want)
cache = {}
with open(os.path.join(D, "labels.jsonl"), "w", encoding="utf-8") as f:
    for lst, ln, sec, d in L:
        if lst not in cache:
            cache[lst] = open(os.path.join(D, lst), encoding="utf-8").read().split("\n")
        rec = {"list": lst, "line": ln, "raw": cache[lst][ln-1]}
        rec.update(d)
        rec["section"] = sec
        keys = ["list","line","raw","is_paper","title","arxiv_id","doi","url","venue","year","authors","code","summary","section"]
        f.write(json.dumps({k: rec[k] for k in keys}, ensure_ascii=False) + "\n")
print(len(L))
