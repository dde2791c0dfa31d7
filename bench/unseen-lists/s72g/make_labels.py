# Hand labels for s72g; raw text and link targets are copied from the saved files.
import json, re
S = json.load(open("sample.json", encoding="utf-8"))
G = "guyulongcs__Awesome-Deep-Learning-Papers-for-Search-Recommendation-Advertising.README.md"
N = "napsternxg__blog.README.md"
T = "tangxyw__RecSysPapers.README.md"

def first_link(raw):
    return re.search(r"\]\(([^)\s]+)\)", raw).group(1)

NP = dict(is_paper=False)
L = {}
# guyulongcs: (line) -> title, venue, year, section
g = {
 4: ("Improving Deep Learning For Airbnb Search", "KDD 2020", 2020, "0_New_Papers_in_2020"),
 13: ("Adversarial Multimodal Representation Learning for Click-Through Rate Prediction", "WWW 2020", 2020, "0_New_Papers_in_2020"),
 22: ("Decoupled Graph Convolution Network for Inferring Substitutable and Complementary Items", "CIKM 2020", 2020, "0_New_Papers_in_2020"),
 5: ("Managing Diversity in Airbnb Search", "KDD 2020", 2020, "0_New_Papers_in_2020"),
 33: ("node2vec - Scalable Feature Learning for Networks", "KDD 2016", 2016, "1_Embedding"),
 27: ("Parameter-Efficient Transfer from Sequential Behaviors for User Modeling and Recommendation", "SIGIR 2020", 2020, "0_New_Papers_in_2020"),
 42: ("Representation Learning for Attributed Multiplex Heterogeneous Network", "KDD 2019", 2019, "1_Embedding"),
 25: ("Hierarchical User Profiling for E-commerce Recommender Systems", "WSDM 2020", 2020, "0_New_Papers_in_2020"),
 14: ("MiNet - Mixed Interest Network for Cross-Domain Click-Through Rate Prediction", "CIKM 2020", 2020, "0_New_Papers_in_2020"),
 41: ("Network embedding as matrix factorization - Unifying deepwalk, line, pte, and node2vec", "WSDM 2018", 2018, "1_Embedding"),
 36: ("Inductive Representation Learning on Large Graphs", "NIPS 2017", 2017, "1_Embedding"),
 32: ("LINE Large-scale Information Network Embedding", "WWW 2015", 2015, "1_Embedding"),
 49: ("Graph Convolutional Neural Networks for Web-Scale Recommender Systems", "KDD 2018", 2018, "2_Matching"),
 39: ("Graph Attention Networks", "ICLR 2018", 2018, "1_Embedding"),
 7: ("Learning Optimal Tree Models under Beam Search", "ICML 2020", 2020, "0_New_Papers_in_2020"),
 23: ("Towards Personalized and Semantic Retrieval - An End-to-EndSolution for E-commerce Search via Embedding Learning", "SIGIR 2020", 2020, "0_New_Papers_in_2020"),
 46: ("Inferring Networks of Substitutable and Complementary Products", "KDD 2015", 2015, "2_Matching"),
 21: ("Deep Multifaceted Transformers for Multi-objective Ranking in Large-Scale E-commerce Recommender Systems", "CIKM 2020", 2020, "0_New_Papers_in_2020"),
 34: ("Semi-supervised Classification with Graph Convolutional Networks", "ICLR 2017", 2017, "1_Embedding"),
 18: ("Embedding-based Retrieval in Facebook Search", "KDD 2020", 2020, "0_New_Papers_in_2020"),
}
for ln, (ti, ve, yr, se) in g.items():
    L[(G, ln)] = dict(is_paper=True, title=ti, venue=ve, year=yr, section=se, url="LINK")

# napsternxg
n = {
 104: dict(is_paper=True, title="Globally Optimized Mutual Influence Aware Ranking in E-Commerce Search", arxiv_id="1805.08524", section="Ranking / Ranking for value"),
 62: dict(is_paper=False, section="Query Understanding / Query Intent"),
 174: dict(is_paper=True, title="Improving Search Clarification with Structured Information Extracted from Search Results", url="https://dl.acm.org/doi/10.1145/3580305.3599389", section="Conversational Search"),
 82: dict(is_paper=False, section="Query Understanding / Query Entity Linking"),
 26: dict(is_paper=True, title="More than a Penny's Worth: Left-Digit Bias and Firm Pricing", url="https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3413019", section="Evaluation / Bias"),
 182: dict(is_paper=False, section="Domains / E-commerce"),
 32: dict(is_paper=False, section="Evaluation / Online"),
 127: dict(is_paper=False, section="Result Presentation / Diversification"),
 206: dict(is_paper=False, section="General"),
 59: dict(is_paper=False, section="Query Understanding / Query Intent"),
 202: dict(is_paper=False, section="General"),
 109: dict(is_paper=False, section="Query Suggestion"),
 33: dict(is_paper=False, section="Evaluation / Online"),
 75: dict(is_paper=True, title="Knowledge-Rich Self-Supervision for Biomedical Entity Linking", arxiv_id="2112.07887", section="Query Understanding / Query Tagging"),
 64: dict(is_paper=True, title="Personalizing natural-language understanding using multi-armed bandits and implicit feedback", url="https://www.amazon.science/publications/personalizing-natural-language-understanding-using-multi-armed-bandits-and-implicit-feedback", section="Query Understanding / Query Intent"),
 190: dict(is_paper=True, title="Search Interfaces for Biomedical Searching: How do Gaze, User Perception, Search Behaviour and Search Performance Relate?", url="https://dl.acm.org/doi/10.1145/3498366.3505769", section="User Interfaces"),
 136: dict(is_paper=True, title="Explainable Information Retrieval: A Survey", arxiv_id="2211.02405", section="Result Presentation / Explainability"),
 23: dict(is_paper=True, title="What is Presentation Bias in search?", url="https://www.wsdm-conference.org/2010/proceedings/docs/p351.pdf", section="Evaluation / Bias"),
 16: dict(is_paper=True, title="Less if More", url="https://people.csail.mit.edu/harr/papers/sigir2006.pdf", summary="Introduced K-call @ N metric", section="Evaluation / Offline"),
 205: dict(is_paper=False, section="General"),
}
for ln, d in n.items():
    L[(N, ln)] = d

# tangxyw: line -> (title, year, section) ; None = ToC line
t = {
 82: ("Towards Understanding the Overfitting Phenomenon of Deep Click-Through Rate Prediction Models", 2022, "Industry"),
 33: None, 39: None, 19: None,
 61: ("Deep Neural Networks for YouTube Recommendations", 2016, "Industry"),
 110: ("Improving Pairwise Learning for Item Recommendation from Implicit Feedback", None, "Industry"),
 111: ("Improving Recommendation Quality in Google Drive", None, "Industry"),
 68: ("Real-time Personalization using Embeddings for Search Ranking at Airbnb", 2018, "Industry"),
 102: ("FM2 - Field-matrixed Factorization Machines for Recommender Systems", None, "Industry"),
 98: ("Denoising Neural Network for News Recommendation with Positive and Negative Implicit Feedback", None, "Industry"),
 67: ("Micro Behaviors - A New Perspective in E-commerce Recommender Systems", 2018, "Industry"),
 51: ("Attentional Factorization Machines - Learning the Weight of Feature Interactions via Attention Networks", 2017, "Rank"),
 104: ("Fi-GNN - Modeling Feature Interactions via Graph Neural Networks for CTR Prediction", None, "Industry"),
 44: ("Deep Learning over Multi-field Categorical Data", 2016, "Rank"),
 101: ("End-to-End User Behavior Retrieval in Click-Through Rate Prediction Model", None, "Industry"),
 95: ("Disentangling Past-Future Modeling in Sequential Recommendation via Dual Networks", None, "Industry"),
 103: ("FeedRec - News Feed Recommendation with Various User Feedbacks", None, "Industry"),
 92: ("Decision-Making Context Interaction Network for Click-Through Rate Prediction", None, "Industry"),
 69: ("Deep Session Interest Network for Click-Through Rate Prediction", 2019, "Industry"),
 105: ("FLEN - Leveraging Field for Scalable CTR Prediction", None, "Industry"),
}
for ln, v in t.items():
    if v is None:
        L[(T, ln)] = dict(is_paper=False, section="论文目录")
    else:
        L[(T, ln)] = dict(is_paper=True, title=v[0], year=v[1], section=v[2], url="LINK")

KEYS = ["list", "line", "raw", "is_paper", "title", "arxiv_id", "doi", "url", "venue", "year", "authors", "code", "summary", "section"]
out = []
for s in S:
    d = L.pop((s["list"], s["line"]))
    rec = {k: None for k in KEYS}
    rec.update(list=s["list"], line=s["line"], raw=s["raw"], authors=[])
    rec.update(d)
    if rec["url"] == "LINK":
        rec["url"] = first_link(s["raw"])
    out.append(rec)
assert not L, L
with open("labels.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), sum(r["is_paper"] for r in out))
