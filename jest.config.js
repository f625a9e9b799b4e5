/** Jest runs in ESM mode: @actions/core 3 and @actions/github 9 ship only ESM. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }]
  },
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/__tests__/examples/'],
  modulePathIgnorePatterns: ['<rootDir>/__tests__/examples/', '<rootDir>/examples/', '<rootDir>/dist/'],
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/scripts/jest-totals-reporter.cjs']
}
