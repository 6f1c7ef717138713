import { Injectable, Logger } from '@nestjs/common';
import { TOP_ESCALATION_LEVEL, applyDeadlineEscalations, complaintsDueForEscalation } from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { ComplaintRepository, lifecycleStateOf, type EscalationCandidateRow } from './complaint.repository';
import { ComplaintTargetsService } from './complaint-targets.service';

/**
 * Raises the level of every open complaint past a deadline it has not yet escalated for
 * (`complaintsDueForEscalation` in libs/domain states the rule), recording one event per step with
 * reason DEADLINE_PASSED. Called by the scheduled job and by `runComplaintEscalation`.
 *
 * Idempotent and safe to run concurrently: candidates are re-checked on the locked rows, so a
 * complaint that another run (or a dispatcher) has just changed is judged on what it is now; a
 * unique index on (complaint, deadline) backs this up in the database.
 */
@Injectable()
export class ComplaintEscalationService {
  private readonly logger = new Logger('ComplaintEscalation');

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ComplaintRepository,
    private readonly targets: ComplaintTargetsService,
  ) {}

  /**
   * One transaction per organisation, so one organisation's problem does not hold back the others.
   * Returns how many complaints rose; `orgId` limits the run to one organisation.
   */
  async escalateOverdue(now: Date, orgId: string | null = null): Promise<number> {
    const candidates = await this.repository.escalationCandidates(orgId, TOP_ESCALATION_LEVEL);
    const byOrganisation = new Map<string, EscalationCandidateRow[]>();
    for (const row of candidates) byOrganisation.set(row.org_id, [...(byOrganisation.get(row.org_id) ?? []), row]);

    let escalated = 0;
    const failures: string[] = [];
    for (const [organisationId, rows] of byOrganisation) {
      try {
        escalated += await this.escalateOrganisation(organisationId, rows, now);
      } catch (error) {
        failures.push(organisationId);
        this.logger.error(`escalation failed for organisation ${organisationId}: ${(error as Error).stack ?? String(error)}`);
      }
    }
    if (escalated > 0) this.logger.log(`${escalated} complaint(s) escalated past their deadlines`);
    if (failures.length) throw new Error(`Complaint escalation failed for ${failures.length} organisation(s); ${escalated} escalated`);
    return escalated;
  }

  private async escalateOrganisation(orgId: string, rows: EscalationCandidateRow[], now: Date): Promise<number> {
    const targets = await this.targets.forOrganisation(orgId);
    const due = complaintsDueForEscalation(rows.map((row) => ({ ...lifecycleStateOf(row), id: row.id })), now, targets);
    if (due.length === 0) return 0;
    return this.dataSource.transaction(async (tx) => {
      let count = 0;
      const locked = await this.repository.lockMany(tx, orgId, due.map((entry) => entry.complaint.id));
      for (const row of locked) {
        const { state, events } = applyDeadlineEscalations(lifecycleStateOf(row), now, targets);
        if (events.length === 0) continue; // changed since it was read: acknowledged, closed or escalated meanwhile
        await this.repository.saveTransition(tx, orgId, row.id, state, events);
        count += 1;
      }
      return count;
    });
  }
}
