import { DomainError } from '../../common/domain-error';
import { parseVersionQuery, reportPdfFilename } from './report-page.params';

describe('parseVersionQuery', () => {
  it('reads a version number, or nothing for the latest', () => {
    expect(parseVersionQuery('3')).toBe(3);
    expect(parseVersionQuery(undefined)).toBeUndefined();
    expect(parseVersionQuery('')).toBeUndefined();
  });

  it.each([['0'], ['-1'], ['1.5'], ['02'], ['two'], ['1e3'], ['9999999999']])('refuses %s with a 400 naming the parameter', (value) => {
    expect(() => parseVersionQuery(value)).toThrow(DomainError);
    expect(() => parseVersionQuery(value)).toThrow('version: must be a whole number of at least 1');
  });

  it('refuses a repeated parameter', () => {
    expect(() => parseVersionQuery(['1', '2'])).toThrow('version:');
  });
});

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
