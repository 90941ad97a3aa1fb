import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { unionValues } from '../../common/openapi/union-values';
import { RATER_GROUP_IDS, type RaterGroupId } from '../../surveys/survey.types';
import { RaterDto } from '../dto/campaign.dto';
import type { GroupGuidance } from '../raters/group-guidance';
import type { NominatedRater } from './nomination.entity';
import type { NominationView } from './nominations.service';

const STATUSES = unionValues<NominationView['status']>({ none: true, draft: true, submitted: true, returned: true, approved: true });

/** A whole proposal: the raters as they should stand (an empty list takes everyone out). */
export class NominationRatersDto {
  @ApiProperty({ type: [RaterDto] })
  @IsArray({ message: 'must be a list of raters' })
  @ArrayMaxSize(500, { message: 'must have at most 500 raters' })
  @ValidateNested({ each: true })
  @Type(() => RaterDto)
  raters: RaterDto[];
}

export class SendBackNominationDto {
  @ApiProperty({ description: 'What the leader should change, for them to read.', example: 'Please add two direct reports.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must say what to change' })
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  note: string;
}

export class NominatedRaterDto implements NominatedRater {
  @ApiProperty()
  name: string;

  @ApiProperty()
  email: string;

  @ApiProperty({ enum: RATER_GROUP_IDS })
  group: RaterGroupId;
}

export class GroupGuidanceDto implements GroupGuidance {
  @ApiProperty({ enum: RATER_GROUP_IDS })
  id: RaterGroupId;

  @ApiProperty()
  label: string;

  @ApiProperty({ description: 'Boss: answers are shown as theirs, not anonymously.' })
  identified: boolean;

  @ApiProperty({ type: 'integer', description: 'Answers needed before the group is shown on its own.' })
  minimum: number;

  @ApiProperty({ example: '4 to 6' })
  recommended: string;

  @ApiProperty({ type: 'integer', description: 'Raters already asked plus those proposed.' })
  count: number;

  @ApiProperty({ type: String, nullable: true, description: 'Said when the group has raters but fewer than its minimum.' })
  warning: string | null;
}

export class NominationViewDto implements NominationView {
  @ApiProperty({ format: 'uuid' })
  campaignId: string;

  @ApiProperty({ description: "The survey's title." })
  title: string;

  @ApiProperty({
    enum: STATUSES,
    description:
      "none: nothing proposed yet; draft: the leader is writing it; submitted: waiting for the coach; returned: sent back with the coach's note; approved: taken into the campaign's raters.",
  })
  status: NominationView['status'];

  @ApiProperty({ description: 'The campaign has launched: the proposal can no longer change, and only the coach adds raters.' })
  locked: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'Why the coach sent the proposal back.' })
  coachNote: string | null;

  @ApiProperty({ type: [NominatedRaterDto], description: 'The raters proposed and not yet approved.' })
  raters: NominatedRaterDto[];

  @ApiProperty({ type: [GroupGuidanceDto] })
  groups: GroupGuidanceDto[];
}
