import { Injectable } from '@nestjs/common';
import { DEFAULT_KPI_TARGETS, type KpiTargets } from '@stardesk/domain';

/**
 * The targets complaints are held to. Organisation settings do not store targets yet; until they do,
 * every organisation works to the defaults of kpis.md (24 h to acknowledge; 72 h MAJOR / 168 h
 * NORMAL to close). This is the one place to read them from settings when they exist.
 */
@Injectable()
export class ComplaintTargetsService {
  async forOrganisation(_orgId: string): Promise<KpiTargets> {
    return DEFAULT_KPI_TARGETS;
  }
}
