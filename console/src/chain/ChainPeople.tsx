import { Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { RunStepGap } from '../gql/graphql';
import { StanceChip } from '../war-room/StanceChip';
import { gapTaskLink, type ChainStep, type GapTask } from './chain-chart';

type Approver = Pick<ChainStep, 'approverContact' | 'approverOrgUnit'>;

/** The customer's side of a step: who approves, their stance, and who of ours knows them. */
export function ApproverCell({ step }: { step: Approver }) {
  const translate = useTranslate();
  const contact = step.approverContact;
  if (!contact && !step.approverOrgUnit)
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {translate('trident.chain.approver_unknown')}
      </Typography>
    );
  return (
    <Box sx={{ minWidth: 0 }}>
      {contact && (
        <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="body2" component={Link} to={`/contacts/${contact.id}`}>
            {contact.name}
          </Typography>
          <StanceChip stance={contact.stance} />
        </Stack>
      )}
      {contact?.title && (
        <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
          {contact.title}
        </Typography>
      )}
      {step.approverOrgUnit && (
        <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
          {step.approverOrgUnit.name}
        </Typography>
      )}
      {contact && (
        <Typography
          variant="caption"
          component="div"
          sx={{ color: contact.relationshipOwner ? 'text.secondary' : 'warning.dark' }}
        >
          {contact.relationshipOwner
            ? translate('trident.chain.relationship_owner', {
                name: contact.relationshipOwner.name,
              })
            : translate('trident.chain.no_relationship_owner')}
        </Typography>
      )}
    </Box>
  );
}

/** Our side of a step: the colleague who carries it, and the team role it falls to. */
export function OwnerCell({ step }: { step: Pick<ChainStep, 'owner' | 'ownerRole'> }) {
  const translate = useTranslate();
  return (
    <Box>
      <Typography
        variant="body2"
        sx={{ color: step.owner ? 'text.primary' : 'error.main', whiteSpace: 'nowrap' }}
      >
        {step.owner?.name ?? translate('trident.chain.nobody')}
      </Typography>
      {step.ownerRole && (
        <Typography variant="caption" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
          {translate(`trident.team_roles.${step.ownerRole}`)}
        </Typography>
      )}
    </Box>
  );
}

/**
 * A step's gaps as badges; each leads to the relationship task that covers it (in a
 * preview nothing is saved yet, so there is no task to open).
 */
export function GapBadges({
  stepId,
  gaps,
  tasks,
  accountId,
}: {
  stepId: string;
  gaps: readonly RunStepGap[];
  tasks?: readonly GapTask[];
  accountId?: string;
}) {
  const translate = useTranslate();
  if (gaps.length === 0) return null;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {gaps.map((gap) => {
        const label = translate(`trident.chain.gaps.${gap}`);
        const common = {
          size: 'small' as const,
          color: 'warning' as const,
          label,
          'data-testid': `gap-badge-${gap}`,
          // A narrow column wraps the label rather than cutting it.
          sx: {
            height: 'auto',
            maxWidth: 150,
            '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 },
          },
        };
        return tasks && accountId ? (
          <Chip
            key={gap}
            {...common}
            component={Link}
            to={gapTaskLink(stepId, gap, tasks, accountId)}
            clickable
            title={translate('trident.chain.gap_task')}
          />
        ) : (
          <Chip key={gap} {...common} variant="outlined" />
        );
      })}
    </Stack>
  );
}
