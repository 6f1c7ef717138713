/** Sum of the weights, to 4 decimals, as the user adds questions (they must add up to 1). */
export function weightSum(factors: readonly ({ weight?: number | null } | undefined)[] | undefined): number {
  return Math.round((factors ?? []).reduce((sum, factor) => sum + (factor?.weight ?? 0), 0) * 10000) / 10000;
}
