"""Markdown reading lists: ``reader`` for the lists people keep by hand,
``writer`` for the styles paperctl writes back."""
