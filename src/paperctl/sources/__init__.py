"""Remote metadata services: one module per service (``arxiv``), and the code
that brings their answers into a library (``arxiv_sync``).

The only package that opens network connections.
"""
