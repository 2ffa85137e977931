/**
 * Size limits for files the user imports, checked on the File's size before a
 * single byte is read or parsed: a file someone sends you cannot make the
 * options page read hundreds of megabytes.
 */

/** Largest host-decisions file (JSON): 5 MB, far above 50,000 decisions of a real export. */
export const MAX_DECISIONS_FILE_BYTES = 5 * 1024 * 1024;

/** Largest research-log export (JSON): 50 MB, above a full log (5,000 sites) with its register entries. */
export const MAX_RESEARCH_FILE_BYTES = 50 * 1024 * 1024;

/** Whether a file of `size` bytes may be read at all. */
export function fileTooLarge(file: { size: number }, max: number): boolean {
  return !Number.isFinite(file.size) || file.size > max;
}

/** A size in MB for messages ("5 MB"). */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
