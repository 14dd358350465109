#!/usr/bin/python3
"""Cross-language check with Python jsonschema (Draft202012Validator): every exported benchproof
schema is a valid draft 2020-12 schema, and jsonschema reaches benchproof's verdict on the golden
files and the conformance cases. $refs resolve only from the exported schemas: no network.

    /usr/bin/python3 ci/check_jsonschema.py SCHEMA_DIR [CONFORMANCE_DIR]

Run from the repository root. Prints "N passed, N failed"; exits 1 on any disagreement.
"""
import datetime
import json
import os
import re
import sys

import jsonschema
from jsonschema import Draft202012Validator

ID_PREFIX = "https://benchproof.dev/schemas/v1/"

# RFC 3339 date-time (section 5.6). python-jsonschema checks "date-time" only when the optional
# rfc3339-validator package is installed (Debian has none) and otherwise passes every string
# silently; this stdlib checker closes that gap. Below, every format our schemas use must have a
# checker, so no format can be skipped silently again.
_DATE_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$")


def is_date_time(value):
    if not isinstance(value, str):
        return True
    m = _DATE_TIME.match(value)
    if not m:
        return False
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    offset_ok = m.group(9) is None or (int(m.group(9)) < 24 and int(m.group(10)) < 60)
    return hour < 24 and minute < 60 and second <= 60 and offset_ok


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    schema_dir = argv[1]
    conformance_dir = argv[2] if len(argv) > 2 else "src/test/resources/conformance/v1"
    passed = failed = skipped = 0

    def fail(label, message):
        nonlocal failed
        failed += 1
        print("FAIL %s: %s" % (label, message))

    format_checker = Draft202012Validator.FORMAT_CHECKER
    if "date-time" not in format_checker.checkers:
        format_checker.checks("date-time")(is_date_time)

    schemas = {}
    for name in sorted(os.listdir(schema_dir)):
        if name.endswith(".schema.json"):
            with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
                schemas[ID_PREFIX + name] = json.load(f)

    def formats(node):
        if isinstance(node, dict):
            if isinstance(node.get("format"), str):
                yield node["format"]
            for child in node.values():
                yield from formats(child)
        elif isinstance(node, list):
            for child in node:
                yield from formats(child)

    validators = {}
    for schema_id, schema in schemas.items():
        label = "schema " + schema_id[len(ID_PREFIX):]
        try:
            Draft202012Validator.check_schema(schema)
        except jsonschema.exceptions.SchemaError as e:
            fail(label, "not a valid draft 2020-12 schema: %s" % e.message)
            continue
        unchecked = sorted(set(formats(schema)) - set(format_checker.checkers))
        if unchecked:
            fail(label, "formats without a checker would pass silently: %s" % ", ".join(unchecked))
            continue
        validators[schema_id] = make_validator(schema_id, schema, schemas, format_checker)
        passed += 1

    def check(label, schema_id, data, expect_valid):
        nonlocal passed
        validator = validators.get(schema_id)
        if validator is None:
            fail(label, "no usable schema %s" % schema_id)
            return
        errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if (not errors) == expect_valid:
            passed += 1
        else:
            fail(label, "benchproof says %s, jsonschema says %s%s" % (
                "valid" if expect_valid else "invalid", "invalid" if errors else "valid",
                (": " + "; ".join("%s: %s" % ("/" + "/".join(map(str, e.absolute_path)), e.message)
                                  for e in errors[:3])) if errors else ""))

    # --- golden files (the same classification as GoldenConformanceTest) -----------------------
    invalid_inputs = {}
    with open("golden/invalid-inputs.tsv", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                path, kind, _reason = line.split("\t")
                invalid_inputs[path] = kind
    golden = []
    for root, dirs, files in os.walk("golden"):
        dirs.sort()
        golden += [os.path.join(root, n).replace(os.sep, "/") for n in sorted(files)
                   if n.endswith(".json") and ".received." not in n]
    for path in golden:
        kind = invalid_inputs.get(path)
        if kind == "-":
            continue  # not a document a schema can judge
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if kind is not None:
            schema_id = ID_PREFIX + kind + ".schema.json"
        elif isinstance(data, list):
            schema_id = ID_PREFIX + ("reproducibility-observations" if os.path.basename(path) == "observations.json"
                                     else "sample-vector") + ".schema.json"
        elif os.path.basename(path) == "task-scores.json":
            schema_id = ID_PREFIX + "task-scores.schema.json"
        else:
            schema_id = data.get("$schema")
        check(path, schema_id, data, kind is None)

    # --- conformance cases (JSON-Schema-Test-Suite format), minus benchproof's cross-field rules --
    if os.path.isdir(conformance_dir):
        for name in sorted(os.listdir(conformance_dir)):
            if not name.endswith(".json"):
                continue
            with open(os.path.join(conformance_dir, name), encoding="utf-8") as f:
                groups = json.load(f)
            for group in groups:
                schema_id = (group.get("schema") or {}).get("$ref") or ID_PREFIX + name[:-5] + ".schema.json"
                for test in group["tests"]:
                    if str(test.get("expected_keyword", "")).startswith("benchproof:"):
                        skipped += 1  # a cross-field rule: only benchproof (Java) checks it
                        continue
                    check("%s: %s: %s" % (name, group["description"], test["description"]),
                          schema_id, test["data"], test["valid"])
    else:
        print("(no conformance cases at %s)" % conformance_dir)

    print("python jsonschema %s: %d passed, %d failed%s" % (
        version(), passed, failed, " (%d cross-field cases left to benchproof)" % skipped if skipped else ""))
    return 0 if failed == 0 else 1


def make_validator(schema_id, schema, schemas, format_checker):
    """A validator whose $refs resolve from the exported schemas only."""
    try:
        from referencing import Registry, Resource  # jsonschema >= 4.18
        registry = Registry().with_resources(
            (sid, Resource.from_contents(s)) for sid, s in schemas.items())  # no retrieve: unknown refs fail
        return Draft202012Validator(schema, registry=registry, format_checker=format_checker)
    except ImportError:
        def offline(uri):
            raise jsonschema.exceptions.RefResolutionError("not an exported schema, and no network: %s" % uri)
        resolver = jsonschema.RefResolver(base_uri=schema_id, referrer=schema, store=dict(schemas),
                                          handlers={"http": offline, "https": offline})
        return Draft202012Validator(schema, resolver=resolver, format_checker=format_checker)


def version():
    try:
        from importlib.metadata import version as v
        return v("jsonschema")
    except Exception:  # noqa: BLE001 - the version is only informative
        return "?"


if __name__ == "__main__":
    sys.exit(main(sys.argv))
