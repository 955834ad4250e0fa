"""Rule and vocabulary files (YAML), installed with the package as ``jobmatch.data``."""
