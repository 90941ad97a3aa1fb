import { ApiProperty } from '@nestjs/swagger';

const UP_DOWN = ['up', 'down'];

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'unavailable'] })
  status: 'ok' | 'unavailable';

  @ApiProperty({ enum: UP_DOWN })
  postgres: 'up' | 'down';

  @ApiProperty({ enum: UP_DOWN })
  redis: 'up' | 'down';
}
