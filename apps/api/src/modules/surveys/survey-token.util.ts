import { createHash, randomBytes } from 'node:crypto';
import { SURVEY_TOKEN_BYTES } from '@stardesk/domain';

/** A fresh link token: 256 random bits, URL-safe. Shown once; only its hash is stored. */
export function newSurveyToken(): string {
  return randomBytes(SURVEY_TOKEN_BYTES).toString('base64url');
}

export function hashSurveyToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function surveyPath(token: string): string {
  return `/survey/${token}`;
}
