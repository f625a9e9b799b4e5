import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CLAIM_KINDS,
  ConfigurationError,
  STARTED,
  VERSION,
  _default,
  _enum,
  _maxLength,
  _positive,
  _regex,
  array,
  collectEvidence,
  createFileSystem,
  createGroupingLogger,
  createProcessRunner,
  escapeCell,
  getErrorMessage,
  headline,
  int,
  isDivergent,
  literal,
  looseObject,
  object,
  optional,
  parseJsonFile,
  parseSettings,
  record,
  renderMarkdown,
  runGate,
  string,
  stringbool,
  validateText,
  writeEvidenceFile,
  writeReportFiles
} from "./chunks/chunk-SWWXCN4K.js";
import {
  GitHubLimits,
  Inputs,
  JOB_SUMMARY_MAX_BYTES,
  Outputs,
  SETTING_INPUTS,
  WORKFLOW_COMMAND_ANNOTATIONS_SHOWN,
  isPermissionDenied
} from "./chunks/chunk-YT62ARY2.js";
import "./chunks/chunk-HANBNIMK.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}

// src/main.ts
import { execFileSync } from "node:child_process";
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";

// src/publish/github/sticky-comment.ts
import { createHash } from "node:crypto";

// src/publish/truncate.ts
function truncateUtf8(text, maxBytes) {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes) return text;
  const notice = "\n\n\u2026 (truncated: the full report is in the report files)\n";
  const budget = maxBytes - Buffer.byteLength(notice) - 4;
  let end = budget;
  while (end > 0 && ((bytes[end] ?? 0) & 192) === 128) end--;
  let cut = bytes.subarray(0, end).toString("utf8");
  if ((cut.match(/^```/gm) ?? []).length % 2 === 1) cut += "\n```";
  return cut + notice;
}

// src/publish/fit-report.ts
var LEVELS = ["full", "divergent", "counts"];
function fitReport(report, maxBytes, frame = (body) => body) {
  for (const level of LEVELS) {
    const text = frame(renderMarkdown(report, level));
    if (Buffer.byteLength(text) <= maxBytes) return text;
  }
  const framing = Buffer.byteLength(frame(""));
  return frame(truncateUtf8(renderMarkdown(report, "counts"), Math.max(0, maxBytes - framing)));
}

// src/publish/github/sticky-comment.ts
var COMMENT_MODES = ["always", "on-divergence", "off"];
var markerPattern = (gateId) => new RegExp(`<!-- readiness-gate:${gateId.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} verdict=(\\w+) digest=(\\w+) -->`);
function readMarker(body, gateId) {
  const match = markerPattern(gateId).exec(body);
  return match ? { verdict: match[1] ?? "", digest: match[2] ?? "" } : void 0;
}
var digestOf = (text) => createHash("sha256").update(text).digest("hex").slice(0, 16);
function isOurs(comment, identity) {
  return identity ? comment.author === identity : comment.author.endsWith("[bot]");
}
function resolvedContent(report) {
  return `## \u2705 Readiness gate: resolved

The claims reported here before now match the evidence: ${headline(report)}.
`;
}
function commentBody(content, verdict, settings) {
  const marker = `<!-- readiness-gate:${settings.gateId} verdict=${verdict} digest=${digestOf(content)} -->`;
  const run2 = settings.runUrl ? ` in [this run](${settings.runUrl})` : "";
  return `${marker}
${content}
<sub>Checked at ${settings.headSha.slice(0, 7)}${run2}.</sub>
`;
}
function withoutTimings(report) {
  const evidence = Object.fromEntries(
    Object.entries(report.evidence).map(([name, check]) => [
      name,
      check && typeof check === "object" && "status" in check ? { ...check, durationMs: void 0 } : check
    ])
  );
  return { ...report, evidence };
}
function fitComment(report, settings, resolved) {
  if (resolved) return commentBody(resolvedContent(report), report.verdict, settings);
  const content = fitReport(withoutTimings(report), GitHubLimits.COMMENT_BODY_MAX - 1024);
  return commentBody(content, report.verdict, settings);
}
async function publishStickyComment(api, pullNumber, report, settings) {
  if (settings.mode === "off") return { outcome: "off" };
  const ours = (await api.listIssueComments(pullNumber)).filter(
    (c) => isOurs(c, settings.identity) && readMarker(c.body, settings.gateId)
  );
  const [existing, ...duplicates] = ours;
  for (const duplicate of duplicates) await api.deleteIssueComment(duplicate.id);
  const diverged = report.verdict === "fail";
  if (!existing) {
    if (!diverged && settings.mode === "on-divergence") return { outcome: "not-needed" };
    const created = await api.createIssueComment(pullNumber, fitComment(report, settings, false));
    return { outcome: "created", url: created.url };
  }
  const before = readMarker(existing.body, settings.gateId);
  const resolved = !diverged && settings.mode === "on-divergence";
  const body = fitComment(report, settings, resolved);
  if (readMarker(body, settings.gateId)?.digest === before?.digest) return { outcome: "unchanged", url: existing.url };
  await api.updateIssueComment(existing.id, body);
  return { outcome: resolved ? "resolved" : "updated", url: existing.url };
}

// src/action-settings.ts
var MODES = ["all", "check", "publish", "evidence", "verdict"];
var actionSettingsSchema = object({
  mode: _default(_enum(MODES), "all"),
  token: optional(string()),
  comment: _default(_enum(COMMENT_MODES), "on-divergence"),
  checkName: _default(string().check(_maxLength(100)), "Readiness gate"),
  gateId: _default(
    string().check(_regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" or "-"'), _maxLength(64)),
    "readiness-gate"
  ),
  suggestChanges: _default(stringbool(), false),
  issueLabel: _default(string().check(_maxLength(50)), "readiness-gate"),
  eventFile: optional(string()),
  sarifFile: optional(string()),
  allowPullRequestTarget: _default(stringbool(), false)
});
var ACTION_SETTING_INPUTS = {
  mode: Inputs.Mode,
  token: Inputs.GitHubToken,
  comment: Inputs.Comment,
  checkName: Inputs.CheckName,
  gateId: Inputs.GateId,
  suggestChanges: Inputs.SuggestChanges,
  issueLabel: Inputs.IssueLabel,
  eventFile: Inputs.EventFile,
  sarifFile: Inputs.SarifFile,
  allowPullRequestTarget: Inputs.AllowPullRequestTarget
};
function parseActionSettings(raw) {
  return validateText(actionSettingsSchema, raw, ACTION_SETTING_INPUTS);
}

// src/ports/actions-logger.ts
function createActionsLogger() {
  return createGroupingLogger({
    line: (text) => info(text),
    warning: (text) => warning(text),
    startGroup: (title) => startGroup(title),
    endGroup: () => endGroup(),
    started: (name) => info(`${STARTED} ${name}`)
  });
}

// src/publish/github/context.ts
var SCHEDULED_EVENTS = /* @__PURE__ */ new Set(["schedule", "workflow_dispatch", "repository_dispatch"]);
function required(value, what) {
  if (!value) throw new ConfigurationError(`${what} is not set: the action must run in a GitHub Actions job`);
  return value;
}
function kindOf(event, payload) {
  if (payload.pull_request) return "pull_request";
  if (payload.merge_group) return "merge_group";
  if (SCHEDULED_EVENTS.has(event)) return "scheduled";
  return "push";
}
function readTarget(env, payload, event = env.GITHUB_EVENT_NAME) {
  const data = payload ?? {};
  const eventName = required(event, "GITHUB_EVENT_NAME");
  const fullName = data.repository?.full_name ?? required(env.GITHUB_REPOSITORY, "GITHUB_REPOSITORY");
  const [owner = "", repo = ""] = fullName.split("/");
  const kind = kindOf(eventName, data);
  const pr = data.pull_request;
  const headSha = kind === "pull_request" ? pr?.head?.sha : kind === "merge_group" ? data.merge_group?.head_sha : env.GITHUB_SHA;
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    kind,
    event: eventName,
    owner,
    repo,
    headSha: required(headSha, kind === "pull_request" ? "pull_request.head.sha" : "GITHUB_SHA"),
    baseSha: pr?.base?.sha ?? data.merge_group?.base_sha,
    pullNumber: pr?.number,
    fromFork: Boolean(pr && pr.head?.repo?.full_name !== (pr.base?.repo?.full_name ?? fullName)),
    runUrl: env.GITHUB_RUN_ID ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ""}` : void 0
  };
}

// src/publish/github/check-run.ts
import { posix } from "node:path";
function checkRunName(name, target) {
  return target.kind === "scheduled" ? `${name} (nightly audit)` : name;
}
function conclusionOf(report) {
  if (report.verdict === "fail") return "failure";
  return report.claims.length ? "success" : "neutral";
}
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function annotationOf(claim, pathPrefix) {
  const label = claim.verdict === "stale" ? "Stale claim" : "Contradicted claim";
  const suggestion = claim.suggestion ? `
The evidence supports: ${claim.suggestion.trim()}` : "";
  return {
    path: posix.join(pathPrefix, claim.file),
    start_line: claim.line,
    end_line: claim.line,
    annotation_level: claim.verdict === "stale" ? "warning" : "failure",
    title: clip(`${label}: ${claim.text}`, GitHubLimits.ANNOTATION_TITLE_MAX),
    message: truncateUtf8(`${claim.reason}${suggestion}`, GitHubLimits.ANNOTATION_MESSAGE_MAX)
  };
}
function annotationsOf(report, pathPrefix) {
  return report.claims.filter((c) => isDivergent(c.verdict)).map((c) => annotationOf(c, pathPrefix));
}
function chunk(items, size) {
  const chunks = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
async function publishCheckRun(api, target, report, settings) {
  const title = clip(headline(report), GitHubLimits.ANNOTATION_TITLE_MAX);
  const summary2 = fitReport(report, GitHubLimits.CHECK_SUMMARY_MAX);
  const [first = [], ...rest] = chunk(annotationsOf(report, settings.pathPrefix), GitHubLimits.ANNOTATIONS_PER_REQUEST);
  const created = await api.createCheckRun({
    name: checkRunName(settings.name, target),
    head_sha: target.headSha,
    external_id: settings.gateId,
    ...target.runUrl ? { details_url: target.runUrl } : {},
    conclusion: conclusionOf(report),
    output: { title, summary: summary2, ...first.length ? { annotations: first } : {} }
  });
  for (const annotations of rest) await api.updateCheckRun(created.id, { title, summary: summary2, annotations });
  return created;
}

// src/publish/github/suggestions.ts
import { posix as posix2 } from "node:path";
var SUGGESTION_MARKER = "<!-- readiness-gate:suggestion -->";
function suggestedChanges(report, pathPrefix) {
  return report.claims.filter((claim) => claim.verdict === "contradicted" && claim.suggestion !== void 0).map((claim) => {
    const line = claim.suggestion ?? "";
    const fence = "`".repeat(Math.max(3, ...(line.match(/`+/g) ?? []).map((run2) => run2.length + 1)));
    return {
      path: posix2.join(pathPrefix, claim.file),
      line: claim.line,
      body: `${escapeCell(claim.reason)}

${fence}suggestion
${line}
${fence}
${SUGGESTION_MARKER}`
    };
  });
}
async function publishSuggestions(api, pullNumber, headSha, report, pathPrefix) {
  const wanted = suggestedChanges(report, pathPrefix);
  if (!wanted.length) return 0;
  const posted = new Set(
    (await api.listReviewComments(pullNumber)).filter((c) => c.body.includes(SUGGESTION_MARKER)).map((c) => `${c.path}:${c.line}:${c.body}`)
  );
  const fresh = wanted.filter((c) => !posted.has(`${c.path}:${c.line}:${c.body}`));
  if (fresh.length) await api.createReview(pullNumber, headSha, fresh);
  return fresh.length;
}

// src/publish/github/tracking-issue.ts
async function publishTrackingIssue(api, report, settings) {
  const existing = (await api.listOpenIssues(settings.label)).find((issue2) => readMarker(issue2.body, settings.gateId));
  if (report.verdict === "pass") {
    if (!existing) return { outcome: "clean" };
    const note = `Resolved: ${headline(report)} at ${settings.headSha.slice(0, 7)}${settings.runUrl ? ` ([run](${settings.runUrl}))` : ""}.`;
    await api.createIssueComment(existing.number, note);
    await api.updateIssue(existing.number, { state: "closed" });
    return { outcome: "closed", url: existing.url };
  }
  const title = `Readiness gate: ${headline(report)}`;
  const body = commentBody(
    fitReport(withoutTimings(report), GitHubLimits.COMMENT_BODY_MAX - 1024),
    report.verdict,
    settings
  );
  if (!existing) {
    const opened = await api.createIssue(title, body, [settings.label]);
    return { outcome: "opened", url: opened.url };
  }
  if (readMarker(existing.body, settings.gateId)?.digest === readMarker(body, settings.gateId)?.digest)
    return { outcome: "unchanged", url: existing.url };
  await api.updateIssue(existing.number, { title, body });
  return { outcome: "updated", url: existing.url };
}

// src/publish/github/publish.ts
async function publishToGitHub(api, target, report, settings, logger) {
  const result = { problems: [], readOnly: false };
  const attempt = async (what, step) => {
    try {
      return await step();
    } catch (error2) {
      const denied = isPermissionDenied(error2);
      result.readOnly ||= denied;
      result.problems.push(`${what}: ${denied ? "the token may not write it" : "failed"} (${getErrorMessage(error2)})`);
      return void 0;
    }
  };
  result.checkRun = await attempt(
    "check run",
    () => publishCheckRun(api, target, report, {
      name: settings.checkName,
      gateId: settings.gateId,
      pathPrefix: settings.pathPrefix
    })
  );
  const pull = target.kind === "pull_request" ? target.pullNumber : void 0;
  if (pull !== void 0 && settings.comment !== "off") {
    result.comment = await attempt(
      "pull request comment",
      async () => publishStickyComment(api, pull, report, {
        mode: settings.comment,
        gateId: settings.gateId,
        identity: await api.identity(),
        runUrl: target.runUrl,
        headSha: target.headSha
      })
    );
  }
  if (pull !== void 0 && settings.suggestChanges && !result.readOnly) {
    result.suggestions = await attempt(
      "suggested changes",
      () => publishSuggestions(api, pull, target.headSha, report, settings.pathPrefix)
    );
  }
  if (target.kind === "scheduled") {
    result.issue = await attempt(
      "tracking issue",
      () => publishTrackingIssue(api, report, {
        gateId: settings.gateId,
        label: settings.issueLabel,
        runUrl: target.runUrl,
        headSha: target.headSha
      })
    );
  }
  for (const problem of result.problems) logger.warning(`Could not publish the ${problem}`);
  if (result.readOnly)
    logger.warning(
      "The token is read-only here (a pull request from a fork or Dependabot, or missing `permissions`): the report is in the job summary and log annotations instead. See the README for the two-workflow setup that publishes for forks."
    );
  return result;
}

// src/publish/read-report.ts
var reportSchema = looseObject({
  schemaVersion: literal(1),
  verdict: _enum(["pass", "fail"]),
  claims: array(
    looseObject({
      kind: _enum(CLAIM_KINDS),
      text: string(),
      file: string(),
      line: int().check(_positive()),
      verdict: _enum(["verified", "contradicted", "stale", "unverifiable"]),
      reason: string(),
      suggestion: optional(string())
    })
  ),
  counts: object({
    verified: int(),
    contradicted: int(),
    stale: int(),
    unverifiable: int()
  }),
  evidence: record(
    string(),
    looseObject({ status: _enum(["pass", "fail", "unknown", "skipped"]), reason: string() })
  ),
  readiness: looseObject({ checks: array(looseObject({})) }),
  selfContradictions: array(looseObject({})),
  reports: array(string()),
  notes: array(string())
});
function parseReport(path, text) {
  return parseJsonFile("The report", path, text, reportSchema);
}

// src/publish/sarif.ts
import { posix as posix3 } from "node:path";
var RULES = {
  contradicted: {
    id: "readiness-gate/contradicted-claim",
    level: "error",
    description: "A readiness claim in a committed report is contradicted by the evidence."
  },
  stale: {
    id: "readiness-gate/stale-claim",
    level: "warning",
    description: "A readiness claim held when it was written and no longer does."
  }
};
function resultOf(claim, pathPrefix) {
  const rule = claim.verdict === "stale" ? RULES.stale : RULES.contradicted;
  return {
    ruleId: rule.id,
    level: rule.level,
    message: { text: `"${claim.text}": ${claim.reason}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: posix3.join(pathPrefix, claim.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: claim.line }
        }
      }
    ],
    // Code scanning matches results across runs by these, so a claim keeps its alert while its line moves.
    partialFingerprints: { claim: `${claim.kind}:${claim.file}:${claim.text}` }
  };
}
function renderSarif(report, pathPrefix) {
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "readiness-gate",
            version: VERSION,
            informationUri: "https://github.com/readiness-gate/readiness-gate",
            rules: Object.values(RULES).map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: rule.level }
            }))
          }
        },
        results: report.claims.filter((c) => isDivergent(c.verdict)).map((c) => resultOf(c, pathPrefix))
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
}

// src/main.ts
async function run() {
  try {
    const settings = readSettings();
    const options = readOptions();
    const event = readEvent(settings);
    refuseUntrustedCheckout(event, options.directory, settings);
    if (settings.mode === "evidence") return await writeMatrixEvidence(options);
    if (settings.mode === "verdict" && !options.evidenceDir)
      throw new ConfigurationError(
        `${Inputs.EvidenceDir}: mode "verdict" needs the folder the evidence jobs' files were downloaded to`
      );
    const report = settings.mode === "publish" ? await readEarlierReport(options) : await runGate(
      { fs: createFileSystem(), logger: createActionsLogger(), createRunner: createProcessRunner },
      { ...options, base: options.base ?? baseOf(event.payload) }
    );
    await publish(report, options, settings, event);
    if (report.verdict === "fail") setFailed(headline(report));
  } catch (error2) {
    const prefix = error2 instanceof ConfigurationError ? "" : "The readiness gate could not run: ";
    setFailed(`${prefix}${getErrorMessage(error2)}`);
  }
}
async function writeMatrixEvidence(options) {
  if (!options.evidenceDir)
    throw new ConfigurationError(`${Inputs.EvidenceDir}: mode "evidence" needs a folder to write to`);
  const file = await collectEvidence(
    { fs: createFileSystem(), logger: createActionsLogger(), createRunner: createProcessRunner },
    options
  );
  const path = await writeEvidenceFile(options.evidenceDir, file);
  info(`Evidence written to ${path}: ${file.checks.map((c) => `${c} ${file.evidence[c].status}`).join(", ")}`);
  setOutput(Outputs.EvidenceFile, path);
}
function readSettings() {
  const raw = Object.fromEntries(
    Object.entries(ACTION_SETTING_INPUTS).map(([setting, input]) => [setting, getInput(input)])
  );
  return parseActionSettings(raw);
}
function readOptions() {
  const reportDir = join(process.env.RUNNER_TEMP || tmpdir(), "readiness-gate");
  const raw = Object.fromEntries(
    Object.entries(SETTING_INPUTS).map(([setting, input]) => [setting, getInput(input)])
  );
  const options = parseSettings(raw, SETTING_INPUTS);
  return {
    ...options,
    reportJson: options.reportJson ?? join(reportDir, "report.json"),
    reportMarkdown: options.reportMarkdown ?? join(reportDir, "report.md")
  };
}
function readEvent(settings) {
  const name = process.env.GITHUB_EVENT_NAME ?? "";
  const path = settings.mode === "publish" ? settings.eventFile : process.env.GITHUB_EVENT_PATH;
  if (settings.mode === "publish" && !path)
    throw new ConfigurationError(
      `${ACTION_SETTING_INPUTS.eventFile}: mode "publish" needs the event file of the run that made the report`
    );
  if (!path || !existsSync2(path)) {
    if (settings.mode === "publish") throw new ConfigurationError(`The event file ${path} does not exist`);
    return { name, payload: {} };
  }
  const payload = readJson(path, "The event file");
  if (settings.mode === "publish") checkUploadedEvent(payload);
  return { name, payload };
}
function readJson(path, what) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error2) {
    throw new ConfigurationError(`${what} ${path} is not valid JSON: ${getErrorMessage(error2)}`);
  }
}
function checkUploadedEvent(uploaded) {
  const live = process.env.GITHUB_EVENT_PATH;
  if (!live || !existsSync2(live)) return;
  const trusted = readJson(live, "The event file").workflow_run?.head_sha;
  const claimed = uploaded.pull_request?.head?.sha;
  if (trusted && claimed && trusted !== claimed)
    throw new ConfigurationError(
      `The uploaded event is about commit ${claimed}, but the workflow run that uploaded it ran on ${trusted}: refusing to publish it`
    );
}
function baseOf(payload) {
  const data = payload;
  return data.pull_request?.base?.sha ?? data.merge_group?.base_sha;
}
function refuseUntrustedCheckout(event, directory, settings) {
  if (event.name !== "pull_request_target" || settings.mode === "publish") return;
  const head = checkedOutCommit(directory);
  const trusted = head === process.env.GITHUB_SHA;
  warning(
    `readiness-gate is running on pull_request_target, which has a write token and secrets. It runs the checked-out code's scripts: use the two-workflow setup (pull_request, then workflow_run with mode "publish") instead.`
  );
  if (!trusted && !settings.allowPullRequestTarget)
    throw new ConfigurationError(
      `Refusing to run the scripts of ${head} on pull_request_target: it is not the base commit ${process.env.GITHUB_SHA ?? "(unknown)"}, so it may be the pull request's code, which would run with a write token. Use the two-workflow setup, or set ${ACTION_SETTING_INPUTS.allowPullRequestTarget}: true if the code is trusted.`
    );
}
function checkedOutCommit(directory) {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: directory, encoding: "utf8" }).trim();
  } catch {
    return "(unknown)";
  }
}
async function readEarlierReport(options) {
  const path = options.reportJson ?? "";
  if (!existsSync2(path))
    throw new ConfigurationError(
      `mode "publish" reads the report of an earlier run from report-json, and ${path} does not exist`
    );
  return parseReport(path, readFileSync(path, "utf8"));
}
function pathPrefixOf(directory) {
  const root = process.env.GITHUB_WORKSPACE || process.cwd();
  return relative(root, resolve(directory)).split(sep).join("/");
}
async function publish(report, options, settings, event) {
  const pathPrefix = pathPrefixOf(options.directory);
  await writeReportFiles(report, {
    json: settings.mode === "publish" ? void 0 : options.reportJson,
    markdown: options.reportMarkdown
  });
  if (process.env.GITHUB_STEP_SUMMARY)
    await summary.addRaw(truncateUtf8(renderMarkdown(report), JOB_SUMMARY_MAX_BYTES)).write();
  else info("No job summary file (GITHUB_STEP_SUMMARY is not set): the report is in the log only.");
  if (settings.sarifFile) {
    await writeFile2(settings.sarifFile, renderSarif(report, pathPrefix));
    setOutput(Outputs.Sarif, settings.sarifFile);
  }
  const github = settings.mode === "check" ? void 0 : await publishOnGitHub(report, settings, event, pathPrefix);
  if (!github?.checkRun) annotateInLog(report, pathPrefix);
  setOutputs(report, options, github);
}
async function publishOnGitHub(report, settings, event, pathPrefix) {
  if (!settings.token) {
    warning(`No ${ACTION_SETTING_INPUTS.token}: the report is in the job summary and log annotations only.`);
    return void 0;
  }
  const target = readTarget(process.env, event.payload, event.name);
  if (target.fromFork) info("This pull request comes from a fork: its token is usually read-only.");
  const logger = createActionsLogger();
  const { createGitHubApi, createOctokit } = await import("./chunks/github-api-AUI7FXMA.js");
  const api = createGitHubApi(createOctokit(settings.token, logger), target.owner, target.repo);
  return logger.group(
    "Publishing to GitHub",
    () => publishToGitHub(api, target, report, { ...settings, pathPrefix }, logger)
  );
}
function annotateInLog(report, pathPrefix) {
  const divergent = report.claims.filter((c) => isDivergent(c.verdict));
  for (const claim of divergent.slice(0, WORKFLOW_COMMAND_ANNOTATIONS_SHOWN)) {
    const annotate = claim.verdict === "stale" ? warning : error;
    annotate(claim.reason, {
      file: join(pathPrefix, claim.file),
      startLine: claim.line,
      title: `${claim.verdict === "stale" ? "Stale" : "Contradicted"} claim: ${claim.text.slice(0, 200)}`
    });
  }
  if (divergent.length > WORKFLOW_COMMAND_ANNOTATIONS_SHOWN)
    info(
      `${divergent.length - WORKFLOW_COMMAND_ANNOTATIONS_SHOWN} more claims that do not hold are in the job summary.`
    );
}
function setOutputs(report, options, github) {
  setOutput(Outputs.Verdict, report.verdict);
  setOutput(Outputs.Claims, report.claims.length);
  setOutput(Outputs.Verified, report.counts.verified);
  setOutput(Outputs.Contradicted, report.counts.contradicted);
  setOutput(Outputs.Stale, report.counts.stale);
  setOutput(Outputs.Unverifiable, report.counts.unverifiable);
  setOutput(Outputs.ReportJson, options.reportJson);
  setOutput(Outputs.ReportMarkdown, options.reportMarkdown);
  if (report.cache) setOutput(Outputs.CacheHit, report.cache.hit);
  if (github?.checkRun) setOutput(Outputs.CheckRunUrl, github.checkRun.url);
  if (github?.comment?.url) setOutput(Outputs.CommentUrl, github.comment.url);
  if (github?.issue?.url) setOutput(Outputs.IssueUrl, github.issue.url);
}

// src/index.ts
await run();
