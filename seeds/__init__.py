"""The bundled example posting, installed as ``jobmatch.seeds`` (the default posting)."""
