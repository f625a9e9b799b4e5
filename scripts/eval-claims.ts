/** `npm run eval:claims`: prints the extraction and verdict accuracy on the labelled corpus. */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { evaluateCorpus, formatEvaluation } from './claims-eval/evaluate.js'

const project = join(dirname(fileURLToPath(import.meta.url)), '..')
const result = await evaluateCorpus(join(project, '__tests__', 'claims-corpus'), join(project, '__tests__', 'examples'))
process.stdout.write(formatEvaluation(result))
