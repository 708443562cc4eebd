import {
  GraphQLError,
  type ASTNode,
  type ASTVisitor,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { QueryMeasurer } from './query-measure';

/** Limits on one GraphQL document; docs/security.md explains each figure. */
export const QUERY_LIMITS = {
  /** The deepest legitimate query (the information form's deposit history) is 5. */
  maxDepth: 10,
  /** Two full pages of 100 redemptions with their clerks come to about 3,000. */
  maxCost: 5000,
  maxAliases: 20,
  /** Lexical tokens the parser reads before giving up; the console's biggest query is ~300. */
  maxTokens: 2000,
};

/**
 * Root fields that guess or spend a secret: a code, a password, a face-verification result, a
 * check code. Each may run at most once per operation, so aliases and fragments cannot turn
 * one request into many attempts.
 */
export const ONCE_PER_OPERATION = new Set([
  'redeemCode',
  'staffLogin',
  'applyCode',
  'reopenForm',
  'verifyForm',
]);

/** Refuses an operation that is too deep, too costly, too aliased, or repeats a guarded field. */
export const queryLimitsRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const schema = context.getSchema();
  const measurer = new QueryMeasurer(schema, (name) => context.getFragment(name));
  const refuse = (message: string, node: ASTNode) =>
    context.reportError(new GraphQLError(message, { nodes: node }));

  return {
    OperationDefinition(node) {
      const measure = measurer.measure(node.selectionSet, schema.getRootType(node.operation));
      if (measure.depth > QUERY_LIMITS.maxDepth) {
        refuse(`Query depth ${measure.depth} exceeds the limit of ${QUERY_LIMITS.maxDepth}.`, node);
      }
      if (measure.cost > QUERY_LIMITS.maxCost) {
        refuse(`Query cost ${measure.cost} exceeds the limit of ${QUERY_LIMITS.maxCost}.`, node);
      }
      if (measure.aliases > QUERY_LIMITS.maxAliases) {
        refuse(`${measure.aliases} aliases exceed the limit of ${QUERY_LIMITS.maxAliases}.`, node);
      }
      for (const [field, count] of measure.rootFields) {
        if (count > 1 && ONCE_PER_OPERATION.has(field)) {
          refuse(
            `${field} may appear only once per operation; send one request per attempt.`,
            node,
          );
        }
      }
      return false;
    },
  };
};
