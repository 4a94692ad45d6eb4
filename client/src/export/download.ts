/**
 * Saves text or a blob as a file in the browser (an object URL and a temporary link).
 */

/** Offers `content` as a download named `filename`. */
export function downloadFile(
  filename: string,
  content: Blob | string,
  type = 'text/plain;charset=utf-8',
): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name stem with today's date: `policygraph-2024-05-01`. */
export function exportFileStem(now = new Date()): string {
  return `policygraph-${now.toISOString().slice(0, 10)}`;
}
