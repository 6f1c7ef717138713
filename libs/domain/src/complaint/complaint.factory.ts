import { MS_PER_HOUR } from '../kpi/kpi-targets';
import type { ComplaintLifecycleState } from './complaint-commands';
import type { ComplaintDeadlineKind, ComplaintSeverity } from './complaint.types';

/**
 * Builder of complaint states for tests: a NORMAL complaint received at 10:00 Shanghai time on
 * 2026-03-02, at level 1, changed one fact at a time.
 */
export class ComplaintStateBuilder {
  private state: ComplaintLifecycleState = {
    status: 'RECEIVED',
    severity: 'NORMAL',
    outletId: null,
    receivedAt: new Date('2026-03-02T02:00:00Z'),
    lastEventAt: new Date('2026-03-02T02:00:00Z'),
    acknowledgedAt: null,
    closedAt: null,
    escalationLevel: 1,
    escalatedDeadlines: [],
    resolution: null,
    customerAccepted: null,
  };

  private hoursAfterReceipt(hours: number): Date {
    return new Date(this.state.receivedAt.getTime() + hours * MS_PER_HOUR);
  }

  with(changes: Partial<ComplaintLifecycleState>): this {
    this.state = { ...this.state, ...changes };
    return this;
  }
  severity(severity: ComplaintSeverity): this {
    return this.with({ severity });
  }
  receivedAt(instant: string): this {
    return this.with({ receivedAt: new Date(instant), lastEventAt: new Date(instant) });
  }
  acknowledgedAfterHours(hours: number): this {
    const at = this.hoursAfterReceipt(hours);
    return this.with({ status: 'ACKNOWLEDGED', acknowledgedAt: at, lastEventAt: at });
  }
  closedAfterHours(hours: number, customerAccepted = true): this {
    const at = this.hoursAfterReceipt(hours);
    return this.with({ status: 'CLOSED', closedAt: at, lastEventAt: at, resolution: '已为客户更换新机', customerAccepted });
  }
  atLevel(escalationLevel: number): this {
    return this.with({ escalationLevel });
  }
  escalatedFor(...deadlines: ComplaintDeadlineKind[]): this {
    return this.with({ escalatedDeadlines: deadlines });
  }
  build(): ComplaintLifecycleState {
    return { ...this.state, escalatedDeadlines: [...this.state.escalatedDeadlines] };
  }
}

export const aComplaint = (): ComplaintStateBuilder => new ComplaintStateBuilder();
