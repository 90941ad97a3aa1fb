import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { SurveyDefinitionDto, SurveySummaryDto } from './dto/survey-definition.dto';
import { SurveysService } from './surveys.service';

@ApiTags('surveys')
@Controller('api/surveys')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Get()
  @ApiOkResponse({ type: [SurveySummaryDto] })
  list(): SurveySummaryDto[] {
    return this.surveys.list();
  }

  @Get(':id')
  @ApiOkResponse({ type: SurveyDefinitionDto })
  @ApiErrors(404)
  get(@Param('id') id: string): SurveyDefinitionDto {
    return this.surveys.get(id);
  }
}
