// Entry point of the bundled action (dist/index.js).
import { run } from './main.ts';

await run();
// A call abandoned at its deadline (see withDeadline) must not keep the job waiting for its socket.
process.exit();
