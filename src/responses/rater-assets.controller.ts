import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Read once at start, as templates are: the file ships beside the code (nest-cli.json copies it). */
const AUTOSAVE_SCRIPT = readFileSync(join(__dirname, 'assets', 'autosave.js'), 'utf8');

/**
 * The rater form's one script, served from this app so the Content-Security-Policy (scripts from
 * this site only, nothing inline) stays as it is. It holds no data: the form works without it.
 */
@ApiExcludeController()
@Controller('r/assets')
export class RaterAssetsController {
  @Get('autosave.js')
  autosave(@Res() res: Response): void {
    res.type('text/javascript; charset=utf-8').send(AUTOSAVE_SCRIPT);
  }
}
