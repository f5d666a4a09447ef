// A sample for raw-dates.test.ts: three raw dates and the formatted ones that are fine.
import { TextField } from 'react-admin';
import { formatDate } from '../dates';
export const Raw = ({ c, m }: { c: { signedAt: string }; m: { due: string } }) => [
  <span key="a">{c.signedAt}</span>,
  <span key="b" title={`due ${m.due}`} />,
  <TextField key="c" source="paidAt" />,
  <span key="d">{formatDate(c.signedAt, 'en')}</span>, // eslint-disable-line no-restricted-syntax -- the sample of a formatted date
  <span key="e" data-day={c.signedAt} />,
];
export const Keyed = ({ m }: { m: { due: string } }) => <span key={`${m.due}`} />;
export const Fallback = ({ c }: { c: { signedAt?: string } }) => <span>{c.signedAt ?? '—'}</span>;
