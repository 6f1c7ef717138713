import { certifiedStaffRate, trainingHoursPerStaff } from './kpi-formulas';
import { aDataset, aStaffMember } from './kpi-records.factory';
import type { KpiStaffRecord } from './kpi-records';
import { DEFAULT_KPI_TARGETS } from './kpi-targets';

const JANUARY = { from: '2026-01-01', to: '2026-02-01' };
const NOW = new Date('2026-03-01T00:00:00Z');
const T = DEFAULT_KPI_TARGETS;
const certificate = (validFrom: string, validUntil: string | null) => ({ certificateType: '家电维修工', validFrom, validUntil });

describe('certifiedStaffRate', () => {
  it.each<[string, KpiStaffRecord, number | null]>([
    ['technician with a certificate valid through the last day', aStaffMember('TECHNICIAN', '2025-01-01', { qualifications: [certificate('2024-01-01', '2026-01-31')] }), 1],
    ['technician whose certificate expired the day before period end', aStaffMember('TECHNICIAN', '2025-01-01', { qualifications: [certificate('2024-01-01', '2026-01-30')] }), 0],
    ['technician with a certificate valid from the last day', aStaffMember('TECHNICIAN', '2025-01-01', { qualifications: [certificate('2026-01-31', null)] }), 1],
    ['technician without a certificate', aStaffMember('TECHNICIAN', '2025-01-01'), 0],
    ['technician who joined on the last day', aStaffMember('TECHNICIAN', '2026-01-31'), 0],
    ['technician who joins after the period', aStaffMember('TECHNICIAN', '2026-02-01'), null],
    ['technician who left in the period', aStaffMember('TECHNICIAN', '2025-01-01', { activePeriods: [{ from: '2025-01-01', until: '2026-01-20' }] }), null],
    ['dispatcher, not a technician', aStaffMember('DISPATCHER', '2025-01-01'), null],
  ])('%s → %p', (_case, staff, expected) => {
    expect(certifiedStaffRate(aDataset({ staff: [staff] }), JANUARY, T, NOW)).toBe(expected);
  });

  it('knows a rehired technician by the current spell', () => {
    const rehired = aStaffMember('TECHNICIAN', '2020-01-01', {
      activePeriods: [{ from: '2020-01-01', until: '2021-06-30' }, { from: '2026-01-10', until: null }],
      qualifications: [certificate('2020-01-01', null)],
    });
    expect(certifiedStaffRate(aDataset({ staff: [rehired] }), JANUARY, T, NOW)).toBe(1);
  });
});

describe('trainingHoursPerStaff', () => {
  it('divides the hours attended in the period by the head count at period end', () => {
    const staff = [
      aStaffMember('TECHNICIAN', '2025-01-01', { trainings: [{ date: '2026-01-01', hours: 8 }, { date: '2026-01-31', hours: 4 }, { date: '2026-02-01', hours: 100 }] }),
      aStaffMember('DISPATCHER', '2025-01-01', { trainings: [{ date: '2025-12-31', hours: 100 }] }),
      aStaffMember('MANAGER', '2025-01-01', { trainings: [{ date: '2026-01-15', hours: 6 }] }),
      // Left before period end: neither in the head count nor in the hours.
      aStaffMember('TECHNICIAN', '2025-01-01', { activePeriods: [{ from: '2025-01-01', until: '2026-01-20' }], trainings: [{ date: '2026-01-05', hours: 50 }] }),
    ];
    expect(trainingHoursPerStaff(aDataset({ staff }), JANUARY, T, NOW)).toBe(6);
  });

  it('is null with nobody on staff', () => {
    expect(trainingHoursPerStaff(aDataset(), JANUARY, T, NOW)).toBeNull();
  });
});
