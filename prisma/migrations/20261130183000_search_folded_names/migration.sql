-- Issue 15 item 6: names match with or without diacritics (Siân = Sian, Gwenllïan = Gwenllian, ŵ = w, ŷ = y).
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary is looked up by search_path), so it cannot be used in an index.
-- Naming the dictionary and function by schema makes the result depend on the argument alone, which is what
-- IMMUTABLE promises; the expression indexes below rely on it. Every name search and the duplicate check use
-- this one function, so the planner can use the indexes (250,000 people, issue 15).
CREATE OR REPLACE FUNCTION llwybr_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- Trigram indexes on the folded names serve both LIKE '%…%' (literal contains) and similarity() (misspellings).
CREATE INDEX "Offender_fullName_fold_trgm_idx" ON "Offender" USING gin (llwybr_fold("firstName" || ' ' || "lastName") gin_trgm_ops);
CREATE INDEX "Offender_lastName_fold_trgm_idx" ON "Offender" USING gin (llwybr_fold("lastName") gin_trgm_ops);
CREATE INDEX "Offender_middleNames_fold_trgm_idx" ON "Offender" USING gin (llwybr_fold("middleNames") gin_trgm_ops);
CREATE INDEX "OffenderAlias_fullName_fold_trgm_idx" ON "OffenderAlias" USING gin (llwybr_fold("firstName" || ' ' || "lastName") gin_trgm_ops);

-- The unfolded trigram indexes are replaced by the folded ones above (no query uses them any more).
DROP INDEX IF EXISTS "Offender_fullName_trgm_idx";
DROP INDEX IF EXISTS "Offender_lastName_trgm_idx";
