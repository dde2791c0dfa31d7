# Hand-written labels; raw is copied from sample.jsonl (the file's exact lines).
import json
S = {(o["list"], o["line"]): o["raw"] for o in map(json.loads, open("sample.jsonl"))}
SV = "SVAIGBA__paper_list.README.md"
M = "m0re4u__paper-database.README.md"
N = "zhanhl316__negotiation-dialogue-survey.README.md"
L = []
def P(lst, line, title, arxiv=None, url=None, venue=None, year=None, authors=(), code=None, section=None):
    L.append(dict(list=lst, line=line, raw=S[(lst, line)], is_paper=True, title=title, arxiv_id=arxiv, doi=None,
                  url=url, venue=venue, year=year, authors=list(authors), code=code, summary=None, section=section))
def NP(lst, line, section):
    L.append(dict(list=lst, line=line, raw=S[(lst, line)], is_paper=False, title=None, arxiv_id=None, doi=None,
                  url=None, venue=None, year=None, authors=[], code=None, summary=None, section=section))

# --- SVAIGBA (no section: the only heading is the list's own H1) ---
P(SV, 4, "What did you Mention? A Large Scale Mention Detection Benchmark for Spoken and Written Text", arxiv="1801.07507", authors=["Mass"])
P(SV, 5, "Fast End-to-End Wikification", arxiv="1908.06785", authors=["Shnayderman"])
P(SV, 6, "Context Dependent Claim Detection", url="https://pdfs.semanticscholar.org/1f09/e8a4c897543253065cbcdbd6f4f0053d4ebf.pdf", venue="COLING 2014", year=2014, authors=["Levy"])
P(SV, 7, "Show Me Your Evidence – an Automatic Method for Context Dependent Evidence Detection", url="https://www.aclweb.org/anthology/D15-1050.pdf", venue="EMNLP 2015", year=2015, authors=["Rinott"])
P(SV, 8, "Corpus wide argument mining - a working solution", authors=["Ein-Dor"])
P(SV, 9, "Stance Classification of Context-Dependent Claims", url="https://www.aclweb.org/anthology/E17-1024.pdf", venue="EACL 2017", year=2017, authors=["Bar-Haim"])
P(SV, 10, "Learning Sentiment Composition from Sentiment Lexicons", url="https://www.aclweb.org/anthology/C18-1189.pdf", venue="COLING 2018", year=2018, authors=["Toledo-Ronen"])
P(SV, 11, "Argument Invention from First Principles", url="https://www.aclweb.org/anthology/P19-1097.pdf", venue="ACL 2019", year=2019, authors=["Bilu"])
P(SV, 12, "A Dataset of General-Purpose Rebuttal", venue="EMNLP 2019", year=2019, authors=["Orbach"])
P(SV, 13, "Listening Comprehension over Argumentative Content", url="https://www.aclweb.org/anthology/D18-1078.pdf", venue="EMNLP 2018", year=2018, authors=["Mirkin"])
P(SV, 14, "Towards Effective Rebuttal: Listening Comprehension using Corpus-Wide Claim Mining", arxiv="1907.11889", venue="ACL 2019", year=2019, authors=["Lavee"])
P(SV, 15, "From Surrogacy to Adoption; From Bitcoin to Cryptocurrency: Debate Topic Expansion", url="https://www.aclweb.org/anthology/P19-1094.pdf", venue="ACL 2019", year=2019, authors=["Bar-Haim"])
P(SV, 16, "TR9856: A Multi-word Term Relatedness Benchmark", url="https://www.aclweb.org/anthology/P15-2069.pdf", venue="ACL 2015", year=2015, authors=["Levy"])
P(SV, 17, "Semantic Relatedness of Wikipedia Concepts – Benchmark Data and a Working Solution", url="https://www.aclweb.org/anthology/L18-1408.pdf", venue="LREC 2018", year=2018, authors=["Ein Dor"])
P(SV, 18, "SLIDE – a Sentiment Lexicon of Common Idioms", url="http://www.lrec-conf.org/proceedings/lrec2018/pdf/602.pdf", venue="LREC 2018", year=2018, authors=["Jochim"])
P(SV, 19, "Learning Thematic Similarity Metric Using Triplet Networks", url="https://pdfs.semanticscholar.org/0846/f3cb0ae555c4f7015dca2fce6a047501154f.pdf?_ga=2.136005553.1085141952.1573183596-780968674.1563351333", venue="ACL 2018", year=2018, authors=["Ein Dor"])
P(SV, 20, "Automatic Argument Quality Assessment - New Datasets and Methods", arxiv="1909.01007", authors=["Toledo"])

# --- m0re4u (date headings are the reading-log date, not the publication year; "(YYYY)" is the year) ---
P(M, 100, "Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity", arxiv="2101.03961", year=2021, authors=["William Fedus", "Barret Zoph", "Noam Shazeer"], section="2021-01-13")
P(M, 10, "Pitfalls of Static Language Modelling", arxiv="2102.01951", year=2021, authors=["Angeliki Lazaridou", "Adhiguna Kuncoro", "Elena Gribovskaya", "Devang Agrawal", "Adam Liska", "Tayfun Terzi", "Mai Gimenez", "Cyprien de Masson d'Autume", "Sebastian Ruder", "Dani Yogatama"], section="2021-02-09")
P(M, 144, "Contextual Argument Component Classification for Class Discussions", url="https://www.aclweb.org/anthology/2020.coling-main.128.pdf", year=2020, authors=["Luca Lugini", "Diane Litman"], section="2020-12-08")
P(M, 124, "Deliberative democracy with the Online Deliberation platform", url="https://www.humancomputation.com/2019/assets/papers/144.pdf", year=2018, authors=["James Fishkin", "Nikhil Garg", "Lodewijk Gelauff", "Ashish Goel", "Kamesh Munagala", "Sukolsak Sakshuwong", "Alice Siu", "Sravya Yandamuri"], section="2020-12-16")
P(M, 150, "Aspectuality Across Genre: A Distributional Semantics Approach", arxiv="2011.00345", year=2020, authors=["Thomas Kober", "Malihe Alikhani", "Matthew Stone", "Mark Steedman"], section="2020-12-08")
P(M, 138, "AMPERSAND: Argument Mining for PERSuAsive oNline Discussions", arxiv="2004.14677", year=2020, authors=["Tuhin Chakrabarty", "Christopher Hidey", "Smaranda Muresan", "Kathy Mckeown", "Alyssa Hwang"], section="2020-12-09")
P(M, 22, "Fine-grained argument unit recognition and classification", url="https://ojs.aaai.org/index.php/AAAI/article/view/6438/6294", year=2020, authors=["Dietrich Trautmann", "Johannes Daxenberger", "Christian Stab", "Hinrich Schütze", "Iryna Gurevych"], section="2021-01-27")
P(M, 70, "Moderation, response rate, and message interactivity: Features of online communities and their effects on intent to participate", url="https://academic.oup.com/jcmc/article-pdf/12/1/24/22316436/jjcmcom0024.pdf", year=2006, authors=["Kevin Wise", "Brian Hamman", "Kjerstin Thorson"], section="2021-01-18")
P(M, 78, "Exploiting Open Data to analyze discussion and controversy in online citizen participation", url="https://www.sciencedirect.com/science/article/pii/S0306457320307962?casa_token=7Ztjhx1_TzsAAAAA:wxuMuwuNLhqGjB5S4GOENRq6ER-lS_epjRlLkBHWgpSSFGpdFLTCYctZ1qrkx-PWKXj-NA_Kbpw", year=2020, authors=["Iván Cantador", "María E Cortés-Cediel", "Miriam Fernández"], section="2021-01-15")
P(M, 92, "Language models are few-shot learners", arxiv="2005.14165", year=2020, authors=["Tom B Brown", "Benjamin Mann", "Nick Ryder", "Melanie Subbiah", "Jared Kaplan", "Prafulla Dhariwal", "Arvind Neelakantan", "Pranav Shyam", "Girish Sastry", "Amanda Askell"], section="2021-01-14")
P(M, 158, "Building event-centric knowledge graphs from news", url="https://www.sciencedirect.com/science/article/pii/S1570826815001456?casa_token=r2Akv3OeJwkAAAAA:CHBGE7HoXcI296MGarmuSlQ4QZR6vYFZRipEoO_-ae2IZUeyYx-JTILyh30yNZk-j9O0tcJ4HJY", year=2016, authors=["Marco Rospocher", "Marieke van Erp", "Piek Vossen", "Antske Fokkens", "Itziar Aldabe", "German Rigau", "Aitor Soroa", "Thomas Ploeger", "Tessel Bogaard"], section="2020-12-04")
P(M, 34, "Argument mining on Twitter: Arguments, facts and sources", url="https://www.aclweb.org/anthology/D17-1245.pdf", year=2017, authors=["Mihai Dusmanu", "Elena Cabrio", "Serena Villata"], section="2021-01-25")
P(M, 112, "Towards artificial argumentation", url="https://www.aaai.org/ojs/index.php/aimagazine/article/view/2704/2645", year=2017, authors=["Katie Atkinson", "Pietro Baroni", "Massimiliano Giacomin", "Anthony Hunter", "Henry Prakken", "Chris Reed", "Guillermo Simari", "Matthias Thimm", "Serena Villata"], section="2021-01-08")
P(M, 136, "Examining the rhetorical capacities of neural language models", arxiv="2010.00153", year=2020, authors=["Zining Zhu", "Chuer Pan", "Mohamed Abdalla", "Frank Rudzicz"], section="2020-12-09")
NP(M, 8, "2021-02-09")  # Bartneck et al. "Human-robot interaction: An introduction" is a textbook (Cambridge UP, 2020), no link
P(M, 84, "Classification and clustering of arguments with contextualized word embeddings", arxiv="1906.09821", year=2019, authors=["Nils Reimers", "Benjamin Schiller", "Tilman Beck", "Johannes Daxenberger", "Christian Stab", "Iryna Gurevych"], section="2021-01-15")
P(M, 46, "Evaluation of Argument Search Approaches in the Context of Argumentative Dialogue Systems", url="https://www.aclweb.org/anthology/2020.lrec-1.65.pdf", year=2020, authors=["Niklas Rach", "Yuki Matsuda", "Johannes Daxenberger", "Stefan Ultes", "Keiichi Yasumoto", "Wolfgang Minker"], section="2021-01-21")
P(M, 50, "Automatic Detection and Classification of Argument Components using Multi-task Deep Neural Network", url="https://hal.archives-ouvertes.fr/hal-02292945/file/2019_ICNLSP.pdf", year=2019, authors=["Jean-Christophe Mensonides", "Sébastien Harispe", "Jacky Montmain", "Véronique Thireau"], section="2021-01-21")
P(M, 106, "Argumentation-based dialogues for deliberation", url="https://dl.acm.org/doi/pdf/10.1145/1082473.1082557?casa_token=SCkEz7mQDBsAAAAA:TloULqYGS0W8pcd3gr_0hsrDQ1ZrNZmntCJzQZOVI65po5PQDDQM5m4hhROZYJMBKxKYZJwG_4B8Xw", year=2005, authors=["Yuqing Tang", "Simon Parsons"], section="2021-01-11")
P(M, 128, "A Research Agenda for Hybrid Intelligence: Augmenting Human Intellect With Collaborative, Adaptive, Responsible, and Explainable Artificial Intelligence", url="https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9153877", year=2020, authors=["Zeynep Akata", "Dan Balliet", "Maarten De Rijke", "Frank Dignum", "Virginia Dignum", "Guszti Eiben", "Antske Fokkens", "Davide Grossi", "Koen Hindriks", "Holger Hoos"], section="2020-12-15")

# --- negotiation-dialogue-survey (reader names in parentheses are not authors; "- Done" is a status) ---
D, ME, EV, REL, PER, SUR = "Datasets", "Methods", "Evaluation", "Relevant to Negotiation", "Persuasive Negotiation (Persuasion)", "Survey Papers in Other Dialogue Tracks"
P(N, 7, "Discourse Structure and Dialogue Acts in Multiparty Dialogue: the STAC Corpus", url="https://aclanthology.org/L16-1432.pdf", venue="LREC 2016", year=2016, section=D)
P(N, 126, "Seamlessly Integrating Factual Information and Social Content with Persuasive Dialogue", arxiv="2203.07657", venue="arXiv 2022", year=2022, section=PER)
P(N, 145, "Modeling Persuasive Discourse to Adaptively Support Students’ Argumentative Writing", url="https://aclanthology.org/2022.acl-long.599.pdf", venue="ACL 2022", year=2022, section=PER)
P(N, 69, "Reinforcement Learning of Multi-Issue Negotiation Dialogue Policies", url="https://aclanthology.org/W15-4621.pdf", venue="SIGDIAL 2015", year=2015, section=ME)
P(N, 135, "A Study of the Impact of Persuasive Argumentation in Political Debates", url="https://aclanthology.org/N16-1166.pdf", venue="NAACL 2016", year=2016, section=PER)
P(N, 128, "Understanding User Resistance Strategies in Persuasive Conversations", url="https://aclanthology.org/2020.findings-emnlp.431.pdf", venue="EMNLP 2021 Findings", year=2021, section=PER)
P(N, 106, "Evaluation of a Fully Automatic Cooperative Persuasive Dialogue System", url="https://link.springer.com/chapter/10.1007/978-3-319-19291-8_15", section=EV)
P(N, 86, "Reinforcement Learning of Argumentation Dialogue Policies in Negotiation", url="https://kgeorgila.github.io/publications/georgila_interspeech11.pdf", venue="INTERSPEECH 2011", year=2011, section=ME)
P(N, 163, "A Survey on Dialogue Summarization: Recent Advances and New Frontiers", arxiv="2107.03175", venue="IJCAI 2022 Survey Track", year=2022, section=SUR)
P(N, 159, "Survey on evaluation methods for dialogue systems", url="https://link.springer.com/article/10.1007/s10462-020-09866-x", venue="AI Review 2021", year=2021, section=SUR)
P(N, 156, "The AI Doctor Is In: A Survey of Task-Oriented Dialogue Systems for Healthcare Applications", url="https://aclanthology.org/2022.acl-long.458.pdf", venue="ACL 2022", year=2022, section=SUR)
P(N, 139, "Exploring the Role of Prior Beliefs for Argument Persuasion", url="https://aclanthology.org/N18-1094.pdf", venue="NAACL 2018", year=2018, section=PER)
P(N, 56, "Towards Emotion-Aware Agents For Negotiation Dialogues", arxiv="2107.13165", venue="ICACII 2021", year=2021, section=ME)
P(N, 38, "Opponent Modeling in Negotiation Dialogues by Related Data Adaptation", arxiv="2205.00344", venue="NAACL 2022 Findings", year=2022, code="https://github.com/kushalchawla/opponent-modeling", section=ME)
P(N, 167, "A Survey of Knowledge Sources in Dialogue Systems", url="https://ep.liu.se/ea/cis/1999/026/cis99026.pdf", year=1999, section=SUR)
P(N, 65, "SOGO: A Social Intelligent Negotiation Dialogue System", url="https://dl.acm.org/doi/pdf/10.1145/3267851.3267880", venue="IVA 2018", year=2018, section=ME)
P(N, 11, "Deal or No Deal? Learning for Negotiation Dialogues", arxiv="1706.05125", venue="EMNLP 2017", year=2017, section=D)
NP(N, 112, REL)  # [[Book]]
P(N, 18, "CaSiNo: A Corpus of Campsite Negotiation Dialogues for Automatic Negotiation Systems", url="https://aclanthology.org/2021.naacl-main.254.pdf", venue="NAACL 2021", year=2021, section=D)
P(N, 17, "Keeping up appearances: Computational modeling of face acts in persuasion oriented discussions", url="https://aclanthology.org/2020.emnlp-main.605.pdf", venue="EMNLP 2020", year=2020, code="https://github.com/ShoRit/face-acts", section=D)

assert len(L) == len(S), (len(L), len(S))
with open("labels.jsonl", "w", encoding="utf-8") as f:
    for o in L:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(L))
