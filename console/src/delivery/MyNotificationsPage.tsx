import { errorText } from '../providers/api-error';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  CircularProgress,
  FormControlLabel,
  MenuItem,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { DELIVERY_CHANNELS, DELIVERY_TOPICS, LANGUAGES, ROBOT_PLATFORMS } from '@trident/domain';
import { useEffect, useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { retryNetworkErrors, useApi } from '../providers/api';
import { MY_DELIVERY_PREFERENCES, SET_MY_DELIVERY_PREFERENCES } from './delivery.graphql';
import { toForm, toInput, type PreferencesForm } from './preferences-form';

/**
 * My notification settings: which topics reach me on which channel, the robots that reach
 * me, quiet hours (what arrives then waits for one digest) and my language.
 */
export function MyNotificationsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useApi();
  const saved = useQuery({
    queryKey: ['myDeliveryPreferences'],
    retry: retryNetworkErrors,
    queryFn: () => api.query(MY_DELIVERY_PREFERENCES),
  });
  const [form, setForm] = useState<PreferencesForm | null>(null);
  useEffect(() => {
    if (saved.data) setForm(toForm(saved.data.myDeliveryPreferences));
  }, [saved.data]);
  const save = useMutation({
    mutationFn: (next: PreferencesForm) =>
      api.mutate(SET_MY_DELIVERY_PREFERENCES, { input: toInput(next) }),
    onSuccess: () => {
      notify('trident.my_notifications.saved', { type: 'info' });
      void saved.refetch();
    },
    onError: (error: Error) => notify(errorText(error), { type: 'error' }),
  });

  const title = <Title title={translate('trident.my_notifications.title')} />;
  if (saved.isPending || (!form && !saved.error))
    return (
      <Box sx={{ p: 3 }} data-testid="my-notifications-loading">
        {title}
        <CircularProgress size={24} />
      </Box>
    );
  if (saved.error || !form)
    return (
      <Box sx={{ mt: 2 }}>
        {title}
        <Alert severity="error">{translate('trident.my_notifications.load_error')}</Alert>
      </Box>
    );
  const robots = saved.data?.robotChoices ?? [];
  const set = (change: Partial<PreferencesForm>) => setForm({ ...form, ...change });

  return (
    <Card sx={{ mt: 2, maxWidth: 960 }} data-testid="my-notifications">
      {title}
      <CardContent>
        {saved.data?.myDeliveryPreferences.isDefault && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('trident.my_notifications.defaults')}
          </Alert>
        )}
        <Typography variant="subtitle1">
          {translate('trident.my_notifications.channels')}
        </Typography>
        <Table size="small" sx={{ mb: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell />
              {DELIVERY_CHANNELS.map((channel) => (
                <TableCell key={channel} align="center">
                  {translate(`trident.delivery_channels.${channel}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {DELIVERY_TOPICS.map((topic) => (
              <TableRow key={topic}>
                <TableCell>{translate(`trident.delivery_topics.${topic}`)}</TableCell>
                {DELIVERY_CHANNELS.map((channel) => (
                  <TableCell key={channel} align="center">
                    <Checkbox
                      size="small"
                      checked={form.grid[topic][channel]}
                      slotProps={{ input: { 'aria-label': `${topic} ${channel}` } }}
                      onChange={(event) =>
                        set({
                          grid: {
                            ...form.grid,
                            [topic]: { ...form.grid[topic], [channel]: event.target.checked },
                          },
                        })
                      }
                    />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <TextField
          select
          size="small"
          label={translate('trident.my_notifications.min_level')}
          value={form.escalationMinLevel}
          onChange={(event) => set({ escalationMinLevel: Number(event.target.value) })}
          sx={{ width: 260, mb: 2 }}
        >
          {[1, 2, 3, 4, 5].map((level) => (
            <MenuItem key={level} value={level}>
              L{level}
            </MenuItem>
          ))}
        </TextField>

        <Typography variant="subtitle1">{translate('trident.my_notifications.robots')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('trident.my_notifications.robots_help')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
          {ROBOT_PLATFORMS.map((platform) => (
            <TextField
              key={platform}
              select
              size="small"
              label={translate(`trident.delivery_channels.${platform}`)}
              value={form.robots[platform]}
              onChange={(event) =>
                set({ robots: { ...form.robots, [platform]: event.target.value } })
              }
              sx={{ width: 220 }}
            >
              <MenuItem value="">{translate('trident.my_notifications.no_robot')}</MenuItem>
              {robots
                .filter((robot) => robot.platform === platform)
                .map((robot) => (
                  <MenuItem key={robot.id} value={robot.id}>
                    {robot.name}
                  </MenuItem>
                ))}
            </TextField>
          ))}
        </Box>

        <Typography variant="subtitle1">{translate('trident.my_notifications.quiet')}</Typography>
        <FormControlLabel
          control={
            <Switch checked={form.quiet} onChange={(e) => set({ quiet: e.target.checked })} />
          }
          label={translate('trident.my_notifications.quiet_help')}
        />
        {form.quiet && (
          <Box sx={{ display: 'flex', gap: 2, my: 1 }}>
            <TextField
              type="time"
              size="small"
              label={translate('trident.my_notifications.quiet_start')}
              value={form.quietStart}
              onChange={(e) => set({ quietStart: e.target.value })}
            />
            <TextField
              type="time"
              size="small"
              label={translate('trident.my_notifications.quiet_end')}
              value={form.quietEnd}
              onChange={(e) => set({ quietEnd: e.target.value })}
            />
          </Box>
        )}
        <Box sx={{ display: 'flex', gap: 2, my: 2 }}>
          <TextField
            size="small"
            label={translate('trident.my_notifications.time_zone')}
            value={form.timeZone}
            onChange={(e) => set({ timeZone: e.target.value })}
          />
          <TextField
            select
            size="small"
            label={translate('trident.language')}
            value={form.language}
            onChange={(e) => set({ language: e.target.value as PreferencesForm['language'] })}
            sx={{ width: 160 }}
          >
            {LANGUAGES.map((language) => (
              <MenuItem key={language} value={language}>
                {translate(`trident.languages.${language}`)}
              </MenuItem>
            ))}
          </TextField>
        </Box>
        <Button variant="contained" disabled={save.isPending} onClick={() => save.mutate(form)}>
          {translate('ra.action.save')}
        </Button>
      </CardContent>
    </Card>
  );
}
