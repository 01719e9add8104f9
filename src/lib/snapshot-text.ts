/** A PostgreSQL snapshot as its text reads ("xmin:xmax:xip,…"): how an IOM panel form says what it was drawn in. */
export const SNAPSHOT_TEXT = /^\d{1,20}:\d{1,20}:(\d{1,20}(,\d{1,20})*)?$/
