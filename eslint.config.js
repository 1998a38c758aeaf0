// Lint for the whole repository: typescript-eslint's type-checked rules over every .ts file, plus
// two project rules: action code reads inputs and sets outputs only through packages/core, whose
// readInputs/setOutputs validate against the action's contract (see action-tests/metadata.test.ts),
// and action and package code prints only through packages/core's output layer (below).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// Action code prints only through packages/core's `log` (and `logGroup`), the output layer that
// shows text from outside without the runner executing it as a workflow command (see log.ts).
// Printing is forbidden at its sources rather than by the shape of the argument: whether a string
// holds outside text cannot be told by a lint rule, but who calls the printer can. So @actions/core's
// printers, console.* and process.stdout/stderr.write are refused everywhere but in log.ts.
const CORE_PRINTERS = ['info', 'notice', 'warning', 'error', 'debug', 'startGroup', 'endGroup', 'group', 'setFailed']
const LOG_LAYER =
  'Print through log (log.info, log.warning, log.error, ...) or logGroup from @deploy-actions/core: they keep text from outside from running as a workflow command.'
const printAroundTheLayer = [
  {
    selector: `MemberExpression[object.name='core'][property.name=/^(${CORE_PRINTERS.join('|')})$/]`,
    message: LOG_LAYER,
  },
  // The member rule above sees @actions/core only as `core`: a printer imported by name, or the
  // module under another name, would slip past it.
  {
    selector: `ImportDeclaration[source.value='@actions/core'] > ImportSpecifier[imported.name=/^(${CORE_PRINTERS.join('|')})$/]`,
    message: LOG_LAYER,
  },
  {
    selector:
      "ImportDeclaration[source.value='@actions/core'] > :matches(ImportNamespaceSpecifier, ImportDefaultSpecifier)[local.name!='core']",
    message:
      "Import @actions/core as `import * as core from '@actions/core'`, so the lint rule on its printers applies.",
  },
  { selector: "MemberExpression[object.name='console']", message: LOG_LAYER },
  {
    selector: "MemberExpression[object.object.name='process'][object.property.name=/^(stdout|stderr)$/]",
    message: LOG_LAYER,
  },
]

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
    // What actions bundle prints through the output layer; the harness (never bundled) prints
    // what tests and scripts show a person.
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/core/src/log.ts', 'packages/harness/**'],
    rules: {
      'no-restricted-syntax': ['error', ...printAroundTheLayer],
    },
  },
  {
    files: ['actions/*/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...printAroundTheLayer,
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
