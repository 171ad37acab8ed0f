export * from './lib/wijken.dto';
export * from './lib/wijken.service';
export * from './lib/wijken.module';
export * from './lib/cbs-names';
