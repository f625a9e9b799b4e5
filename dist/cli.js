#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{DEFAULT_TIMEOUT_SECONDS,RUNNABLE_CHECKS,VERSION,collectEvidence,createConsoleLogger,createProcessRunner,parseSettings,runGate,silentLogger,stopOnInterrupt,stopRunningCommands,writeEvidenceFile,writeReportFiles}from"./chunks/chunk-SP2W32BK.js";import{createFileSystem}from"./chunks/chunk-XE465CB2.js";import{formatDeltas,headline}from"./chunks/chunk-MODV3ZA5.js";import{CHECK_NAMES,ConfigurationError,counted,getErrorMessage}from"./chunks/chunk-CGGAYVED.js";import"./chunks/chunk-YZASLWB7.js";import{parseArgs}from"node:util";import{pathToFileURL}from"node:url";import{realpathSync}from"node:fs";var LABEL={verified:"verified",contradicted:"CONTRADICTED",stale:"STALE",unverifiable:"unverifiable"};function renderText(report){let lines=[`readiness-gate: ${headline(report)}`,""];lines.push("Evidence:");for(let name of CHECK_NAMES){let check=report.evidence[name];lines.push(`  ${name.padEnd(10)} ${check.status.padEnd(8)} ${check.reason}`)}let{readiness}=report,state=readiness.ready===!1?"not ready":readiness.ready?"ready":"readiness not known";if(lines.push(`  readiness  ${readiness.score===void 0?"-":`${readiness.score}%`} (${state}; best case ${readiness.bestCase}%)`),report.claims.length){lines.push("","Claims:");let where=report.claims.map(c=>`${c.file}:${c.line}`),width=Math.min(60,where.reduce((widest,w)=>Math.max(widest,w.length),0));report.claims.forEach((claim,i)=>lines.push(formatClaim(claim,(where[i]??"").padEnd(width))))}report.sinceBase&&lines.push(`since the base: ${report.sinceBase.length?formatDeltas(report.sinceBase):"no change"}`);for(let group of report.selfContradictions){let where=group.claims.map(c=>`${c.file}:${c.line} says ${String(c.claimed)}`).join("; ");lines.push(`self-contradiction: ${group.kind}${group.scope?` (${group.scope})`:""}: ${where}`)}for(let note of report.notes)lines.push(`note: ${note}`);return lines.join(`
`)+`
`}function formatClaim(claim,where){let indent=`  ${" ".repeat(12)} ${" ".repeat(where.length)}  `,fix=claim.suggestion?`
${indent}fix: ${claim.suggestion}`:"";return`  ${LABEL[claim.verdict].padEnd(12)} ${where}  ${claim.text}
${indent}\u2192 ${claim.reason}${fix}`}import{readFile,writeFile}from"node:fs/promises";import{join}from"node:path";async function applyFixes(root,claims){let byFile=new Map;for(let claim of claims){if(!claim.suggestion)continue;let lines=byFile.get(claim.file)??new Map;lines.set(claim.line,{from:claim.text,to:claim.suggestion}),byFile.set(claim.file,lines)}let result={files:[],lines:0};for(let[file,fixes]of byFile){let path=join(root,file),text=await readFile(path,"utf8"),eol=text.includes(`\r
`)?`\r
`:`
`,lines=text.split(/\r?\n/),changed=0;for(let[line,fix]of fixes){let current=lines[line-1];current===void 0||current.trim()!==fix.from||(lines[line-1]=current.slice(0,current.length-current.trimStart().length)+fix.to,changed++)}changed&&(await writeFile(path,lines.join(eol)),result.files.push(file),result.lines+=changed)}return result}var ExitCode={Pass:0,Contradicted:1,CouldNotRun:2},USAGE=`Usage: readiness-gate [DIR] [options]
       readiness-gate evidence [DIR] --out OUT [--shard I/N] [options]
       readiness-gate verdict [DIR] --evidence OUT [options]

Checks the readiness claims in DIR's status reports against its real typecheck, build, tests,
audit and lint results. \`evidence\` only runs the checks (one test shard with --shard) and writes
the evidence to OUT; \`verdict\` merges every evidence file in OUT instead of running checks, and
says which shard or check is missing.

Options:
  --json FILE         write the JSON report (schemaVersion 1) to FILE
  --markdown FILE     write the markdown report to FILE
  --no-install        do not install dependencies when node_modules is missing
  --checks LIST       comma-separated checks to run (default: ${RUNNABLE_CHECKS.join(",")})
  --reports GLOBS     comma-separated globs of the reports to read (default: report-like *.md names)
  --claims-file FILE  the structured claims file (default: .github/readiness.yml or .json, if present)
  --CHECK-command CMD run CMD (in a shell) for typecheck, build, test, audit or lint instead of
                      the detected command, e.g. --test-command 'make test'
  --test-results GLOBS  read test reports (jest/vitest JSON, JUnit XML) instead of running tests
  --audit-report FILE read an npm, pnpm, yarn (classic or berry) or bun audit JSON file instead of
                      running the audit
  --coverage-report FILE  read an istanbul coverage-summary.json or coverage.py JSON instead of
                      measuring coverage
  --shard I/N         run only part I of N of the jest or vitest tests (with evidence)
  --packages LIST     check only these workspace packages, by folder or name (with evidence)
  --out DIR           where evidence writes its file
  --evidence DIR      where verdict reads the evidence files
  --cache DIR         reuse the evidence of an earlier run on the same committed tree (kept in DIR)
  --tests-after-build auto|true|false  whether the tests wait for the build (default: auto, when
                      they use its output)
  --timeout SECONDS   time limit for each check (default: ${DEFAULT_TIMEOUT_SECONDS})
  --max-parallel N    how many checks run at once (default: one more than the cores; an audit
                      runs beside them)
  --fail-on LIST      what fails the run: contradicted (default), stale, self-contradiction,
                      unverifiable-readiness; or never
  --base REV          the revision a change is compared with: contradicted claims whose line is
                      already in REV are reported as stale
  --baseline FILE     a JSON report of the base branch: the report shows what changed since
  --fix               rewrite the reports' false claims to what the evidence shows
  --quiet             print only the report, not the progress of each check
  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 no claim contradicted, 1 a claim is contradicted, 2 the gate could not run.
`,SUBCOMMANDS=["evidence","verdict"],processIo={stdout:t=>process.stdout.write(t),stderr:t=>process.stderr.write(t),...process.stderr.isTTY&&!process.env.CI?{terminalColumns:process.stderr.columns||80}:{}};async function runCli(argv,io=processIo){let options;try{let parsed=parseCommandLine(argv);if(parsed==="help")return io.stdout(USAGE),ExitCode.Pass;if(parsed==="version")return io.stdout(`${VERSION}
`),ExitCode.Pass;options=parsed}catch(error){return io.stderr(`readiness-gate: ${getErrorMessage(error)}

${USAGE}`),ExitCode.CouldNotRun}try{let terminal=io.terminalColumns?{write:io.stderr,columns:io.terminalColumns}:void 0,logger=options.quiet?silentLogger:createConsoleLogger(line=>io.stderr(line+`
`),terminal),ports={fs:createFileSystem(),logger,createRunner:createProcessRunner};if(options.command==="evidence")return await writeEvidence(ports,options,io);let report=await runGate(ports,options);if(await writeReportFiles(report,{json:options.reportJson,markdown:options.reportMarkdown}),io.stdout(renderText(report)),options.fix){let fixed=await applyFixes(report.repository,report.claims);io.stdout(`fixed ${counted(fixed.lines,"line")} in ${counted(fixed.files.length,"report")}${fixed.files.length?`: ${fixed.files.join(", ")}`:""}
`)}return report.verdict==="fail"?ExitCode.Contradicted:ExitCode.Pass}catch(error){let kind=error instanceof ConfigurationError?"":"internal error: ";return io.stderr(`readiness-gate: ${kind}${getErrorMessage(error)}
`),ExitCode.CouldNotRun}}async function writeEvidence(ports,options,io){let file=await collectEvidence(ports,options),path=await writeEvidenceFile(options.out??".",file),ran=file.checks.map(check=>`${check} ${file.evidence[check].status}`).join(", ");return io.stdout(`readiness-gate: wrote ${path} (${ran})
`),ExitCode.Pass}function parseCommandLine(argv){let parsed;try{parsed=parseArgs({args:argv,allowPositionals:!0,options:{json:{type:"string"},markdown:{type:"string"},"no-install":{type:"boolean"},checks:{type:"string"},reports:{type:"string"},"claims-file":{type:"string"},timeout:{type:"string"},"max-parallel":{type:"string"},"fail-on":{type:"string"},base:{type:"string"},baseline:{type:"string"},"typecheck-command":{type:"string"},"build-command":{type:"string"},"test-command":{type:"string"},"audit-command":{type:"string"},"lint-command":{type:"string"},"test-results":{type:"string"},"audit-report":{type:"string"},"coverage-report":{type:"string"},shard:{type:"string"},"tests-after-build":{type:"string"},packages:{type:"string"},cache:{type:"string"},out:{type:"string"},evidence:{type:"string"},quiet:{type:"boolean"},fix:{type:"boolean"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"v"}}})}catch(error){throw new ConfigurationError(getErrorMessage(error),{cause:error})}let{values}=parsed,command=SUBCOMMANDS.find(name=>name===parsed.positionals[0])??"check",positionals=command==="check"?parsed.positionals:parsed.positionals.slice(1);if(values.help)return"help";if(values.version)return"version";if(positionals.length>1)throw new ConfigurationError(`expected at most one directory, received ${positionals.length}: ${positionals.join(" ")}`);let options=parseSettings({directory:positionals[0],reports:values.reports,claimsFile:values["claims-file"],install:values["no-install"]?"false":void 0,testsAfterBuild:values["tests-after-build"],checks:values.checks,timeoutSeconds:values.timeout,maxParallel:values["max-parallel"],reportJson:values.json,reportMarkdown:values.markdown,failOn:values["fail-on"],base:values.base,baseline:values.baseline,typecheckCommand:values["typecheck-command"],buildCommand:values["build-command"],testCommand:values["test-command"],auditCommand:values["audit-command"],lintCommand:values["lint-command"],testResults:values["test-results"],auditReport:values["audit-report"],coverageReport:values["coverage-report"],shard:values.shard,packages:values.packages,cacheDir:values.cache,evidenceDir:values.evidence},{directory:"DIR",reports:"--reports",claimsFile:"--claims-file",install:"--no-install",testsAfterBuild:"--tests-after-build",checks:"--checks",timeoutSeconds:"--timeout",maxParallel:"--max-parallel",reportJson:"--json",reportMarkdown:"--markdown",failOn:"--fail-on",base:"--base",baseline:"--baseline",typecheckCommand:"--typecheck-command",buildCommand:"--build-command",testCommand:"--test-command",auditCommand:"--audit-command",lintCommand:"--lint-command",testResults:"--test-results",auditReport:"--audit-report",coverageReport:"--coverage-report",shard:"--shard",packages:"--packages",cacheDir:"--cache",evidenceDir:"--evidence"});if(command==="evidence"&&!values.out)throw new ConfigurationError("evidence needs --out DIR, where the evidence file goes");if(command==="verdict"&&!values.evidence)throw new ConfigurationError("verdict needs --evidence DIR, where the evidence jobs put their files");return{...options,command,out:values.out,quiet:values.quiet??!1,fix:values.fix??!1}}function isMain(){let entry=process.argv[1];if(!entry)return!1;try{return import.meta.url===pathToFileURL(realpathSync(entry)).href}catch{return!1}}isMain()&&(stopOnInterrupt(),process.exitCode=await runCli(process.argv.slice(2)),stopRunningCommands());export{ExitCode,USAGE,runCli};
