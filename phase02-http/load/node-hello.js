// The same "hello" endpoint on Node's http module, for comparison: node phase02-http/load/node-hello.js [port]
const http = require('http');
const port = Number(process.argv[2] || 8081);
http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': 5 });
  res.end('hello');
}).listen(port, '127.0.0.1', () => console.log(`node http on ${port}`));
