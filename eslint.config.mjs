import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist-web/**',
      'coverage/**',
      'miniprogram/miniprogram_npm/**',
      'miniprogram/**/miniprogram_npm/**',
      'preview/dist/**',
      '.preview/**',
      'artifacts/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['miniprogram/domain/**/*.ts'],
    rules: {
      // The domain is pure: no platform globals.
      'no-restricted-globals': ['error', 'wx', 'getApp', 'getCurrentPages', 'Page', 'Component', 'App'],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
