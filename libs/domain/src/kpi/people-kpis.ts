import { isQualificationValidOn } from '../people/qualification';
import type { KpiContext, KpiMeasure } from './kpi-context';
import { isLocalDateWithin } from './kpi-period';
import type { KpiStaffRecord, LocalDate } from './kpi-records';
import { rate } from './kpi-statistics';

/**
 * People KPIs of kpis.md. Staff records carry local dates (employment, certificate validity,
 * training days), so "at period end" is the period's last local day, all bounds inclusive.
 */

export function isActiveOn(staff: KpiStaffRecord, day: LocalDate): boolean {
  return staff.activePeriods.some((period) => period.from <= day && (period.until === null || day <= period.until));
}

/** The same validity rule as the qualification register's `validAt` filter. */
export function isCertifiedOn(staff: KpiStaffRecord, day: LocalDate): boolean {
  return staff.qualifications.some((qualification) => isQualificationValidOn(qualification, day));
}

export function measureCertifiedStaffRate(context: KpiContext): KpiMeasure<number | null> {
  const day = context.window.lastDay;
  const technicians = context.scope.staff.filter((staff) => staff.role === 'TECHNICIAN' && isActiveOn(staff, day));
  return { value: rate(technicians.filter((staff) => isCertifiedOn(staff, day)).length, technicians.length), population: technicians.length };
}

/**
 * Hours attended in the period by the people counted in the head count, so that numerator and
 * denominator are the same people: hours of someone who left before period end are not spread over
 * those who stayed. "Staff" is every role, as kpis.md does not narrow it.
 */
export function measureTrainingHoursPerStaff(context: KpiContext): KpiMeasure<number | null> {
  const headCount = context.scope.staff.filter((staff) => isActiveOn(staff, context.window.lastDay));
  const hours = headCount.reduce(
    (sum, staff) =>
      sum + staff.trainings.filter((training) => isLocalDateWithin(training.date, context.window)).reduce((total, training) => total + training.hours, 0),
    0,
  );
  return { value: headCount.length === 0 ? null : hours / headCount.length, population: headCount.length };
}
