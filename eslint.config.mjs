import nx from '@nx/eslint-plugin';

/** The workspace root: config objects with `basePath: root` match workspace paths from every project's config. */
const root = import.meta.dirname;

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
          // The web loads @wk/util's message catalogue (@wk/util/messages) with import() as its own chunk, and the
          // rest of @wk/util statically: both on purpose.
          checkDynamicDependenciesExceptions: ['@wk/util'],
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
            // shared libraries only. platform < tenancy < auth, wijken < indicators < plans < progress < reports; apps compose them all.
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
              sourceTag: 'domain:reports',
              onlyDependOnLibsWithTags: [
                'domain:reports',
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
                'domain:reports',
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
    // basePath: the patterns are workspace paths also when a project's own config (Nx lints from the project) loads this.
    basePath: root,
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
    // Type-aware rules for the API and the shared libraries: promises that nobody awaits, awaits of what is not a
    // promise, casts that change nothing, switches that miss a case. Each file is checked with the types of the
    // tsconfig that owns it (the project service), so these rules see what `tsc` sees.
    basePath: root,
    files: ['apps/api/**/*.ts', 'libs/api/**/*.ts', 'libs/shared/**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: root,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      'require-await': 'off',
      '@typescript-eslint/require-await': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
    },
  },
  {
    // Tests keep tables of request builders of one shape (`async () => ({ path, body })`), whether they await or not.
    basePath: root,
    files: ['apps/api/**/*.spec.ts', 'apps/api/test/**/*.ts', 'libs/api/**/*.spec.ts', 'libs/shared/**/*.spec.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.cts', '**/*.mts', '**/*.js', '**/*.jsx', '**/*.cjs', '**/*.mjs'],
    // Override or add rules here
    rules: {},
  },
];
