"""Shapes of real lists found by the forty-sixth blind labelling round (``bench/unseen-lists/s49a``-
``s49h``), held with the lists' own lines (the repository is named in each test)."""

from __future__ import annotations

from markdown_papers import papers


def test_an_italic_venue_line_over_its_papers():
    # HinsZei/Pedestrian-Trajectory-Prediction-Papers: each group a venue in italics, its long name in brackets,
    # a link to its site; the papers below appeared there; the line is no paper and no section
    found = papers(
        "## Trajectory Prediction\n\n"
        "*ICRA(International Conference on Robotics and Automation ) 2022*: [[Conference]](https://ieeexplore.ieee.org/"
        "xpl/conhome/9811522/proceeding)\n\n"
        "- Meta-path Analysis on Spatio-Temporal Graphs for Pedestrian Trajectory Prediction [[Paper]](https://"
        "ieeexplore.ieee.org/document/9811632)\n\n"
        "*IEEE Transactions on Intelligent Transportation Systems(2020-now):*  [[Journal]](https://ieeexplore.ieee.org/"
        "xpl/RecentIssue.jsp?punumber=6979)\n\n"
        "- Holistic LSTM for Pedestrian Trajectory Prediction [[Paper]](https://ieeexplore.ieee.org/document/9361440):\n"
        "\n*GCN for Action Recognition:*\n\n- [Spatial Temporal Graph Convolutional Networks for Skeleton-Based Action "
        "Recognition](https://arxiv.org/abs/1801.07455)\n")
    assert [(t[:24], p.venue, p.year, p.tags) for t, p in found.items()] == [
        ("Meta-path Analysis on Sp", "ICRA 2022", 2022, ["Trajectory Prediction"]),
        ("Holistic LSTM for Pedest", "IEEE Transactions on Intelligent Transportation Systems", None,
         ["Trajectory Prediction"]),
        ("Spatial Temporal Graph C", None, None, ["Trajectory Prediction"])]
