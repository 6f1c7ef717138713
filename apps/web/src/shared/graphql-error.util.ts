import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';

/** A field-level validation failure as the API reports it (message already in the request language). */
export interface ServerFieldError {
  field: string;
  code: string;
  message: string;
}

function isServerFieldError(value: unknown): value is ServerFieldError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['field'] === 'string' && typeof candidate['code'] === 'string' && typeof candidate['message'] === 'string';
}

/**
 * The field errors of a rejected input (`extensions.code === 'BAD_USER_INPUT'` with
 * `extensions.fieldErrors`), or null when the error is of another kind.
 */
export function serverFieldErrorsOf(error: CombinedError | undefined): ServerFieldError[] | null {
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const extensions = graphQLError.extensions as Record<string, unknown> | undefined;
    if (extensions?.['code'] !== 'BAD_USER_INPUT') continue;
    const fieldErrors = extensions['fieldErrors'];
    if (Array.isArray(fieldErrors)) return fieldErrors.filter(isServerFieldError);
  }
  return null;
}

/** One sentence for an error banner: the API's own (localised) message, or ours for transport failures. */
export function describeGraphqlError(error: CombinedError, t: TFunction): string {
  if (error.networkError) return t('common.networkError');
  const message = error.graphQLErrors.map((graphQLError) => graphQLError.message).find((text) => text.trim() !== '');
  return message ?? t('common.unknownError');
}
