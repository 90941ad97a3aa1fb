import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export type Render = (name: string, context: object) => string;

const SHARED_PARTIALS_DIR = join(__dirname, 'templates');

function registerPartials(handlebars: typeof Handlebars, dir: string): void {
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.hbs'))) {
    handlebars.registerPartial(basename(file, '.hbs'), readFileSync(join(dir, file), 'utf8'));
  }
}

/**
 * Compiles every `*.hbs` of a folder once, in strict mode (a missing field is an error, not an
 * empty string), with the shared partials (page layout pieces) and the folder's own, from its
 * `partials/` subfolder (and those of `options.partials`, the pieces a family of pages shares),
 * and `options.helpers`. Handlebars escapes every `{{x}}`, so user text is never HTML.
 */
export function compileTemplates(
  dir: string,
  options: { partials?: readonly string[]; helpers?: Readonly<Record<string, Handlebars.HelperDelegate>> } = {},
): Render {
  const handlebars = Handlebars.create();
  registerPartials(handlebars, SHARED_PARTIALS_DIR);
  for (const shared of options.partials ?? []) registerPartials(handlebars, shared);
  registerPartials(handlebars, join(dir, 'partials'));
  handlebars.registerHelper('eq', (left: unknown, right: unknown) => left === right);
  for (const [name, helper] of Object.entries(options.helpers ?? {})) handlebars.registerHelper(name, helper);
  const templates = new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.hbs'))
      // Plain-text mail is not HTML: escaping would turn "R&D" into "R&amp;D".
      .map((file) => [
        basename(file, '.hbs'),
        handlebars.compile(readFileSync(join(dir, file), 'utf8'), { strict: true, noEscape: file.endsWith('.text.hbs') }),
      ]),
  );
  return (name, context) => {
    const template = templates.get(name);
    if (!template) throw new Error(`No template '${name}' in ${dir}`);
    return template(context);
  };
}
