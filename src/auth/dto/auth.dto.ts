import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

const normaliseEmail = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class SignupDto {
  @ApiProperty({ example: 'coach@example.com' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, example: 'a long passphrase' })
  @IsString({ message: 'must be text' })
  @MinLength(10, { message: 'must be at least 10 characters' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
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
