"""File formats: one module (or subpackage) per format, its reader and writer side
by side, plus the drivers that bring them to a library (``importing``,
``exporting``).

Readers turn text into ``PaperData``; writers turn ``Paper`` objects into text.
Neither touches the network or the terminal; formats never import ``sources``.
"""
