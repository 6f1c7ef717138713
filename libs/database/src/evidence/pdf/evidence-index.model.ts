/** The first page of every evidence PDF: whose package, which period, and what it scored. */
export interface EvidenceCover {
  organisationName: string;
  organisationCode: string;
  /** Local dates of the period `[periodFrom, periodTo)`. */
  periodFrom: string;
  periodTo: string;
  /** ISO instant the package was generated (or frozen): also the PDFs' creation date. */
  generatedAt: string;
  score: number | null;
  /** A ServiceGrade key (FIVE_STAR …) or a label already localised. */
  grade: string | null;
  assessmentId: string | null;
  catalogVersion: string | null;
  signedOff: boolean;
}

export interface EvidenceCriterionEntry {
  code: string;
  text: string;
  kind: 'KPI' | 'DOCUMENT' | 'SAMPLE' | 'MANUAL';
  /** CONFORMING, NON_CONFORMING, NOT_APPLICABLE, SAMPLED, PENDING… (localised when known) or free text. */
  result: string;
  points: number | null;
  maxPoints: number;
  /** Paths inside the package. */
  evidenceFiles: string[];
}

export interface EvidenceIndicatorEntry {
  code: string;
  nameZh: string;
  nameEn: string;
  category: string;
  maxPoints: number;
  points: number | null;
  criteria: EvidenceCriterionEntry[];
}

/** What index.pdf shows: the cover, the 15 indicators down to their evidence, and every file of the package. */
export interface EvidenceIndexModel {
  cover: EvidenceCover;
  indicators: EvidenceIndicatorEntry[];
  files: Array<{ path: string; description: string }>;
}
