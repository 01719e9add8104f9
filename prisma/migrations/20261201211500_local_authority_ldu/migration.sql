-- The probation LDU each local authority is part of (issue 14, ADR 0019: an LDU whose boundary is exactly some local
-- authorities is the sum of them, which a reader knows, so disclosure control must link the two). Reference data:
-- the five Welsh LDUs are unions of whole authorities (prisma/seed/reference-data.ts); existing databases get the
-- seeded mapping by code, any other authority stays unmapped (null).
ALTER TABLE "LocalAuthority" ADD COLUMN "lduId" UUID;
ALTER TABLE "LocalAuthority" ADD CONSTRAINT "LocalAuthority_lduId_fkey" FOREIGN KEY ("lduId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "LocalAuthority_lduId_idx" ON "LocalAuthority"("lduId");

UPDATE "LocalAuthority" la SET "lduId" = a.id
FROM (VALUES
  ('W06000001', 'LDU-NW'), ('W06000002', 'LDU-NW'), ('W06000003', 'LDU-NW'), ('W06000004', 'LDU-NW'), ('W06000005', 'LDU-NW'), ('W06000006', 'LDU-NW'),
  ('W06000023', 'LDU-DP'), ('W06000008', 'LDU-DP'), ('W06000009', 'LDU-DP'), ('W06000010', 'LDU-DP'),
  ('W06000011', 'LDU-SW2'), ('W06000012', 'LDU-SW2'), ('W06000013', 'LDU-SW2'), ('W06000016', 'LDU-SW2'), ('W06000024', 'LDU-SW2'),
  ('W06000014', 'LDU-SW1'), ('W06000015', 'LDU-SW1'),
  ('W06000018', 'LDU-GW'), ('W06000019', 'LDU-GW'), ('W06000020', 'LDU-GW'), ('W06000021', 'LDU-GW'), ('W06000022', 'LDU-GW')
) AS m(la_code, ldu_code)
JOIN "Area" a ON a.code = m.ldu_code
WHERE la.code = m.la_code;
