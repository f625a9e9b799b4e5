function toCents(euros) {
  return Math.round(euros * 100)
}

function toEuros(cents) {
  return cents / 100
}

function format(cents) {
  if (cents < 0) return `-${format(-cents)}`
  return `${toEuros(cents).toFixed(2)} EUR`
}

module.exports = { toCents, toEuros, format }
