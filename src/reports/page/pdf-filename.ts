/**
 * `feedback360-report-<leader>-v<n>.pdf`, the leader's name reduced to ASCII letters, digits and
 * dashes so that the name is safe in a header and on any file system.
 */
export function reportPdfFilename(leader: string, version: number | null): string {
  return `feedback360-report-${fileSlug(leader)}-${version === null ? 'draft' : `v${version}`}.pdf`;
}

/** A leader's name as ASCII letters, digits and dashes: safe in a header and on any file system. */
export function fileSlug(leader: string): string {
  return (
    leader
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'leader'
  );
}
