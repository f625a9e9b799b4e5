const unused = 42

function greet(name) {
  console.log(`hello ${name}`)
  console.log('done')
}

module.exports = { greet }
