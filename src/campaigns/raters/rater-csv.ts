import { parse } from 'csv-parse/sync';
import { isEmail } from 'class-validator';
import type { RaterGroupId, SurveyGroup } from '../../surveys/survey.types';

export const MAX_ROWS = 500;

export interface PreviewRow {
  /** The line of the pasted text or file (1 is the first). */
  line: number;
  name: string;
  email: string;
  /** The group as written, and the survey's group it names, if any. */
  groupText: string;
  group: RaterGroupId | null;
  groupLabel: string | null;
  /** The language as written (empty: none), and the language it names, if any. */
  languageText: string;
  language: string | null;
  problems: string[];
}

export interface RaterListPreview {
  rows: PreviewRow[];
  /** Problems of the list as a whole (unreadable text, too many rows). */
  problems: string[];
  ready: { name: string; email: string; group: RaterGroupId; language?: string }[];
}

/** Other ways coaches write the groups of the shipped surveys. */
const SYNONYMS: Record<string, RaterGroupId> = {
  manager: 'boss',
  'line manager': 'boss',
  peers: 'peer',
  colleague: 'peer',
  colleagues: 'peer',
  'direct report': 'direct_report',
  'direct reports': 'direct_report',
  'direct-report': 'direct_report',
  report: 'direct_report',
  reports: 'direct_report',
  others: 'other',
  self: 'self',
  leader: 'self',
};

const normal = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

function groupOf(text: string, groups: readonly SurveyGroup[]): SurveyGroup | null {
  const wanted = normal(text);
  const id = groups.find((group) => group.id === wanted.replace(/[ -]/g, '_'))?.id ?? SYNONYMS[wanted];
  return groups.find((group) => group.id === id || normal(group.label) === wanted) ?? null;
}

const isHeader = (cells: readonly string[]): boolean => cells.length >= 3 && normal(cells[0]) === 'name' && normal(cells[1]) === 'email';

/** The language a cell names ("fr", "FR"), or null with the problem, naming the column. */
function languageOf(text: string, languages: readonly string[]): { language: string | null; problem: string | null } {
  if (!text.trim()) return { language: null, problem: null };
  const language = languages.find((candidate) => candidate === normal(text)) ?? null;
  return { language, problem: language ? null : `language: “${text}” is not a language raters can be asked in (${languages.join(', ')})` };
}

export interface RaterProblem {
  field: 'name' | 'email' | 'group';
  message: string;
}

/**
 * What is wrong with one rater someone proposes, field by field: no name, a bad email, the
 * leader's email (they answer as "self", added automatically), someone already asked or listed
 * earlier (`seen` remembers where), a group the survey does not have. The list a coach pastes
 * and the raters a leader nominates are checked by these same rules.
 */
export function checkRater(
  rater: { name: string; email: string; group: string },
  context: { groups: readonly SurveyGroup[]; leaderEmail: string; existing: ReadonlySet<string>; seen: Map<string, string>; here: string },
): { group: SurveyGroup | null; problems: RaterProblem[] } {
  const email = rater.email.trim().toLowerCase();
  const group = groupOf(rater.group, context.groups);
  const selectable = context.groups.filter((candidate) => candidate.id !== 'self');
  const problems: RaterProblem[] = [];
  if (!rater.name.trim()) problems.push({ field: 'name', message: 'has no name' });
  if (!isEmail(email)) problems.push({ field: 'email', message: `“${rater.email}” is not an email address` });
  else if (email === normal(context.leaderEmail))
    problems.push({ field: 'email', message: "is the leader's email: the leader answers the self-assessment, added automatically" });
  else if (context.existing.has(email)) problems.push({ field: 'email', message: 'is already a rater of this campaign' });
  else if (context.seen.has(email)) problems.push({ field: 'email', message: `is listed twice (also on ${context.seen.get(email)})` });
  if (!group)
    problems.push({
      field: 'group',
      message: `“${rater.group}” is not a group of this survey (${selectable.map((candidate) => candidate.label).join(', ')})`,
    });
  else if (group.id === 'self') problems.push({ field: 'group', message: 'the leader answers as self, added automatically' });
  if (isEmail(email) && !context.seen.has(email)) context.seen.set(email, context.here);
  return { group, problems };
}

/**
 * Reads a pasted or uploaded `name,email,group` list (a header line is optional; commas,
 * semicolons or tabs) and says, row by row, what would go wrong before anything is saved: a bad
 * email, a group the survey does not have, the same person twice or already asked, and the
 * leader listed as a rater (they answer as "self", added automatically). Given `languages`, a
 * fourth column may set each rater's language (`name,email,group,language`), or be left empty.
 */
export function previewRaterList(
  text: string,
  context: { groups: readonly SurveyGroup[]; leaderEmail: string; existingEmails: readonly string[]; languages?: readonly string[] },
): RaterListPreview {
  let records: string[][];
  try {
    records = parse(text, { delimiter: [',', ';', '\t'], relax_column_count: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    return { rows: [], problems: [`The list could not be read: ${(error as Error).message}`], ready: [] };
  }
  const lines = records.map((cells, index) => ({ cells, line: index + 1 }));
  const body = lines.length > 0 && isHeader(lines[0].cells) ? lines.slice(1) : lines;
  if (body.length > MAX_ROWS) return { rows: [], problems: [`The list has ${body.length} raters: add at most ${MAX_ROWS} at a time.`], ready: [] };
  const existing = new Set(context.existingEmails.map(normal));
  const seen = new Map<string, string>();
  const languages = context.languages;
  const columns = languages ? 'name, email, group and, if you wish, language' : 'name, email, group';
  const rows = body.map(({ cells, line }): PreviewRow => {
    const [name = '', rawEmail = '', groupText = '', languageText = ''] = cells;
    const checked = checkRater({ name, email: rawEmail, group: groupText }, { ...context, existing, seen, here: `line ${line}` });
    const problems = checked.problems.map((problem) => problem.message);
    const language = languages ? languageOf(languageText, languages) : { language: null, problem: null };
    if (language.problem) problems.push(language.problem);
    if (cells.length !== 3 && !(languages && cells.length === 4)) problems.unshift(`has ${cells.length} columns: write ${columns}`);
    return {
      line,
      name,
      email: rawEmail,
      groupText,
      group: checked.group?.id ?? null,
      groupLabel: checked.group?.label ?? null,
      languageText,
      language: language.language,
      problems,
    };
  });
  return {
    rows,
    problems: rows.length === 0 ? [`The list is empty: write one rater a line, as ${columns}.`] : [],
    ready: rows.flatMap((row) =>
      row.problems.length === 0 && row.group
        ? [{ name: row.name, email: row.email.toLowerCase(), group: row.group, ...(row.language ? { language: row.language } : {}) }]
        : [],
    ),
  };
}
