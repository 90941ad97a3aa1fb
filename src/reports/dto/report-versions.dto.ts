import { ApiProperty } from '@nestjs/swagger';
import type { VersionSummary } from '../reports.service';

export class VersionSummaryDto implements VersionSummary {
  @ApiProperty({ type: 'integer', minimum: 1 })
  number: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the coach released it to the leader; it never changes after.' })
  releasedAt: string | null;

  @ApiProperty({ type: 'integer', description: 'Answers it is built from.' })
  responses: number;
}

export class VersionListDto {
  @ApiProperty({ type: [VersionSummaryDto] })
  versions: VersionSummaryDto[];
}
