import { run } from './main.js'
import { stopOnInterrupt } from './ports/process-runner.js'

stopOnInterrupt()
await run()
