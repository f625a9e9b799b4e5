/**
 * The gate uses zod's tree-shakable build (`zod/mini`): the full build adds about 730 KB to the action's
 * bundle. That build carries no messages; modules with schemas import this one for English messages.
 */
import english from 'zod/v4/locales/en.js'
import { config } from 'zod/mini'

config(english())
