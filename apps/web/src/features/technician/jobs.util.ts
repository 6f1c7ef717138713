import type { MyJobsQuery } from '../../gql/graphql';

export type Job = MyJobsQuery['serviceRequests']['edges'][number]['node'];

const PRIORITY_RANK = { URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3 } as const;
const STATUS_RANK = { IN_PROGRESS: 0, DISPATCHED: 1, ON_HOLD: 2 } as Record<string, number>;

/**
 * The order a technician works in: the job on site first, then by arrival deadline (earliest, jobs
 * without one last), then priority, then when reported.
 */
export function sortJobs<T extends Pick<Job, 'status' | 'priority' | 'reportedAt' | 'deadlines'>>(jobs: readonly T[]): T[] {
  const due = (job: T) => (job.deadlines.arrival?.state === 'PENDING' ? new Date(job.deadlines.arrival.dueAt).getTime() : Number.POSITIVE_INFINITY);
  return [...jobs].sort(
    (a, b) =>
      (STATUS_RANK[a.status] ?? 9) - (STATUS_RANK[b.status] ?? 9) ||
      due(a) - due(b) ||
      PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
      a.reportedAt.localeCompare(b.reportedAt),
  );
}
