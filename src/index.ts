// Entry point of the bundled action (dist/index.js). Replaced by the orchestration in main.ts.
import * as core from '@actions/core';

core.info('connector-export');
