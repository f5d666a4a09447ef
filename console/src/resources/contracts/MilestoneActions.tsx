import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useEvidenceFileRights } from '../../attachments/use-file-rights';
import { Attachments } from '../../attachments/Attachments';
import type {
  EvidenceFieldsFragment as EvidenceRecord,
  PaymentMilestoneFieldsFragment as MilestoneRecord,
} from '../../gql/graphql';
import { CHECK_EVIDENCE, INVOICE_MILESTONE, RECORD_PAYMENT } from './contracts.graphql';
import { useApi } from '../../providers/api';
import { apiError, apiMessage } from '../../providers/api-error';
import { formatMoney } from '../money';
import { useBusinessDay } from '../../formats/business-day';

const PILLARS = ['RELATIONSHIP', 'CONTRACT', 'EVIDENCE'] as const;

/** 情·理·法: the evidence checklist of one milestone, grouped by pillar. */
export function EvidenceChecklist({
  milestone,
  canCheck,
}: {
  milestone: MilestoneRecord;
  canCheck: boolean;
}) {
  const translate = useTranslate();
  const api = useApi();
  const refresh = useRefresh();
  const notify = useNotify();
  const [busy, setBusy] = useState<string | null>(null);
  const files = useEvidenceFileRights(milestone, canCheck);
  const toggle = async (item: EvidenceRecord) => {
    setBusy(item.id);
    try {
      await api.mutate(CHECK_EVIDENCE, { id: item.id, checked: !item.checkedAt, note: null });
      refresh();
    } catch (error) {
      notify(apiMessage(apiError(error)), { type: 'error' });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} data-testid="evidence-checklist">
      {PILLARS.map((pillar) => {
        const items = milestone.evidence.filter((e) => e.pillar === pillar);
        if (items.length === 0) return null;
        return (
          <Box key={pillar} sx={{ minWidth: 180 }}>
            <Typography variant="caption" sx={{ color: 'text.secondary', fontWeight: 600 }}>
              {translate(`trident.evidence_pillars.${pillar}`)}
            </Typography>
            {items.map((item) => (
              // The upload button sits after the label; files wrap below when the column is narrow.
              <Box
                key={item.id}
                data-testid={`evidence-${item.code}`}
                sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center' }}
              >
                {/* Not interactive, and beside the box: open below it, it took the clicks meant
                    for the next box of the checklist. */}
                <Tooltip
                  disableInteractive
                  placement="right"
                  title={
                    item.checkedAt
                      ? `${item.checkedBy?.name ?? ''} ${item.checkedAt.slice(0, 10)}${item.note ? ` · ${item.note}` : ''}`
                      : ''
                  }
                >
                  <FormControlLabel
                    sx={{ display: 'flex', m: 0 }}
                    control={
                      <Checkbox
                        size="small"
                        checked={!!item.checkedAt}
                        disabled={!canCheck || busy === item.id}
                        onChange={() => void toggle(item)}
                      />
                    }
                    label={
                      <Typography variant="body2">
                        {translate(`trident.evidence_items.${item.code}`)}
                        {item.required && (
                          <Box component="span" sx={{ color: 'error.main' }}>
                            {' *'}
                          </Box>
                        )}
                      </Typography>
                    }
                  />
                </Tooltip>
                {(files.attach || item.attachments.length > 0) && (
                  <Attachments
                    dense
                    ownerType="EVIDENCE_ITEM"
                    ownerId={item.id}
                    files={item.attachments}
                    rights={files}
                  />
                )}
              </Box>
            ))}
          </Box>
        );
      })}
    </Stack>
  );
}

/** Invoice the milestone; the API refuses while required evidence is missing and says which. */
export function InvoiceButton({ milestone }: { milestone: MilestoneRecord }) {
  const translate = useTranslate();
  const api = useApi();
  const refresh = useRefresh();
  const notify = useNotify();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ReturnType<typeof apiError> | null>(null);
  const invoice = async () => {
    setPending(true);
    setError(null);
    try {
      await api.mutate(INVOICE_MILESTONE, { id: milestone.id, version: milestone.version });
      notify('trident.milestone.invoiced', { type: 'success' });
      refresh();
    } catch (e) {
      setError(apiError(e));
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        disabled={pending}
        onClick={() => void invoice()}
        sx={{ whiteSpace: 'nowrap' }}
      >
        {translate('trident.milestone.invoice')}
      </Button>
      {error && (
        <Alert
          severity="error"
          sx={{ order: 1, flexBasis: '100%' }}
          onClose={() => setError(null)}
          role="alert"
        >
          {error.field === 'evidence' && error.missing.length > 0
            ? translate('trident.milestone.missing_evidence', {
                items: error.missing
                  .map((code) => translate(`trident.evidence_items.${code}`))
                  .join(translate('trident.milestone.separator')),
              })
            : apiMessage(error)}
        </Alert>
      )}
    </>
  );
}

/**
 * FINANCE books a payment. The idempotency key is made once when the dialog opens, so a
 * double click or a retry after a network error never books twice.
 */
export function RecordPaymentButton({ milestone }: { milestone: MilestoneRecord }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const refresh = useRefresh();
  const notify = useNotify();
  const [key, setKey] = useState<string | null>(null);
  const [amount, setAmount] = useState('');
  const today = useBusinessDay();
  const [paidAt, setPaidAt] = useState(today);
  const [reference, setReference] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The input the refusal names (amount, paidAt) is marked; anything else only in the alert.
  const [errorField, setErrorField] = useState<string | null>(null);
  const open = () => {
    setKey(crypto.randomUUID());
    setErrorField(null);
    setAmount(milestone.open?.amount ? String(milestone.open.amount) : '');
    setPaidAt(today);
    setReference('');
    setError(null);
  };
  const close = () => setKey(null);
  const submit = async () => {
    if (!key || pending) return;
    setPending(true);
    setError(null);
    try {
      await api.mutate(RECORD_PAYMENT, {
        milestoneId: milestone.id,
        amount: amount.trim(),
        paidAt,
        reference: reference.trim() || null,
        idempotencyKey: key,
      });
      notify('trident.milestone.payment_recorded', { type: 'success' });
      close();
      refresh();
    } catch (e) {
      const details = apiError(e);
      const body = (e as { body?: { open?: string } }).body;
      setErrorField(details.field ?? null);
      setError(
        details.field === 'amount' && body?.open !== undefined
          ? translate('trident.milestone.overpayment', {
              open: formatMoney({ amount: body.open, currency: milestone.currency }, locale),
            })
          : apiMessage(details),
      );
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button size="small" variant="contained" onClick={open} sx={{ whiteSpace: 'nowrap' }}>
        {translate('trident.milestone.record_payment')}
      </Button>
      <Dialog open={key !== null} onClose={close} fullWidth maxWidth="xs">
        <DialogTitle>{translate('trident.milestone.record_payment')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {translate('trident.milestone.open_amount', {
                open: formatMoney(milestone.open, locale),
              })}
            </Typography>
            <TextField
              label={translate('trident.milestone.amount')}
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
              type="number"
              required
              error={!!error && errorField === 'amount'}
            />
            <TextField
              label={translate('trident.milestone.paid_at')}
              type="date"
              value={paidAt}
              onChange={(event) => setPaidAt(event.target.value)}
              // Money is booked once it arrived: the picker offers no later day (the API refuses one).
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
              required
              error={!!error && errorField === 'paidAt'}
            />
            <TextField
              label={translate('trident.milestone.reference')}
              value={reference}
              onChange={(event) => setReference(event.target.value)}
            />
            {error && <Alert severity="error">{error}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={pending || !amount.trim() || !paidAt}
            onClick={() => void submit()}
          >
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
