/** Action input names, exactly as in action.yml. */
export const Inputs = {
  WorkingDirectory: 'working-directory',
  Reports: 'reports',
  ClaimsFile: 'claims-file',
  Install: 'install',
  Checks: 'checks',
  CheckTimeout: 'check-timeout',
  MaxParallel: 'max-parallel',
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
  CoverageReport: 'coverage-report',
  Mode: 'mode',
  GitHubToken: 'github-token',
  Comment: 'comment',
  CheckName: 'check-name',
  GateId: 'gate-id',
  SuggestChanges: 'suggest-changes',
  IssueLabel: 'issue-label',
  EventFile: 'event-file',
  SarifFile: 'sarif-file',
  AllowPullRequestTarget: 'allow-pull-request-target',
  Shard: 'shard',
  TestsAfterBuild: 'tests-after-build',
  Packages: 'packages',
  CacheDir: 'cache-dir',
  EvidenceDir: 'evidence-dir'
} as const

/** Which action input carries each gate setting. */
export const SETTING_INPUTS = {
  directory: Inputs.WorkingDirectory,
  reports: Inputs.Reports,
  claimsFile: Inputs.ClaimsFile,
  install: Inputs.Install,
  testsAfterBuild: Inputs.TestsAfterBuild,
  checks: Inputs.Checks,
  timeoutSeconds: Inputs.CheckTimeout,
  maxParallel: Inputs.MaxParallel,
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
  coverageReport: Inputs.CoverageReport,
  shard: Inputs.Shard,
  packages: Inputs.Packages,
  cacheDir: Inputs.CacheDir,
  evidenceDir: Inputs.EvidenceDir
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
  ReportMarkdown: 'report-markdown',
  Sarif: 'sarif',
  CheckRunUrl: 'check-run-url',
  CommentUrl: 'comment-url',
  IssueUrl: 'issue-url',
  EvidenceFile: 'evidence-file',
  CacheHit: 'cache-hit'
} as const

/** GitHub's limit for one step's job summary. */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024
/** GitHub shows at most this many error annotations from workflow commands per step. */
export const WORKFLOW_COMMAND_ANNOTATIONS_SHOWN = 10

/** Limits GitHub enforces on what the gate publishes. */
export const GitHubLimits = {
  /** Annotations accepted in one check-run create or update request; the rest go in further updates. */
  ANNOTATIONS_PER_REQUEST: 50,
  /** Characters in a check run's `output.summary` (and `output.text`). */
  CHECK_SUMMARY_MAX: 65_535,
  /** Characters in an issue or pull request comment body. */
  COMMENT_BODY_MAX: 65_536,
  /** Characters in an annotation's title. */
  ANNOTATION_TITLE_MAX: 255,
  /** Bytes in an annotation's message. */
  ANNOTATION_MESSAGE_MAX: 64 * 1024,
  /** Items per page of a list request. */
  PER_PAGE: 100
} as const

/** How many times a request is retried after a rate limit before the gate gives up on publishing. */
export const RATE_LIMIT_RETRIES = 3
