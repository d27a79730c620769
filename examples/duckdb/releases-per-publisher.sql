-- Releases per publisher (the `Source:` line), from the JSON Lines of `press-extract`.
SELECT source AS publisher, count(*) AS releases
FROM read_json_auto('releases.jsonl')
GROUP BY source
ORDER BY releases DESC, publisher;
