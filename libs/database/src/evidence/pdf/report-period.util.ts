import { addLocalDays } from '@stardesk/domain';

const toUtc = (date: string): number => Date.parse(`${date}T00:00:00Z`);

function addMonths(date: string, months: number): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const shifted = new Date(Date.UTC(year, month - 1 + months, 1));
  return shifted.toISOString().slice(0, 10);
}

/**
 * The period just before `[from, to)` to compare with: as many whole months when both ends are first
 * days of a month (a quarter against the quarter before), else as many days.
 */
export function previousPeriodOf(from: string, to: string): { from: string; to: string } {
  if (from.endsWith('-01') && to.endsWith('-01')) {
    const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
    return { from: addMonths(from, -months), to: from };
  }
  const days = Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
  return { from: addLocalDays(from, -days), to: from };
}
