// Prints the run's totals alone on the last line as "N passed, N failed": the line CI reads.
class TotalsReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    process.stdout.write(`\n${results.numPassedTests} passed, ${failed} failed\n`)
  }
}
module.exports = TotalsReporter
