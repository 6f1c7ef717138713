import { UseGuards } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { complaintDeadlineStatus, complaintLevelLabel, complaintStatusLabel, complaintTargetsFor, type KpiTargets } from '@stardesk/domain';
import DataLoader from 'dataloader';
import { loaderFor, type GraphqlContext } from '../../core/graphql/graphql-context';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { ComplaintEvent } from './complaint-event.model';
import { Complaint, ComplaintDeadlines } from './complaint.model';
import { ComplaintRepository } from './complaint.repository';
import { ComplaintTargetsService } from './complaint-targets.service';

/** Fields computed per caller: labels in their language, live deadlines, the history (batched). */
@Resolver(() => Complaint)
@UseGuards(OrgContextGuard)
export class ComplaintFieldsResolver {
  constructor(
    private readonly repository: ComplaintRepository,
    private readonly targets: ComplaintTargetsService,
  ) {}

  @ResolveField(() => String, { description: 'Status in the caller’s language' })
  statusLabel(@Parent() complaint: Complaint, @Context() context: GraphqlContext): string {
    return complaintStatusLabel(complaint.status, context.locale);
  }

  @ResolveField(() => String, { description: 'Who handles it now: 网点 / 区域 / 总部 (Outlet / Region / Headquarters)' })
  escalationLevelLabel(@Parent() complaint: Complaint, @Context() context: GraphqlContext): string {
    return complaintLevelLabel(complaint.escalationLevel, context.locale);
  }

  @ResolveField(() => ComplaintDeadlines, { description: 'Deadlines from the targets of its severity, and where it stands now' })
  async deadlines(@Parent() complaint: Complaint, @Context() context: GraphqlContext): Promise<ComplaintDeadlines> {
    // Read once per GraphQL request however many complaints the page shows.
    const organisationTargets = loaderFor(
      context,
      'complaintTargets',
      () => new DataLoader<string, KpiTargets>((orgIds) => Promise.all(orgIds.map((orgId) => this.targets.forOrganisation(orgId)))),
    );
    const targets = complaintTargetsFor(await organisationTargets.load(context.req.organisation!.id), complaint.outlet?.id ?? null);
    const status = complaintDeadlineStatus(complaint, targets, new Date());
    return { ...status, next: status.next?.kind ?? null, dueAt: status.next?.dueAt ?? null };
  }

  @ResolveField(() => [ComplaintEvent], { description: 'The history: receipt, acknowledgement, escalations, closure; oldest first' })
  events(@Parent() complaint: Complaint, @Context() context: GraphqlContext): Promise<ComplaintEvent[]> {
    const orgId = context.req.organisation!.id;
    const loader = loaderFor(
      context,
      'complaintEvents',
      () => new DataLoader<string, ComplaintEvent[]>(async (ids) => {
        const byComplaint = await this.repository.eventsOf(orgId, ids);
        return ids.map((id) => byComplaint.get(id) ?? []);
      }),
    );
    return loader.load(complaint.id);
  }
}
