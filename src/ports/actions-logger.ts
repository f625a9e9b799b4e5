import * as core from '@actions/core'
import type { Logger } from './logger.js'
import { STARTED, createGroupingLogger } from './logger.js'

/**
 * Logs to the Actions runner: a line when each check starts, one collapsible group per check written
 * whole when it ends, and warning annotations.
 */
export function createActionsLogger(): Logger {
  return createGroupingLogger({
    line: (text) => core.info(text),
    warning: (text) => core.warning(text),
    startGroup: (title) => core.startGroup(title),
    endGroup: () => core.endGroup(),
    started: (name) => core.info(`${STARTED} ${name}`)
  })
}
