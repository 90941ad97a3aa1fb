import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ThemingService } from './theming.service';

/**
 * Every role folds answers (workers their jobs, the API a campaign it closes), and folding reads
 * comments with the sentence encoder: an install without its model or WebAssembly backend would
 * otherwise start healthy and then fail every fold of an answer with a comment. It fails at start
 * instead, saying why.
 */
@Injectable()
export class ThemingReadiness implements OnApplicationBootstrap {
  private readonly logger = new Logger(ThemingReadiness.name);

  constructor(private readonly theming: ThemingService) {}

  async onApplicationBootstrap(): Promise<void> {
    const started = performance.now();
    try {
      await this.theming.loadEncoder();
    } catch (error) {
      throw new Error(`Comment theming cannot start its sentence encoder: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    this.logger.log(`Sentence encoder for comment theming loaded in ${Math.round(performance.now() - started)} ms`);
  }
}
