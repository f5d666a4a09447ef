import { Box, Chip, Stack, Typography } from '@mui/material';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useTranslate } from 'react-admin';
import { STANCE_COLORS, type ContactNodeData, type UnitNodeData } from './org-chart-layout';

/** A person: colour by stance, influence as dots, coach and rising-star badges. */
export function ContactNode({ data }: NodeProps) {
  const { contact } = data as ContactNodeData;
  const translate = useTranslate();
  const left = contact.status === 'LEFT';
  return (
    <Box
      sx={{
        width: 210,
        height: 84,
        borderRadius: 1,
        border: `2px solid ${STANCE_COLORS[contact.stance] ?? '#9e9e9e'}`,
        borderLeftWidth: 8,
        bgcolor: left ? '#f5f5f5' : 'background.paper',
        opacity: left ? 0.55 : 1,
        px: 1,
        py: 0.5,
        cursor: 'pointer',
        boxShadow: 1,
      }}
      title={translate(`trident.stances.${contact.stance}`)}
    >
      <Handle type="target" position={Position.Top} style={{ opacity: 0 }} />
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="body2" noWrap sx={{ maxWidth: 140, fontWeight: 600 }}>
          {contact.name}
        </Typography>
        <Typography
          variant="caption"
          sx={{ color: '#5c6bc0', letterSpacing: 1 }}
          aria-label={`influence ${contact.influence}`}
        >
          {'●'.repeat(contact.influence)}
        </Typography>
      </Stack>
      <Typography variant="caption" noWrap component="div" sx={{ color: 'text.secondary' }}>
        {contact.title ?? '—'}
        {contact.relationshipOwner ? ` · ${contact.relationshipOwner.name.split(' ')[0]}` : ''}
      </Typography>
      <Stack direction="row" spacing={0.5} sx={{ mt: 0.25 }}>
        {contact.coachLevel && (
          <Chip
            size="small"
            color="primary"
            label={translate('trident.org_chart.coach')}
            sx={{ height: 18, fontSize: 11 }}
          />
        )}
        {contact.risingStar && (
          <Chip
            size="small"
            color="warning"
            label={translate('trident.org_chart.rising_star')}
            sx={{ height: 18, fontSize: 11 }}
          />
        )}
        {left && (
          <Chip
            size="small"
            label={translate('trident.contact_statuses.LEFT')}
            sx={{ height: 18, fontSize: 11 }}
          />
        )}
        {!contact.relationshipOwner && !left && (
          <Chip
            size="small"
            variant="outlined"
            color="error"
            label={translate('trident.org_chart.no_owner')}
            sx={{ height: 18, fontSize: 11 }}
          />
        )}
      </Stack>
      <Handle type="source" position={Position.Bottom} style={{ opacity: 0 }} />
    </Box>
  );
}

/** A department box around its people. */
export function UnitNode({ data }: NodeProps) {
  const { name } = data as UnitNodeData;
  return (
    <Box
      sx={{
        width: '100%',
        height: '100%',
        border: '1px dashed #90a4ae',
        borderRadius: 2,
        bgcolor: 'rgba(236, 239, 241, 0.45)',
      }}
    >
      <Typography variant="caption" sx={{ px: 1, color: '#455a64', fontWeight: 600 }}>
        {name}
      </Typography>
    </Box>
  );
}
