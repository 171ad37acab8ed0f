import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { WijkenController } from './wijken.controller';
import { WijkenService } from './wijken.service';
import { CBS_NAMES, type CbsNames } from './cbs-names';

@Module({})
export class WijkenModule {
  /** The app hands in the CBS reference list (read from the shipped CBS files). */
  static register(cbsNames: CbsNames): DynamicModule {
    const provider: Provider = { provide: CBS_NAMES, useValue: cbsNames };
    return { module: WijkenModule, controllers: [WijkenController], providers: [provider, WijkenService], exports: [WijkenService] };
  }
}
