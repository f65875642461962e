// Entry point of the bundled CLI.
import { run } from './main.js';

await run();
