// eld, Nest 12, TypeORM 1.x and BullMQ 6 ship as ES modules; Jest on Node 20 needs them transformed.
const esmPackages = ['eld', '@nestjs', 'uid', 'load-esm', 'file-type', 'iterare', 'typeorm', 'bullmq', 'strtok3', 'token-types', 'peek-readable', '@tokenizer'];
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
const shared = {
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testEnvironment: 'node',
};
module.exports = {
  // A global option (Jest ignores it inside a project): 30 s for a test unless its file says more.
  // Loading the sentence encoder alone takes seconds on a busy two-core machine.
  testTimeout: 30_000,
  projects: [
    // Unit tests of comment theming load a 28 MB sentence encoder: seconds, on a busy machine, before their first assertion.
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/utils/global-setup.ts',
    },
    // Repositories against a fresh, migrated Postgres database per file (a clone of one migrated per run), without Nest or HTTP.
    {
      ...shared,
      displayName: 'repository',
      testMatch: ['<rootDir>/test/repository/**/*.repo-spec.ts'],
      globalSetup: '<rootDir>/test/utils/template-database.ts',
      globalTeardown: '<rootDir>/test/utils/template-teardown.ts',
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/utils/e2e-global-setup.ts',
      globalTeardown: '<rootDir>/test/utils/template-teardown.ts',
      slowTestThreshold: 30,
    },
  ],
};
