import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import SendIcon from '@mui/icons-material/Send';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormLabel,
  IconButton,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { SURVEY_EXPIRY_MAX_DAYS, SURVEY_EXPIRY_MIN_DAYS } from '@trident/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { useApi } from '../providers/api';
import { errorText } from '../providers/api-error';
import type { SendSurveyMutation } from '../gql/graphql';
import { SEND_CHOICES, SEND_SURVEY } from './surveys.graphql';
import { absoluteLink, inLanguage } from './survey-logic';
import { formatDate } from '../formats/dates';
import { contactChoice } from '../resources/contacts/contact-choice';
import { useDebounced } from '../inputs/use-debounced';

type Sent = SendSurveyMutation['sendSurvey'];

/** A link with its copy button (the clipboard needs a secure page; the text stays selectable). */
function LinkRow({ name, link, expires }: { name: string; link: string; expires: string }) {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  return (
    <ListItem
      divider
      secondaryAction={
        <Tooltip
          title={translate(copied ? 'trident.surveys.send.copied' : 'trident.surveys.send.copy')}
        >
          <IconButton
            edge="end"
            aria-label={`${translate('trident.surveys.send.copy')} ${name}`}
            onClick={() =>
              void navigator.clipboard?.writeText(link).then(
                () => setCopied(true),
                () => undefined,
              )
            }
          >
            <ContentCopyIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      }
    >
      <ListItemText
        primary={`${name} · ${translate('trident.surveys.send.expires_at', { date: expires })}`}
        secondary={link}
        slotProps={{
          secondary: {
            sx: { fontFamily: 'monospace', wordBreak: 'break-all', userSelect: 'all' },
            'data-testid': 'survey-link',
          } as object,
        }}
      />
    </ListItem>
  );
}

/**
 * Sends the survey to contacts of one account: choose the survey, the contacts and how long
 * the links live; the links come back once, to copy and send by the team's own channels.
 */
export function SendSurveyButton({ accountId }: { accountId: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lang = locale === 'zh' ? 'zh' : 'en';
  const { canAccess = false } = useCanAccess({ resource: 'surveyInvitations', action: 'create' });
  const [open, setOpen] = useState(false);
  const [surveyId, setSurveyId] = useState('');
  // The people chosen, with how they read: they stay chosen while the search shows others.
  const [chosen, setChosen] = useState<{ id: string; label: string }[]>([]);
  const contactIds = chosen.map((c) => c.id);
  const [search, setSearch] = useState('');
  const settledSearch = useDebounced(search.trim(), 300);
  const [days, setDays] = useState(14);
  const [sent, setSent] = useState<Sent | null>(null);
  const api = useApi();
  const client = useQueryClient();
  const choices = useQuery({
    queryKey: ['surveys', 'choices', accountId, settledSearch],
    enabled: open,
    queryFn: () => api.query(SEND_CHOICES, { accountId, search: settledSearch || null }),
    // The list stays while the next search is on its way, instead of a spinner per key.
    placeholderData: (previous) => previous,
  });
  const send = useMutation({
    mutationFn: () =>
      api.mutate(SEND_SURVEY, {
        input: {
          surveyId: surveyId || choices.data?.surveys[0]?.id || '',
          contactIds,
          expiresInDays: days,
        },
      }),
    onSuccess: (data) => {
      setSent(data.sendSurvey);
      void client.invalidateQueries({ queryKey: ['surveys', 'invitations', accountId] });
    },
  });
  if (!canAccess) return null;
  const close = () => {
    setOpen(false);
    setSent(null);
    setChosen([]);
    setSearch('');
    send.reset();
  };
  const surveys = choices.data?.surveys ?? [];
  const contacts = choices.data?.contacts.nodes ?? [];
  const totalContacts = choices.data?.contacts.totalCount ?? 0;
  const chosenSurvey = surveyId || surveys[0]?.id || '';
  const daysValid =
    Number.isInteger(days) && days >= SURVEY_EXPIRY_MIN_DAYS && days <= SURVEY_EXPIRY_MAX_DAYS;
  const links = (sent ?? []).map((one) => ({
    name: one.invitation.contact?.name ?? '',
    link: absoluteLink(one.link, window.location.origin),
    expires: formatDate(one.invitation.expiresAt, locale),
  }));
  return (
    <>
      <Button
        size="small"
        startIcon={<SendIcon />}
        onClick={() => setOpen(true)}
        data-testid="send-survey"
      >
        {translate('trident.surveys.send.button')}
      </Button>
      <Dialog
        open={open}
        onClose={sent ? undefined : close}
        fullWidth
        maxWidth="sm"
        aria-labelledby="send-survey-title"
      >
        <DialogTitle id="send-survey-title">
          {translate(sent ? 'trident.surveys.send.links_title' : 'trident.surveys.send.title')}
        </DialogTitle>
        <DialogContent data-testid="send-survey-dialog">
          {sent ? (
            <>
              <Alert severity="warning" sx={{ mb: 1 }}>
                {translate('trident.surveys.send.links_once')}
              </Alert>
              <List dense>
                {links.map((one) => (
                  <LinkRow key={one.link} {...one} />
                ))}
              </List>
            </>
          ) : choices.isPending ? (
            <Box sx={{ display: 'flex', justifyContent: 'center', p: 3 }}>
              <CircularProgress size={28} aria-label={translate('ra.page.loading')} />
            </Box>
          ) : choices.error ? (
            <Alert severity="error">{errorText(choices.error)}</Alert>
          ) : (
            <>
              <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
                {translate('trident.surveys.send.intro')}
              </Typography>
              {surveys.length === 0 && (
                <Alert severity="info" sx={{ mb: 2 }} data-testid="no-active-survey">
                  {translate('trident.surveys.send.no_survey')}
                </Alert>
              )}
              <TextField
                select
                fullWidth
                size="small"
                disabled={surveys.length === 0}
                label={translate('trident.surveys.send.survey')}
                value={chosenSurvey}
                onChange={(event) => setSurveyId(event.target.value)}
                sx={{ mb: 2 }}
              >
                {surveys.map((s) => (
                  <MenuItem key={s.id} value={s.id}>
                    {inLanguage(lang, s.titleZh, s.titleEn)}
                  </MenuItem>
                ))}
              </TextField>
              <FormControl component="fieldset" sx={{ mb: 2, width: '100%' }}>
                <FormLabel component="legend">
                  {translate('trident.surveys.send.contacts')}
                </FormLabel>
                {chosen.length > 0 && (
                  <Box
                    sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, my: 1 }}
                    aria-label={translate('trident.surveys.send.chosen', {
                      smart_count: chosen.length,
                    })}
                  >
                    {chosen.map((c) => (
                      <Chip
                        key={c.id}
                        size="small"
                        label={c.label}
                        onDelete={() => setChosen((all) => all.filter((x) => x.id !== c.id))}
                      />
                    ))}
                  </Box>
                )}
                <TextField
                  size="small"
                  fullWidth
                  type="search"
                  label={translate('trident.surveys.send.search')}
                  value={search}
                  onChange={(event) => setSearch(event.target.value)}
                  sx={{ my: 1 }}
                />
                {contacts.length === 0 ? (
                  <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                    {settledSearch
                      ? translate('trident.surveys.send.no_match', { search: settledSearch })
                      : translate('trident.surveys.send.no_contacts')}
                  </Typography>
                ) : (
                  <FormGroup sx={{ maxHeight: 240, overflowY: 'auto', flexWrap: 'nowrap' }}>
                    {contacts.map((c) => (
                      <FormControlLabel
                        key={c.id}
                        control={
                          <Checkbox
                            size="small"
                            checked={contactIds.includes(c.id)}
                            onChange={(event) =>
                              setChosen((all) =>
                                event.target.checked
                                  ? [...all, { id: c.id, label: contactChoice(c) }]
                                  : all.filter((x) => x.id !== c.id),
                              )
                            }
                          />
                        }
                        label={contactChoice(c)}
                      />
                    ))}
                  </FormGroup>
                )}
                {totalContacts > contacts.length && (
                  <Typography variant="caption" sx={{ color: 'text.secondary', mt: 0.5 }}>
                    {translate('trident.surveys.send.shown', {
                      shown: contacts.length,
                      total: totalContacts,
                    })}
                  </Typography>
                )}
              </FormControl>
              <TextField
                type="number"
                size="small"
                label={translate('trident.surveys.send.expires')}
                value={days}
                onChange={(event) => setDays(Number(event.target.value))}
                error={!daysValid}
                slotProps={{
                  htmlInput: { min: SURVEY_EXPIRY_MIN_DAYS, max: SURVEY_EXPIRY_MAX_DAYS },
                }}
                sx={{ width: 240 }}
              />
              {send.error && (
                <Alert severity="error" sx={{ mt: 2 }}>
                  {translate('trident.surveys.send.failed')}: {errorText(send.error)}
                </Alert>
              )}
            </>
          )}
        </DialogContent>
        <DialogActions>
          {sent ? (
            <>
              <Button
                startIcon={<ContentCopyIcon />}
                onClick={() =>
                  void navigator.clipboard
                    ?.writeText(links.map((l) => `${l.name}: ${l.link}`).join('\n'))
                    .catch(() => undefined)
                }
              >
                {translate('trident.surveys.send.copy_all')}
              </Button>
              <Button variant="contained" onClick={close} data-testid="send-survey-close">
                {translate('trident.surveys.send.close')}
              </Button>
            </>
          ) : (
            <>
              <Button onClick={close}>{translate('ra.action.cancel')}</Button>
              <Button
                variant="contained"
                startIcon={<SendIcon />}
                disabled={!chosenSurvey || contactIds.length === 0 || !daysValid || send.isPending}
                onClick={() => send.mutate()}
                data-testid="send-survey-submit"
              >
                {translate(
                  send.isPending ? 'trident.surveys.send.sending' : 'trident.surveys.send.submit',
                )}
              </Button>
            </>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
}
