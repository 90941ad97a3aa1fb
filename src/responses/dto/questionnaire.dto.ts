import { ApiProperty } from '@nestjs/swagger';
import { ChangeScaleDto, FollowUpScaleDto, SurveyGroupDto, SurveyScaleDto } from '../../surveys/dto/survey-definition.dto';
import type { ItemKind } from '../../surveys/survey.types';
import type { Questionnaire } from '../questionnaire';
import { MAX_TEXT_LENGTH } from '../answer-validation';

type AnswerValue = Questionnaire['draft'] extends { answers: Record<string, infer V> } | null ? V : never;

const TEXT = { type: 'string', maxLength: MAX_TEXT_LENGTH };

/** One answer: a rating (null: not observed), a text, or the parts of a start/stop/continue question. */
const ANSWER_VALUE = {
  anyOf: [
    { type: ['integer', 'null'], minimum: 1, description: "A rating, 1..points of the survey's scale (or of its change scale); null: not observed." },
    { ...TEXT, description: 'The answer to a text question.' },
    {
      type: 'object',
      properties: { start: TEXT, stop: TEXT, continue: TEXT },
      additionalProperties: false,
      description: 'The answer to a start/stop/continue question: any of its parts.',
    },
  ],
};

/** What a rater sends, and what a saved draft gives back: answers by item or question id. */
export class AnswersDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: ANSWER_VALUE,
    description: 'By item id a rating, by question id a text or {start, stop, continue}. An item left out counts as not observed.',
    example: { 'communication.listens': 4, strengths: 'Calm under pressure', ssc: { start: 'Delegating more' } },
  })
  answers: Record<string, AnswerValue>;
}

export class QuestionnaireCampaignDto {
  @ApiProperty({ example: 'Leadership 360 for Alex Morgan' })
  title: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closesAt: string | null;
}

export class LeaderNameDto {
  @ApiProperty({ example: 'Alex Morgan' })
  name: string;
}

export class QuestionnaireItemDto {
  @ApiProperty({ example: 'communication.listens' })
  id: string;

  @ApiProperty({ example: 'communication' })
  themeId: string;

  @ApiProperty()
  themeTitle: string;

  @ApiProperty({ description: 'Worded for this rater (the self wording for the leader).' })
  text: string;

  @ApiProperty({
    enum: ['likert', 'change', 'followUp'],
    description: "'likert' is rated on `scale`, 'change' on `changeScale`, 'followUp' on `followUpScale`.",
  })
  kind: ItemKind;
}

export class QuestionnaireQuestionDto {
  @ApiProperty({ example: 'strengths' })
  id: string;

  @ApiProperty({ enum: ['text', 'start_stop_continue'] })
  type: 'text' | 'start_stop_continue';

  @ApiProperty()
  prompt: string;
}

/** What a rater's link asks: the rater's own wording, their group, and their saved draft. */
export class QuestionnaireDto implements Questionnaire {
  @ApiProperty({ type: QuestionnaireCampaignDto })
  campaign: QuestionnaireCampaignDto;

  @ApiProperty({ type: LeaderNameDto })
  leader: LeaderNameDto;

  @ApiProperty({ type: SurveyGroupDto, description: "The rater's group; identified groups (anonymous: false) are told so." })
  group: SurveyGroupDto;

  @ApiProperty({ type: [SurveyGroupDto], description: "Every group of the survey: who is anonymous, and from how many answers a group's figures show." })
  groups: SurveyGroupDto[];

  @ApiProperty({ type: String, nullable: true })
  intro: string | null;

  @ApiProperty({ type: SurveyScaleDto })
  scale: SurveyScaleDto;

  @ApiProperty({ type: ChangeScaleDto, nullable: true })
  changeScale: ChangeScaleDto | null;

  @ApiProperty({ type: FollowUpScaleDto, nullable: true })
  followUpScale: FollowUpScaleDto | null;

  @ApiProperty({ type: [QuestionnaireItemDto] })
  items: QuestionnaireItemDto[];

  @ApiProperty({ type: [QuestionnaireQuestionDto] })
  questions: QuestionnaireQuestionDto[];

  @ApiProperty({ type: AnswersDto, nullable: true, description: 'The answers saved with PUT /api/responses/{token}/draft, or null.' })
  draft: AnswersDto | null;
}

export class ReceivedDto {
  @ApiProperty({ enum: [true] })
  received: true;
}
