import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export type Render = (name: string, context: object) => string;

const SHARED_PARTIALS_DIR = join(__dirname, 'templates');

/**
 * Compiles every `*.hbs` of a folder once, in strict mode (a missing field is an error, not an
 * empty string), with the shared partials (page layout pieces). Handlebars escapes every `{{x}}`,
 * so user text is never HTML.
 */
export function compileTemplates(dir: string): Render {
  const handlebars = Handlebars.create();
  for (const file of readdirSync(SHARED_PARTIALS_DIR).filter((name) => name.endsWith('.hbs'))) {
    handlebars.registerPartial(basename(file, '.hbs'), readFileSync(join(SHARED_PARTIALS_DIR, file), 'utf8'));
  }
  handlebars.registerHelper('eq', (left: unknown, right: unknown) => left === right);
  const templates = new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.hbs'))
      // Plain-text mail is not HTML: escaping would turn "R&D" into "R&amp;D".
      .map((file) => [basename(file, '.hbs'), handlebars.compile(readFileSync(join(dir, file), 'utf8'), { strict: true, noEscape: file.endsWith('.text.hbs') })]),
  );
  return (name, context) => {
    const template = templates.get(name);
    if (!template) throw new Error(`No template '${name}' in ${dir}`);
    return template(context);
  };
}
