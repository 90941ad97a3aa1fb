import { ApiProperty } from '@nestjs/swagger';
import type { Coach } from '../auth.service';

export class CoachDto implements Coach {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'coach@example.com' })
  email: string;

  @ApiProperty({ example: 'Dana Coach' })
  name: string;
}

export class SignupResultDto {
  @ApiProperty({ type: CoachDto })
  coach: CoachDto;

  @ApiProperty({ description: 'The bearer token of a new 30-day session: `Authorization: Bearer <token>`.' })
  token: string;
}

export class LoginResultDto {
  @ApiProperty({ description: 'The bearer token of a new 30-day session: `Authorization: Bearer <token>`.' })
  token: string;
}

export class PasswordResetRequestedDto {
  @ApiProperty({
    example: 'If an account has this email, a link to choose a new password is on its way.',
    description: 'The same whether or not the account exists.',
  })
  message: string;
}
