// The test server (e2e/serve.mjs) itself, not the widget: it must never be what holds a run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './serve.mjs';

// The suites close their server after each test; a socket the browser opened ahead of need
// (a preconnect) sends no request, and once held a CI run for 100 s until its header timeout.
test('the test server closes at once, even with a socket that never sent a request', async () => {
  const { connect } = await import('node:net');
  const idle = await startServer('dist');
  const socket = connect(Number(new URL(idle.url).port), '127.0.0.1');
  await new Promise((connected) => socket.on('connect', connected));
  const closed = await Promise.race([
    idle.close().then(() => true),
    new Promise((late) => setTimeout(() => late(false), 2000)),
  ]);
  socket.destroy();
  assert.ok(closed, 'the server closed within 2 s');
});

// A test that fails before closing its server must not hold its file open until the time-out
// (once a failed assertion cost a whole file its 120 s).
test('a server left open does not keep the test process alive', async () => {
  const { spawn } = await import('node:child_process');
  const serve = new URL('./serve.mjs', import.meta.url).href;
  const child = spawn(process.execPath, ['--input-type=module', '-e', `import { startServer } from '${serve}'; console.log((await startServer('dist')).url);`]);
  let printed = '';
  child.stdout.on('data', (chunk) => { printed += chunk; });
  const exitCode = await Promise.race([
    new Promise((done) => child.on('exit', (code) => done(code))),
    new Promise((late) => setTimeout(() => late('still running'), 5000)),
  ]);
  child.kill();
  assert.match(printed, /^http:\/\/127\.0\.0\.1:\d+\//, 'the child served');
  assert.equal(exitCode, 0, 'the process ended by itself within 5 s');
});
