import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { notFound } from '../common/domain-error';
import { loadSurveyCatalog, type SurveyCatalog } from './survey-catalog';
import type { PracticeLibrary, SurveyDefinition, SurveyGroup } from './survey.types';

export interface SurveySummary {
  id: string;
  version: number;
  title: string;
  groups: Pick<SurveyGroup, 'id' | 'label' | 'anonymous' | 'minResponses'>[];
}

/** The survey definitions of `surveys/`, validated once at start: an invalid file stops the app. */
@Injectable()
export class SurveysService {
  private readonly catalog: SurveyCatalog;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.catalog = loadSurveyCatalog(config.surveysDir);
  }

  list(): SurveySummary[] {
    return this.catalog.surveys.map((survey) => ({
      id: survey.id,
      version: survey.version,
      title: survey.title,
      groups: survey.groups.map(({ id, label, anonymous, minResponses }) => ({ id, label, anonymous, minResponses })),
    }));
  }

  get(id: string): SurveyDefinition {
    const survey = this.catalog.byId(id);
    if (!survey) throw notFound(`Survey '${id}'`);
    return survey;
  }

  /** Every installed definition, in file order. */
  definitions(): readonly SurveyDefinition[] {
    return this.catalog.surveys;
  }

  find(id: string): SurveyDefinition | undefined {
    return this.catalog.byId(id);
  }

  practices(): PracticeLibrary | null {
    return this.catalog.practices;
  }
}
