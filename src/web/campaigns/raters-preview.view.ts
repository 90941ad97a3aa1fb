import { field, type FieldView } from '../form-fields';
import type { PageTop } from '../page-top';
import { plural } from '../words';
import { formWords, RATER_LANGUAGES } from '../../responses/form-words';
import type { RaterListPreview } from '../../campaigns/raters/rater-csv';

export interface RatersPreviewView {
  top: PageTop;
  id: string;
  problems: string[];
  summary: string;
  rows: { line: number; name: string; email: string; group: string; language: string; problems: string[] }[];
  readyCount: number;
  addLabel: string;
  csv: string;
  csvField: FieldView;
}

export function ratersPreviewView(top: PageTop, campaignId: string, csv: string, preview: RaterListPreview): RatersPreviewView {
  const flagged = preview.rows.filter((row) => row.problems.length > 0).length;
  const ready = preview.ready.length;
  return {
    top,
    id: campaignId,
    problems: preview.problems,
    summary:
      flagged === 0
        ? `All ${plural(ready, 'rater')} are ready to add.`
        : `${plural(ready, 'rater')} ready to add; ${plural(flagged, 'line has', 'lines have')} a problem and will not be added until corrected.`,
    rows: preview.rows.map((row) => ({
      line: row.line,
      name: row.name,
      email: row.email,
      group: row.groupLabel ?? row.groupText,
      language: row.language ? formWords(row.language).languageName : row.languageText,
      problems: row.problems,
    })),
    readyCount: ready,
    addLabel:
      flagged === 0 ? `Add the ${plural(ready, 'rater')}` : `Add the ${plural(ready, 'rater')} that ${ready === 1 ? 'is' : 'are'} ready, leave out ${flagged}`,
    csv,
    csvField: field({
      name: 'csv',
      label: 'The list',
      type: 'textarea',
      value: csv,
      hint: `One rater a line: name, email, group and, if you wish, their language (${RATER_LANGUAGES.join(', ')}).`,
      maxlength: 100_000,
    }),
  };
}
