import type { SurveyDefinition } from '../surveys/survey.types';
import { analyzerForThemes } from './classifier/comment-analyzer';

/**
 * Builds the comment classifier of each survey ahead of the first fold: the first time on a
 * machine that means computing the embeddings of the shipped example comments and the surveys'
 * items (about 20 seconds on two cores), kept on disk afterwards. `ready` hears of each survey as it is done.
 */
export async function prepareCommentTheming(surveys: readonly SurveyDefinition[], ready: (surveyId: string, milliseconds: number) => void = () => undefined): Promise<void> {
  for (const survey of surveys) {
    const started = performance.now();
    await analyzerForThemes(survey.themes);
    ready(survey.id, performance.now() - started);
  }
}
