/**
 * What each list holds and how things come to be on it, shown while it holds nothing yet
 * (resources/ListEmpty.tsx). i18n.test checks every list of the registry has one, in both
 * languages. `empty` titles a list whose name does not read after "No … yet" ("My tasks",
 * "Visit log"); the others say "No <items> yet".
 */
export const emptyStatesEn = {
  resources: {
    accounts: {
      empty: 'No accounts yet',
      empty_help: 'Claim your first customer: its team, plan, deals and contracts start here.',
    },
    contacts: {
      empty_help:
        "The people you know at your customers. Add them here or from a customer's org chart.",
    },
    orgUnits: {
      empty_help:
        "A customer's departments, nested as in its organisation: the boxes of its org chart.",
    },
    leads: {
      empty: 'No leads yet',
      empty_help: 'Record the first need you heard about; a qualified lead becomes a deal.',
    },
    opportunities: {
      empty: 'No opportunities here yet',
      empty_help: "Deals in the funnel: create one from a customer's page or convert a lead.",
    },
    contracts: {
      empty_help:
        'Signed contracts and their payment milestones. A won deal waits for its contract here.',
    },
    renewals: {
      empty: 'No renewals yet',
      empty_help:
        'Every signing is the start of the next: note what each customer will renew, when and for how much.',
    },
    activities: {
      empty: 'No visits yet',
      empty_help:
        'Visits, calls and meetings with customers: the history the relationship rhythm reads.',
    },
    accountPlans: {
      empty_help:
        "A key account's plan for the year: its target, its risk factor and the milestones to reach it.",
    },
    salesTargets: {
      empty_help: "Each person's revenue target for a period; every change keeps its reason.",
    },
    processTemplates: {
      empty_help:
        'The steps a deal goes through (a bid, a trial, a delivery), to start on deals as process runs.',
    },
    processRuns: {
      empty_help:
        "A process started on a deal: its steps, who holds each, how far it has come. Start one from a deal's page.",
    },
    tasks: {
      empty: 'No tasks yet',
      empty_help:
        'Work handed to you or by you, with its due date: acknowledge it, start it, say when you are stuck, finish it.',
    },
    workPlans: {
      empty_help: 'What each person plans to do for their accounts this week or this month.',
    },
    feedbacks: {
      empty: 'No feedback yet',
      empty_help:
        "What customers said, sent to the account manager who must answer it; add one from a customer's page.",
    },
    escalations: {
      empty_help:
        'Work overdue past the threshold of an escalation rule lands here, for whom the rule names. Nothing is overdue now.',
    },
    resourceRequests: {
      empty_help:
        "Ask for one of our experts or teams for a customer: the request goes to the resource's manager to approve.",
    },
    internalResources: {
      empty_help: 'Our experts and teams that account teams may ask for.',
    },
    handovers: {
      empty_help:
        'When an account changes hands, the handover says what the next person must know, and who signs it off.',
    },
    escalationRules: {
      empty_help:
        'How long overdue, and who is told: the rules that raise escalations and send them to people and robots.',
    },
    funnelStages: {
      empty_help: "The funnel's stages in order, each with its win rate and its entry criteria.",
    },
    productLines: {
      empty: 'No product lines yet',
      empty_help:
        "Add the product lines we sell: they are the rows of every customer's whitespace grid.",
    },
    surveys: {
      empty: 'No survey yet',
      empty_help: 'Create the survey your teams send to their customers.',
    },
    users: {
      empty_help: 'Everyone who signs in, with their roles and their manager.',
    },
    apiTokens: {
      empty_help:
        'Tokens for BI tools to read the GraphQL API: one per tool, revoked when the tool goes.',
    },
    auditEvents: {
      empty: 'No audit events yet',
      empty_help: 'Every change made in Trident, by whom and when, as it is made.',
    },
    payments: {
      empty_help: "Money received against contracts' payment milestones, as finance records it.",
    },
    deliveryRobots: {
      empty: 'No robots yet',
      empty_help:
        'Chat robots (WeCom, DingTalk, Feishu) that receive escalations and digests in a team chat.',
    },
    deliveries: {
      empty: 'No deliveries yet',
      empty_help: 'Every message sent to a robot or a person, and whether it arrived.',
    },
    outbox: {
      empty: 'Nothing in the outbox yet',
      empty_help: 'Messages waiting to be sent: an empty outbox means everything has gone out.',
    },
    blockedSteps: {
      empty_help:
        'Steps of process runs that someone marked blocked, the longest first. Nothing is blocked now.',
    },
    paymentMilestones: {
      empty_help:
        'The payment milestones of signed contracts: what is due when, what is paid and what is still open.',
    },
    targetAdjustments: {
      empty_help: 'Every change to a sales target: who made it, when, and why.',
    },
  },
};
