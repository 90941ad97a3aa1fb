import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsEmail, IsObject, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';

const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const normaliseEmail = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class PersonDto {
  @ApiProperty({ example: 'Alex Morgan' })
  @Transform(trimmed)
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  name: string;

  @ApiProperty({ example: 'alex@example.com' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254, { message: 'must be at most 254 characters' })
  email: string;
}

export class CreateEngagementDto {
  @ApiProperty({ example: 'Alex Morgan, VP Engineering: 2026 leadership program' })
  @Transform(trimmed)
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(300, { message: 'must be at most 300 characters' })
  title: string;

  @ApiProperty({ type: PersonDto })
  @IsDefined({ message: 'is required: {name, email}' })
  @IsObject({ message: 'must be an object {name, email}' })
  @ValidateNested()
  @Type(() => PersonDto)
  leader: PersonDto;

  @ApiPropertyOptional({ type: PersonDto })
  @IsOptional()
  @IsObject({ message: 'must be an object {name, email}' })
  @ValidateNested()
  @Type(() => PersonDto)
  sponsor?: PersonDto;

  @ApiPropertyOptional({ type: [String], example: ['Others rate communication at 4.0 or more by the final review'] })
  @IsOptional()
  @IsArray({ message: 'must be a list of texts' })
  @ArrayMaxSize(20, { message: 'must have at most 20 outcomes' })
  @IsString({ each: true, message: 'must be a list of texts' })
  @MaxLength(1000, { each: true, message: 'each outcome must be at most 1000 characters' })
  outcomes?: string[];
}
