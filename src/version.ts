import packageJson from '../package.json' with { type: 'json' };

/** The version of this build, as package.json has it: the tool version in SARIF, `--version` on the command line. */
export const VERSION: string = packageJson.version;
