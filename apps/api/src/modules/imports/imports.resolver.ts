import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import type { GraphqlContext } from '../../core/graphql/graphql-context';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { ImportFileInput } from './dto/import-file.input';
import { ImportResult } from './import-result.model';
import { ImportsService } from './imports.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Resolver()
@UseGuards(OrgContextGuard)
export class ImportsResolver {
  constructor(private readonly service: ImportsService) {}

  @Allow(...ROLES.ADMIN)
  @Mutation(() => ImportResult, {
    description:
      'Import historical records (import-format.md) all or nothing. A refused set is a normal result: accepted false, nothing written, every problem reported. At most 20 MB of files per request.',
  })
  importRecords(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args('files', { type: () => [ImportFileInput] }) files: ImportFileInput[],
    @Args('update', { type: () => Boolean, nullable: true, description: 'Overwrite imported records with the same key instead of refusing them' }) update: boolean | null,
    @Context() context: GraphqlContext,
  ): Promise<ImportResult> {
    return this.service.importFiles(organisation, files, update ?? false, context.locale);
  }
}
