import { readEventContext } from './github/context.ts';
import { actionsPublisher, guardedPublisher, publishError, type Publisher } from './github/publish.ts';
import { runner } from './github/workflowCommands.ts';
import { readSettings, type InputSource } from './inputs.ts';
import { runConnectors } from './pipeline/runConnector.ts';
import { unknownRuleIds } from './ruleIds.ts';
import { registerSecret } from './secrets.ts';
import { publishResults } from './stages/publish.ts';

/** What run() needs from the outside world: the runner's in the action, others in tests. */
export interface Runtime {
  inputs: InputSource;
  env: NodeJS.ProcessEnv;
  publisher: Publisher;
  mask: (secret: string) => void;
  getIdToken: (audience: string) => Promise<string>;
}

export function actionsRuntime(): Runtime {
  return {
    inputs: { get: (name) => runner.getInput(name) },
    env: process.env,
    publisher: actionsPublisher,
    mask: (secret) => runner.setSecret(secret),
    getIdToken: (audience) => runner.getIdToken(audience),
  };
}

/**
 * For each connector: read -> validate -> diff -> export (runConnectors, DESIGN.md); then one report for all of them.
 */
export async function run(runtime: Runtime = actionsRuntime()): Promise<void> {
  // Every secret is masked in the log and kept to be taken out of everything published.
  const out = guardedPublisher(runtime.publisher);
  const mask = (secret: string) => {
    registerSecret(secret);
    runtime.mask(secret);
  };
  try {
    const settings = readSettings(runtime.inputs, runtime.env, mask);
    // Outside a workflow (the local example) there is no repository, event or pull request.
    const event = runtime.env.GITHUB_REPOSITORY ? readEventContext(runtime.env) : undefined;
    const unknown = unknownRuleIds(settings.ignoreRules);
    if (unknown.length > 0) {
      out.warning(
        `ignore-rules: no rule has the id ${unknown.map((id) => `'${id}'`).join(', ')}; the README lists the rule ids.`,
      );
    }
    const results = await runConnectors(settings, {
      event,
      env: runtime.env,
      getIdToken: runtime.getIdToken,
      log: (m) => out.info(m),
    });
    await publishResults(results, { settings, event }, out);
  } catch (error) {
    await publishError(error, out);
  }
}
