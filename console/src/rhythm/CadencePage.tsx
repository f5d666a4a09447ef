import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  CircularProgress,
  FormControlLabel,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import type { CadenceKey } from '@trident/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formatDateTime } from '../formats/dates';
import { apiError, errorText } from '../providers/api-error';
import { retryNetworkErrors, useApi } from '../providers/api';
import {
  CADENCE_MAX,
  CADENCE_MIN,
  CADENCE_ORDER,
  cadenceDaysError,
  cadenceDaysValue,
  cadenceTexts,
  changedCadences,
} from './rhythm';
import { RELATIONSHIP_CADENCES, SET_RELATIONSHIP_CADENCE } from './rhythm.graphql';

const label = (key: CadenceKey) =>
  key === 'RISING_STAR' ? 'trident.rhythm.cadence.rising_star' : `trident.levels.${key}`;

/**
 * ADMIN's page (seed 003): how many days may pass between two contacts with someone of each
 * level, and with rising stars. A level with no cadence never cools; blank means none.
 */
export function CadencePage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const api = useApi();
  const client = useQueryClient();
  const { data, isPending, error } = useQuery({
    queryKey: ['relationshipCadences'],
    retry: retryNetworkErrors,
    queryFn: () => api.query(RELATIONSHIP_CADENCES).then((d) => d.relationshipCadences),
  });
  const saved = cadenceTexts(data ?? []);
  const [edited, setEdited] = useState(saved);
  const savedKey = JSON.stringify(saved);
  useEffect(() => setEdited(JSON.parse(savedKey) as typeof saved), [savedKey]);

  const changed = changedCadences(saved, edited);
  const errors = Object.fromEntries(
    CADENCE_ORDER.map((key) => [key, cadenceDaysError(edited[key])]),
  ) as Record<CadenceKey, string | null>;
  const invalid = CADENCE_ORDER.some((key) => errors[key]);

  const save = useMutation({
    mutationFn: async () => {
      // One mutation per changed level; each answers every cadence.
      for (const key of changed)
        await api.mutate(SET_RELATIONSHIP_CADENCE, { key, days: cadenceDaysValue(edited[key]) });
    },
    onSuccess: () => {
      notify('trident.rhythm.cadence.saved', { type: 'success' });
    },
    onError: (failure: unknown) => notify(apiError(failure).message, { type: 'error' }),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['relationshipCadences'] });
      void client.invalidateQueries({ queryKey: ['staleRelationships'] });
    },
  });

  const updatedAt = new Map((data ?? []).map((c) => [c.key, c.updatedAt]));
  return (
    <Box sx={{ mt: 2, maxWidth: 760 }} data-testid="cadence-page">
      <Title title={translate('trident.rhythm.cadence.title')} />
      <Card>
        <CardContent>
          <Typography variant="h6" gutterBottom>
            {translate('trident.rhythm.cadence.title')}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
            {translate('trident.rhythm.cadence.intro', { min: CADENCE_MIN, max: CADENCE_MAX })}
          </Typography>
          {isPending ? (
            <CircularProgress size={28} aria-label={translate('ra.page.loading')} />
          ) : error ? (
            <Alert severity="error">{errorText(error)}</Alert>
          ) : (
            <>
              <Box sx={{ overflowX: 'auto' }}>
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('trident.rhythm.cadence.level')}</TableCell>
                      <TableCell>{translate('trident.rhythm.cadence.days')}</TableCell>
                      <TableCell>{translate('trident.rhythm.cadence.none')}</TableCell>
                      <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>
                        {translate('trident.rhythm.cadence.updated')}
                      </TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {CADENCE_ORDER.map((key) => {
                      const none = edited[key].trim() === '';
                      const message = errors[key];
                      const at = updatedAt.get(key);
                      return (
                        <TableRow key={key} data-testid={`cadence-${key}`}>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>
                            {translate(label(key))}
                          </TableCell>
                          <TableCell sx={{ minWidth: 140 }}>
                            <TextField
                              size="small"
                              value={edited[key]}
                              placeholder={translate('trident.rhythm.cadence.none')}
                              onChange={(event) =>
                                setEdited({ ...edited, [key]: event.target.value })
                              }
                              error={!!message}
                              helperText={message ? translate(message) : ' '}
                              slotProps={{
                                htmlInput: {
                                  inputMode: 'numeric',
                                  'aria-label': translate(label(key)),
                                },
                                input: {
                                  endAdornment: (
                                    <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                                      {translate('trident.rhythm.cadence.days_unit')}
                                    </Typography>
                                  ),
                                },
                              }}
                              sx={{ width: 140 }}
                            />
                          </TableCell>
                          <TableCell>
                            <FormControlLabel
                              control={
                                <Checkbox
                                  size="small"
                                  checked={none}
                                  onChange={(event) =>
                                    setEdited({
                                      ...edited,
                                      // Turning "none" off offers the saved days, or 30.
                                      [key]: event.target.checked ? '' : saved[key] || '30',
                                    })
                                  }
                                />
                              }
                              // On a phone the column's header says it; the box keeps its name.
                              label={
                                <Box
                                  component="span"
                                  sx={{ display: { xs: 'none', sm: 'inline' } }}
                                >
                                  {translate('trident.rhythm.cadence.none_short')}
                                </Box>
                              }
                              aria-label={translate('trident.rhythm.cadence.none_short')}
                            />
                          </TableCell>
                          <TableCell
                            sx={{
                              display: { xs: 'none', sm: 'table-cell' },
                              color: 'text.secondary',
                              whiteSpace: 'nowrap',
                            }}
                          >
                            {at ? formatDateTime(at, locale) : '—'}
                          </TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              </Box>
              <Box sx={{ display: 'flex', gap: 1, mt: 2, flexWrap: 'wrap' }}>
                <Button
                  variant="contained"
                  disabled={changed.length === 0 || invalid || save.isPending}
                  loading={save.isPending}
                  onClick={() => save.mutate()}
                  data-testid="cadence-save"
                >
                  {translate('ra.action.save')}
                </Button>
                <Button
                  disabled={changed.length === 0 || save.isPending}
                  onClick={() => setEdited(saved)}
                >
                  {translate('trident.rhythm.cadence.reset')}
                </Button>
              </Box>
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
