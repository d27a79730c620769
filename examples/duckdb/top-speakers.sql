-- The ten speakers quoted most often: one row per quote, unnested from each release.
SELECT quote.speaker.name AS speaker, count(*) AS quotes
FROM (SELECT unnest(quotes) AS quote FROM read_json_auto('releases.jsonl'))
WHERE quote.speaker IS NOT NULL
GROUP BY speaker
ORDER BY quotes DESC, speaker
LIMIT 10;
