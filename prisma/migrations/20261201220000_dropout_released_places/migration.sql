-- A place released because the volunteer was paused, left the scheme or was taken out of the circle is recorded on
-- the meeting like a place taken off by hand (break test of issue 16, D2 and D3: the places just vanished).
ALTER TYPE "DropoutKind" ADD VALUE 'PAUSED';
ALTER TYPE "DropoutKind" ADD VALUE 'LEFT_SCHEME';
ALTER TYPE "DropoutKind" ADD VALUE 'LEFT_CIRCLE';
