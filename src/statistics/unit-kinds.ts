/** Money units are ISO 4217 codes: three capitals. */
export function isMoney(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit)
}

/** A unit of measure: not a count, a percentage or money. */
export function isMeasureUnit(unit: string): boolean {
  return unit !== 'count' && unit !== 'percent' && unit !== 'percentage point' && !isMoney(unit)
}
