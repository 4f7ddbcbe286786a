"""letterlint: lint Dutch municipal letters for B1 readability, jargon and missing sections."""

__version__ = "0.1.0"
