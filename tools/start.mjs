// npm start: build what is needed, then serve API + web on one port (embedded PGlite unless DATABASE_URL).
import { spawn } from 'node:child_process';
import { buildAll, NX_ENV } from './run.mjs';

const started = Date.now();
const code = await buildAll();
if (code !== 0) process.exit(code);
console.log(`Build ready in ${((Date.now() - started) / 1000).toFixed(1)} s; starting Wijkkompas…`);
const server = spawn(process.execPath, ['dist/apps/api/main.js'], { stdio: 'inherit', env: { ...process.env, ...NX_ENV } });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (c) => process.exit(c ?? 0));
