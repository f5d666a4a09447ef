import {
  BANT_OVERRIDE_ROLES,
  canAccessResource,
  canRun,
  canSeeMoney,
  type Role,
} from '@trident/domain';
import type { AuthProvider } from 'react-admin';
import type { LoginMutation } from '../gql/graphql';
import { LOGIN, SIGN_OUT } from './auth-provider.graphql';
import { toHttpError } from './data-provider';
import { getToken, graphqlClient, TOKEN_KEY, USER_KEY } from './graphql-client';

export type SessionUser = LoginMutation['login']['user'];

export const sessionUser = (): SessionUser | null => {
  const raw = sessionStorage.getItem(USER_KEY);
  return raw ? (JSON.parse(raw) as SessionUser) : null;
};

const clearSession = () => {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(USER_KEY);
};

interface FailedCall {
  status?: number;
  code?: string;
  body?: { code?: string; reason?: string };
  graphQLErrors?: { extensions?: { code?: string; reason?: string } }[];
  networkError?: { statusCode?: number };
}

/** The error code of a failed data provider call, wherever the provider put it. */
function errorCode(error: unknown): string | undefined {
  const e = error as FailedCall | null;
  if (e?.status === 401 || e?.networkError?.statusCode === 401) return 'UNAUTHENTICATED';
  return e?.code ?? e?.body?.code ?? e?.graphQLErrors?.[0]?.extensions?.code;
}

/** Why the API refused, where it says (`ROLE`: the access matrix's gate). */
function errorReason(error: unknown): string | undefined {
  const e = error as FailedCall | null;
  return e?.body?.reason ?? e?.graphQLErrors?.[0]?.extensions?.reason;
}

export const ACCESS_DENIED_PATH = '/access-denied';

/**
 * Actions beyond the resource matrix, from the shared rules, so that components only ask
 * canAccess: a manager may convert a lead although BANT items are missing.
 */
/** Beside the requester or the AR it was routed to, these review tasks and acknowledge feedback. */
const LINE_ROLES: readonly Role[] = ['MANAGER', 'ADMIN'];
const anyOf = (allowed: readonly Role[]) => (roles: readonly Role[]) =>
  roles.some((role) => allowed.includes(role));
const may = (operation: string) => (roles: readonly Role[]) => canRun(roles, operation);

const CONSOLE_ACTIONS: Record<string, (roles: readonly Role[]) => boolean> = {
  'leads.override_bant': anyOf(BANT_OVERRIDE_ROLES),
  // The task table's verbs; who is assignee or requester of a task is the record's business.
  'tasks.act': may('Mutation.acknowledgeTask'),
  'tasks.review_any': (roles) => anyOf(LINE_ROLES)(roles) && canRun(roles, 'Mutation.reviewTask'),
  'feedbacks.acknowledge': may('Mutation.acknowledgeFeedback'),
  'feedbacks.acknowledge_any': (roles) =>
    anyOf(LINE_ROLES)(roles) && canRun(roles, 'Mutation.acknowledgeFeedback'),
  'feedbacks.to_lead': may('Mutation.feedbackToLead'),
  'resourceRequests.decide': may('Mutation.decideResourceRequest'),
  'notifications.read': may('Query.notifications'),
  'notifications.preferences': may('Query.myDeliveryPreferences'),
  'accounts.team_robot': may('Mutation.setAccountTeamRobot'),
  // The customer's chain: start a run on a deal, insert a signature nobody predicted.
  'processRuns.start': may('Mutation.startProcessRun'),
  'processRuns.insert_step': may('Mutation.insertRunStep'),
  'paymentMilestones.set_gates': may('Mutation.setMilestoneGates'),
  // Files on evidence and tasks (POST /files): the roles that change records attach them and
  // remove their own; a manager or an admin removes anyone's. The record decides the rest.
  'attachments.attach': may('Mutation.deleteAttachment'),
  'attachments.remove_any': (roles) =>
    anyOf(LINE_ROLES)(roles) && canRun(roles, 'Mutation.deleteAttachment'),
  // Influence edges drawn and removed on the org chart.
  'influences.add': may('Mutation.addInfluence'),
  'influences.remove': may('Mutation.removeInfluence'),
  // Escalations: whoever they reached acts on them; managers and ADMIN on any in their line
  // (the API checks the line), and only ADMIN hands them to anyone at all.
  'escalations.acknowledge': may('Mutation.acknowledgeEscalation'),
  'escalations.resolve': may('Mutation.resolveEscalation'),
  'escalations.act_any': (roles) =>
    anyOf(LINE_ROLES)(roles) && canRun(roles, 'Mutation.acknowledgeEscalation'),
  'escalations.reassign': may('Mutation.reassignEscalation'),
  'escalations.reassign_anyone': (roles) =>
    anyOf(['ADMIN'])(roles) && canRun(roles, 'Mutation.reassignEscalation'),
  // Text the API writes about a re-plan quotes the amounts; solution and delivery see none.
  'amounts.show': canSeeMoney,
  // Issue 20: ADMIN sets the relationship cadences; the account team keeps the risk register
  // (the API also wants a seat on the team); the AR or a manager goes through the task table.
  'relationshipCadences.edit': may('Mutation.setRelationshipCadence'),
  'risks.create': may('Mutation.createRisk'),
  'risks.edit': may('Mutation.updateRisk'),
  'workPlans.review': may('Mutation.reviewWorkPlan'),
  // Deals sitting too long in their stage: the account managers' and their managers' page.
  'opportunities.stalled': (roles) =>
    anyOf(['SALES', 'MANAGER'])(roles) && canRun(roles, 'Query.stalledOpportunities'),
};

export function canAccessConsole(roles: readonly Role[], resource: string, action: string) {
  const special = CONSOLE_ACTIONS[`${resource}.${action}`];
  return special ? special(roles) : canAccessResource(roles, resource, action);
}

/**
 * Sign-in against the API's `login` mutation. The token lives in sessionStorage: it is
 * gone when the tab closes and never shared with other sites. Access decisions come from
 * the shared access matrix, never from role checks in components.
 */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    // A stale token must not ride along: signing in is for whoever has no session.
    clearSession();
    const result = await graphqlClient
      .mutate({ mutation: LOGIN, variables: { email: username, password } })
      .catch((error: unknown) => {
        throw toHttpError(error);
      });
    const { token, user } = result.data!.login;
    sessionStorage.setItem(TOKEN_KEY, token);
    sessionStorage.setItem(USER_KEY, JSON.stringify(user));
  },
  async logout() {
    // The server ends the session, so a copy of the token stops working too. Signing out
    // never fails for the person: an unreachable API still leaves them signed out here.
    if (getToken()) await graphqlClient.mutate({ mutation: SIGN_OUT }).catch(() => undefined);
    clearSession();
  },
  async checkAuth() {
    if (!getToken()) throw new Error('Not signed in');
  },
  async checkError(error: unknown) {
    if (errorCode(error) === 'UNAUTHENTICATED') {
      clearSession();
      throw new Error('Your session has ended: sign in again');
    }
    // The role gate refused a read: the page is not this role's. react-admin then shows the
    // access page (where its own canAccess check has usually sent the person already) instead
    // of the server's sentence, and keeps them signed in.
    if (errorCode(error) === 'FORBIDDEN' && errorReason(error) === 'ROLE') {
      const there = window.location.hash.startsWith(`#${ACCESS_DENIED_PATH}`);
      throw {
        logoutUser: false,
        message: false,
        ...(there ? {} : { redirectTo: ACCESS_DENIED_PATH }),
      };
    }
  },
  async getIdentity() {
    const user = sessionUser();
    if (!user) throw new Error('Not signed in');
    return { id: user.id, fullName: user.name, email: user.email, roles: user.roles };
  },
  async getPermissions() {
    return sessionUser()?.roles ?? [];
  },
  async canAccess({ resource, action }: { resource: string; action: string }) {
    return canAccessConsole(sessionUser()?.roles ?? [], resource, action);
  },
};
