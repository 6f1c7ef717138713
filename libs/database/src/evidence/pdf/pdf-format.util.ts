import { SERVICE_GRADE_TABLE, type Locale } from '@stardesk/domain';

/** An ISO instant as `YYYY-MM-DD HH:mm:ss UTC`; anything else as given. */
export function formatInstant(value: string): string {
  const parsed = new Date(value);
  if (value.length <= 10 || Number.isNaN(parsed.getTime())) return value;
  return `${parsed.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** Points with at most two decimals (1.5, 2, 0.25); null is "—". */
export function formatPoints(points: number | null): string {
  if (points === null || !Number.isFinite(points)) return '—';
  return String(Math.round(points * 100) / 100);
}

const STARS: Record<string, number> = { FIVE_STAR: 5, FOUR_STAR: 4, THREE_STAR: 3 };

/** A grade key as its localised name with stars (五星级 ★★★★★); any other text as given. */
export function formatGrade(grade: string | null, locale: Locale): string | null {
  if (grade === null) return null;
  const definition = SERVICE_GRADE_TABLE.find((entry) => entry.grade === grade);
  if (!definition) return grade;
  const name = locale === 'zh-CN' ? definition.nameZh : definition.nameEn;
  const stars = STARS[grade];
  return stars ? `${name} ${'★'.repeat(stars)}` : name;
}
