-- CreateEnum
CREATE TYPE "LetterKind" AS ENUM ('WARNING', 'BREACH', 'RECALL');

-- CreateTable
CREATE TABLE "LetterTemplate" (
    "id" UUID NOT NULL,
    "kind" "LetterKind" NOT NULL,
    "titleEn" VARCHAR(200) NOT NULL,
    "titleCy" VARCHAR(200) NOT NULL,
    "bodyEn" VARCHAR(6000) NOT NULL,
    "bodyCy" VARCHAR(6000) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LetterTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LetterTemplate_kind_key" ON "LetterTemplate"("kind");

-- The first wording of each letter, in English and Welsh; administrators change it in Llwybr (/admin/letters).
-- Placeholders: {name} {crn} {date} {failureDate} {officer} {reason}.
INSERT INTO "LetterTemplate" ("id", "kind", "titleEn", "titleCy", "bodyEn", "bodyCy", "updatedAt") VALUES
(gen_random_uuid(), 'WARNING', 'Formal warning: failure to comply', 'Rhybudd ffurfiol: methiant i gydymffurfio',
$$Dear {name},

Case reference: {crn}

You did not attend your appointment on {failureDate} and you have not given an acceptable reason for your absence.

This letter is a formal warning. You must keep every appointment your probation officer gives you. If you fail to comply again without an acceptable reason within the next 12 months, you will be returned to court or, if you are on licence, you may be recalled to prison.

Reasons: {reason}

If you have any questions, contact me at the probation office.

{officer}
Probation officer$$,
$$Annwyl {name},

Cyfeirnod achos: {crn}

Ni wnaethoch fynychu eich apwyntiad ar {failureDate} ac nid ydych wedi rhoi rheswm derbyniol dros eich absenoldeb.

Mae'r llythyr hwn yn rhybudd ffurfiol. Rhaid i chi gadw pob apwyntiad y mae eich swyddog prawf yn ei roi i chi. Os byddwch yn methu â chydymffurfio eto heb reswm derbyniol o fewn y 12 mis nesaf, byddwch yn cael eich dychwelyd i'r llys neu, os ydych ar drwydded, efallai y cewch eich galw'n ôl i'r carchar.

Rhesymau: {reason}

Os oes gennych unrhyw gwestiynau, cysylltwch â mi yn y swyddfa prawf.

{officer}
Swyddog prawf$$, now()),
(gen_random_uuid(), 'BREACH', 'Breach of your order: court proceedings', 'Torri amodau eich gorchymyn: achos llys',
$$Dear {name},

Case reference: {crn}

You did not attend your appointment on {failureDate} and you have not given an acceptable reason. This is a further failure to comply within 12 months of a warning.

Breach proceedings have been started and a senior probation officer has approved them. You will be told the date on which you must attend court. If you do not attend court, a warrant may be issued for your arrest.

Reasons: {reason}

{officer}
Probation officer$$,
$$Annwyl {name},

Cyfeirnod achos: {crn}

Ni wnaethoch fynychu eich apwyntiad ar {failureDate} ac nid ydych wedi rhoi rheswm derbyniol. Mae hyn yn fethiant pellach i gydymffurfio o fewn 12 mis i rybudd.

Mae achos torri amodau wedi'i gychwyn ac mae uwch swyddog prawf wedi'i gymeradwyo. Cewch wybod y dyddiad y mae'n rhaid i chi fynd i'r llys. Os na fyddwch yn mynd i'r llys, gellir cyhoeddi gwarant i'ch arestio.

Rhesymau: {reason}

{officer}
Swyddog prawf$$, now()),
(gen_random_uuid(), 'RECALL', 'Recall to custody: request for recall', 'Galw''n ôl i''r ddalfa: cais i alw''n ôl',
$$Name: {name}
Case reference: {crn}
Failure to comply: appointment on {failureDate}

The offender manager requests the revocation of the licence and the recall to custody of the person named above. A senior probation officer has countersigned the request.

Reasons: {reason}

{officer}
Offender manager$$,
$$Enw: {name}
Cyfeirnod achos: {crn}
Methiant i gydymffurfio: apwyntiad ar {failureDate}

Mae'r rheolwr troseddwyr yn gofyn am ddirymu'r drwydded a galw'r person a enwir uchod yn ôl i'r ddalfa. Mae uwch swyddog prawf wedi cydlofnodi'r cais.

Rhesymau: {reason}

{officer}
Rheolwr troseddwyr$$, now());
