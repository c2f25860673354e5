// Resolved through the `browser` export condition: a bundle built for a browser gets this
// module, which stops the page at once instead of shipping code meant to hold secret keys.
const message =
  '@belvo-widget/server was bundled for a browser. It holds Belvo secret keys and runs on ' +
  'your server only: import it in server code (an API route, a server action, a backend), ' +
  'and fetch your token endpoint from the page.'

throw new Error(message)
