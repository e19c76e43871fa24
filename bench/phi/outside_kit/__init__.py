"""What outside corpora F to I share: the planted labels, the leak rule with its reference maskers, and the harness.

Each corpus keeps only what makes it its own (shapes, people, vocabulary, names, seed); sharing one leak rule
means their figures are read by the same measure.
"""
