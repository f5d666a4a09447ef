import { errorText } from '../providers/api-error';
import { Alert, Box, Button, MenuItem, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useNotify, useTranslate } from 'react-admin';
import { retryNetworkErrors, useApi } from '../providers/api';
import {
  ACCOUNT_TEAM_ROBOT,
  REMOVE_ACCOUNT_TEAM_ROBOT,
  SET_ACCOUNT_TEAM_ROBOT,
} from './delivery.graphql';

/**
 * The account team's robot (its group chat): it hears of the account's escalations from a
 * level on. Its posts never carry amounts: the whole team reads the group.
 */
export function TeamRobotPanel({ accountId }: { accountId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useApi();
  const { canAccess } = useCanAccess({ resource: 'accounts', action: 'team_robot' });
  const current = useQuery({
    queryKey: ['accountTeamRobot', accountId],
    retry: retryNetworkErrors,
    queryFn: () => api.query(ACCOUNT_TEAM_ROBOT, { id: accountId }),
  });
  const [robotId, setRobotId] = useState('');
  const [minLevel, setMinLevel] = useState(1);
  const done = () => {
    notify('trident.team_robot.saved', { type: 'info' });
    void current.refetch();
  };
  const onError = (error: Error) => notify(errorText(error), { type: 'error' });
  const set = useMutation({
    mutationFn: () =>
      api.mutate(SET_ACCOUNT_TEAM_ROBOT, {
        accountId,
        input: { robotId, minLevel, language: 'ZH' },
      }),
    onSuccess: done,
    onError,
  });
  const remove = useMutation({
    mutationFn: () => api.mutate(REMOVE_ACCOUNT_TEAM_ROBOT, { accountId }),
    onSuccess: done,
    onError,
  });
  if (current.isPending) return null;
  if (current.error || !current.data)
    return <Alert severity="error">{translate('trident.team_robot.load_error')}</Alert>;
  const robot = current.data.account?.teamRobot;
  const choices = current.data.robotChoices;
  return (
    <Box sx={{ mt: 2 }} data-testid="team-robot">
      <Typography variant="subtitle1">{translate('trident.team_robot.title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {robot
          ? translate('trident.team_robot.current', {
              name: robot.robot?.name ?? '—',
              level: robot.minLevel,
            })
          : translate('trident.team_robot.none')}
      </Typography>
      {canAccess && (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <TextField
            select
            size="small"
            label={translate('trident.team_robot.robot')}
            value={robotId}
            onChange={(e) => setRobotId(e.target.value)}
            sx={{ width: 260 }}
          >
            {choices.map((choice) => (
              <MenuItem key={choice.id} value={choice.id}>
                {choice.name} · {translate(`trident.delivery_channels.${choice.platform}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={translate('trident.team_robot.min_level')}
            value={minLevel}
            onChange={(e) => setMinLevel(Number(e.target.value))}
            sx={{ width: 160 }}
          >
            {[1, 2, 3, 4, 5].map((level) => (
              <MenuItem key={level} value={level}>
                L{level}
              </MenuItem>
            ))}
          </TextField>
          <Button
            variant="outlined"
            disabled={!robotId || set.isPending}
            onClick={() => set.mutate()}
          >
            {translate('trident.team_robot.set')}
          </Button>
          {robot && (
            <Button color="error" disabled={remove.isPending} onClick={() => remove.mutate()}>
              {translate('trident.team_robot.remove')}
            </Button>
          )}
        </Box>
      )}
    </Box>
  );
}
