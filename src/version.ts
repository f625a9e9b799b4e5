declare const __GATE_VERSION__: string | undefined

/** Replaced by the bundler with package.json's version; "development" when run from source. */
export const VERSION = typeof __GATE_VERSION__ === 'string' ? __GATE_VERSION__ : 'development'
