/**
 * Caps on one CSV import: they keep a hostile or accidental huge file from tying up a request
 * and the database. Below Next's 1 MB server-action body limit, so our own message is the one
 * people see; the form checks the size before uploading too.
 */
export const MAX_IMPORT_BYTES = 900 * 1024;
export const MAX_IMPORT_ROWS = 5000;
/** Rows listed in the preview (counts cover every row). */
export const PREVIEW_ROWS_SHOWN = 200;
