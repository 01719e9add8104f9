-- CreateTable
CREATE TABLE "CrimeUnitCost" (
    "category" "OffenceCategory" NOT NULL,
    "costPence" INTEGER,
    "source" VARCHAR(500) NOT NULL,
    "priceYear" VARCHAR(7) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CrimeUnitCost_pkey" PRIMARY KEY ("category")
);

-- Reference data every deployment needs (issue 14 "IOM"): the Home Office's unit costs per offence, mapped onto
-- Llwybr's offence categories. Llwybr records a category, not the offence, so each category takes the cost of the
-- offence that typifies it (named in the source); categories the report does not cost have no amount.
INSERT INTO "CrimeUnitCost" ("category", "costPence", "source", "priceYear", "updatedAt") VALUES
  ('ACQUISITIVE', 593000, 'Home Office (2018), The economic and social costs of crime, second edition, Table 1: domestic burglary (£5,930), used for all acquisitive offences', '2015/16', CURRENT_TIMESTAMP),
  ('VIOLENCE', 1405000, 'Home Office (2018), The economic and social costs of crime, second edition, Table 1: violence with injury (£14,050)', '2015/16', CURRENT_TIMESTAMP),
  ('DOMESTIC_ABUSE', 1405000, 'Home Office (2018), The economic and social costs of crime, second edition, Table 1: violence with injury (£14,050), used for domestic abuse offences', '2015/16', CURRENT_TIMESTAMP),
  ('SEXUAL', 652000, 'Home Office (2018), The economic and social costs of crime, second edition, Table 1: other sexual offences (£6,520); rape (£39,360) cannot be told apart by category', '2015/16', CURRENT_TIMESTAMP),
  ('DRUGS', NULL, 'Not costed in Home Office (2018), The economic and social costs of crime, second edition', '2015/16', CURRENT_TIMESTAMP),
  ('PUBLIC_ORDER', NULL, 'Not costed in Home Office (2018), The economic and social costs of crime, second edition', '2015/16', CURRENT_TIMESTAMP),
  ('MOTORING', NULL, 'Not costed in Home Office (2018), The economic and social costs of crime, second edition', '2015/16', CURRENT_TIMESTAMP),
  ('OTHER', NULL, 'Not costed in Home Office (2018), The economic and social costs of crime, second edition', '2015/16', CURRENT_TIMESTAMP);
