import { join } from 'node:path';
import { compileTemplates } from '../common/template-renderer';
import type { FormView } from './rater-form';

const render = compileTemplates(join(__dirname, 'templates'));

/** The rater's form page; the coach's preview renders this very page. */
export function renderRaterForm(view: FormView): string {
  return render('form', view);
}

export function renderRaterMessage(heading: string, message: string): string {
  return render('message', { heading, message });
}
