#!/usr/bin/python3
"""Peer for bench/compare.sh: python-jsonschema (Draft202012Validator with a format checker) validating
files in one process, each against the exported schema its "$schema" names, $refs resolved from the
exported schemas only (the same set-up as ci/check_jsonschema.py, whose helpers it reuses).

    /usr/bin/python3 bench/peers/validate_jsonschema.py SCHEMA_DIR FILE|DIR...

Prints "valid=N invalid=M"; exit 1 if any is invalid.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "ci"))
from check_jsonschema import ID_PREFIX, is_date_time, make_validator  # noqa: E402
from jsonschema import Draft202012Validator  # noqa: E402


def main(argv):
    schema_dir, inputs = argv[1], argv[2:]
    format_checker = Draft202012Validator.FORMAT_CHECKER
    if "date-time" not in format_checker.checkers:
        format_checker.checks("date-time")(is_date_time)
    schemas = {}
    for name in sorted(os.listdir(schema_dir)):
        if name.endswith(".schema.json"):
            with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
                schemas[ID_PREFIX + name] = json.load(f)
    validators = {}
    files = []
    for path in inputs:
        if os.path.isdir(path):
            files += [os.path.join(path, n) for n in sorted(os.listdir(path)) if n.endswith(".json")]
        else:
            files.append(path)
    valid = invalid = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        schema_id = data.get("$schema") if isinstance(data, dict) else None
        if schema_id in schemas and schema_id not in validators:
            validators[schema_id] = make_validator(schema_id, schemas[schema_id], schemas, format_checker)
        validator = validators.get(schema_id)
        if validator is not None and validator.is_valid(data):
            valid += 1
        else:
            invalid += 1
    print("valid=%d invalid=%d" % (valid, invalid))
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
