import fc from 'fast-check';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';

/** Strings that have broken other services: injections, odd Unicode, edge numbers, sizes. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '\u202eevil',
  '\ufeff',
  '１２３４ ５６７８ ９０１２ ３４５６ ７８９０',
  '𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡',
  "' or 1=1 --",
  '"; drop table ecode; --',
  '${jndi:ldap://127.0.0.1/a}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00',
  '\\u0000',
  'NaN',
  '-1',
  '1e309',
  '9007199254740993',
  '0000-00-00T00:00:00Z',
  '2026-02-30T25:61:61Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '9'.repeat(20),
  '9'.repeat(101),
  'x'.repeat(4097),
  '中'.repeat(3000),
  '😀'.repeat(2049),
  'aHBmc18=',
  'hpfs_' + 'A'.repeat(43),
  'Bearer x',
];

const anyString = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 200 }),
);

/** A value of the wrong kind altogether, as a careless or hostile client sends. */
const wrongKind: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, -0, 1.5),
  fc.boolean(),
  fc.array(anyString, { maxLength: 3 }),
  fc.dictionary(anyString, anyString, { maxKeys: 3 }),
  anyString,
);

/**
 * Values for an argument of the given type: mostly the right shape with hostile leaves, now
 * and then the wrong shape, a missing field or a field the type does not have.
 */
export function hostileValue(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 4) return wrongKind;
  const inner = isNonNullType(type) ? getNullableType(type) : type;
  let shaped: fc.Arbitrary<unknown>;

  if (isListType(inner)) {
    shaped = fc.array(hostileValue(inner.ofType as GraphQLInputType, depth + 1), { maxLength: 3 });
  } else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const entries = fields.map((field) =>
      fc.option(hostileValue(field.type, depth + 1), { nil: undefined, freq: 8 }),
    );
    shaped = fc
      .tuple(fc.tuple(...entries), fc.option(anyString, { nil: undefined, freq: 5 }))
      .map(([values, extra]) => {
        const object: Record<string, unknown> = {};
        fields.forEach((field, i) => {
          if (values[i] !== undefined) object[field.name] = values[i];
        });
        if (extra !== undefined) object[`unknown_${extra.length}`] = extra;
        return object;
      });
  } else if (isEnumType(inner)) {
    shaped = fc.oneof(fc.constantFrom(...inner.getValues().map((v) => v.name)), anyString);
  } else if (isScalarType(inner) && ['Int', 'Float'].includes(inner.name)) {
    shaped = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 101, 2 ** 31 - 1, -(2 ** 31)));
  } else if (isScalarType(inner) && inner.name === 'Boolean') {
    shaped = fc.boolean();
  } else {
    shaped = anyString;
  }
  return fc.oneof({ arbitrary: shaped, weight: 4 }, { arbitrary: wrongKind, weight: 1 });
}
