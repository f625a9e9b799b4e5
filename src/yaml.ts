/**
 * The YAML parser, imported with `import()` where a YAML file is read, so its 157 KB are loaded only
 * by repositories that have one. Through this module the bundle keeps the parser's named exports,
 * which a direct `import('yaml')` of its CommonJS build does not give.
 */
export { LineCounter, parse, parseDocument } from 'yaml'
