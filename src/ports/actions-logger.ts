import * as core from '@actions/core'
import type { Logger } from './logger.js'

/** Logs to the Actions runner: collapsible groups and warning annotations. */
export function createActionsLogger(): Logger {
  return {
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    group: (name, fn) => core.group(name, fn)
  }
}
