-- The same ten speakers from the CSV quotes table (`--format csv --table quotes`).
SELECT speaker, count(*) AS quotes
FROM read_csv('quotes.csv', header = true)
WHERE speaker IS NOT NULL
GROUP BY speaker
ORDER BY quotes DESC, speaker
LIMIT 10;
