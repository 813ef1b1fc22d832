// Type-aware lint. The analysis layer must stay pure: no editor, protocol or
// Node I/O imports, so the CLI, the server and the tests run the same code.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.cache/**', '.vscode-test/**', 'bin/**', 'scripts/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.json' } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode', 'vscode-*', 'vscode-languageserver*', 'vscode-languageclient*'], message: 'analysis/ is pure: no editor or protocol imports.' },
          { group: ['fs', 'fs/*', 'node:*', 'path', 'os', 'child_process', 'net', 'http', 'https', 'worker_threads', 'readline'], message: 'analysis/ is pure: no Node I/O.' },
        ],
      }],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'analysis/ never reads the clock: today comes in as an option.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'analysis/ never reads the clock: today comes in as an option.' },
      ],
    },
  },
);
