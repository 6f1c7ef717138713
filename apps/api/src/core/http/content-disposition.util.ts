/**
 * A Content-Disposition header that keeps a Chinese file name (RFC 6266 / RFC 8187): browsers use
 * `filename*` (UTF-8, percent-encoded); `filename` is an ASCII stand-in for older clients.
 */
export function contentDisposition(fileName: string, disposition: 'inline' | 'attachment' = 'inline'): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
