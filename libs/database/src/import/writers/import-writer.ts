import type { ImportCatalogue } from '../import-catalogue';
import type { ImportSession } from '../import-session';
import type { RequestDirectory } from '../request-directory';

/** What the writers of one import share. */
export interface ImportWriterContext {
  session: ImportSession;
  catalogue: ImportCatalogue;
  requests: RequestDirectory;
}

/**
 * The database side of one record type: `resolve` checks keys and references and prepares the rows
 * (reporting problems, writing nothing); `write` runs only when the whole set passed, in the
 * import's transaction, with batched statements.
 */
export interface ImportWriter<R> {
  resolve(records: readonly R[]): Promise<void>;
  write(): Promise<void>;
}
