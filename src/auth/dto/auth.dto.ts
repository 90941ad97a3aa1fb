import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';

const normaliseEmail = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/** The rules of a password a coach chooses, at sign-up and when choosing a new one. */
function IsNewPassword(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ minLength: 10, example: 'a long passphrase' }),
    IsString({ message: 'must be text' }),
    MinLength(10, { message: 'must be at least 10 characters' }),
    MaxLength(200, { message: 'must be at most 200 characters' }),
  );
}

export class SignupDto {
  @ApiProperty({ example: 'coach@example.com' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @IsNewPassword()
  password: string;

  @ApiProperty({ example: 'Dana Coach' })
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name: string;
}

export class LoginDto {
  @ApiProperty({ example: 'coach@example.com' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'must be an email address' })
  email: string;

  @ApiProperty()
  @IsString({ message: 'must be text' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  password: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'coach@example.com' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254, { message: 'must be at most 254 characters' })
  email: string;
}

export class PasswordResetDto {
  @ApiProperty({ description: 'The token of the emailed link (the last part of /coach/password/reset/<token>).' })
  @IsString({ message: 'must be text' })
  @Matches(/^[A-Za-z0-9_-]{20,200}$/, { message: 'must be the token of the emailed link' })
  token: string;

  @IsNewPassword()
  password: string;
}
