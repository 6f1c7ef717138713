import { randomBytes, randomUUID } from 'node:crypto';
import { formatInstantCell, type ImportProblem, type ImportRecordTypeName } from '@stardesk/domain';
import type { EntityManager } from 'typeorm';

export interface ImportOrganisation {
  id: string;
  code: string;
  timeZone: string;
}

export interface ImportOptions {
  /** Overwrite records already stored with the same key, instead of refusing them as duplicates. */
  update: boolean;
  now: Date;
}

export interface ImportCounts {
  inserted: number;
  updated: number;
}

/** What every step of one import shares: the transaction, the organisation, the options and the report. */
export class ImportSession {
  readonly problems: ImportProblem[] = [];
  readonly counts = new Map<ImportRecordTypeName, ImportCounts>();

  constructor(
    readonly tx: EntityManager,
    readonly org: ImportOrganisation,
    readonly options: ImportOptions,
    private readonly refused: { rejectedKeys: ReadonlyMap<ImportRecordTypeName, ReadonlySet<string>>; incompleteTypes: ReadonlySet<ImportRecordTypeName> } = {
      rejectedKeys: new Map(),
      incompleteTypes: new Set(),
    },
  ) {}

  /**
   * Whether a record of `type` with `key` may be in the set but refused (its row is reported already,
   * or its file could not be read): a row referring to it is then not reported as "not found" too.
   */
  refusedInSet(type: ImportRecordTypeName, key: string): boolean {
    return this.refused.incompleteTypes.has(type) || (this.refused.rejectedKeys.get(type)?.has(key) ?? false);
  }

  report(problems: ImportProblem | readonly ImportProblem[]): void {
    if (Array.isArray(problems)) for (const problem of problems) this.problems.push(problem);
    else this.problems.push(problems as ImportProblem);
  }

  get failed(): boolean {
    return this.problems.some((problem) => problem.severity === 'error');
  }

  count(type: ImportRecordTypeName, inserted: number, updated: number): void {
    this.counts.set(type, { inserted, updated });
  }

  /** A time in the report: the organisation's local time with its offset, as the files write it. */
  readonly formatTime = (instant: Date): string => formatInstantCell(instant, this.org.timeZone);

  /** Ids are made here so that rows of one set can refer to each other before anything is written. */
  newId(): string {
    return randomUUID();
  }

  private sequence = BigInt(Date.now()) << 16n;
  private readonly sequenceSuffix = randomBytes(8).toString('hex');

  /**
   * Ids that sort in the order they are made (a counter from the clock, then random bits, like a
   * UUIDv7): synthesised events often share a time (dispatched when acknowledged), and timelines
   * order by time, then id, so the events of a request keep their lifecycle order.
   */
  newOrderedId(): string {
    const hex = (this.sequence++).toString(16).padStart(16, '0') + this.sequenceSuffix;
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

/** The organisation named by its code (case-insensitive, as everywhere), with what an import needs of it. */
export async function findImportOrganisation(manager: EntityManager, code: string): Promise<ImportOrganisation | null> {
  const [row]: { id: string; code: string; time_zone: string }[] = await manager.query(
    'SELECT id, code, time_zone FROM organisations WHERE code = $1',
    [code.trim().toUpperCase()],
  );
  return row ? { id: row.id, code: row.code, timeZone: row.time_zone } : null;
}
