import { Initial1795433108669 } from './1795433108669-Initial';
import { AssignTechnician1795434355697 } from './1795434355697-AssignTechnician';
import { VisitsAndSpareParts1795434835686 } from './1795434835686-VisitsAndSpareParts';
import { ReturnVisitsAndSurveys1795435651520 } from './1795435651520-ReturnVisitsAndSurveys';
import { Complaints1795435804390 } from './1795435804390-Complaints';
import { MasterDataSettingsAndCommitments1795435848811 } from './1795435848811-MasterDataSettingsAndCommitments';
import { Amendments1795437117907 } from './1795437117907-Amendments';
import { ServiceAndPeopleRecords1795437332633 } from './1795437332633-ServiceAndPeopleRecords';
import { ImportedRecords1795437490522 } from './1795437490522-ImportedRecords';
import { Attachments1795437519166 } from './1795437519166-Attachments';
import { AssessmentsAndCatalogVersions1795443436003 } from './1795443436003-AssessmentsAndCatalogVersions';
import { KpiRequestFacts1795443448965 } from './1795443448965-KpiRequestFacts';
import { QualityRegisters1795443456524 } from './1795443456524-QualityRegisters';
import { Accounts1795443469133 } from './1795443469133-Accounts';
import { AuditTrailAndIdempotency1795444281805 } from './1795444281805-AuditTrailAndIdempotency';
import { AuditTriggers1795444281806 } from './1795444281806-AuditTriggers';
import { IdempotencyCommitMarker1795446899775 } from './1795446899775-IdempotencyCommitMarker';
import { KpiDailyRollups1795448256435 } from './1795448256435-KpiDailyRollups';
import { EvidencePackages1795453821979 } from './1795453821979-EvidencePackages';
import { ShardedKpiRollups1795454995248 } from './1795454995248-ShardedKpiRollups';
import { KpiFactsOutletIndexes1795458280431 } from './1795458280431-KpiFactsOutletIndexes';
import { KpiFactsOfNewRequests1795463114493 } from './1795463114493-KpiFactsOfNewRequests';
import { KpiRollupsNetChange1795463979555 } from './1795463979555-KpiRollupsNetChange';
import { ServiceRequestsUnitIndex1795465060367 } from './1795465060367-ServiceRequestsUnitIndex';
import { CustomerForeignKeyIndexes1795466485871 } from './1795466485871-CustomerForeignKeyIndexes';

/** Every migration, oldest first. Written by tools/db/migration-index.mjs. */
export const MIGRATIONS = [Initial1795433108669, AssignTechnician1795434355697, VisitsAndSpareParts1795434835686, ReturnVisitsAndSurveys1795435651520, Complaints1795435804390, MasterDataSettingsAndCommitments1795435848811, Amendments1795437117907, ServiceAndPeopleRecords1795437332633, ImportedRecords1795437490522, Attachments1795437519166, AssessmentsAndCatalogVersions1795443436003, KpiRequestFacts1795443448965, QualityRegisters1795443456524, Accounts1795443469133, AuditTrailAndIdempotency1795444281805, AuditTriggers1795444281806, IdempotencyCommitMarker1795446899775, KpiDailyRollups1795448256435, EvidencePackages1795453821979, ShardedKpiRollups1795454995248, KpiFactsOutletIndexes1795458280431, KpiFactsOfNewRequests1795463114493, KpiRollupsNetChange1795463979555, ServiceRequestsUnitIndex1795465060367, CustomerForeignKeyIndexes1795466485871];
