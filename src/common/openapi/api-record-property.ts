import type { Type } from '@nestjs/common';
import { ApiProperty, getSchemaPath } from '@nestjs/swagger';

const valueModels = new Set<Type>();

/**
 * A map from ids to objects of one model, e.g. a report's scores by rater bucket. Swagger only
 * describes models it meets as properties, so the value model is kept here for the document
 * (`recordValueModels`) to include.
 */
export function ApiRecordProperty(model: Type, options: { nullable?: boolean; description?: string } = {}): PropertyDecorator {
  valueModels.add(model);
  const value = { $ref: getSchemaPath(model) };
  return ApiProperty({
    type: 'object',
    additionalProperties: options.nullable ? { anyOf: [value, { type: 'null' }] } : value,
    ...(options.description ? { description: options.description } : {}),
  });
}

/** Every model some map holds, for `SwaggerModule.createDocument`'s extra models. */
export function recordValueModels(): Type[] {
  return [...valueModels];
}
