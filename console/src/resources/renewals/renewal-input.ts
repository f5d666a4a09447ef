/**
 * Renewal form values ↔ the API: the form reads the amount as Money (`amount.amount`,
 * `amount.currency`), the inputs take a decimal and a currency beside it. Rules about the
 * values (a RENEWAL deal, a contract of the same customer) stay in the API.
 */
import { addMonths } from '@trident/domain';
import type { ContractFieldsFragment, RenewalLinkChoicesQuery } from '../../gql/graphql';

type Row = Record<string, unknown>;

const blank = (value: unknown) => value === undefined || value === null || value === '';

/**
 * A decimal as text without trailing zeros ("900.00" and 900 are both "900"), so an amount
 * the form left alone is not sent again as a change; null when cleared.
 */
export function decimalText(value: unknown): string | null {
  if (blank(value)) return null;
  const text = String(value).trim();
  return /^-?\d+\.\d*$/.test(text) ? text.replace(/\.?0*$/, '') : text;
}

const textOrNull = (value: unknown): string | null =>
  blank(value) ? null : String(value).trim() || null;

/** Form values → CreateRenewalInput / UpdateRenewalInput (the adapter cuts to the type's fields). */
export function renewalInput(values: Row): Row {
  const out: Row = { ...values };
  if ('amount' in values) {
    const money = values.amount as { amount?: unknown; currency?: unknown } | null | undefined;
    out.amount = decimalText(money?.amount);
    if (!blank(money?.currency)) out.currency = money!.currency;
  }
  for (const key of ['newNeeds', 'productFit', 'newProductNeeded'] as const) {
    if (key in values) out[key] = textOrNull(values[key]);
  }
  for (const key of ['contractId', 'opportunityId'] as const) {
    if (key in values && blank(values[key])) out[key] = null;
  }
  return out;
}

type ContractChoice = RenewalLinkChoicesQuery['contracts']['nodes'][number];
type RenewedContract = Pick<
  ContractFieldsFragment,
  'id' | 'accountId' | 'signedAt' | 'currency' | 'amount'
>;

/** A renewal is expected a year after the contract it renews was signed (months clamp: 02-29 → 02-28). */
export const suggestedSignDate = (signedAt: string): string => addMonths(signedAt, 12);

/**
 * A new renewal of a contract: its customer, the contract, its amount and currency (the
 * amount is left out where the reader's role does not see it), signing a year on.
 */
export function renewalFromContract(contract: RenewedContract): Row {
  const currency = contract.amount?.currency ?? contract.currency;
  return {
    accountId: contract.accountId,
    contractId: contract.id,
    amount: contract.amount ? { amount: contract.amount.amount, currency } : { currency },
    expectedSignDate: suggestedSignDate(contract.signedAt),
  };
}

/**
 * A contract picked in the form fills what is still empty (amount, currency, expected sign
 * date); what the person typed stays. Returns the fields to set, by form path.
 */
export function fillFromContract(
  current: { amount?: { amount?: unknown; currency?: unknown } | null; expectedSignDate?: unknown },
  contract: Pick<ContractChoice, 'signedAt' | 'currency' | 'amount'>,
): Row {
  const out: Row = {};
  if (blank(current.amount?.amount) && contract.amount) {
    out['amount.amount'] = contract.amount.amount;
    out['amount.currency'] = contract.amount.currency;
  }
  if (blank(current.expectedSignDate)) out.expectedSignDate = suggestedSignDate(contract.signedAt);
  return out;
}

/** The create page with these values filled in (react-admin reads `?source=`). */
export const renewalCreatePath = (values: Row) => ({
  pathname: '/renewals/create',
  search: `?source=${encodeURIComponent(JSON.stringify(values))}`,
});
