/** Action input names, exactly as in action.yml. */
export const Inputs = {
  WorkingDirectory: 'working-directory',
  Reports: 'reports',
  ClaimsFile: 'claims-file',
  Install: 'install',
  Checks: 'checks',
  CheckTimeout: 'check-timeout',
  ReportJson: 'report-json',
  ReportMarkdown: 'report-markdown',
  FailOn: 'fail-on',
  BaseRef: 'base-ref',
  BaselineReport: 'baseline-report',
  TypecheckCommand: 'typecheck-command',
  BuildCommand: 'build-command',
  TestCommand: 'test-command',
  AuditCommand: 'audit-command',
  LintCommand: 'lint-command',
  TestResults: 'test-results',
  AuditReport: 'audit-report',
  CoverageReport: 'coverage-report'
} as const

/** Which action input carries each gate setting. */
export const SETTING_INPUTS = {
  directory: Inputs.WorkingDirectory,
  reports: Inputs.Reports,
  claimsFile: Inputs.ClaimsFile,
  install: Inputs.Install,
  checks: Inputs.Checks,
  timeoutSeconds: Inputs.CheckTimeout,
  reportJson: Inputs.ReportJson,
  reportMarkdown: Inputs.ReportMarkdown,
  failOn: Inputs.FailOn,
  base: Inputs.BaseRef,
  baseline: Inputs.BaselineReport,
  typecheckCommand: Inputs.TypecheckCommand,
  buildCommand: Inputs.BuildCommand,
  testCommand: Inputs.TestCommand,
  auditCommand: Inputs.AuditCommand,
  lintCommand: Inputs.LintCommand,
  testResults: Inputs.TestResults,
  auditReport: Inputs.AuditReport,
  coverageReport: Inputs.CoverageReport
} as const

/** Action output names, exactly as in action.yml. */
export const Outputs = {
  Verdict: 'verdict',
  Claims: 'claims',
  Verified: 'verified',
  Contradicted: 'contradicted',
  Stale: 'stale',
  Unverifiable: 'unverifiable',
  ReportJson: 'report-json',
  ReportMarkdown: 'report-markdown'
} as const

/** GitHub's limit for one step's job summary. */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024
/** GitHub shows at most this many error annotations from workflow commands per step. */
export const WORKFLOW_COMMAND_ANNOTATIONS_SHOWN = 10
