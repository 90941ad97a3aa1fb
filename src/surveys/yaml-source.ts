import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
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
    const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    if (document.errors.length > 0) {
      return {
        issues: document.errors.map((error) => ({
          file,
          path: '(root)',
          line: lines.linePos(error.pos[0]).line,
          message: `YAML syntax error: ${error.message.split('\n')[0]}`,
        })),
      };
    }
    return { source: new YamlSource(file, document.toJS(), document, lines) };
  }

  /** The line of the deepest node of `path` that exists (a missing key points at its parent). */
  lineOf(path: PathSegment[]): number | undefined {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = this.document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return this.lines.linePos(node.range[0]).line;
    }
    return undefined;
  }

  issue(path: PathSegment[], message: string): SurveyValidationIssue {
    return { file: this.file, path: formatPath(path), line: this.lineOf(path), message };
  }
}

export function formatPath(path: PathSegment[]): string {
  if (path.length === 0) return '(root)';
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}
