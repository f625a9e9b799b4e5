import Counter from './Counter.vue'
const total: number = 'zero'
export { Counter, total }
