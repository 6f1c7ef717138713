import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { EvidencePackageStatus } from '@stardesk/domain';
import { EvidencePackageStatusEnum } from '../../core/graphql/domain-enums';

@ObjectType({ description: 'A build of the GB/T 27922 evidence package of a period: queued, built in the background, then downloadable' })
export class EvidencePackage {
  @Field(() => ID)
  id!: string;

  @Field(() => EvidencePackageStatusEnum)
  status!: EvidencePackageStatus;

  @Field({ description: 'First local day of the period (YYYY-MM-DD)' })
  periodFrom!: string;

  @Field({ description: 'Last local day of the period, inclusive' })
  periodTo!: string;

  @Field(() => ID, { nullable: true, description: 'The assessment the package proves; null: the latest signed-off one of the period, else a live evaluation' })
  assessmentId!: string | null;

  @Field({ description: 'Customers’ phones and addresses written whole (admins only, recorded)' })
  revealPersonalInformation!: boolean;

  @Field(() => Int)
  progressDone!: number;

  @Field(() => Int)
  progressTotal!: number;

  @Field(() => String, { nullable: true, description: 'What the builder is writing: records, personnel, registers, documents, samples, reports, index, done' })
  stage!: string | null;

  @Field(() => String, { nullable: true })
  fileName!: string | null;

  @Field(() => Float, { nullable: true })
  sizeBytes!: number | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the whole ZIP' })
  sha256!: string | null;

  @Field(() => String, { nullable: true, description: 'Fingerprint (SHA-256 of the public key) of the key that signed the manifest' })
  keyFingerprint!: string | null;

  @Field(() => String, { nullable: true, description: 'INTERRUPTED, BUILD_FAILED or ASSESSMENT_NOT_FOUND' })
  errorCode!: string | null;

  @Field(() => String, { nullable: true, description: 'REST path of the file, once READY' })
  downloadUrl!: string | null;

  @Field()
  requestedBy!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}
