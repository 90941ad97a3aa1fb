import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SurveysService } from './surveys.service';

@ApiTags('surveys')
@Controller('api/surveys')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Get()
  list() {
    return this.surveys.list();
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.surveys.get(id);
  }
}
