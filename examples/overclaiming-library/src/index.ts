export { slugify } from './slugify.js'
export { discount, formatPrice } from './price.js'
