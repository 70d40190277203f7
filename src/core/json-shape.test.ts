import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JSON_DEPTH_LIMIT, JSON_KEYS_LIMIT, jsonShapeProblem, type JsonShapeLimits } from './json-shape.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const scan = (text: string, limits?: JsonShapeLimits) => jsonShapeProblem(bytes(text), limits);

/** Depth (open brackets at once) and most keys in one object of a parsed JSON value, without recursion. */
function shapeOf(value: unknown): { depth: number; keys: number } {
  let depth = 0;
  let keys = 0;
  const stack: Array<{ v: unknown; d: number }> = [{ v: value, d: 0 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    if (typeof top.v !== 'object' || top.v === null) continue;
    depth = Math.max(depth, top.d + 1);
    const children = Array.isArray(top.v) ? (top.v as unknown[]) : Object.values(top.v);
    if (!Array.isArray(top.v)) keys = Math.max(keys, Object.keys(top.v).length);
    for (const c of children) stack.push({ v: c, d: top.d + 1 });
  }
  return { depth, keys };
}

const lists = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const objects = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
const objectOf = (n: number) => `{${Array.from({ length: n }, (_, i) => `"k${i}":${i}`).join(',')}}`;

describe('jsonShapeProblem: nesting', () => {
  it(`accepts ${JSON_DEPTH_LIMIT} levels of lists or objects and refuses one more`, () => {
    expect(scan(lists(JSON_DEPTH_LIMIT))).toBeNull();
    expect(scan(objects(JSON_DEPTH_LIMIT))).toBeNull();
    expect(scan(lists(JSON_DEPTH_LIMIT + 1))).toBe(`is nested more than ${JSON_DEPTH_LIMIT} levels deep`);
    expect(scan(objects(JSON_DEPTH_LIMIT + 1))).toBe(`is nested more than ${JSON_DEPTH_LIMIT} levels deep`);
    expect(scan(`{"resourceType":${lists(5_000)}}`)).toBe(`is nested more than ${JSON_DEPTH_LIMIT} levels deep`);
  });

  it('counts the depth at once, not the brackets in all: many shallow lists are fine', () => {
    expect(scan(`[${Array(100_000).fill('[[1]]').join(',')}]`)).toBeNull();
  });

  it('does not count brackets, braces, commas or escaped quotes inside strings', () => {
    expect(scan(JSON.stringify({ a: '['.repeat(1_000), b: '{,'.repeat(20_000), c: '\\"[[[' }))).toBeNull();
    expect(scan(`["\\\\", ${lists(JSON_DEPTH_LIMIT)}]`)).toBe(`is nested more than ${JSON_DEPTH_LIMIT} levels deep`);
    expect(scan(`["\\"", ${lists(JSON_DEPTH_LIMIT - 1)}]`)).toBeNull();
  });
});

describe('jsonShapeProblem: keys', () => {
  it(`accepts an object of ${JSON_KEYS_LIMIT.toLocaleString('en')} keys and refuses one more, at any depth`, () => {
    expect(scan(objectOf(JSON_KEYS_LIMIT))).toBeNull();
    expect(scan(objectOf(JSON_KEYS_LIMIT + 1))).toBe(`has an object with more than ${JSON_KEYS_LIMIT.toLocaleString('en')} keys`);
    expect(scan(`{"moments":[{}, ${objectOf(JSON_KEYS_LIMIT + 1)}]}`)).not.toBeNull();
  });

  it('counts the keys of each object apart: keys in nested objects or lists are not the parent’s', () => {
    const half = objectOf(JSON_KEYS_LIMIT / 2);
    expect(scan(`{"a":${half},"b":${half},"c":[${half},${half}]}`)).toBeNull();
  });

  it('puts no limit on the items of a list: an export holds 100,000 moments', () => {
    expect(scan(`{"moments":[${Array(200_000).fill('{}').join(',')}]}`)).toBeNull();
  });
});

describe('jsonShapeProblem: properties', () => {
  const small: JsonShapeLimits = { depth: 4, keys: 3 };

  it('refuses exactly the values deeper or wider than its limits, however they are spaced (small limits)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 7 }), fc.constantFrom(undefined, 1, '\t', ' \n '), (value, space) => {
        const text = JSON.stringify(value, null, space);
        const shape = shapeOf(JSON.parse(text));
        const over = shape.depth > small.depth || shape.keys > small.keys;
        expect(scan(text, small) !== null).toBe(over);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts every JSON value within the real limits, with any Unicode in its strings', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 10, depthSize: 'medium' }), fc.string({ unit: 'binary' }), (value, text) => {
        expect(scan(JSON.stringify([value, text, { [text]: value }]))).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('within the limits, lets through exactly what JSON.parse accepts (it never refuses a valid text), and never throws on any bytes', () => {
    const texts = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
      fc.array(fc.constantFrom('[', ']', '{', '}', '"', '\\', ',', ':', '1', ' ', 'true', '"a"'), { maxLength: 60 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(texts, (text) => {
        let parsed: { ok: true; value: unknown } | { ok: false } = { ok: false };
        try {
          parsed = { ok: true, value: JSON.parse(text) };
        } catch {
          // not JSON: the scan may let it through for JSON.parse to refuse
        }
        const problem = scan(text);
        if (parsed.ok) {
          const shape = shapeOf(parsed.value);
          if (shape.depth <= JSON_DEPTH_LIMIT && shape.keys <= JSON_KEYS_LIMIT) expect(problem).toBeNull();
        }
      }),
      { numRuns: 1_000 },
    );
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (raw) => void jsonShapeProblem(raw)));
  });
});
