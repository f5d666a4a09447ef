import { lazy, type ComponentType } from 'react';
import type { ResourceProps } from 'react-admin';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import AssignmentIcon from '@mui/icons-material/Assignment';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import BlockIcon from '@mui/icons-material/Block';
import BusinessIcon from '@mui/icons-material/Business';
import CampaignIcon from '@mui/icons-material/Campaign';
import CategoryIcon from '@mui/icons-material/Category';
import ChecklistIcon from '@mui/icons-material/Checklist';
import ContactsIcon from '@mui/icons-material/Contacts';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import EventIcon from '@mui/icons-material/Event';
import EventNoteIcon from '@mui/icons-material/EventNote';
import FeedbackIcon from '@mui/icons-material/Feedback';
import FilterListIcon from '@mui/icons-material/FilterList';
import FlagCircleIcon from '@mui/icons-material/FlagCircle';
import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import HandshakeIcon from '@mui/icons-material/Handshake';
import HistoryIcon from '@mui/icons-material/History';
import KeyIcon from '@mui/icons-material/Key';
import LightbulbIcon from '@mui/icons-material/Lightbulb';
import NotificationImportantIcon from '@mui/icons-material/NotificationImportant';
import OutboxIcon from '@mui/icons-material/Outbox';
import PaymentsIcon from '@mui/icons-material/Payments';
import PeopleIcon from '@mui/icons-material/People';
import PollIcon from '@mui/icons-material/Poll';
import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import RuleIcon from '@mui/icons-material/Rule';
import SmartToyIcon from '@mui/icons-material/SmartToy';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import TimelineIcon from '@mui/icons-material/Timeline';
import type { HandoverRow } from './handovers/HandoverParts';

export type ResourceView = 'list' | 'show' | 'create' | 'edit';
export type ResourceViews = Partial<Record<ResourceView, ComponentType>>;

/**
 * What the console must know of a resource before its pages load: the menu's icon, how a
 * record is named in titles and references, and which pages exist (react-admin decides
 * from that whether to show Create/Edit/Show buttons). The pages themselves load on first
 * visit, so the first load carries the frame, the desk and the data layer only.
 */
export interface ResourceEntry {
  name: string;
  icon: ComponentType;
  recordRepresentation?: ResourceProps['recordRepresentation'];
  views: readonly ResourceView[];
  load: () => Promise<ResourceViews>;
}

export const RESOURCES: readonly ResourceEntry[] = [
  {
    name: 'accounts',
    icon: BusinessIcon,
    recordRepresentation: 'name',
    views: ['list', 'show', 'create', 'edit'],
    load: () => import('./accounts').then((m) => m.accounts),
  },
  {
    name: 'contacts',
    icon: ContactsIcon,
    recordRepresentation: 'name',
    views: ['list', 'create', 'edit'],
    load: () => import('./contacts').then((m) => m.contacts),
  },
  {
    name: 'orgUnits',
    icon: AccountTreeIcon,
    recordRepresentation: 'name',
    views: ['list', 'create', 'edit'],
    load: () => import('./org-units').then((m) => m.orgUnits),
  },
  {
    name: 'leads',
    icon: LightbulbIcon,
    recordRepresentation: 'title',
    views: ['list', 'show', 'create', 'edit'],
    load: () => import('./leads').then((m) => m.leads),
  },
  {
    name: 'opportunities',
    icon: HandshakeIcon,
    recordRepresentation: 'name',
    views: ['list', 'show', 'create', 'edit'],
    load: () => import('./opportunities').then((m) => m.opportunities),
  },
  {
    name: 'contracts',
    icon: RequestQuoteIcon,
    recordRepresentation: 'title',
    views: ['list', 'show', 'create'],
    load: () => import('./contracts').then((m) => m.contracts),
  },
  {
    name: 'renewals',
    icon: AutorenewIcon,
    recordRepresentation: (r: { expectedSignDate: string; account?: { name: string } | null }) =>
      `${r.account?.name ?? ''} ${r.expectedSignDate}`,
    views: ['list', 'show', 'create', 'edit'],
    load: () => import('./renewals').then((m) => m.renewals),
  },
  {
    name: 'activities',
    icon: EventNoteIcon,
    recordRepresentation: (r: { summary: string }) => r.summary.slice(0, 40),
    views: ['list', 'show', 'create', 'edit'],
    load: () => import('./activities').then((m) => m.activities),
  },
  {
    name: 'accountPlans',
    icon: AssignmentIcon,
    recordRepresentation: (r: { period: string; account?: { name: string } | null }) =>
      `${r.account?.name ?? ''} ${r.period}`,
    views: ['list', 'show', 'create', 'edit'],
    load: () => import('./account-plans').then((m) => m.accountPlans),
  },
  {
    name: 'salesTargets',
    icon: FlagCircleIcon,
    recordRepresentation: (r: { period: string; user?: { name: string } | null }) =>
      `${r.user?.name ?? ''} ${r.period}`,
    views: ['list', 'create'],
    load: () => import('./sales-targets').then((m) => m.salesTargets),
  },
  {
    name: 'processTemplates',
    icon: RuleIcon,
    recordRepresentation: 'name',
    views: ['list', 'create', 'edit'],
    load: () => import('./process-templates').then((m) => m.processTemplates),
  },
  {
    name: 'processRuns',
    icon: TimelineIcon,
    recordRepresentation: 'title',
    views: ['list', 'show'],
    load: () => import('./process-runs').then((m) => m.processRuns),
  },
  {
    name: 'tasks',
    icon: TaskAltIcon,
    recordRepresentation: 'title',
    views: ['list', 'show', 'create', 'edit'],
    load: () => import('./tasks').then((m) => m.tasks),
  },
  {
    name: 'workPlans',
    icon: ChecklistIcon,
    recordRepresentation: 'name',
    views: ['list', 'show', 'create', 'edit'],
    load: () => import('./work-plans').then((m) => m.workPlans),
  },
  {
    name: 'feedbacks',
    icon: FeedbackIcon,
    recordRepresentation: 'text',
    views: ['list', 'create'],
    load: () => import('./feedbacks').then((m) => m.feedbacks),
  },
  {
    name: 'escalations',
    icon: CampaignIcon,
    recordRepresentation: 'summary',
    views: ['list', 'show'],
    load: () => import('./escalations').then((m) => m.escalations),
  },
  {
    name: 'resourceRequests',
    icon: EventAvailableIcon,
    recordRepresentation: 'purpose',
    views: ['list', 'create'],
    load: () => import('./resource-requests').then((m) => m.resourceRequests),
  },
  {
    name: 'internalResources',
    icon: SupportAgentIcon,
    recordRepresentation: (r: { name: string; title?: string | null }) =>
      r.title ? `${r.name} · ${r.title}` : r.name,
    views: ['list', 'create', 'edit'],
    load: () => import('./internal-resources').then((m) => m.internalResources),
  },
  {
    name: 'handovers',
    icon: SwapHorizIcon,
    recordRepresentation: (r: HandoverRow) => `${r.fromUser?.name ?? ''} → ${r.toUser?.name ?? ''}`,
    views: ['list', 'show', 'create'],
    load: () => import('./handovers').then((m) => m.handovers),
  },
  {
    name: 'escalationRules',
    icon: NotificationImportantIcon,
    recordRepresentation: 'name',
    views: ['list', 'create', 'edit'],
    load: () => import('./escalation-rules').then((m) => m.escalationRules),
  },
  {
    name: 'funnelStages',
    icon: FilterListIcon,
    recordRepresentation: (record: { nameZh: string; nameEn: string }) =>
      `${record.nameEn} · ${record.nameZh}`,
    views: ['list', 'create', 'edit'],
    load: () => import('./funnel-stages').then((m) => m.funnelStages),
  },
  {
    name: 'productLines',
    icon: CategoryIcon,
    recordRepresentation: (record: { nameZh: string; nameEn: string }) =>
      `${record.nameEn} · ${record.nameZh}`,
    views: ['list', 'create', 'edit'],
    load: () => import('./product-lines').then((m) => m.productLines),
  },
  {
    name: 'surveys',
    icon: PollIcon,
    recordRepresentation: (record: { titleZh: string; titleEn: string }) =>
      `${record.titleEn} · ${record.titleZh}`,
    views: ['list', 'create', 'edit'],
    load: () => import('../surveys/SurveyAdmin').then((m) => m.surveys),
  },
  {
    name: 'users',
    icon: PeopleIcon,
    recordRepresentation: 'name',
    views: ['list', 'create', 'edit'],
    load: () => import('./users').then((m) => m.users),
  },
  {
    name: 'apiTokens',
    icon: KeyIcon,
    views: ['list', 'create'],
    load: () => import('./api-tokens').then((m) => m.apiTokens),
  },
  {
    name: 'auditEvents',
    icon: HistoryIcon,
    views: ['list'],
    load: () => import('./audit-events').then((m) => m.auditEvents),
  },
  {
    name: 'payments',
    icon: PaymentsIcon,
    views: ['list'],
    load: () => import('./payments').then((m) => m.payments),
  },
  {
    name: 'deliveryRobots',
    icon: SmartToyIcon,
    recordRepresentation: 'name',
    views: ['list', 'create', 'edit'],
    load: () => import('./delivery-robots').then((m) => m.deliveryRobots),
  },
  {
    name: 'deliveries',
    icon: ForwardToInboxIcon,
    views: ['list'],
    load: () => import('./deliveries').then((m) => m.deliveries),
  },
  {
    name: 'outbox',
    icon: OutboxIcon,
    views: ['list'],
    load: () => import('./outbox').then((m) => m.outbox),
  },
  {
    name: 'blockedSteps',
    icon: BlockIcon,
    views: ['list'],
    load: () => import('./blocked-steps').then((m) => m.blockedSteps),
  },
  {
    name: 'paymentMilestones',
    icon: EventIcon,
    views: ['list'],
    load: () => import('./payment-milestones').then((m) => m.paymentMilestones),
  },
  {
    name: 'targetAdjustments',
    icon: HistoryIcon,
    views: ['list'],
    load: () => import('./target-adjustments').then((m) => m.targetAdjustments),
  },
];

const Missing = () => null;

/** The props of a <Resource>: what is known now, and each page loaded on first visit. */
export function resourceProps(entry: ResourceEntry): ResourceProps {
  const page = (view: ResourceView) =>
    lazy(() => entry.load().then((views) => ({ default: views[view] ?? Missing })));
  return {
    name: entry.name,
    icon: entry.icon,
    recordRepresentation: entry.recordRepresentation,
    ...Object.fromEntries(entry.views.map((view) => [view, page(view)])),
  };
}
