-- Who took part in an outer-circle review, as the outer members themselves: the English text "name (role, agency)"
-- showed the agency's English name to a Welsh reader (re-walk D12 of issue 16).
ALTER TABLE "CircleReview" ADD COLUMN "outerMemberIds" UUID[] NOT NULL DEFAULT ARRAY[]::UUID[];

-- Back-fill: each review's text names, in order, outer members of its circle exactly as recorded then. A review is
-- back-filled only when every name is found, otherwise it keeps showing its text.
UPDATE "CircleReview" AS r
SET "outerMemberIds" = found.ids
FROM (
  SELECT r2.id, array_agg(o.id ORDER BY a.n) AS ids, count(*) AS matched, cardinality(r2.attendees) AS wanted
  FROM "CircleReview" AS r2
  CROSS JOIN LATERAL unnest(r2.attendees) WITH ORDINALITY AS a(text, n)
  JOIN LATERAL (
    SELECT o.id FROM "CircleOuterMember" AS o JOIN "Agency" AS g ON g.id = o."agencyId"
    WHERE o."circleId" = r2."circleId" AND o.name || ' (' || o.role || ', ' || g.name || ')' = a.text
    ORDER BY o."addedAt" LIMIT 1
  ) AS o ON true
  GROUP BY r2.id
) AS found
WHERE r.id = found.id AND found.matched = found.wanted AND cardinality(r."outerMemberIds") = 0;
