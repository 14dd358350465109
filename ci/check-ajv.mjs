// Cross-language check with Ajv (draft 2020-12, strict mode): every exported benchproof schema
// compiles, and Ajv reaches benchproof's verdict on the golden files and the conformance cases.
//
//   node ci/check-ajv.mjs SCHEMA_DIR [CONFORMANCE_DIR]
//
// SCHEMA_DIR is the output of `benchproof schemas --export`; CONFORMANCE_DIR defaults to
// src/test/resources/conformance/v1 (skipped when absent). Run from the repository root.
// Prints "N passed, N failed" and exits 1 on any disagreement or schema that does not compile.
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join, relative, basename } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaDir, conformanceArg] = process.argv.slice(2);
if (!schemaDir) {
  console.error("usage: node ci/check-ajv.mjs SCHEMA_DIR [CONFORMANCE_DIR]");
  process.exit(2);
}
const conformanceDir = conformanceArg ?? "src/test/resources/conformance/v1";
const ID_PREFIX = "https://benchproof.dev/schemas/v1/";

// strict: true turns on strictSchema, strictNumbers, strictTypes, strictTuples and strictRequired:
// unknown keywords or formats, ignored keywords and type ambiguities fail compilation.
// strictTypes stays fully on, allowUnionTypes off: our only unions are the nullable sections,
// "type": ["object", "null"], which strictTypes accepts as nullable without allowUnionTypes.
// strictRequired needs every "required" name declared beside it, so benchmark-report's
// if/then/else redeclares {"significance": true} there (ajv-validator/ajv#1950).
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);

let passed = 0;
let failed = 0;
const fail = (label, message) => {
  failed++;
  console.log(`FAIL ${label}: ${message}`);
};

const schemaFiles = readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json")).sort();
for (const file of schemaFiles) {
  ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, file), "utf8")));
}
const validators = new Map();
for (const file of schemaFiles) {
  const id = ID_PREFIX + file;
  try {
    validators.set(id, ajv.getSchema(id));
    passed++;
  } catch (e) {
    fail(`schema ${file}`, `does not compile in strict mode: ${e.message}`);
  }
}

function check(label, schemaId, data, expectValid) {
  const validate = validators.get(schemaId);
  if (!validate) {
    fail(label, `no compiled schema ${schemaId}`);
    return;
  }
  const valid = validate(data);
  if (valid === expectValid) {
    passed++;
  } else {
    fail(label, `benchproof says ${expectValid ? "valid" : "invalid"}, Ajv says ${valid ? "valid" : "invalid"}`
      + (valid ? "" : ": " + ajv.errorsText(validate.errors)));
  }
}

// --- golden files (the same classification as GoldenConformanceTest) ---------------------------
const invalidInputs = new Map();
for (const line of readFileSync("golden/invalid-inputs.tsv", "utf8").split("\n")) {
  if (line.trim() === "" || line.startsWith("#")) continue;
  const [path, kind, reason] = line.split("\t");
  invalidInputs.set(path, { kind, reason });
}
function walk(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
for (const file of walk("golden").filter((p) => p.endsWith(".json") && !p.includes(".received."))) {
  const path = relative(".", file).split("\\").join("/");
  const listed = invalidInputs.get(path);
  if (listed && listed.kind === "-") continue; // not a document a schema can judge
  const data = JSON.parse(readFileSync(file, "utf8"));
  let schemaId;
  if (listed) {
    schemaId = ID_PREFIX + listed.kind + ".schema.json";
  } else if (Array.isArray(data)) {
    schemaId = ID_PREFIX + (basename(file) === "observations.json" ? "reproducibility-observations" : "sample-vector")
      + ".schema.json";
  } else if (basename(file) === "task-scores.json") {
    schemaId = ID_PREFIX + "task-scores.schema.json";
  } else {
    schemaId = data.$schema;
  }
  check(path, schemaId, data, !listed);
}

// --- conformance cases (JSON-Schema-Test-Suite format), minus benchproof's cross-field rules ----
let skipped = 0;
if (existsSync(conformanceDir)) {
  for (const file of readdirSync(conformanceDir).filter((f) => f.endsWith(".json")).sort()) {
    const groups = JSON.parse(readFileSync(join(conformanceDir, file), "utf8"));
    for (const group of groups) {
      const schemaId = group.schema?.$ref ?? ID_PREFIX + file.replace(/\.json$/, ".schema.json");
      for (const test of group.tests) {
        if (String(test.expected_keyword ?? "").startsWith("benchproof:")) {
          skipped++; // a cross-field rule: only benchproof (Java) checks it
          continue;
        }
        check(`${file}: ${group.description}: ${test.description}`, schemaId, test.data, test.valid);
      }
    }
  }
} else {
  console.log(`(no conformance cases at ${conformanceDir})`);
}

console.log(`ajv ${JSON.parse(readFileSync(new URL("./node_modules/ajv/package.json", import.meta.url))).version}: `
  + `${passed} passed, ${failed} failed` + (skipped ? ` (${skipped} cross-field cases left to benchproof)` : ""));
process.exit(failed === 0 ? 0 : 1);
