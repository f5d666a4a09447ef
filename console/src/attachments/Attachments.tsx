import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Box,
  Button,
  Chip,
  IconButton,
  LinearProgress,
  Link,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Stack,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { DEFAULT_MAX_UPLOAD_BYTES, FILE_EXTENSIONS, uploadRefusal } from '@trident/domain';
import { useRef, useState } from 'react';
import { Confirm, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { AttachmentFieldsFragment } from '../gql/graphql';
import { retryNetworkErrors, useApi } from '../providers/api';
import { apiError, apiMessage } from '../providers/api-error';
import { downloadFile, FileRequestError, uploadFile } from '../providers/files';
import { formatBytes, type FileRights } from './attachment-rights';
import { ATTACHMENT_LIMITS, DELETE_ATTACHMENT } from './attachments.graphql';
import { formatDateTime } from '../formats/dates';

type StoredFile = AttachmentFieldsFragment;

interface AttachmentsProps {
  ownerType: 'EVIDENCE_ITEM' | 'TASK';
  ownerId: string;
  files: StoredFile[];
  rights: FileRights;
  /** Chips in a line (an evidence item) rather than a list (a task's deliverables). */
  dense?: boolean;
}

/** Refusals the console explains in the reader's language; anything else as the API says. */
const EXPLAINED = ['FILE_TOO_LARGE', 'TYPE_NOT_ALLOWED', 'FILE_EMPTY'];

/**
 * The files of one record: each downloads on a click (with the session's token), may be
 * removed by whoever may (after a confirmation), and new ones are checked for size and kind
 * here, before a byte is sent, then uploaded with their progress shown.
 */
export function Attachments({
  ownerType,
  ownerId,
  files,
  rights,
  dense = false,
}: AttachmentsProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const api = useApi();
  const [locale] = useLocaleState();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [removing, setRemoving] = useState<StoredFile | null>(null);
  const [deleting, setDeleting] = useState(false);
  const limits = useQuery({
    queryKey: ['attachmentLimits'],
    queryFn: () => api.query(ATTACHMENT_LIMITS),
    staleTime: Infinity,
    retry: retryNetworkErrors,
    enabled: rights.attach,
  });
  const maxBytes = limits.data?.attachmentLimits.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const kinds = limits.data?.attachmentLimits.extensions ?? FILE_EXTENSIONS;

  const explain = (reason: string, name: string) =>
    translate(`trident.attachments.refused.${reason}`, {
      name,
      max: formatBytes(maxBytes),
      kinds: kinds.join(' '),
    });

  const upload = async (file: File) => {
    const refusal = uploadRefusal(file, maxBytes);
    if (refusal) {
      notify(explain(refusal, file.name), { type: 'warning' });
      return;
    }
    setProgress(0);
    try {
      await uploadFile({ ownerType, ownerId, file, onProgress: setProgress });
      notify('trident.attachments.uploaded', { type: 'success', messageArgs: { name: file.name } });
      refresh();
    } catch (error) {
      const reason = error instanceof FileRequestError ? error.reason : undefined;
      notify(
        reason && EXPLAINED.includes(reason)
          ? explain(reason, file.name)
          : translate('trident.attachments.upload_failed', {
              name: file.name,
              error: (error as Error).message,
            }),
        { type: 'error' },
      );
    } finally {
      setProgress(null);
    }
  };

  const download = (file: StoredFile) =>
    downloadFile(file.url, file.fileName).catch((error: Error) =>
      notify(translate('trident.attachments.download_failed', { error: error.message }), {
        type: 'error',
      }),
    );

  const remove = async () => {
    // A double click on confirm would send the removal twice (the second answered "not found").
    if (!removing || deleting) return;
    setDeleting(true);
    try {
      await api.mutate(DELETE_ATTACHMENT, { id: removing.id });
      notify('trident.attachments.removed', {
        type: 'info',
        messageArgs: { name: removing.fileName },
      });
      refresh();
    } catch (error) {
      notify(apiMessage(apiError(error)), { type: 'error' });
    } finally {
      setRemoving(null);
      setDeleting(false);
    }
  };

  const describe = (file: StoredFile) =>
    [formatBytes(file.size), file.uploadedBy?.name, formatDateTime(file.createdAt, locale)]
      .filter(Boolean)
      .join(' · ');

  const picker = (
    <input
      ref={input}
      type="file"
      hidden
      accept={kinds.map((kind) => `.${kind}`).join(',')}
      data-testid="attachment-input"
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (file) void upload(file);
      }}
    />
  );
  const uploading = progress !== null && (
    <Stack
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center', minWidth: 160 }}
      data-testid="attachment-progress"
    >
      <LinearProgress variant="determinate" value={progress * 100} sx={{ flexGrow: 1 }} />
      <Typography variant="caption">{Math.round(progress * 100)}%</Typography>
    </Stack>
  );
  const confirm = (
    <Confirm
      isOpen={removing !== null}
      title="trident.attachments.remove_title"
      content={translate('trident.attachments.remove_help', { name: removing?.fileName ?? '' })}
      onConfirm={() => void remove()}
      loading={deleting}
      onClose={() => setRemoving(null)}
    />
  );

  if (dense)
    return (
      <Box
        sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: 0.5, alignItems: 'center' }}
        data-testid="attachments"
      >
        {files.map((file) => (
          <Tooltip key={file.id} title={describe(file)}>
            <Chip
              size="small"
              variant="outlined"
              icon={<AttachFileIcon />}
              label={file.fileName}
              onClick={() => void download(file)}
              onDelete={rights.remove(file) ? () => setRemoving(file) : undefined}
              data-testid="attachment-link"
              sx={{ maxWidth: 220 }}
            />
          </Tooltip>
        ))}
        {rights.attach && progress === null && (
          <Tooltip
            title={translate('trident.attachments.attach_hint', { max: formatBytes(maxBytes) })}
          >
            <IconButton
              size="small"
              onClick={() => input.current?.click()}
              aria-label={translate('trident.attachments.attach')}
              data-testid="attachment-upload"
            >
              <UploadFileIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        )}
        {uploading}
        {picker}
        {confirm}
      </Box>
    );

  return (
    <Box data-testid="attachments">
      {files.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {translate('trident.attachments.none')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {files.map((file) => (
            <ListItem
              key={file.id}
              disableGutters
              secondaryAction={
                rights.remove(file) && (
                  <IconButton
                    edge="end"
                    size="small"
                    aria-label={translate('trident.attachments.remove')}
                    onClick={() => setRemoving(file)}
                  >
                    <DeleteOutlineIcon fontSize="small" />
                  </IconButton>
                )
              }
            >
              <ListItemIcon sx={{ minWidth: 32 }}>
                <AttachFileIcon fontSize="small" />
              </ListItemIcon>
              <ListItemText
                primary={
                  <Link
                    component="button"
                    type="button"
                    onClick={() => void download(file)}
                    data-testid="attachment-link"
                  >
                    {file.fileName}
                  </Link>
                }
                secondary={describe(file)}
              />
            </ListItem>
          ))}
        </List>
      )}
      {rights.attach && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mt: 1 }}>
          <Button
            size="small"
            variant="outlined"
            startIcon={<UploadFileIcon />}
            disabled={progress !== null}
            onClick={() => input.current?.click()}
            data-testid="attachment-upload"
            sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          >
            {translate('trident.attachments.attach')}
          </Button>
          {uploading || (
            <Typography variant="caption" sx={{ color: 'text.secondary' }}>
              {translate('trident.attachments.attach_hint', { max: formatBytes(maxBytes) })}
            </Typography>
          )}
        </Stack>
      )}
      {picker}
      {confirm}
    </Box>
  );
}
