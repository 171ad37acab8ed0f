// Shared lint rules for Angular code (apps/web and libs/web/*), on top of the workspace rules.
import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'wk', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'wk', style: 'kebab-case' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
];
