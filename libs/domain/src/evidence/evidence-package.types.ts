/** An evidence package's life: queued, built by one worker, then ready to download or failed (never half a file). */
export const EVIDENCE_PACKAGE_STATUSES = ['QUEUED', 'RUNNING', 'READY', 'FAILED'] as const;
export type EvidencePackageStatus = (typeof EVIDENCE_PACKAGE_STATUSES)[number];

/** Why a package failed, for the screen's message. */
export const EVIDENCE_PACKAGE_ERRORS = ['INTERRUPTED', 'BUILD_FAILED', 'ASSESSMENT_NOT_FOUND'] as const;
export type EvidencePackageError = (typeof EVIDENCE_PACKAGE_ERRORS)[number];
