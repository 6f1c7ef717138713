import { describe, expect, it } from 'vitest';
import { sortJobs } from './jobs.util';

type JobLike = Parameters<typeof sortJobs>[0][number];

const job = (id: string, status: string, priority: string, reportedAt: string, arrivalDue: string | null): JobLike & { id: string } =>
  ({
    id,
    status,
    priority,
    reportedAt,
    deadlines: { arrival: arrivalDue ? { dueAt: arrivalDue, state: 'PENDING', minutesLeft: 0, minutesLate: null } : null },
  }) as unknown as JobLike & { id: string };

describe('sortJobs', () => {
  it('puts the job on site first, then the earliest arrival deadline, then priority and age', () => {
    const jobs = [
      job('late-deadline', 'DISPATCHED', 'URGENT', '2025-03-01T00:00:00Z', '2025-03-02T10:00:00Z'),
      job('no-deadline-normal', 'DISPATCHED', 'NORMAL', '2025-03-01T00:00:00Z', null),
      job('no-deadline-high', 'DISPATCHED', 'HIGH', '2025-03-01T01:00:00Z', null),
      job('on-site', 'IN_PROGRESS', 'LOW', '2025-03-01T00:00:00Z', null),
      job('early-deadline', 'DISPATCHED', 'LOW', '2025-03-01T00:00:00Z', '2025-03-01T10:00:00Z'),
      job('on-hold', 'ON_HOLD', 'URGENT', '2025-02-01T00:00:00Z', null),
    ];
    expect(sortJobs(jobs).map((item) => item.id)).toEqual(['on-site', 'early-deadline', 'late-deadline', 'no-deadline-high', 'no-deadline-normal', 'on-hold']);
  });
});
