/** Display formatting. Amounts stay decimal strings end to end; Intl formats them without going through floats. */

interface MoneyLike {
  amount: string;
  currency: string;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(money: MoneyLike | null | undefined): string {
  if (!money) return '—';
  let format = moneyFormats.get(money.currency);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { style: 'currency', currency: money.currency });
    moneyFormats.set(money.currency, format);
  }
  return format.format(money.amount as Intl.StringNumericLiteral);
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const shortDateTime = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : '—';
}

export function formatShortDateTime(iso: string | null | undefined): string {
  return iso ? shortDateTime.format(new Date(iso)) : '—';
}

/** "3d 4h", "3h 12m", "12m", "<1m": two units at most, which is what a person scanning a list needs. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  if (minutes < 1) return '<1m';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return hours ? `${days}d ${hours}h` : `${days}d`;
  if (hours > 0) return mins ? `${hours}h ${mins}m` : `${hours}h`;
  return `${mins}m`;
}

export function formatRelative(iso: string, now: number): string {
  const ms = now - Date.parse(iso);
  return ms < 60_000 ? 'just now' : `${formatDuration(ms)} ago`;
}

/** "AWAITING_SHIPMENT" → "Awaiting shipment". */
export function humanize(value: string): string {
  const words = value.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
