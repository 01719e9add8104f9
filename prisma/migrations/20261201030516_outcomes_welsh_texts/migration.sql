-- AlterTable
ALTER TABLE "CommissionedScheme" ADD COLUMN     "funderNameCy" VARCHAR(200);

-- AlterTable
ALTER TABLE "CrimeUnitCost" ADD COLUMN     "sourceCy" VARCHAR(500);

-- Welsh for the data already held (issue 14 item 1): the funding bodies Welsh schemes name, and the unit-cost
-- sources as first published here. A source an administrator has since changed is left without Welsh (its readers
-- see the English until someone adds it); nothing existing is altered.
UPDATE "CommissionedScheme" s SET "funderNameCy" = v.cy
FROM (VALUES
  ('North Wales Police and Crime Commissioner', 'Comisiynydd Heddlu a Throseddu Gogledd Cymru'),
  ('Dyfed-Powys Police and Crime Commissioner', 'Comisiynydd Heddlu a Throseddu Dyfed-Powys'),
  ('Gwent Police and Crime Commissioner', 'Comisiynydd Heddlu a Throseddu Gwent'),
  ('South Wales Police and Crime Commissioner', 'Comisiynydd Heddlu a Throseddu De Cymru'),
  ('Welsh Government', 'Llywodraeth Cymru'),
  ('HM Prison and Probation Service', 'Gwasanaeth Carchardai a Phrawf EF')
) AS v(en, cy)
WHERE s."funderName" = v.en AND s."funderNameCy" IS NULL;

UPDATE "CrimeUnitCost" c SET "sourceCy" = v.cy
FROM (VALUES
  ('ACQUISITIVE', 'Home Office (2018), The economic and social costs of crime, second edition, Table 1: domestic burglary (£5,930), used for all acquisitive offences',
   'Y Swyddfa Gartref (2018), The economic and social costs of crime, ail argraffiad, Tabl 1: byrgleriaeth ddomestig (£5,930), a ddefnyddir ar gyfer pob trosedd gaffaelgar'),
  ('VIOLENCE', 'Home Office (2018), The economic and social costs of crime, second edition, Table 1: violence with injury (£14,050)',
   'Y Swyddfa Gartref (2018), The economic and social costs of crime, ail argraffiad, Tabl 1: trais ag anaf (£14,050)'),
  ('DOMESTIC_ABUSE', 'Home Office (2018), The economic and social costs of crime, second edition, Table 1: violence with injury (£14,050), used for domestic abuse offences',
   'Y Swyddfa Gartref (2018), The economic and social costs of crime, ail argraffiad, Tabl 1: trais ag anaf (£14,050), a ddefnyddir ar gyfer troseddau cam-drin domestig'),
  ('SEXUAL', 'Home Office (2018), The economic and social costs of crime, second edition, Table 1: other sexual offences (£6,520); rape (£39,360) cannot be told apart by category',
   'Y Swyddfa Gartref (2018), The economic and social costs of crime, ail argraffiad, Tabl 1: troseddau rhywiol eraill (£6,520); ni ellir gwahaniaethu trais rhywiol (£39,360) yn ôl categori'),
  ('DRUGS', 'Not costed in Home Office (2018), The economic and social costs of crime, second edition',
   'Heb ei gostio yn adroddiad y Swyddfa Gartref (2018), The economic and social costs of crime, ail argraffiad'),
  ('PUBLIC_ORDER', 'Not costed in Home Office (2018), The economic and social costs of crime, second edition',
   'Heb ei gostio yn adroddiad y Swyddfa Gartref (2018), The economic and social costs of crime, ail argraffiad'),
  ('MOTORING', 'Not costed in Home Office (2018), The economic and social costs of crime, second edition',
   'Heb ei gostio yn adroddiad y Swyddfa Gartref (2018), The economic and social costs of crime, ail argraffiad'),
  ('OTHER', 'Not costed in Home Office (2018), The economic and social costs of crime, second edition',
   'Heb ei gostio yn adroddiad y Swyddfa Gartref (2018), The economic and social costs of crime, ail argraffiad')
) AS v(category, en, cy)
WHERE c.category::text = v.category AND c.source = v.en AND c."sourceCy" IS NULL;
