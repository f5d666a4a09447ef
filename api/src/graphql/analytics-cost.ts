import type { ApolloServerPlugin } from '@apollo/server';
import { monthsBetween, parsePeriod } from '@trident/domain';
import {
  GraphQLError,
  Kind,
  getArgumentValues,
  type FieldNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { AppError } from '../common/app-error';

/**
 * Aggregates cost what they return. Each analytics root field has a weight computed from
 * its arguments (how many periods, grouped by what); the weights of every occurrence in a
 * document — aliases included — are summed and the document refused before any SQL runs
 * when the sum passes the limit. Lists are weighed by graphql-armor's cost (by `first`);
 * this covers the fields whose size `first` does not tell.
 */

export const ANALYTICS_LIMITS = {
  /** The most a document may ask of analytics, in weight units. */
  maxCost: 10_000,
  /** The most periods one revenue summary may span. */
  maxPeriods: 120,
} as const;

/** Per row of a grouping: how many rows it may produce (a customer base is large). */
const GROUP_WEIGHT: Record<string, number> = {
  NONE: 1,
  REGION: 20,
  OWNER: 20,
  ACCOUNT: 200,
};

const MONTHS: Record<string, number> = { YEAR: 12, QUARTER: 3, MONTH: 1 };

/** Periods of `granularity` from the start of `from` to the end of `to` (0 if unreadable). */
export function periodCount(from: unknown, to: unknown, granularity: unknown): number {
  const start = typeof from === 'string' ? parsePeriod(from) : null;
  const end = typeof to === 'string' ? parsePeriod(to) : null;
  if (!start || !end) return 0;
  const months = monthsBetween(start.firstDay, end.endDay);
  return Math.max(0, Math.ceil(months / (MONTHS[String(granularity ?? 'QUARTER')] ?? 3)));
}

type Args = Record<string, unknown>;

/** The weight of one call of each analytics field, from its arguments. */
export const ANALYTICS_WEIGHTS: Record<string, (args: Args) => number> = {
  revenueSummary: (a) =>
    periodCount(a.from, a.to, a.granularity) * (GROUP_WEIGHT[String(a.groupBy ?? 'NONE')] ?? 1),
  collectionAging: (a) => 5 * (GROUP_WEIGHT[String(a.groupBy ?? 'ACCOUNT')] ?? 1),
  battleMap: () => 500,
  funnel: () => 50,
  funnelDiagnosis: () => 100,
  whitespace: () => 200,
  accountRollup: () => 300,
  timeInStage: (a) => (a.groupBy && a.groupBy !== 'NONE' ? 200 : 100),
  dealVelocity: (a) => (a.groupBy && a.groupBy !== 'NONE' ? 100 : 50),
  pipelineCoverage: () => 200,
  accountMatrix: () => 50,
  orgChart: () => 500,
  feedbackAckTimes: () => 20,
  escalationLevels: () => 10,
  paymentTotals: () => 20,
  surveyScore: () => 20,
  surveyScores: () => 100,
};

/** Root fields of a document's operation, fragments spread, with their argument nodes. */
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, SelectionSetNode>) {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode, seen: string[]) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.includes(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment, [...seen, selection.name.value]);
      }
    }
  };
  visit(selectionSet, []);
  return fields;
}

/** The analytics weight of an operation, with its variables' values. */
export function analyticsCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  fragments: Map<string, SelectionSetNode>,
  variables: Record<string, unknown>,
): number {
  const query = schema.getQueryType()!.getFields();
  let cost = 0;
  for (const node of rootFields(selectionSet, fragments)) {
    const weigh = ANALYTICS_WEIGHTS[node.name.value];
    const field = query[node.name.value];
    if (!weigh || !field) continue;
    let args: Args = {};
    try {
      args = getArgumentValues(field, node, variables);
    } catch {
      // Bad arguments are reported by execution with their field.
    }
    cost += weigh(args);
  }
  return cost;
}

/** Refuses a document whose analytics weight passes the limit, before it executes. */
export function analyticsCostLimit(maxCost: number = ANALYTICS_LIMITS.maxCost): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation?.operation !== 'query') return;
          const fragments = new Map<string, SelectionSetNode>();
          for (const definition of document.definitions)
            if (definition.kind === Kind.FRAGMENT_DEFINITION)
              fragments.set(definition.name.value, definition.selectionSet);
          const cost = analyticsCost(
            schema,
            operation.selectionSet,
            fragments,
            request.variables ?? {},
          );
          if (cost > maxCost) {
            const message = `This asks too much of the analytics at once (weight ${cost}, at most ${maxCost}): narrow the range, group less finely or split the request`;
            throw new GraphQLError(message, {
              originalError: new AppError('BAD_USER_INPUT', message, {
                reason: 'ANALYTICS_COST',
                cost,
                maxCost,
              }),
              extensions: { http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
