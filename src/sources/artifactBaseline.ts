import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { currentWorkflowPath, GitHubArtifactStore, isArtifactRuntimeAvailable } from '../github/artifact.ts';
import type { EventContext } from '../github/context.ts';
import { readPackageBaseline, type PackageBaseline } from './baseline.ts';

/**
 * The definition (and the apiProperties.json and script.csx beside it) inside the newest export artifact of this workflow on the default branch, downloaded into
 * `workDir`; undefined without a runner or a token (the caller then explains that `artifact` needs them).
 */
export function artifactBaseline(
  env: NodeJS.ProcessEnv,
  event: EventContext | undefined,
  artifactName: string,
  token: string | undefined,
  workDir: string,
): (() => Promise<PackageBaseline | undefined>) | undefined {
  if (!event || !token || !isArtifactRuntimeAvailable(env)) return undefined;
  return async () => {
    mkdirSync(workDir, { recursive: true });
    const destination = mkdtempSync(path.join(workDir, 'baseline-'));
    const file = await new GitHubArtifactStore(env).downloadLatest({
      name: artifactName,
      token,
      destination,
      defaultBranch: event.defaultBranch,
      workflowPath: currentWorkflowPath(env),
    });
    return file === undefined ? undefined : readPackageBaseline(file, `artifact ${artifactName}`);
  };
}
