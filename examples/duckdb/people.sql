-- People across the corpus (`press-extract people`): quotes, releases and publishers per person.
SELECT name, kind, len(quotes) AS quotes, len(releases) AS releases, publishers, firstSeen, lastSeen
FROM read_json_auto('people.jsonl')
ORDER BY quotes DESC, name
LIMIT 10;
