"""Inhabitant panels: a blinded, counterbalanced test kit for two versions of a letter
(:mod:`letterlint.panel.kit`) and the analysis of the answers (:mod:`letterlint.panel.answers`,
:mod:`letterlint.panel.stats`, :mod:`letterlint.panel.report`). See docs/panel.md."""
