// Lint for the whole repository: typescript-eslint's type-checked rules over every .ts file, plus
// one project rule: action code reads inputs and sets outputs only through packages/core, whose
// readInputs/setOutputs validate against the action's contract (see action-tests/metadata.test.ts).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Test stubs stand in for async APIs, so an async function without await is the point.
    files: ['**/test/**/*.ts', 'action-tests/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    // The harness (step runner, stand-ins) is for tests and scripts: never bundled into an action.
    files: ['actions/*/src/**/*.ts', 'packages/*/src/**/*.ts'],
    ignores: ['packages/harness/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@deploy-actions/harness', '@deploy-actions/harness/*'],
              message: 'The harness is for tests and scripts, never part of an action.',
            },
          ],
        },
      ],
    },
  },
  {
    // Imports run one way: scripts/ and action-tests/ import the harness, not the reverse.
    files: ['packages/harness/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/scripts/**', '**/action-tests/**'],
              message: 'The harness imports nothing from scripts/ or action-tests/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['actions/*/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.name='core'][property.name=/^(getInput|getBooleanInput|getMultilineInput|setOutput)$/]",
          message:
            'Read inputs with readInputs and set outputs with setOutputs from @deploy-actions/core: they check them against action.yml.',
        },
      ],
    },
  },
)
