#!/usr/bin/env python3
"""Hand-written labels for the entries drawn by sample.py (read by eye from the files)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
J = 'JackHCC__Awesome-Uplift-Model.README.md'
W = 'WilliamWJHuang__awesome-causal-inference.README.md'
H = 'wlattner__hete.README.md'

def P(title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, summary=None, section=None):
    return dict(is_paper=True, title=title, arxiv_id=arxiv, doi=None, url=url, venue=venue, year=year,
                authors=list(authors), code=code, summary=summary, section=section)

def N(section):
    return dict(is_paper=False, title=None, arxiv_id=None, doi=None, url=None, venue=None, year=None,
                authors=[], code=None, summary=None, section=section)

L = {
 (J, 7): N('Notations'),
 (J, 21): P('Metalearners for estimating heterogeneous treatment effects using machine learning', url='https://www.pnas.org/doi/epdf/10.1073/pnas.1804597116', venue='Proceedings of the national academy of sciences 2019', year=2019, authors=['S R Künzel', 'J S Sekhon', 'P J Bickel'], section='Meta Learner Algorithms'),
 (J, 103): P('The central role of the propensity score in observational studies for causal effects', url='https://www.stat.cmu.edu/~ryantibs/journalclub/rosenbaum_1983.pdf', venue='Biometrika 1983', year=1983, authors=['P R Rosenbaum', 'D B Rubin'], section='PSM (propensity score matching)'),
 (J, 111): P('An introduction to propensity score methods for reducing the effects of confounding in observational studies', url='https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3144483/', venue='Multivariate behavioral research 2011', year=2011, authors=['P C Austin'], section='PSM (propensity score matching)'),
 (J, 125): P('Entropy balancing for causal effects: A multivariate reweighting method to produce balanced samples in observational studies', url='https://econpapers.repec.org/article/cuppolals/v_3a20_3ay_3a2012_3ai_3a01_3ap_3a25-46_5f01.htm', venue='Political analysis 2012', year=2012, authors=['J Hainmueller'], section='Covariate Balancing Method'),
 (J, 131): P('Approximate residual balancing: debiased inference of average treatment effects in high dimensions', arxiv='1604.07125', venue='Journal of the Royal Statistical Society: Series B (Statistical Methodology) 2018', year=2018, authors=['S Athey', 'G W Imbens', 'S Wager'], section='Covariate Balancing Method'),
 (J, 195): P('Real-world uplift modelling with significance-based uplift trees', url='https://www.stochasticsolutions.com/pdf/sig-based-up-trees.pdf', venue='Stochastic Solutions White Paper TR-2011-1 2011', year=2011, authors=['Nicholas J. Radcliffe', 'Patrick D. Surry'], section='Tree-based Algorithms'),
 (J, 209): P('Uplift modeling with multiple treatments and general response types', url='https://epubs.siam.org/doi/pdf/10.1137/1.9781611974973.66', venue='SIAM International Conference on Data Mining 2017', year=2017, authors=['Yan Zhao', 'Xiao Fang', 'David Simchi-Levi'], section='Tree-based Algorithms'),
 (J, 219): P('Recursive partitioning for heterogeneous causal effects', url='https://www.pnas.org/doi/epdf/10.1073/pnas.1510489113', venue='Proceedings of the National Academy of Sciences 2016', year=2016, authors=['Susan Athey', 'Guido Imbens'], section='Tree-based Algorithms'),
 (J, 234): P('Estimation and Inference of Heterogeneous Treatment Effects using Random Forests', arxiv='1510.04342', venue='Journal of the American Statal Association 2018', year=2018, authors=['S Wager', 'S Athey'], section='Tree-based Algorithms'),
 (J, 254): P('Two-Stage Least Squares Estimation of Average Causal Effects in Models With Variable Treatment Intensit', url='https://scholar.harvard.edu/imbens/files/wo-stage_least_squares_estimation_of_average_causal_effects_in_models_with_variable_treatment_intensity.pdf', venue='Journal of the American statistical Association 1995', year=1995, authors=['J D Angrist', 'G W Imbens'], section='Instrumental Variables Algorithms'),
 (J, 283): P('Learning representations for counterfactual inference', url='https://www.tandfonline.com/doi/pdf/10.1080/01621459.1996.10476902', venue='ICML 2016', year=2016, authors=['Fredrik D. Johansson', 'Uri Shalit', 'David Sontag'], section='Neural-network-based Algorithms'),
 (J, 310): P('Double Machine Learning for Treatment and Causal Parameters', arxiv='1608.00060', venue='arXiv 2016', year=2016, authors=['V. Chernozhukov', 'D. Chetverikov', 'M. Demirer', 'E. Duflo', 'C. Hansen', 'W. Newey'], section='Neural-network-based Algorithms'),
 (J, 323): P('Estimating individual treatment effect: generalization bounds and algorithms', arxiv='1606.03976', url='http://proceedings.mlr.press/v70/shalit17a/shalit17a.pdf', venue='arXiv 2016', year=2016, authors=['Uri Shalit', 'Fredrik D. Johansson', 'David Sontag'], section='Neural-network-based Algorithms'),
 (J, 333): P('Representation Learning for Treatment Effect Estimation from Observational Data', url='https://proceedings.neurips.cc/paper/2018/file/a50abba8132a77191791390c3eb19fe7-Paper.pdf', venue='Advances in Neural Information Processing Systems 2018', year=2018, authors=['Liuyi Yao', 'Sheng Li', 'Yaliang Li', 'Mengdi Huai', 'Jing Gao', 'Aidong Zhang'], section='Neural-network-based Algorithms'),
 (J, 343): P('Perfect match: A simple method for learning representations for counterfactual inference with neural networks', arxiv='1810.00656', venue='arXiv 2018', year=2018, authors=['Patrick Schwab', 'Lorenz Linhardt', 'Walter Karlen'], section='Neural-network-based Algorithms'),
 (J, 351): P('Causal effect inference with deep latent-variable models', arxiv='1705.08821', url='https://proceedings.neurips.cc/paper/2017/file/94b5bde6de888ddf9cde6748ad2523d1-Paper.pdf', venue='arXiv 2017', year=2017, authors=['Christos Louizos'], section='Neural-network-based Algorithms'),
 (J, 363): P('Adapting neural networks for the estimation of treatment effects', url='https://proceedings.neurips.cc/paper/2019/file/8fb5f8be2aa9d6c64a04e3ab9f63feee-Paper.pdf', venue='NeurIPS 2019', year=2019, authors=['Claudia Shi', 'David M. Blei', 'Victor Veitch'], code='https://github.com/claudiashi57/dragonnet', section='Neural-network-based Algorithms'),
 (J, 384): P('The Propensity Score with Continuous Treatments', url='http://rogosateaching.com/somgen290/cc_9.pdf', year=2004, authors=['G Imbens', 'K Hirano'], section='Continuous Treatment Effect'),
 (J, 410): P('Double/debiased machine learning for treatment and structural parameters', year=2018, authors=['V Chernozhukov', 'D Chetverikov', 'M Demirer'], section='Continuous Treatment Effect'),

 (W, 32): N('Contents'), (W, 34): N('Contents'), (W, 45): N('Contents'),
 (W, 76): N('How to Judge a Causal Claim'), (W, 82): N('How to Judge a Causal Claim'), (W, 83): N('How to Judge a Causal Claim'),
 (W, 91): N('Common Failure Modes'),
 (W, 108): N('Methods Are Not Magic'),
 (W, 116): N('Foundations and Books'), (W, 117): N('Foundations and Books'), (W, 119): N('Foundations and Books'),
 (W, 132): N('Courses and Lecture Notes'),
 (W, 179): P('Meta-learners for Estimating Heterogeneous Treatment Effects', arxiv='1706.03461', authors=['Kunzel'], summary='Kunzel et al. paper on S-, T-, X-, and related learners.', section='Heterogeneous Effects, Uplift, and Policy Learning'),
 (W, 203): N('Python Libraries'), (W, 212): N('Python Libraries'),
 (W, 237): N('Datasets and Benchmarks'),
 (W, 258): N('Communities and Related Lists'),
 (W, 266): N('Not Included Yet'),
 (W, 282): N('Curation Checklist'), (W, 284): N('Curation Checklist'),

 (H, 28): N('Notes'), (H, 33): N('Notes'),
 (H, 42): N('References / Talks'),
 (H, 46): P('A nonparametric Bayesian analysis of heterogeneous treatment effects in digital experimentation', arxiv='1412.8563', venue='arXiv 2015', year=2015, authors=['M. Taddy'], section='References / References'),
 (H, 48): P("Uplift Modeling: Predictive Analytics: Can't Optimize Marketing Decisions Without It", venue='Precision Impact White Paper 2011', year=2011, authors=['E. Siegel'], section='References / References'),
 (H, 50): P('Beyond Toplines: Heterogeneous Treatment Effects in Randomized Experiments', year=2009, authors=['A. Feller', 'C. Holmes'], section='References / References'),
 (H, 52): P('The Econometrics of Randomized Experiments', arxiv='1607.00698', venue='arXiv 2016', year=2016, authors=['S. Athey', 'G. Imbens'], section='References / References'),
 (H, 54): P('Bayesian Nonparametric Modeling for Causal Inference', venue='Journal of Computational and Graphical Statistics 2010', year=2010, authors=['J. Hill'], section='References / References'),
 (H, 56): P('Estimating Heterogeneous Treatment Effects and the Effects of Heterogeneous Treatments with Ensemble Methods', year=2016, authors=['J. Grimmer', 'S. Messing', 'S. Westwood'], section='References / References'),
 (H, 58): P('Estimation and Inference of Heterogeneous Treatment Effects using Random Forests', arxiv='1510.04342', venue='arXiv 2016', year=2016, authors=['S. Wager', 'S. Athey'], section='References / References'),
 (H, 60): P('Recursive partitioning for heterogeneous causal effects', venue='PNAS 2016', year=2016, authors=['S. Athey', 'G. Imbens'], section='References / References'),
 (H, 62): P('Solving Heterogeneous Estimating Equations with Gradient Forests', venue='arXiv 2016', year=2016, authors=['S. Athey', 'J. Tibshirani', 'S. Wager'], section='References / References'),
 (H, 64): P('Estimating Treatment Effect Heterogeneity in Randomized Program Evaluation', venue='The Annals of Applied Statistics 2013', year=2013, authors=['K. Imai', 'M. Ratkovic'], section='References / References'),
 (H, 66): P('Estimation of Heterogeneous Treatment Effects from Randomized Experiments, with Applications to the Optimal Planning of the Get-Out-the-Vote Campaign', venue='Political Analysis 2011', year=2011, authors=['K. Imai', 'A. Strauss'], section='References / References'),
 (H, 68): P('Performance Guarantees for Individualized Treatment Rules', venue='Ann Stat 2011', year=2011, authors=['M. Qian', 'S. Murphy'], section='References / References'),
 (H, 70): P('Learning Optimal Interventions', arxiv='1606.05027', venue='arXiv 2016', year=2016, authors=['J. Muller', 'D. Reshef', 'G. Du', 'T. Jaakkola'], section='References / References'),
 (H, 72): P('Real-World Uplift Modeling with Significance-Based Uplift Trees', venue='Stochastic Solutions White Paper 2011', year=2011, authors=['N. Radcliffe', 'P. Surry'], section='References / References'),
}

sample = json.load(open(os.path.join(HERE, 'sample.json')))
assert len(sample) == len(L), (len(sample), len(L))
with open(os.path.join(HERE, 'labels.jsonl'), 'w') as f:
    for e in sample:
        lab = L[(e['list'], e['line'])]
        row = {'list': e['list'], 'line': e['line'], 'raw': e['raw']}
        row.update(lab)
        f.write(json.dumps(row, ensure_ascii=False) + '\n')
# check raw is in its file at line
for line in open(os.path.join(HERE, 'labels.jsonl')):
    r = json.loads(line)
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    n = r['raw'].count('\n') + 1
    assert '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n]) == r['raw'], (r['list'], r['line'])
print('ok', len(L), sum(v['is_paper'] for v in L.values()))
