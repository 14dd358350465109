"""Deterministic sample vectors for the shipped examples and the golden inputs.

Shared by scripts/examples/make_examples.py and golden/make_inputs.py, so both write vectors the
same way: fixed seeds, values rounded to 4 decimals, one value per line, LF line ends.
"""
import os
import random


def normal(seed, n, mean, sd, floor=None):
    """n values drawn from N(mean, sd) with Python's seeded generator, rounded to 4 decimals."""
    rng = random.Random(seed)
    values = [round(rng.gauss(mean, sd), 4) for _ in range(n)]
    return [max(floor, v) for v in values] if floor is not None else values


def write_text(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)


def write_vector(path, values):
    """A JSON array, one value per line."""
    write_text(path, "[\n" + ",\n".join("  %s" % v for v in values) + "\n]\n")
