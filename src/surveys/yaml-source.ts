import { CST, isNode, LineCounter, Parser, parseDocument, type Document } from 'yaml';
import type { SurveyValidationIssue } from './survey-validation.error';

export type PathSegment = string | number;

/** A parsed YAML file that can say on which line a path of it starts. */
export class YamlSource {
  private constructor(
    readonly file: string,
    readonly data: unknown,
    private readonly document: Document,
    private readonly lines: LineCounter,
  ) {}

  static parse(text: string, file: string): { source: YamlSource } | { issues: SurveyValidationIssue[] } {
    const lines = new LineCounter();
    // uniqueKeys: a key written twice would otherwise silently keep only the last value.
    const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    if (document.errors.length > 0) {
      const openings = unclosedOpenings(text);
      return {
        issues: document.errors.map((error) => ({
          file,
          path: '(root)',
          line: lines.linePos(openings.get(error.pos[0]) ?? error.pos[0]).line,
          message: `YAML syntax error: ${error.code === 'MULTIPLE_DOCS' ? "a file holds one definition, but a '---' starts a second one" : error.message.split('\n')[0]}`,
        })),
      };
    }
    let data: unknown;
    try {
      data = document.toJS();
    } catch (error) {
      // toJS refuses alias bombs and unresolved aliases; neither is a definition we could use.
      return { issues: [{ file, path: '(root)', line: 1, message: `YAML error: ${(error as Error).message}` }] };
    }
    if (data === null || data === undefined) return { issues: [{ file, path: '(root)', message: 'the file is empty' }] };
    return { source: new YamlSource(file, data, document, lines) };
  }

  /** The line of the deepest node of `path` that exists (a missing key points at its parent). */
  lineOf(path: readonly PathSegment[]): number | undefined {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = this.document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return this.lines.linePos(node.range[0]).line;
    }
    return undefined;
  }

  issue(path: readonly PathSegment[], message: string): SurveyValidationIssue {
    const line = this.lineOf(path);
    return { file: this.file, path: formatPath(path), ...(line === undefined ? {} : { line }), message };
  }
}

function isUnclosed(token: CST.Token): boolean {
  if (token.type === 'flow-collection') return !token.end.some((end) => end.type === 'flow-map-end' || end.type === 'flow-seq-end');
  if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') return token.source.length < 2 || !token.source.endsWith(token.source[0]);
  return false;
}

/**
 * yaml notices a [, { or quote left open only where the text it swallowed ends (the next line,
 * or the end of the file), and reports it there; its author needs the line where it was opened.
 * Maps where each unclosed one ends to where it starts.
 */
function unclosedOpenings(text: string): Map<number, number> {
  const openings = new Map<number, number>();
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const node of [item.key, item.value]) {
        if (node && isUnclosed(node)) openings.set(node.offset + CST.stringify(node).length, node.offset);
      }
    });
  }
  return openings;
}

/** `themes[2].items[0].selfText`; `(root)` for the top of the file. */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(root)';
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}
