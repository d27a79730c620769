/**
 * The peers behind an `extract` of the shape the reference scorer loads (`--lib`), so their figures
 * on the gold sets come from the same scorer and matching rules as ours: releases are split by
 * press-extract (the peers have no notion of a release), then chrono-node finds the dates and
 * Microsoft Recognizers-Text the statistics. Quotes and operations are left empty.
 *
 *   npx tsx ../shared/tools/score.mjs --lib scripts/eval/peer-extract.ts --corpus DIR --gold DIR
 */
import { splitReleases } from '../../src/releases/split-releases'
import { chronoDates, recognizersStatistics } from './peers'

type PublishedOn = (release: {
  title: string | null
  source: string | null
  index: number
}) => string | undefined

export function extract(text: string, options: { publishedOn?: PublishedOn } = {}) {
  const releases = splitReleases(text).releases.map((release) => {
    const reference =
      options.publishedOn?.({ title: release.title, source: release.source, index: release.index }) ?? null
    return {
      ...release,
      dates: chronoDates(release, reference).map((d) => ({ ...d, type: 'DATE' })),
      statistics: recognizersStatistics(release).map((s) => ({
        ...s,
        value: Number(s.value),
        qualifier: 'exact',
      })),
    }
  })
  return { releases, diagnostics: [] }
}
