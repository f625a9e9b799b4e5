import { run } from './main.js'
import { stopOnInterrupt, stopRunningCommands } from './ports/process-runner.js'

stopOnInterrupt()
await run()
// Only a run that failed midway can leave checks running; it reports, and they go with it.
stopRunningCommands()
