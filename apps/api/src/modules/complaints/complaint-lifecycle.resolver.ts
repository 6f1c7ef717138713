import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { Complaint } from './complaint.model';
import { ComplaintEscalationService } from './complaint-escalation.service';
import { ComplaintLifecycleService } from './complaint-lifecycle.service';
import { CloseComplaintInput, ComplaintStepInput } from './dto/complaint-step.input';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { OutletScope } from '../../core/auth/outlet-scope';

/** One mutation per step, so each can be authorised on its own (dispatchers vs managers). */
@Resolver(() => Complaint)
@UseGuards(OrgContextGuard)
export class ComplaintLifecycleResolver {
  constructor(
    private readonly lifecycle: ComplaintLifecycleService,
    private readonly escalation: ComplaintEscalationService,
  ) {}

  @OutletScope({ records: { 'input.id': 'complaint' } })
  @Allow(...ROLES.OFFICE)
  @Mutation(() => Complaint, { description: 'Acknowledge (受理) a received complaint: stops the acknowledgement clock' })
  acknowledgeComplaint(@CurrentOrg() org: OrganisationEntity, @Args('input') input: ComplaintStepInput): Promise<Complaint> {
    return this.lifecycle.apply(org, input.id, { kind: 'ACKNOWLEDGE', at: input.at, note: input.note }, input.expectedVersion);
  }

  @OutletScope({ records: { 'input.id': 'complaint' } })
  @Allow(...ROLES.OFFICE)
  @Mutation(() => Complaint, { description: 'Escalate an open complaint one level by hand (网点 → 区域 → 总部); note (reason) required' })
  escalateComplaint(@CurrentOrg() org: OrganisationEntity, @Args('input') input: ComplaintStepInput): Promise<Complaint> {
    return this.lifecycle.apply(org, input.id, { kind: 'ESCALATE', at: input.at, note: input.note }, input.expectedVersion);
  }

  @OutletScope({ records: { 'input.id': 'complaint' } })
  @Allow(...ROLES.OFFICE)
  @Mutation(() => Complaint, { description: 'Close (办结) an acknowledged complaint with its resolution and the customer’s answer' })
  closeComplaint(@CurrentOrg() org: OrganisationEntity, @Args('input') input: CloseComplaintInput): Promise<Complaint> {
    return this.lifecycle.apply(
      org,
      input.id,
      { kind: 'CLOSE', at: input.at, note: input.note, resolution: input.resolution, customerAccepted: input.customerAccepted },
      input.expectedVersion,
    );
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => Int, {
    description: 'Admin: run the deadline escalation now for this organisation (as the scheduled job does); returns how many complaints rose',
  })
  runComplaintEscalation(@CurrentOrg() org: OrganisationEntity): Promise<number> {
    return this.escalation.escalateOverdue(new Date(), org.id);
  }
}
