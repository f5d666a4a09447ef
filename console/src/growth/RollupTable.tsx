import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowRightIcon from '@mui/icons-material/KeyboardArrowRight';
import {
  Box,
  Button,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatCompact, formatPercent } from '../resources/money';
import { foldedBelow, visibleRows, type TreeRow } from './rollup-tree';

const key = (name: string) => `trident.growth.group.${name}`;
const MONEY = ['pipeline', 'weightedPipeline', 'revenue', 'collected'] as const;
const MONEY_LABEL: Record<(typeof MONEY)[number], string> = {
  pipeline: 'pipeline',
  weightedPipeline: 'weighted',
  revenue: 'revenue',
  collected: 'collected',
};
/** A large group opens at its provinces; a small one whole. */
const OPEN_WHOLE = 20;

const numeric = { textAlign: 'right', whiteSpace: 'nowrap', px: 1 } as const;
const groupStart = { borderLeft: 1, borderLeftColor: 'divider' } as const;

/**
 * The group rolled up as a tree table: each account's own figures and its total with
 * everything below it, folding by branch. Hidden amounts (solution, delivery) read "—".
 */
export function RollupTable({ tree }: { tree: TreeRow[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [folded, setFolded] = useState<Set<string>>(() =>
    tree.length > OPEN_WHOLE ? foldedBelow(tree, 1) : new Set(),
  );
  const rows = visibleRows(tree, folded);
  const toggle = (id: string) =>
    setFolded((now) => {
      const next = new Set(now);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const branches = tree.some((r) => r.hasChildren);
  return (
    <Box sx={{ minWidth: 0 }}>
      {branches && (
        <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
          <Button size="small" onClick={() => setFolded(new Set())} data-testid="rollup-expand-all">
            {translate(key('expand_all'))}
          </Button>
          <Button
            size="small"
            onClick={() => setFolded(foldedBelow(tree, 1))}
            data-testid="rollup-collapse-all"
          >
            {translate(key('collapse_all'))}
          </Button>
        </Stack>
      )}
      <Box sx={{ overflowX: 'auto' }}>
        <Table
          size="small"
          data-testid="rollup-table"
          sx={{ '& th': { fontWeight: 600 }, '& td': { py: 0.5 } }}
        >
          <TableHead>
            <TableRow>
              <TableCell rowSpan={2} sx={{ minWidth: 220, verticalAlign: 'bottom' }}>
                {translate(key('account'))}
              </TableCell>
              {MONEY.map((m) => (
                <TableCell key={m} colSpan={2} align="center" sx={groupStart}>
                  {translate(key(MONEY_LABEL[m]))}
                </TableCell>
              ))}
              <TableCell
                rowSpan={2}
                sx={{
                  ...groupStart,
                  ...numeric,
                  whiteSpace: 'normal',
                  maxWidth: 96,
                  verticalAlign: 'bottom',
                }}
              >
                {translate(key('coverage'))}
              </TableCell>
              <TableCell colSpan={3} align="center" sx={groupStart}>
                {translate(key('whitespace'))}
              </TableCell>
            </TableRow>
            <TableRow>
              {MONEY.flatMap((m) => [
                <TableCell key={`${m}-own`} sx={{ ...groupStart, ...numeric }}>
                  {translate(key('own'))}
                </TableCell>,
                <TableCell key={`${m}-total`} sx={numeric}>
                  {translate(key('total'))}
                </TableCell>,
              ])}
              <TableCell sx={{ ...groupStart, ...numeric, color: 'success.main' }}>
                {translate('trident.growth.whitespace.sold')}
              </TableCell>
              <TableCell sx={{ ...numeric, color: 'warning.dark' }}>
                {translate('trident.growth.whitespace.in_pipeline')}
              </TableCell>
              <TableCell sx={{ ...numeric, color: 'text.secondary' }}>
                {translate('trident.growth.whitespace.open')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(({ row, depth, hasChildren, shortName }) => {
              const open = !folded.has(row.accountId);
              const { own, total } = row;
              return (
                <TableRow
                  key={row.accountId}
                  hover
                  data-testid="rollup-row"
                  data-account-id={row.accountId}
                  data-depth={depth}
                  sx={
                    depth === 0
                      ? { bgcolor: (theme) => alpha(theme.palette.primary.main, 0.05) }
                      : undefined
                  }
                >
                  <TableCell sx={{ pl: 1 + depth * 2.5, maxWidth: 320 }}>
                    <Stack direction="row" sx={{ alignItems: 'center', minWidth: 0 }}>
                      {hasChildren ? (
                        <IconButton
                          size="small"
                          onClick={() => toggle(row.accountId)}
                          aria-expanded={open}
                          aria-label={translate(key(open ? 'collapse' : 'expand'))}
                          data-testid="rollup-toggle"
                          sx={{ p: 0.25, mr: 0.5 }}
                        >
                          {open ? (
                            <KeyboardArrowDownIcon fontSize="small" />
                          ) : (
                            <KeyboardArrowRightIcon fontSize="small" />
                          )}
                        </IconButton>
                      ) : (
                        <Box sx={{ width: 28, flexShrink: 0 }} />
                      )}
                      <Box sx={{ minWidth: 0 }}>
                        <Typography
                          variant="body2"
                          component={Link}
                          to={`/accounts/${row.accountId}/show`}
                          title={row.account?.name ?? undefined}
                          noWrap
                          sx={{
                            display: 'block',
                            fontWeight: depth === 0 ? 600 : 400,
                            color: 'text.primary',
                          }}
                        >
                          {shortName}
                        </Typography>
                        {row.account?.tier && (
                          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                            {translate(`trident.tiers.${row.account.tier}`)}
                          </Typography>
                        )}
                      </Box>
                    </Stack>
                  </TableCell>
                  {MONEY.flatMap((m) => [
                    <TableCell
                      key={`${m}-own`}
                      sx={{ ...groupStart, ...numeric, color: 'text.secondary' }}
                    >
                      {formatCompact(own[m], locale)}
                    </TableCell>,
                    <TableCell key={`${m}-total`} sx={{ ...numeric, fontWeight: 500 }}>
                      {formatCompact(total[m], locale)}
                    </TableCell>,
                  ])}
                  <TableCell
                    sx={{ ...groupStart, ...numeric }}
                    title={translate(key('coverage_own'), {
                      share: formatPercent(own.decisionContacts ? own.decisionCoverage : null),
                    })}
                  >
                    {total.decisionContacts ? formatPercent(total.decisionCoverage) : '—'}
                    <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
                      {translate(key('covered'), {
                        covered: total.decisionContactsCovered,
                        contacts: total.decisionContacts,
                      })}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ ...groupStart, ...numeric, color: 'success.main' }}>
                    {total.sold}
                  </TableCell>
                  <TableCell sx={{ ...numeric, color: 'warning.dark' }}>
                    {total.inPipeline}
                  </TableCell>
                  <TableCell sx={{ ...numeric, color: 'text.secondary' }}>{total.open}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}
