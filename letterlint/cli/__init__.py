"""The command line: click lives only in this package (see docs/architecture.md)."""
