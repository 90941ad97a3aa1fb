import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ErrorBody } from '../error-body';

/** The body of every error a JSON route answers (see `toErrorBody`). */
export class ErrorBodyDto implements ErrorBody {
  @ApiProperty({ type: 'integer', example: 400, description: 'The HTTP status again.' })
  statusCode: number;

  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    description: 'What went wrong. Bad input lists every wrong field as "field: reason".',
    example: ['leader.email: must be an email address'],
  })
  message: string | string[];

  @ApiProperty({ example: 'Bad Request', description: "The status's reason phrase." })
  error: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'On 500 and 503 only: the id the log keeps the cause under, to quote when reporting it.' })
  errorId?: string;
}
