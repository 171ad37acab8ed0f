import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/test-output', '**/.pglite', 'tmp'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:core', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core', 'type:util', 'type:contracts'] },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:core', 'type:util', 'type:contracts'],
            },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: ['type:feature', 'type:core', 'type:util', 'type:contracts', 'type:testing'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:data-access',
                'type:ui',
                'type:core',
                'type:util',
                'type:contracts',
                'type:testing',
              ],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'] },
            // Bounded contexts (domain:*): a context imports itself, the contexts below it and the platform and
            // shared libraries only. platform < tenancy < auth, wijken < indicators < plans < progress; apps compose them all.
            { sourceTag: 'domain:shared', onlyDependOnLibsWithTags: ['domain:shared'] },
            { sourceTag: 'domain:platform', onlyDependOnLibsWithTags: ['domain:platform', 'domain:shared'] },
            { sourceTag: 'domain:tenancy', onlyDependOnLibsWithTags: ['domain:tenancy', 'domain:platform', 'domain:shared'] },
            { sourceTag: 'domain:auth', onlyDependOnLibsWithTags: ['domain:auth', 'domain:tenancy', 'domain:platform', 'domain:shared'] },
            {
              sourceTag: 'domain:wijken',
              onlyDependOnLibsWithTags: ['domain:wijken', 'domain:tenancy', 'domain:platform', 'domain:shared'],
            },
            {
              sourceTag: 'domain:indicators',
              onlyDependOnLibsWithTags: ['domain:indicators', 'domain:wijken', 'domain:tenancy', 'domain:platform', 'domain:shared'],
            },
            {
              sourceTag: 'domain:plans',
              onlyDependOnLibsWithTags: [
                'domain:plans',
                'domain:indicators',
                'domain:wijken',
                'domain:tenancy',
                'domain:platform',
                'domain:shared',
              ],
            },
            {
              sourceTag: 'domain:progress',
              onlyDependOnLibsWithTags: [
                'domain:progress',
                'domain:plans',
                'domain:indicators',
                'domain:wijken',
                'domain:tenancy',
                'domain:platform',
                'domain:shared',
              ],
            },
            {
              sourceTag: 'domain:app',
              onlyDependOnLibsWithTags: [
                'domain:app',
                'domain:progress',
                'domain:plans',
                'domain:indicators',
                'domain:wijken',
                'domain:auth',
                'domain:tenancy',
                'domain:platform',
                'domain:shared',
              ],
            },
          ],
        },
      ],
    },
  },
  {
    // A context's TypeORM entities stay inside it: other contexts use its services, its read interfaces (such as
    // PlanFacts) and the contracts. Entities of another context are imported only for relations between entities,
    // by the database setup and seed (apps/api), and by sign-in, which reads tenancy's accounts and memberships.
    files: ['libs/**/*.ts'],
    ignores: ['**/*.entities.ts', '**/*.entity.ts', 'libs/api/auth/src/lib/auth.service.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@wk/api/*/entities'],
              message: "Use the other context's services or read interface (e.g. PlanFacts), not its entities.",
            },
          ],
        },
      ],
    },
  },
  {
    // "Today" and "now" come from the product's one clock (issue 9), never from the machine's date.
    files: ['**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/test/**', '**/clock.ts', '**/auth.service.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Read the time from the clock: Clock (@wk/api/core) in the API, AppClock (@wk/web/core) in the web app.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Read the time from the clock (Clock / AppClock); time a duration with performance.now().',
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.cts', '**/*.mts', '**/*.js', '**/*.jsx', '**/*.cjs', '**/*.mjs'],
    // Override or add rules here
    rules: {},
  },
];
