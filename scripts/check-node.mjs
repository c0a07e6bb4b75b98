// npm scripts run on the Node 24 binary from the `node` dependency; refuse to go on with an older one.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`AI Bridge needs Node 24 or newer; this is ${process.version}. Run "npm ci" so npm scripts use the bundled Node 24.`);
  process.exit(1);
}
