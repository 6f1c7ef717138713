import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Provider as UrqlProvider, useQuery } from 'urql';
import type { Locale } from '@stardesk/domain';
import { readStored, writeStored } from '../browser-storage.util';
import { createGraphqlClient } from '../graphql-client';
import { languageFromPreference } from '../i18n/language-preference.util';
import { OrganisationsDocument } from './graphql/organisations';
import { ORGANISATION_STORAGE_KEY, chooseOrganisation } from './organisation-choice.util';
import { OrganisationContext, type OrganisationContextValue, type OrganisationState } from './organisation-context';

/**
 * Lists the organisations with an organisation-free client, picks the current one and provides,
 * below it, a GraphQL client bound to that organisation.
 */
export function OrganisationProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const currentLanguage = useCallback((): Locale => languageFromPreference(i18n.language), [i18n]);
  const publicClient = useMemo(() => createGraphqlClient({ orgCode: null, currentLanguage }), [currentLanguage]);
  return (
    <UrqlProvider value={publicClient}>
      <OrganisationScope currentLanguage={currentLanguage}>{children}</OrganisationScope>
    </UrqlProvider>
  );
}

function OrganisationScope({ children, currentLanguage }: { children: ReactNode; currentLanguage: () => Locale }) {
  const [result, reexecute] = useQuery({ query: OrganisationsDocument });
  const [storedCode, setStoredCode] = useState(() => readStored(ORGANISATION_STORAGE_KEY));

  const organisations = useMemo(() => result.data?.organisations ?? [], [result.data]);
  const current = chooseOrganisation(organisations, storedCode);
  const currentCode = current?.code ?? null;

  const orgClient = useMemo(() => createGraphqlClient({ orgCode: currentCode, currentLanguage }), [currentCode, currentLanguage]);

  const select = useCallback((code: string) => {
    writeStored(ORGANISATION_STORAGE_KEY, code);
    setStoredCode(code);
  }, []);
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const state: OrganisationState = useMemo(() => {
    if (current) return { status: 'ready', current };
    if (result.error) return { status: 'error', error: result.error };
    if (result.fetching || !result.data) return { status: 'loading' };
    return { status: 'empty' };
  }, [current, result.error, result.fetching, result.data]);

  const value: OrganisationContextValue = useMemo(
    () => ({ state, organisations, select, retry }),
    [state, organisations, select, retry],
  );

  return (
    <OrganisationContext value={value}>
      <UrqlProvider value={orgClient}>{children}</UrqlProvider>
    </OrganisationContext>
  );
}
