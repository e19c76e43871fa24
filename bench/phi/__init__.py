"""PHI-masking evaluation and speed benchmark: ``python -m bench.phi``."""
