import TuneIcon from '@mui/icons-material/Tune';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { Menu, useCanAccess } from 'react-admin';

/** Resources in working order, with the opportunities board right after its list. */
const BEFORE_BOARD = ['accounts', 'contacts', 'orgUnits', 'leads', 'opportunities'];
const AFTER_BOARD = [
  // Collections: contracts with their milestones, evidence and payments.
  'contracts',
  'payments',
  'activities',
  'accountPlans',
  // Execution: the task table, plans, the feedback loop, escalations, resources, handover.
  'tasks',
  'workPlans',
  'feedbacks',
  'escalations',
  'resourceRequests',
  'internalResources',
  'handovers',
  'salesTargets',
  'processTemplates',
  'processRuns',
  'funnelStages',
  'escalationRules',
  'users',
  'apiTokens',
  'auditEvents',
  // Reaching people outside the console: robots and the delivery log (ADMIN), the outbox.
  'deliveryRobots',
  'deliveries',
  'outbox',
];

/** Every entry follows canAccess; the board is there for whoever may list opportunities. */
export function TridentMenu() {
  const { canAccess: board } = useCanAccess({ resource: 'opportunities', action: 'list' });
  const { canAccess: preferences } = useCanAccess({
    resource: 'notifications',
    action: 'preferences',
  });
  return (
    <Menu>
      <Menu.DashboardItem />
      {BEFORE_BOARD.map((name) => (
        <Menu.ResourceItem key={name} name={name} />
      ))}
      {board && (
        <Menu.Item
          to="/opportunities/board"
          primaryText="trident.board.title"
          leftIcon={<ViewKanbanIcon />}
        />
      )}
      {AFTER_BOARD.map((name) => (
        <Menu.ResourceItem key={name} name={name} />
      ))}
      {preferences && (
        <Menu.Item
          to="/my-notifications"
          primaryText="trident.my_notifications.title"
          leftIcon={<TuneIcon />}
        />
      )}
    </Menu>
  );
}
