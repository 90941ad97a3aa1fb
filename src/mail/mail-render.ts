import Handlebars from 'handlebars';
import { join } from 'node:path';
import { compileTemplates } from '../common/template-renderer';
import { sayHtml, sayPlain } from './mail-words';

/** Sentences of the words file, filled in the template: `{{say words.dear name=raterName}}`, `sayPlain` in the text part. */
const helpers: Record<string, Handlebars.HelperDelegate> = {
  say: (sentence: string, options: Handlebars.HelperOptions) => new Handlebars.SafeString(sayHtml(sentence, options.hash as Record<string, string>)),
  sayPlain: (sentence: string, options: Handlebars.HelperOptions) => sayPlain(sentence, options.hash as Record<string, string>),
};

/**
 * Every mail template (a rater's invitation and thanks, a sign-in link, a password reset, the dev
 * outbox page), compiled once at load: a mail in any language is the same template given that
 * language's words, and a send only fills it in.
 */
export const renderMail = compileTemplates(join(__dirname, 'templates'), { helpers });
