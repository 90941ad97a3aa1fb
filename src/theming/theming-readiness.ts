import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ThemingService } from './theming.service';

/**
 * Roles worker and all fold answers, and folding reads comments with the sentence encoder: an
 * install without its model or WebAssembly backend would otherwise start healthy and then fail
 * every fold of an answer with a comment. It fails at start instead, saying why. ROLE=api folds
 * nothing (a close queues its fold) and never loads the encoder.
 */
@Injectable()
export class ThemingReadiness implements OnApplicationBootstrap {
  private readonly logger = new Logger(ThemingReadiness.name);

  constructor(
    private readonly theming: ThemingService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'role'>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.role === 'api') return;
    const started = performance.now();
    try {
      await this.theming.loadEncoder();
    } catch (error) {
      throw new Error(`Comment theming cannot start its sentence encoder: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    this.logger.log(`Sentence encoder for comment theming loaded in ${Math.round(performance.now() - started)} ms`);
  }
}
