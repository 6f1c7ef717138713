import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CUSTOMER_FACING_DOCUMENT_TYPES, ValidationFailed, isValidLocalDate, type EvidenceDocumentType, type FieldError } from '@stardesk/domain';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import type { Page } from '../../core/pagination/connection.model';
import { ControlledDocument, ControlledDocumentConnection, DocumentTypeInForce } from './controlled-document.model';
import { ControlledDocumentsService } from './controlled-documents.service';
import {
  ApproveControlledDocumentInput,
  AttachControlledDocumentFileInput,
  ControlledDocumentsArgs,
  CreateControlledDocumentInput,
  SupersedeControlledDocumentInput,
  UpdateControlledDocumentInput,
} from './dto/controlled-document.input';
import { DocumentTypeEnum } from './quality-enums';
import { Allow, ROLES } from '../../core/auth/access.decorators';

/** The document register (受控文件清单). Files go up through POST /api/attachments (ownerType CONTROLLED_DOCUMENT). */
@Allow(...ROLES.OVERSIGHT)
@Resolver(() => ControlledDocument)
@UseGuards(OrgContextGuard)
export class ControlledDocumentsResolver {
  constructor(private readonly service: ControlledDocumentsService) {}

  @Query(() => ControlledDocumentConnection, { description: 'Document versions, newest first' })
  controlledDocuments(@CurrentOrg() organisation: OrganisationEntity, @Args() args: ControlledDocumentsArgs): Promise<Page<ControlledDocument>> {
    return this.service.list(organisation, args);
  }

  @Query(() => ControlledDocument)
  controlledDocument(@CurrentOrg() organisation: OrganisationEntity, @Args('id', { type: () => ID }) id: string): Promise<ControlledDocument> {
    return this.service.byId(organisation, id);
  }

  @Query(() => [DocumentTypeInForce], { description: 'Whether each type was in force on every day from `from` to `to` (local dates, inclusive)' })
  documentsInForce(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args('types', { type: () => [DocumentTypeEnum] }) types: EvidenceDocumentType[],
    @Args('from') from: string,
    @Args('to') to: string,
  ): Promise<DocumentTypeInForce[]> {
    const errors: FieldError[] = [];
    if (!isValidLocalDate(from)) errors.push({ field: 'from', code: 'invalidDate' });
    if (!isValidLocalDate(to)) errors.push({ field: 'to', code: 'invalidDate' });
    else if (isValidLocalDate(from) && to < from) errors.push({ field: 'to', code: 'beforeStart' });
    if (errors.length) return Promise.reject(new ValidationFailed(errors));
    return this.service.documentsInForce(organisation.id, types, { from, to });
  }

  @Allow(...ROLES.ANY)
  @Query(() => [ControlledDocument], { description: 'What the customer portal shows: published versions in force today (FAQ and product manuals by default)' })
  publishedControlledDocuments(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args('types', { type: () => [DocumentTypeEnum], nullable: true }) types: EvidenceDocumentType[] | null,
  ): Promise<ControlledDocument[]> {
    return this.service.publishedDocuments(organisation.id, types?.length ? types : CUSTOMER_FACING_DOCUMENT_TYPES);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => ControlledDocument, { description: 'Register a new document: its first version, as a draft' })
  createControlledDocument(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateControlledDocumentInput): Promise<ControlledDocument> {
    return this.service.create(organisation, input);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => ControlledDocument, { description: 'Change a draft version' })
  updateControlledDocument(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: UpdateControlledDocumentInput): Promise<ControlledDocument> {
    return this.service.update(organisation, input);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => ControlledDocument, { description: 'Make an uploaded file the file of a draft version' })
  attachControlledDocumentFile(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: AttachControlledDocumentFileInput): Promise<ControlledDocument> {
    return this.service.attachFile(organisation, input);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => ControlledDocument, { description: 'Approve a draft (by someone other than its author); it replaces the version it supersedes' })
  approveControlledDocument(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: ApproveControlledDocumentInput): Promise<ControlledDocument> {
    return this.service.approve(organisation, input);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => ControlledDocument, { description: 'Draft the next version of an approved document' })
  supersedeControlledDocument(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: SupersedeControlledDocumentInput): Promise<ControlledDocument> {
    return this.service.supersede(organisation, input);
  }
}
