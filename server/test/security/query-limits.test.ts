import 'reflect-metadata';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { QUERY_LIMITS, queryLimitsRule } from '../../src/security/query-limits';

/** A schema with a cycle, so that depth and fragment tricks can be written at any size. */
const schema = buildSchema(`
  type Query { node: Node, nodes(first: Int): [Node!]! }
  type Mutation { redeemCode(code: String!): Boolean, other: Boolean }
  type Node { child: Node, children(first: Int): [Node!]!, name: String }
`);

function errorsOf(document: string) {
  return validate(schema, parse(document), [...specifiedRules, queryLimitsRule]).map(
    (error) => error.message,
  );
}

describe('query limits rule', () => {
  it('allows the deepest permitted query and refuses one level more', () => {
    // node, then depth - 2 nested children, then name: depth fields in a chain.
    const query = (depth: number) =>
      `{ node { ${'child { '.repeat(depth - 2)}name${' }'.repeat(depth - 2)} } }`;
    assert.deepEqual(errorsOf(query(QUERY_LIMITS.maxDepth)), []);
    assert.match(errorsOf(query(QUERY_LIMITS.maxDepth + 1))[0], /depth/);
  });

  it('multiplies the cost of a list by the page it asks for', () => {
    assert.deepEqual(errorsOf('{ nodes(first: 10) { children(first: 10) { name } } }'), []);
    const costly = '{ nodes(first: 100) { children(first: 100) { name } } }';
    assert.match(errorsOf(costly)[0], /cost/);
    const viaVariable = 'query($n: Int) { nodes(first: $n) { children(first: $n) { name } } }';
    assert.match(errorsOf(viaVariable)[0], /cost/);
  });

  it('measures each fragment once, so fragments spreading fragments stay cheap to check', () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Node { ${i < 29 ? `...F${i + 1} `.repeat(10) : 'name'} }`,
    );
    const started = Date.now();
    const errors = errorsOf(`{ node { ...F0 } } ${fragments.join(' ')}`);
    assert.ok(Date.now() - started < 1000);
    assert.ok(errors.some((message) => /cost/.test(message)));
  });

  it('lets a guarded field appear once per operation, through aliases and fragments', () => {
    assert.deepEqual(errorsOf('mutation { redeemCode(code: "1") other }'), []);
    assert.equal(
      errorsOf('mutation { a: redeemCode(code: "1") b: redeemCode(code: "2") }').length,
      1,
    );
    const spread = `mutation { ...M ...M } fragment M on Mutation { redeemCode(code: "1") }`;
    assert.match(errorsOf(spread)[0], /only once/);
  });

  it('survives a fragment cycle, which validation reports by itself', () => {
    const errors = errorsOf('{ node { ...A } } fragment A on Node { child { ...A } }');
    assert.ok(errors.some((message) => /cannot spread fragment/i.test(message)));
  });
});
