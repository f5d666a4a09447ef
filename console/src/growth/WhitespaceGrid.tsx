import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { alpha, type Theme } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import { useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDate } from '../formats/dates';
import { errorText } from '../providers/api-error';
import { retryNetworkErrors, useApi } from '../providers/api';
import { stageName } from '../resources/funnel-stages/stage-name';
import { formatCompact, formatMoney } from '../resources/money';
import { WHITESPACE } from './growth.graphql';
import {
  cellPath,
  lineName,
  whitespaceGrid,
  type GridColumn,
  type WhitespaceCellData,
} from './whitespace-grid';

const key = (name: string) => `trident.growth.whitespace.${name}`;

/** Depth 0 (the group), 1 (a province), 2 (a city)…: the colour over a column's header. */
const depthColor = (theme: Theme, depth: number) =>
  [theme.palette.primary.dark, theme.palette.primary.main, theme.palette.primary.light][
    Math.min(depth, 2)
  ]!;

const FIRST_COLUMN = 200;

/** A line before each branch (the root, each province) so a branch's cities read as a block. */
const branchStart = (theme: Theme, column: GridColumn) =>
  column.depth <= 1 ? { borderLeft: `2px solid ${theme.palette.primary.light}` } : {};

function ColumnHeader({ column }: { column: GridColumn }) {
  const translate = useTranslate();
  const level = column.tier
    ? translate(`trident.tiers.${column.tier}`)
    : translate(key('level'), { n: column.depth });
  const where = [...column.path, column.name].join(' › ');
  return (
    <TableCell
      data-testid="whitespace-column"
      data-depth={column.depth}
      sx={(theme) => ({
        minWidth: 132,
        maxWidth: 160,
        verticalAlign: 'bottom',
        pl: 1 + column.depth * 0.75,
        ...branchStart(theme, column),
        borderTop: `3px solid ${depthColor(theme, column.depth)}`,
        bgcolor: 'background.paper',
      })}
    >
      <Typography
        variant="caption"
        component="div"
        sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}
      >
        {column.depth > 0 ? '↳ ' : ''}
        {level}
      </Typography>
      <Typography
        variant="body2"
        component={Link}
        to={`/accounts/${column.accountId}/show`}
        title={where}
        sx={{
          display: '-webkit-box',
          WebkitLineClamp: 3,
          WebkitBoxOrient: 'vertical',
          overflow: 'hidden',
          fontWeight: column.depth === 0 ? 600 : 400,
          color: 'text.primary',
          textDecoration: 'none',
          '&:hover': { textDecoration: 'underline' },
        }}
      >
        {column.shortName}
      </Typography>
    </TableCell>
  );
}

/** A cell's chip: sold (green, the amount), in pipeline (amber, the stage), open (grey). */
function CellChip({
  cell,
  product,
  accountName,
  canOpen,
}: {
  cell: WhitespaceCellData;
  product: string;
  accountName: string;
  /** Per status: whether its chip may open the contract, the deal or the new deal form. */
  canOpen: Record<WhitespaceCellData['status'], boolean>;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const to = canOpen[cell.status] ? cellPath(cell, product) : null;
  const common = {
    size: 'small' as const,
    'data-testid': `whitespace-cell-${cell.status}`,
    sx: { maxWidth: 140, cursor: to ? 'pointer' : 'default' },
  };
  if (cell.status === 'SOLD') {
    const amount = cell.soldAmount ? formatCompact(cell.soldAmount.amount, locale) : null;
    const title = [
      cell.contract?.title,
      cell.signedAt
        ? translate(key('signed_on'), { date: formatDate(cell.signedAt, locale) })
        : null,
      cell.soldAmount ? formatMoney(cell.soldAmount, locale) : null,
    ]
      .filter(Boolean)
      .join(' · ');
    return (
      <Chip
        {...common}
        color="success"
        label={amount ?? translate(key('sold'))}
        title={title || translate(key('sold'))}
        {...(to ? { component: Link, to, clickable: true } : {})}
      />
    );
  }
  if (cell.status === 'PIPELINE') {
    const title = [cell.opportunity?.name, formatMoney(cell.pipelineAmount, locale)]
      .filter((part) => part && part !== '—')
      .join(' · ');
    return (
      <Chip
        {...common}
        color="warning"
        label={cell.stage ? stageName(cell.stage, locale) : translate(key('in_pipeline'))}
        title={title || translate(key('in_pipeline'))}
        {...(to ? { component: Link, to, clickable: true } : {})}
      />
    );
  }
  if (!to)
    return (
      <Chip
        {...common}
        variant="outlined"
        label={translate(key('open'))}
        sx={{ ...common.sx, cursor: 'default' }}
      />
    );
  return (
    <Chip
      {...common}
      variant="outlined"
      label={translate(key('start'))}
      title={translate(key('start_title'), { line: product, account: accountName })}
      component={Link}
      to={to}
      clickable
      sx={{ ...common.sx, color: 'text.secondary', borderStyle: 'dashed' }}
    />
  );
}

function Legend({ sold, inPipeline, open }: { sold: number; inPipeline: number; open: number }) {
  const translate = useTranslate();
  const entry = (testId: string, chip: React.ReactNode, text: string) => (
    <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }} data-testid={testId}>
      {chip}
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {text}
      </Typography>
    </Stack>
  );
  return (
    <Stack
      direction="row"
      sx={{ flexWrap: 'wrap', columnGap: 2.5, rowGap: 1, alignItems: 'center', mb: 1.5 }}
    >
      {entry(
        'whitespace-count-sold',
        <Chip size="small" color="success" label={`${translate(key('sold'))} ${sold}`} />,
        translate(key('legend_sold')),
      )}
      {entry(
        'whitespace-count-pipeline',
        <Chip
          size="small"
          color="warning"
          label={`${translate(key('in_pipeline'))} ${inPipeline}`}
        />,
        translate(key('legend_pipeline')),
      )}
      {entry(
        'whitespace-count-open',
        <Chip
          size="small"
          variant="outlined"
          sx={{ borderStyle: 'dashed' }}
          label={`${translate(key('open'))} ${open}`}
        />,
        translate(key('legend_open')),
      )}
    </Stack>
  );
}

/**
 * Seed 002's whitespace: our product lines (rows) against a customer and every account below
 * it (columns, group → province → city), each cell sold, in pipeline or open. The first column
 * and the header stay put while a large group scrolls both ways.
 */
export function WhitespaceGrid({ accountId }: { accountId: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const api = useApi();
  const { canAccess: canStart = false } = useCanAccess({
    resource: 'opportunities',
    action: 'create',
  });
  const { canAccess: canDeal = false } = useCanAccess({
    resource: 'opportunities',
    action: 'show',
  });
  const { canAccess: canContract = false } = useCanAccess({
    resource: 'contracts',
    action: 'show',
  });
  const canOpen = { SOLD: canContract, PIPELINE: canDeal, OPEN: canStart };
  const { canAccess: canAddLines = false } = useCanAccess({
    resource: 'productLines',
    action: 'create',
  });
  const { data, isPending, error } = useQuery({
    queryKey: ['growth', 'whitespace', accountId],
    retry: retryNetworkErrors,
    queryFn: () => api.query(WHITESPACE, { accountId }).then((d) => d.whitespace),
  });
  if (isPending)
    return (
      <Box
        sx={{ display: 'flex', justifyContent: 'center', p: 4 }}
        data-testid="whitespace-loading"
      >
        <CircularProgress size={28} aria-label={translate('ra.page.loading')} />
      </Box>
    );
  if (error)
    return (
      <Alert severity="error" data-testid="whitespace-error">
        {translate(key('error'))}: {errorText(error)}
      </Alert>
    );
  if (!data)
    return (
      <Alert severity="warning" data-testid="whitespace-not-visible">
        {translate(key('not_visible'))}
      </Alert>
    );
  if (data.productLines.length === 0)
    return (
      <Alert
        severity="info"
        data-testid="whitespace-no-lines"
        action={
          canAddLines ? (
            <Button component={Link} to="/productLines/create" size="small" color="inherit">
              {translate(key('add_lines'))}
            </Button>
          ) : undefined
        }
      >
        {translate(key('no_lines'))}
      </Alert>
    );
  const { columns, rows } = whitespaceGrid(data);
  return (
    <Box data-testid="whitespace-grid" sx={{ minWidth: 0 }}>
      <Legend sold={data.sold} inPipeline={data.inPipeline} open={data.open} />
      {data.truncated && (
        <Alert severity="warning" sx={{ mb: 1.5 }} data-testid="whitespace-truncated">
          {translate(key('truncated'), { n: columns.length })}
        </Alert>
      )}
      <Box
        sx={{
          overflow: 'auto',
          maxHeight: '70vh',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
        }}
      >
        <Table
          size="small"
          stickyHeader
          sx={{
            borderCollapse: 'separate',
            '& td, & th': { borderRight: 1, borderColor: 'divider' },
          }}
        >
          <TableHead>
            <TableRow>
              <TableCell
                sx={{
                  position: 'sticky',
                  left: 0,
                  zIndex: 3,
                  minWidth: FIRST_COLUMN,
                  maxWidth: FIRST_COLUMN,
                  verticalAlign: 'bottom',
                  bgcolor: 'background.paper',
                  borderTop: (theme) => `3px solid ${theme.palette.background.paper}`,
                }}
              >
                <Typography variant="subtitle2">{translate(key('product_line'))}</Typography>
              </TableCell>
              {columns.map((column) => (
                <ColumnHeader key={column.accountId} column={column} />
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => {
              const product = lineName(row.line, locale);
              return (
                <TableRow key={row.line.id} hover data-testid="whitespace-row">
                  <TableCell
                    component="th"
                    scope="row"
                    sx={{
                      position: 'sticky',
                      left: 0,
                      zIndex: 1,
                      minWidth: FIRST_COLUMN,
                      maxWidth: FIRST_COLUMN,
                      bgcolor: 'background.paper',
                      fontWeight: 500,
                    }}
                    title={`${row.line.nameZh} · ${row.line.nameEn} (${row.line.code})`}
                  >
                    {product}
                  </TableCell>
                  {row.cells.map((cell, i) => (
                    <TableCell
                      key={columns[i]!.accountId}
                      sx={(theme) => ({
                        whiteSpace: 'nowrap',
                        ...branchStart(theme, columns[i]!),
                        bgcolor:
                          cell?.status === 'SOLD'
                            ? alpha(theme.palette.success.main, 0.06)
                            : cell?.status === 'PIPELINE'
                              ? alpha(theme.palette.warning.main, 0.06)
                              : undefined,
                      })}
                    >
                      {cell ? (
                        <CellChip
                          cell={cell}
                          product={product}
                          accountName={columns[i]!.name}
                          canOpen={canOpen}
                        />
                      ) : (
                        '—'
                      )}
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}
