import type { Locale } from '@stardesk/domain';

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/**
 * A span of whole minutes, the two largest units only: "2天3小时" / "2d 3h", "45分钟" / "45 min".
 * Negative spans are shown by their size (the caller says whether it is left or overdue).
 */
export function formatMinutes(minutes: number, locale: Locale): string {
  const total = Math.abs(Math.trunc(minutes));
  const days = Math.floor(total / MINUTES_PER_DAY);
  const hours = Math.floor((total % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const mins = total % MINUTES_PER_HOUR;
  const zh = locale === 'zh-CN';
  const unit = {
    day: (n: number) => (zh ? `${n}天` : `${n}d`),
    hour: (n: number) => (zh ? `${n}小时` : `${n}h`),
    minute: (n: number) => (zh ? `${n}分钟` : `${n} min`),
  };
  const join = (a: string, b: string) => (zh ? `${a}${b}` : `${a} ${b}`);
  if (days > 0) return hours > 0 ? join(unit.day(days), unit.hour(hours)) : unit.day(days);
  if (hours > 0) return mins > 0 ? join(unit.hour(hours), unit.minute(mins)) : unit.hour(hours);
  return unit.minute(mins);
}

/** Whole minutes from `now` until `dueAt`: positive while time is left, negative once it passed. */
export function minutesUntil(dueAt: string | Date, now: Date): number {
  const due = typeof dueAt === 'string' ? new Date(dueAt) : dueAt;
  const diff = (due.getTime() - now.getTime()) / 60000;
  // Rounded towards "less time left": one second late is already late.
  return diff >= 0 ? Math.floor(diff) : -Math.ceil(-diff);
}

export type CountdownTone = 'ok' | 'soon' | 'overdue';

export interface Countdown {
  /** Minutes left (≥ 0) or overdue (< 0). */
  minutes: number;
  tone: CountdownTone;
}

/** Less than this share of an hour-scale deadline left is shown as "soon" (amber). */
export const SOON_MINUTES = 120;

export function countdownOf(dueAt: string | Date, now: Date, soonMinutes = SOON_MINUTES): Countdown {
  const minutes = minutesUntil(dueAt, now);
  const tone: CountdownTone = minutes < 0 ? 'overdue' : minutes <= soonMinutes ? 'soon' : 'ok';
  return { minutes, tone };
}
