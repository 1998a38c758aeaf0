// jest runs every test file: unit tests (packages/*/test, actions/*/test, scripts/test) and the action
// tests (action-tests/: the bundles run as the GitHub runner runs them). Sources are TypeScript ESM
// written for Node's type stripping (erasableSyntaxOnly, `.ts` import specifiers), so the transform
// only removes types: swc, without type checks (`npm test` runs tsc as its own stage).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  testMatch: [
    '<rootDir>/packages/*/test/**/*.test.ts',
    '<rootDir>/actions/*/test/**/*.test.ts',
    '<rootDir>/scripts/test/**/*.test.ts',
    '<rootDir>/action-tests/**/*.test.ts',
  ],
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript' },
          target: 'es2024',
          keepClassNames: true,
          experimental: { keepImportAttributes: true },
        },
        module: { type: 'es6' },
      },
    ],
    '/node_modules/@actions/workflow-parser/dist/.+\\.js$': '<rootDir>/scripts/lib/jest-json-attributes.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!@actions/workflow-parser/)'],
  testSequencer: '<rootDir>/scripts/lib/jest-sequencer.js',
  // jest ends its workers without an 'exit' event: the harness's temporary folders go after each file.
  setupFilesAfterEnv: ['<rootDir>/scripts/lib/jest-cleanup.ts'],
  // Action tests wait on child processes, local servers and bake times, not on jest: a test's own
  // bounds (runner timeouts, emulator deadlines) end it; this only stops a hung file.
  testTimeout: 10 * 60_000,
}
