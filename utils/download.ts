/**
 * Saves text as a file through a Blob and a temporary a[download] link, so
 * nothing leaves the computer. Returns the file name used.
 */
export function downloadText(text: string, fileName: string, type: string, doc: Document = document): string {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}

/** A file name with today's date: `algoritmewijzer-<what>-2026-11-22.<ext>`. */
export function datedName(what: string, ext: string, now = new Date()): string {
  return `algoritmewijzer-${what}-${now.toISOString().slice(0, 10)}.${ext}`;
}
