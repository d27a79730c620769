-- What the figures count or measure, per unit: how many figures, and their total.
SELECT stat.measure AS measure, stat.unit AS unit, count(*) AS figures, sum(stat.value) AS total
FROM (SELECT unnest(statistics) AS stat FROM read_json_auto('releases.jsonl'))
WHERE stat.measure IS NOT NULL
GROUP BY measure, unit
ORDER BY figures DESC, measure, unit
LIMIT 20;
