import { join } from 'node:path';
import { compileTemplates, type Render } from '../common/template-renderer';

/** The pieces every coach page shares: the top of the page, form fields, the form token. */
const LAYOUT = join(__dirname, 'templates');

/** A screen's templates, with the coach pages' shared partials. */
export function webTemplates(dir: string): Render {
  return compileTemplates(dir, { partials: [LAYOUT] });
}
