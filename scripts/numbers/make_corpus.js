#!/usr/bin/env node
// Emits the corpus that pins CanonicalJsonWriter.formatNumber to ECMAScript's Number::toString.
// Each line: "<16 hex digits of the IEEE-754 bits> <String(x)>". Deterministic: a fixed-seed PRNG,
// so re-running with the same Node major version reproduces the file byte for byte.
//   node scripts/numbers/make_corpus.js | gzip -9n > src/test/resources/io/ecmascript-numbers.txt.gz
'use strict';

let seed = 0x9e3779b97f4a7c15n;
function next64() { // splitmix64
  seed = (seed + 0x9e3779b97f4a7c15n) & 0xffffffffffffffffn;
  let z = seed;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & 0xffffffffffffffffn;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & 0xffffffffffffffffn;
  return z ^ (z >> 31n);
}
function nextInt(n) { return Number(next64() % BigInt(n)); }

const buf = new DataView(new ArrayBuffer(8));
function bitsOf(x) { buf.setFloat64(0, x); return buf.getBigUint64(0); }
function fromBits(b) { buf.setBigUint64(0, b); return buf.getFloat64(0); }

const seen = new Set();
const lines = [];
function add(x) {
  if (!Number.isFinite(x)) return;
  for (const v of [x, -x]) {
    const hex = bitsOf(v).toString(16).padStart(16, '0');
    if (!seen.has(hex)) { seen.add(hex); lines.push(hex + ' ' + String(v)); }
  }
}

// Named troublemakers and format boundaries.
[0, 1, 0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3, Math.PI, Math.E, 1e23, 2.82879384806159e17,
 Number.MIN_VALUE, Number.MAX_VALUE, Number.EPSILON, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2,
 2.2250738585072014e-308, 2.225073858507201e-308, 5e-324, 1.7976931348623157e308,
 1e21, 999999999999999900000, 1e21 - 65536, 1e-7, 1.5e-7, 9.99999e-7, 1e-6, 0.000001, 0.00001,
 123e20, 123e-20, 4.35, 0.07, 100, 1e15, 1e16, 1e17, 9007199254740993, 5e-7, 4.9e-324,
 1.1, 2.675, 1.005, 8.41, 0.0001, 1234567890123456789, 299792458, 6.02214076e23, 6.62607015e-34,
].forEach(add);

// Powers of two and of ten across the whole range, with their neighbours.
for (let e = -1074; e <= 1023; e++) {
  const x = 2 ** e;
  add(x);
  const b = bitsOf(x);
  if (b > 0n) add(fromBits(b - 1n));
  add(fromBits(b + 1n));
}
for (let e = -324; e <= 308; e++) {
  const x = Number('1e' + e);
  add(x);
  const b = bitsOf(x);
  if (b > 0n) add(fromBits(b - 1n));
  add(fromBits(b + 1n));
}

// Subnormals: small ones, random ones, the largest.
for (let i = 1n; i <= 64n; i++) add(fromBits(i));
for (let i = 0; i < 500; i++) add(fromBits(next64() & 0x000fffffffffffffn));
add(fromBits(0x000fffffffffffffn));

// "Nice" decimals and their sums, as metrics computations produce them.
for (let i = 0; i < 3000; i++) {
  const digits = 1 + nextInt(9);
  const mant = nextInt(10 ** digits);
  const exp = nextInt(30) - 15;
  add(Number(mant + 'e' + exp));
  add(mant / 10 ** (1 + nextInt(8)) + nextInt(1000) / 100);
}
for (let i = 1; i <= 100; i++) for (let j = 1; j <= 20; j++) add(i / 10 + j / 100);

// Random bit patterns (uniform over all finite doubles) and random values in [0, 1).
for (let i = 0; i < 12000; i++) add(fromBits(next64() & 0x7fffffffffffffffn));
for (let i = 0; i < 2000; i++) add(Number(next64() >> 11n) / 2 ** 53);

process.stdout.write('# ECMAScript String(x) for doubles; made by scripts/numbers/make_corpus.js with Node ' +
  process.version + '\n# <hex bits> <String(x)>\n' + lines.join('\n') + '\n');
