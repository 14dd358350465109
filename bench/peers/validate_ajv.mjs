// Peer for bench/compare.sh: Ajv (draft 2020-12, ajv-formats) validating files in one node process,
// each against the exported schema its "$schema" names, as a user would script it.
//
//   node bench/peers/validate_ajv.mjs SCHEMA_DIR FILE|DIR...
//
// Uses ci/'s Ajv install (npm ci --prefix ci). Prints "valid=N invalid=M"; exit 1 if any is invalid.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(new URL("../../ci/package.json", import.meta.url));
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const [schemaDir, ...inputs] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
for (const file of readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json")).sort()) {
  ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, file), "utf8")));
}

const files = [];
for (const input of inputs) {
  if (statSync(input).isDirectory()) {
    files.push(...readdirSync(input).filter((f) => f.endsWith(".json")).sort().map((f) => join(input, f)));
  } else {
    files.push(input);
  }
}
let valid = 0;
let invalid = 0;
for (const file of files) {
  const data = JSON.parse(readFileSync(file, "utf8"));
  const validate = ajv.getSchema(data.$schema); // compiled once per schema, then cached by Ajv
  if (validate && validate(data)) valid++;
  else invalid++;
}
console.log(`valid=${valid} invalid=${invalid}`);
process.exit(invalid ? 1 : 0);
