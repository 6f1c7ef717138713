import { useMemo } from 'react';
import { useQuery } from 'urql';
import type { ControlledDocumentType } from '../../../gql/graphql';
import { ControlledDocumentsDocument } from '../graphql/quality-registers';

const FILTERS = {
  INTERNAL_AUDIT_REPORT: { documentTypes: ['INTERNAL_AUDIT_REPORT' as ControlledDocumentType] },
  MANAGEMENT_REVIEW_REPORT: { documentTypes: ['MANAGEMENT_REVIEW_REPORT' as ControlledDocumentType] },
};

/** Registered report documents of one type (the latest 100), as select options. */
export function useReportDocumentChoices(type: keyof typeof FILTERS): { options: { value: string; label: string }[]; loading: boolean } {
  const [result] = useQuery({ query: ControlledDocumentsDocument, variables: { first: 100, filter: FILTERS[type] }, context: useMemo(() => ({ additionalTypenames: ['ControlledDocument'] }), []) });
  const options = useMemo(
    () => (result.data?.controlledDocuments.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.title}（${node.versionLabel}）` })),
    [result.data],
  );
  return { options, loading: result.fetching };
}
