import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/constants.ts
var Inputs = {
  WorkingDirectory: "working-directory",
  Reports: "reports",
  ClaimsFile: "claims-file",
  Install: "install",
  Checks: "checks",
  CheckTimeout: "check-timeout",
  ReportJson: "report-json",
  ReportMarkdown: "report-markdown",
  FailOn: "fail-on",
  BaseRef: "base-ref",
  BaselineReport: "baseline-report",
  TypecheckCommand: "typecheck-command",
  BuildCommand: "build-command",
  TestCommand: "test-command",
  AuditCommand: "audit-command",
  LintCommand: "lint-command",
  TestResults: "test-results",
  AuditReport: "audit-report",
  CoverageReport: "coverage-report",
  Mode: "mode",
  GitHubToken: "github-token",
  Comment: "comment",
  CheckName: "check-name",
  GateId: "gate-id",
  SuggestChanges: "suggest-changes",
  IssueLabel: "issue-label",
  EventFile: "event-file",
  SarifFile: "sarif-file",
  AllowPullRequestTarget: "allow-pull-request-target",
  Shard: "shard",
  Packages: "packages",
  CacheDir: "cache-dir",
  EvidenceDir: "evidence-dir"
};
var SETTING_INPUTS = {
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
  coverageReport: Inputs.CoverageReport,
  shard: Inputs.Shard,
  packages: Inputs.Packages,
  cacheDir: Inputs.CacheDir,
  evidenceDir: Inputs.EvidenceDir
};
var Outputs = {
  Verdict: "verdict",
  Claims: "claims",
  Verified: "verified",
  Contradicted: "contradicted",
  Stale: "stale",
  Unverifiable: "unverifiable",
  ReportJson: "report-json",
  ReportMarkdown: "report-markdown",
  Sarif: "sarif",
  CheckRunUrl: "check-run-url",
  CommentUrl: "comment-url",
  IssueUrl: "issue-url",
  EvidenceFile: "evidence-file",
  CacheHit: "cache-hit"
};
var JOB_SUMMARY_MAX_BYTES = 1024 * 1024;
var WORKFLOW_COMMAND_ANNOTATIONS_SHOWN = 10;
var GitHubLimits = {
  /** Annotations accepted in one check-run create or update request; the rest go in further updates. */
  ANNOTATIONS_PER_REQUEST: 50,
  /** Characters in a check run's `output.summary` (and `output.text`). */
  CHECK_SUMMARY_MAX: 65535,
  /** Characters in an issue or pull request comment body. */
  COMMENT_BODY_MAX: 65536,
  /** Characters in an annotation's title. */
  ANNOTATION_TITLE_MAX: 255,
  /** Bytes in an annotation's message. */
  ANNOTATION_MESSAGE_MAX: 64 * 1024,
  /** Items per page of a list request. */
  PER_PAGE: 100
};
var RATE_LIMIT_RETRIES = 3;

// src/publish/github/api.ts
function statusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function isPermissionDenied(error) {
  return statusOf(error) === 403;
}

export {
  Inputs,
  SETTING_INPUTS,
  Outputs,
  JOB_SUMMARY_MAX_BYTES,
  WORKFLOW_COMMAND_ANNOTATIONS_SHOWN,
  GitHubLimits,
  RATE_LIMIT_RETRIES,
  statusOf,
  isPermissionDenied
};
