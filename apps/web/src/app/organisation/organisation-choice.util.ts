export const ORGANISATION_STORAGE_KEY = 'stardesk.orgCode';

/** The remembered organisation if it is still offered, otherwise the first one listed. */
export function chooseOrganisation<T extends { code: string }>(organisations: readonly T[], storedCode: string | null): T | null {
  return organisations.find((organisation) => organisation.code === storedCode) ?? organisations[0] ?? null;
}
