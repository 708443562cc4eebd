import {
  getNamedType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graphql/connection';

/** What an operation would cost to run, worked out before anything runs. */
export interface QueryMeasure {
  /** Deepest chain of nested fields. */
  depth: number;
  /** Fields that would be resolved, each list multiplied by the page size asked for. */
  cost: number;
  /** Fields written with an alias. */
  aliases: number;
  /** How often each root field would be run, counted through fragments. */
  rootFields: Map<string, number>;
}

const EMPTY: QueryMeasure = { depth: 0, cost: 0, aliases: 0, rootFields: new Map() };

/**
 * Measures a selection set with fragments expanded. Each fragment is measured once and its
 * measure reused, so fragments that spread each other many times cannot make this slow; a
 * fragment that spreads itself (refused by validation anyway) counts as empty.
 */
export class QueryMeasurer {
  private readonly done = new Map<string, QueryMeasure>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragment: (name: string) => FragmentDefinitionNode | null | undefined,
  ) {}

  measure(selectionSet: SelectionSetNode, type: GraphQLNamedType | null | undefined) {
    const result: QueryMeasure = { depth: 0, cost: 0, aliases: 0, rootFields: new Map() };
    for (const selection of selectionSet.selections) {
      let part: QueryMeasure;
      if (selection.kind === Kind.FIELD) {
        part = this.field(selection, type);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        part = this.measure(selection.selectionSet, condition ? this.type(condition) : type);
      } else {
        part = this.spread(selection.name.value);
      }
      result.depth = Math.max(result.depth, part.depth);
      result.cost += part.cost;
      result.aliases += part.aliases;
      for (const [name, count] of part.rootFields) {
        result.rootFields.set(name, (result.rootFields.get(name) ?? 0) + count);
      }
    }
    return result;
  }

  private spread(name: string): QueryMeasure {
    const known = this.done.get(name);
    if (known) return known;
    const definition = this.fragment(name);
    if (!definition || this.inProgress.has(name)) return EMPTY;

    this.inProgress.add(name);
    const result = this.measure(
      definition.selectionSet,
      this.type(definition.typeCondition.name.value),
    );
    this.inProgress.delete(name);
    this.done.set(name, result);
    return result;
  }

  private field(node: FieldNode, parent: GraphQLNamedType | null | undefined): QueryMeasure {
    const name = node.name.value;
    const rootFields = new Map([[name, 1]]);
    const aliases = node.alias ? 1 : 0;
    // Introspection is off in production; in demo mode its depth is the schema's own.
    if (name.startsWith('__')) return { depth: 0, cost: 0, aliases, rootFields };

    const definition =
      parent && (isObjectType(parent) || isInterfaceType(parent))
        ? parent.getFields()[name]
        : undefined;
    if (!node.selectionSet) return { depth: 1, cost: 1, aliases, rootFields };

    const inner = this.measure(node.selectionSet, definition && getNamedType(definition.type));
    const pages = definition?.args.some((arg) => arg.name === 'first') ? pageOf(node) : 1;
    return {
      depth: inner.depth + 1,
      cost: 1 + pages * inner.cost,
      aliases: aliases + inner.aliases,
      rootFields,
    };
  }

  private type(name: string) {
    return this.schema.getType(name);
  }
}

/** The page size a connection field asks for; a variable may carry the maximum. */
function pageOf(node: FieldNode): number {
  const first = node.arguments?.find((arg) => arg.name.value === 'first')?.value;
  if (!first) return DEFAULT_PAGE_SIZE;
  if (first.kind === Kind.INT) {
    return Math.min(Math.max(Number.parseInt(first.value, 10) || 1, 1), MAX_PAGE_SIZE);
  }
  return MAX_PAGE_SIZE;
}
