import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class ReleaseReportDto {
  @ApiPropertyOptional({ description: 'The version to release; the latest when omitted.', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}
