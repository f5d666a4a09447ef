import {
  Box,
  Card,
  CardContent,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link } from 'react-router-dom';
import { Show, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDue } from '../tasks/TaskActions';
import { TaskStatusChip } from '../tasks/TaskStatusChip';
import { HandoverProgress, HandoverStatus, type HandoverRow } from './HandoverParts';
import type { HandoverFieldsFragment } from '../../gql/graphql';

type HandoverItem = HandoverFieldsFragment['items'][number];

const PLAYBOOK_COLORS = {
  TRANSFER: 'default',
  PHONE_INTRO: 'info',
  JOINT_VISIT: 'secondary',
} as const;

function HandoverDetails() {
  const record = useRecordContext<HandoverRow & { items: HandoverItem[]; startedAt: string }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5">
          {record.fromUser?.name ?? '—'} → {record.toUser?.name ?? '—'}
        </Typography>
        <HandoverStatus status={record.status} />
        {record.fromUser?.status === 'DEPARTED' && (
          <Chip size="small" variant="outlined" label={translate('trident.statuses.DEPARTED')} />
        )}
        <Box sx={{ flexGrow: 1 }} />
        <HandoverProgress progress={record.progress} />
      </Box>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {translate('trident.handover.playbook_help')}
      </Typography>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" gutterBottom>
            {translate('resources.handovers.fields.items')}
          </Typography>
          <Table size="small" data-testid="handover-items">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.tasks.fields.accountId')}</TableCell>
                <TableCell>{translate('resources.tasks.fields.opportunityId')}</TableCell>
                <TableCell>{translate('resources.tasks.fields.playbook')}</TableCell>
                <TableCell>{translate('resources.tasks.fields.title')}</TableCell>
                <TableCell>{translate('resources.tasks.fields.assigneeId')}</TableCell>
                <TableCell>{translate('resources.tasks.fields.due')}</TableCell>
                <TableCell>{translate('resources.tasks.fields.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {record.items.map((item) => (
                <TableRow key={item.id} hover>
                  <TableCell>{item.account?.name ?? '—'}</TableCell>
                  <TableCell>
                    {item.opportunity ? (
                      <Link to={`/opportunities/${item.opportunity.id}/show`}>
                        {item.opportunity.name}
                      </Link>
                    ) : (
                      '—'
                    )}
                  </TableCell>
                  <TableCell>
                    {item.playbook && (
                      <Chip
                        size="small"
                        color={PLAYBOOK_COLORS[item.playbook as keyof typeof PLAYBOOK_COLORS]}
                        label={translate(`trident.playbooks.${item.playbook}`)}
                      />
                    )}
                  </TableCell>
                  <TableCell>
                    <Link to={`/tasks/${item.id}/show`}>{item.title}</Link>
                  </TableCell>
                  <TableCell>{item.assignee?.name ?? '—'}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDue(item.due, locale)}</TableCell>
                  <TableCell>
                    <TaskStatusChip status={item.status} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </Box>
  );
}

export function HandoverShow() {
  return (
    <Show>
      <HandoverDetails />
    </Show>
  );
}
