import { Command, CommanderError, Option } from 'commander';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConnectorExportError, ServiceError } from '../errors.ts';
import { FORMATS, render, type CommandResult, type Format } from './render.ts';

/** The process around the command: the real one in src/cli.ts, captured streams in tests. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/**
 * Exit codes: 0 the check passed; 1 it failed (or a service the command needs failed); 2 the command could not run
 * as given: a usage error, or an argument or input file it cannot take.
 */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** The options every command takes, as commander parses them. */
export interface CommonOptions {
  format: Format;
  output?: string;
  quiet?: boolean;
}

/** A command's own options, with the process around it and a sink for secrets to keep out of every output. */
export interface CommandContext<T> {
  options: T & CommonOptions;
  io: CliIO;
  mask: (secret: string) => void;
  warn: (message: string) => void;
  /** Progress (sign-in, requests), on standard error; silent with --quiet. */
  log: (message: string) => void;
}

const EXAMPLES = {
  validate: `
Examples:
  $ connector-export validate apiDefinition.swagger.json
  $ connector-export validate connectors/*/apiDefinition.swagger.json --fail-on warning
  $ connector-export validate openapi.yaml --format sarif --output connector.sarif
  $ connector-export validate api.json --ignore-rules summary-missing,description-missing --quiet`,
  diff: `
The baseline is the last exported copy: a file, or a git revision of the same file (git:<ref>) or of another path
(git:<ref>:<path from the repository root>).

Examples:
  $ connector-export diff git:main apiDefinition.swagger.json
  $ connector-export diff git:HEAD~1:connector/apiDefinition.swagger.json connector/apiDefinition.swagger.json
  $ connector-export diff exported/apiDefinition.swagger.json openapi.yaml --fail-on warning
  $ connector-export diff git:main api.json --format markdown --output drift.md`,
  package: `
Writes the files Power Platform imports (paconn's layout, with IMPORT.md) into --out. The folder must be new or
empty; --force replaces an earlier package there.

Examples:
  $ connector-export package apiDefinition.swagger.json --out build/connector
  $ connector-export package openapi.yaml --out build/connector --connector-name "Contoso Orders" --host api.contoso.com`,
  export: `
Registers the connector in a Power Platform environment (express mode). Sign-in, in order of preference on a laptop:
the Azure CLI (run 'az login' first; the default), or --client-id/--tenant-id with the client secret in
CONNECTOR_EXPORT_CLIENT_SECRET, or an access token in CONNECTOR_EXPORT_TOKEN. Secrets are read from the
environment only, never from arguments (which other users of the machine can see).

Examples:
  $ az login
  $ connector-export export apiDefinition.swagger.json --environment Default-1234 --dry-run
  $ connector-export export apiDefinition.swagger.json --environment Default-1234 --connector-id shared_contoso-5f`,
};

function common(command: Command): Command {
  return command
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('text'))
    .option('--output <file>', 'write the report to this file instead of standard output')
    .option('--quiet', 'print nothing when the check passes')
    .option('--ignore-rules <ids>', 'comma-separated rule ids to ignore (the README lists them)')
    .option('--server <index|url>', 'OpenAPI 3: which servers entry becomes host and basePath (default the first)');
}

function connectorOptions(command: Command): Command {
  return command
    .option('--connector-name <name>', "the connector's display name (default the definition's info.title)")
    .option('--host <host>', 'replace the host in the exported definition, e.g. api.contoso.com')
    .option('--base-path <path>', 'replace the basePath in the exported definition, e.g. /v2')
    .option('--icon <png>', 'connector icon (PNG)')
    .option('--icon-brand-color <hex>', 'icon background colour, e.g. #007ee5')
    .option('--api-key-label <label>', 'API key auth: the label makers see on the connection dialog')
    .option('--oauth-client-id <id>', 'OAuth 2.0 auth: the client id of the app registration')
    .option('--oauth-scopes <scopes>', 'OAuth 2.0 auth: comma-separated scopes')
    .option('--aad-resource-url <url>', 'Microsoft Entra ID auth: the resource URL')
    .option('--aad-tenant-id <id>', 'Microsoft Entra ID auth: the tenant (default common)')
    .option('--aad-login-url <url>', 'Microsoft Entra ID auth: the login URL (sovereign clouds)');
}

/** Builds the program; `done` receives what the command found. Commands load their stages on demand. */
export function program(io: CliIO, version: string, done: (result: CommandResult, options: CommonOptions) => void) {
  const secrets = new Set<string>();
  // Once each: the same warning for every definition of a command would only bury the report.
  const warned = new Set<string>();
  const context = <T>(options: T & CommonOptions): CommandContext<T> => ({
    options,
    io,
    mask: (s) => secrets.add(s),
    warn: (m) => {
      if (!warned.has(m)) io.stderr.write(`warning: ${m}\n`);
      warned.add(m);
    },
    log: (m) => {
      if (!options.quiet) io.stderr.write(`${m}\n`);
    },
  });
  const root = new Command('connector-export')
    .description(
      'Validate, diff and export an OpenAPI definition as a Power Platform custom connector: the engine of the connector-export GitHub Action, on the command line.',
    )
    .version(version, '-V, --version', 'print the version')
    .showHelpAfterError('(add --help for the options and examples)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();

  common(
    root
      .command('validate')
      .description('check definitions against the Power Platform connector rules; findings with file:line:column')
      .argument('<definition...>', 'definition files (Swagger 2.0 or OpenAPI 3, JSON or YAML) or URLs')
      .addOption(
        new Option('--fail-on <level>', 'exit 1 on findings of this level or worse')
          .choices(['error', 'warning', 'never'])
          .default('error'),
      ),
  )
    .addHelpText('after', `${EXAMPLES.validate}\n`)
    .action(async (definitions: string[], options) => {
      const { validate } = await import('./validate.ts');
      done(await validate(definitions, context(options)), options);
    });

  common(
    root
      .command('diff')
      .description('the drift report: what changed since the baseline, at the level a saved flow feels it')
      .argument('<baseline>', 'the last exported copy: a file, git:<ref> or git:<ref>:<path>')
      .argument('<definition>', 'the new definition file')
      .addOption(
        new Option('--fail-on <level>', 'exit 1 on drift of this level or worse')
          .choices(['breaking', 'warning', 'any', 'never'])
          .default('breaking'),
      )
      .option('--host <host>', 'the host the exported copies carry (applied to both sides of a git baseline)')
      .option('--base-path <path>', 'the basePath the exported copies carry (as --host)'),
  )
    .addHelpText('after', `${EXAMPLES.diff}\n`)
    .action(async (baseline: string, definition: string, options) => {
      const { diff } = await import('./diff.ts');
      done(await diff(baseline, definition, context(options)), options);
    });

  connectorOptions(
    common(
      root
        .command('package')
        .description('write the manual import package (apiDefinition, apiProperties, icon, IMPORT.md)')
        .argument('<definition...>', 'definition files or URLs; several get a subfolder each')
        .requiredOption('--out <dir>', 'the folder to write the package to')
        .option('--force', 'replace what --out holds')
        .addOption(
          new Option('--fail-on <level>', 'write nothing and exit 1 on findings of this level or worse')
            .choices(['error', 'warning', 'never'])
            .default('error'),
        ),
    ),
  )
    .addHelpText('after', `${EXAMPLES.package}\n`)
    .action(async (definitions: string[], options) => {
      const { packageCommand } = await import('./package.ts');
      done(await packageCommand(definitions, context(options)), options);
    });

  connectorOptions(
    common(
      root
        .command('export')
        .description('register the connector in a Power Platform environment (express mode)')
        .argument('<definition>', 'the definition file or URL')
        .requiredOption('--environment <id>', 'the Power Platform environment id, or ~Default')
        .option('--connector-id <id>', 'update this connector (default: found by name)')
        .addOption(
          new Option(
            '--auth <kind>',
            'sign-in (default azure-cli, or client-secret/token when their variables are set)',
          ).choices(['azure-cli', 'client-secret', 'token']),
        )
        .option('--tenant-id <id>', 'Microsoft Entra tenant')
        .option('--client-id <id>', 'app registration (client-secret sign-in)')
        .option('--authority-host <url>', 'Entra ID authority for sovereign clouds')
        .option('--powerapps-url <url>', 'Power Apps API base URL')
        .option(
          '--baseline <baseline>',
          'diff against: connector (the registered one), a file, git:<ref>, none',
          'connector',
        )
        .addOption(
          new Option('--fail-on <level>', 'register nothing and exit 1 on drift of this level or worse')
            .choices(['breaking', 'warning', 'any', 'never'])
            .default('breaking'),
        )
        .addOption(
          new Option('--fail-on-validation <level>', 'register nothing and exit 1 on findings of this level')
            .choices(['error', 'warning', 'never'])
            .default('error'),
        )
        .option('--dry-run', 'sign in, read and plan; change nothing')
        .option('--validate-remotely', "also run the service's own validation")
        .option('--force-update', 'update even when the registered connector looks the same'),
    ),
  )
    .addHelpText('after', `${EXAMPLES.export}\n`)
    .action(async (definition: string, options) => {
      const { exportCommand } = await import('./export.ts');
      done(await exportCommand(definition, context(options)), options);
    });

  return { root, secrets };
}

/** Runs one command line; returns the exit code. */
export async function runCli(argv: string[], io: CliIO, version: string): Promise<number> {
  let outcome: { result: CommandResult; options: CommonOptions } | undefined;
  const { root, secrets } = program(io, version, (result, options) => {
    outcome = { result, options };
  });
  const redact = (text: string): string => {
    for (const s of secrets) text = text.split(s).join('***');
    return text;
  };
  try {
    await root.parseAsync(argv, { from: 'user' });
    if (!outcome) return EXIT.ok;
    const { result, options } = outcome;
    for (const { error } of result.errors) io.stderr.write(redact(`${errorText(error)}\n`));
    const exit = Math.max(result.failed ? EXIT.failed : EXIT.ok, ...result.errors.map(({ error }) => exitOf(error)));
    const color = !options.output && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && options.format === 'text';
    const report = redact(render(result, options.format, { color, version }));
    if (options.output) await writeOutput(path.resolve(io.cwd, options.output), report);
    else if (!(options.quiet && exit === EXIT.ok)) io.stdout.write(report);
    return exit;
  } catch (error) {
    // --help and --version end the parse with code 0; commander's usage errors are already printed.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    io.stderr.write(redact(`${errorText(error)}\n`));
    return exitOf(error);
  }
}

/** An argument, input or definition the command cannot take is a usage error; a service that fails (or a bug) is a
 * failed run. */
function exitOf(error: unknown): number {
  return error instanceof ConnectorExportError && !(error instanceof ServiceError) ? EXIT.usage : EXIT.failed;
}

async function writeOutput(file: string, text: string): Promise<void> {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new ConnectorExportError(
      `--output: cannot write ${file}: ${(error as Error).message}`,
      'Give a file in a folder that exists and that you may write to.',
    );
  }
}

function errorText(error: unknown): string {
  if (error instanceof ConnectorExportError) return `error: ${error.message}${error.hint ? `\n${error.hint}` : ''}`;
  return `error: ${error instanceof Error ? error.message : String(error)}`;
}
