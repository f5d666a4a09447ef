import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { BoardCard, FunnelStageRecord } from './board-logic';
import { useStageName } from '../resources/funnel-stages/stage-name';
import { moveNeeds } from './board-logic';

export interface MoveDetails {
  note?: string;
  contractAmount?: string;
}

/** Won asks for the signed amount; lost asks why. The API checks both again. */
export function MoveDialog({
  card,
  stage,
  onCancel,
  onConfirm,
  initial,
  errors = {},
}: {
  card: BoardCard;
  stage: FunnelStageRecord;
  onCancel: () => void;
  onConfirm: (details: MoveDetails) => void;
  /** What was typed before the API refused it: the dialog reopens with it. */
  initial?: MoveDetails;
  /** The API's refusal, in words, on its field. */
  errors?: Partial<Record<keyof MoveDetails, string>>;
}) {
  const translate = useTranslate();
  const stageName = useStageName();
  const needs = moveNeeds(stage);
  const [amount, setAmount] = useState(
    initial?.contractAmount ?? (card.amount ? String(Number(card.amount.amount)) : ''),
  );
  const [note, setNote] = useState(initial?.note ?? '');
  const [touched, setTouched] = useState(false);
  // Said here, in the app's language, before the API is asked at all.
  const amountError =
    needs.contractAmount && amount.trim() !== '' && !(Number(amount) > 0)
      ? translate('trident.server.reasons.POSITIVE_AMOUNT')
      : touched
        ? undefined
        : errors.contractAmount;
  const noteError = touched ? undefined : errors.note;
  const ready =
    (!needs.contractAmount || (amount.trim() !== '' && !amountError)) &&
    (!needs.note || note.trim());
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="sm">
      <DialogTitle>
        {translate('trident.board.move_title', { name: card.name, stage: stageName(stage) })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {needs.contractAmount && (
            <>
              <Typography variant="body2">{translate('trident.board.won_help')}</Typography>
              <TextField
                autoFocus
                type="number"
                label={`${translate('resources.opportunities.fields.contractAmount')}${card.amount ? ` (${card.amount.currency})` : ''}`}
                value={amount}
                onChange={(event) => {
                  setTouched(true);
                  setAmount(event.target.value);
                }}
                required
                error={Boolean(amountError)}
                helperText={amountError}
                slotProps={{ htmlInput: { 'data-testid': 'move-amount' } }}
              />
            </>
          )}
          <TextField
            autoFocus={!needs.contractAmount}
            multiline
            minRows={2}
            label={translate(needs.note ? 'trident.board.lost_reason' : 'trident.board.note')}
            value={note}
            onChange={(event) => {
              setTouched(true);
              setNote(event.target.value);
            }}
            required={needs.note}
            error={Boolean(noteError)}
            helperText={noteError}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          color={stage.isLost ? 'error' : 'primary'}
          disabled={!ready}
          onClick={() =>
            onConfirm({
              note: note.trim() || undefined,
              contractAmount: needs.contractAmount ? amount.trim() : undefined,
            })
          }
        >
          {translate('ra.action.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
