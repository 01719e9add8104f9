-- Break 57 F2, F3: an optional Welsh text of only spaces was stored as '' (the forms now read it as not given). An LDU
-- with nameCy '' could never be renamed (the form names it as null, so every rename was refused as changed since), and
-- a unit cost's sourceCy '' counted as a change on every save. Such values become NULL, as new ones are.
UPDATE "Area" SET "nameCy" = NULL WHERE btrim("nameCy") = '';
UPDATE "CrimeUnitCost" SET "sourceCy" = NULL WHERE btrim("sourceCy") = '';
