import { reportPdfFilename } from './pdf-filename';

describe('reportPdfFilename', () => {
  it('names the leader and the version', () => {
    expect(reportPdfFilename('Alex Morgan', 2)).toBe('feedback360-report-alex-morgan-v2.pdf');
    expect(reportPdfFilename('Alex Morgan', null)).toBe('feedback360-report-alex-morgan-draft.pdf');
  });

  it('keeps only safe characters, whatever the name holds', () => {
    expect(reportPdfFilename('Zoë Ångström-Núñez', 1)).toBe('feedback360-report-zoe-angstrom-nunez-v1.pdf');
    expect(reportPdfFilename('"; rm -rf / <script>\r\n', 1)).toBe('feedback360-report-rm-rf-script-v1.pdf');
    expect(reportPdfFilename('王小明', 1)).toBe('feedback360-report-leader-v1.pdf');
    expect(reportPdfFilename('a'.repeat(100), 1)).toBe(`feedback360-report-${'a'.repeat(60)}-v1.pdf`);
  });
});
