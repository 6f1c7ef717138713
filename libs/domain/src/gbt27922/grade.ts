/** Grades of gbt27922.md (seed 002: 70 分（含）达标级 … 95 分（含）五星级), boundaries inclusive. */
export const SERVICE_GRADES = ['FAIL', 'COMPLIANT', 'THREE_STAR', 'FOUR_STAR', 'FIVE_STAR'] as const;
export type ServiceGrade = (typeof SERVICE_GRADES)[number];

export interface ServiceGradeDefinition {
  grade: ServiceGrade;
  /** Lowest score of the grade, inclusive. */
  minScore: number;
  nameZh: string;
  nameEn: string;
}

/** Highest grade first, so the first whose minimum a score reaches is its grade. */
export const SERVICE_GRADE_TABLE: readonly ServiceGradeDefinition[] = [
  { grade: 'FIVE_STAR', minScore: 95, nameZh: '五星级', nameEn: 'five-star' },
  { grade: 'FOUR_STAR', minScore: 90, nameZh: '四星级', nameEn: 'four-star' },
  { grade: 'THREE_STAR', minScore: 80, nameZh: '三星级', nameEn: 'three-star' },
  { grade: 'COMPLIANT', minScore: 70, nameZh: '达标级', nameEn: 'compliant' },
  { grade: 'FAIL', minScore: 0, nameZh: '不合格', nameEn: 'fail' },
];

/** The grade of a published (2-decimal) score: exactly 95.00 is five-star, 94.99 four-star. */
export function gradeOf(score: number): ServiceGradeDefinition {
  return SERVICE_GRADE_TABLE.find((definition) => score >= definition.minScore) ?? (SERVICE_GRADE_TABLE.at(-1) as ServiceGradeDefinition);
}
