/** Money units are ISO 4217 codes: three capitals. */
export function isMoney(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit)
}

/** A unit of measure: not a count, a percentage or money. */
export function isMeasureUnit(unit: string): boolean {
  return unit !== 'count' && unit !== 'percent' && unit !== 'percentage point' && !isMoney(unit)
}

/**
 * What a unit measures, so that a figure and its conversion can be told apart from two figures:
 * "more than 100 kilograms (220 pounds)". Money is one kind; a unit outside the table has none.
 */
export function unitKind(unit: string): string | null {
  if (isMoney(unit)) return 'money'
  return UNIT_KINDS[unit] ?? null
}

const kinds = (kind: string, units: readonly string[]) => units.map((u) => [u, kind] as const)

const UNIT_KINDS: Readonly<Record<string, string>> = Object.assign(
  Object.create(null),
  Object.fromEntries([
    ...kinds('mass', ['g', 'gigatonne', 'kg', 'mg', 'microgram', 'oz', 'pound', 'stone', 'tonne']),
    ...kinds('length', [
      'cm',
      'ft',
      'inch',
      'km',
      'm',
      'micrometre',
      'mile',
      'mm',
      'nanometre',
      'nautical mile',
      'yard',
    ]),
    ...kinds('area', ['acre', 'hectare', 'square foot', 'square kilometre', 'square metre', 'square mile']),
    ...kinds('volume', ['barrel', 'cubic foot', 'cubic metre', 'gallon', 'litre', 'ml']),
    ...kinds('speed', ['km/h', 'knot', 'metre per second', 'mph']),
    ...kinds('temperature', ['celsius', 'fahrenheit']),
    ...kinds('power', ['brake horsepower', 'gigawatt', 'horsepower', 'kilowatt', 'megawatt', 'watt']),
  ]),
)
