import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RawProject } from '../connector/project.ts';
import { InputError } from '../errors.ts';
import type { BaselineLocation, DefinitionLocation } from '../inputs.ts';
import { readDefinitionFile } from './file.ts';
import { readAtGitRef } from './git.ts';
import type { RawDefinition } from './raw.ts';

/** The last exported definition: `raw` is undefined when none exists yet (the first export, never an error). */
export interface Baseline {
  /** What was compared against, as shown to users: `connector/apiDefinition.swagger.json`, `main@1a2b3c4`, ... */
  label: string;
  raw?: RawDefinition;
  /** The exported package's apiProperties.json and script.csx beside the definition (file and artifact baselines). */
  properties?: Pick<RawProject, 'apiProperties' | 'script'>;
}

/** A package's definition and the files beside it, as a file or artifact baseline holds them. */
export interface PackageBaseline {
  raw: RawDefinition;
  properties: Pick<RawProject, 'apiProperties' | 'script'>;
}

/** Where remote baselines come from; each is optional because it needs a runner or credentials. */
export interface BaselineProviders {
  /** The definition inside the newest export artifact on the default branch, or undefined when there is none. */
  artifact?: () => Promise<PackageBaseline | undefined>;
  /** The definition registered in Power Platform (express mode), or undefined when the connector does not exist. */
  connector?: () => Promise<RawDefinition | undefined>;
}

export interface BaselineContext {
  workspace: string;
  definition: DefinitionLocation;
  /** The base commit of the pull request this run is for, if any. */
  pullRequestBaseSha?: string;
}

/** Reads the baseline; undefined means drift is not checked in this run (`none`, or `auto` outside a pull request). */
export async function readBaseline(
  location: BaselineLocation,
  context: BaselineContext,
  providers: BaselineProviders,
): Promise<Baseline | undefined> {
  switch (location.kind) {
    case 'none':
      return undefined;
    case 'auto':
      if (context.pullRequestBaseSha === undefined || context.definition.kind !== 'file') return undefined;
      return fromGit(context, context.pullRequestBaseSha);
    case 'git': {
      const ref = location.ref ?? context.pullRequestBaseSha;
      if (ref === undefined) {
        throw new InputError(
          'baseline',
          "'git' without a ref only works on pull requests (it means the base commit).",
          'Write git:<ref>, e.g. git:main.',
        );
      }
      return fromGit(context, ref, location.path);
    }
    case 'file':
      // No committed copy yet: this is the first export.
      if (!existsSync(location.path)) return { label: location.display };
      return { label: location.display, ...(await readPackageBaseline(location.path, location.display)) };
    case 'artifact':
      if (!providers.artifact) {
        throw new InputError(
          'baseline',
          "'artifact' needs the GitHub Actions runtime and a token.",
          "Run in a workflow with 'github-token' (actions: read), or use a path or git:<ref>.",
        );
      }
      return { label: 'the newest export artifact on the default branch', ...(await providers.artifact()) };
    case 'connector':
      if (!providers.connector) {
        throw new InputError(
          'baseline',
          "'connector' reads the registered connector, which needs express mode.",
          "Set 'mode: express' with the sign-in inputs, or use a path or git:<ref>.",
        );
      }
      return { label: 'the registered connector', raw: await providers.connector() };
  }
}

async function fromGit(
  context: BaselineContext,
  ref: string,
  file = context.definition.kind === 'file' ? context.definition.display : undefined,
): Promise<Baseline> {
  if (file === undefined) {
    throw new InputError(
      'baseline',
      'a git baseline needs a definition file in the repository.',
      'Name the file in git:<ref>:<path>, or use a path to the committed copy, `artifact` or `connector`.',
    );
  }
  const short = /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
  return { label: `${file}@${short}`, raw: await readAtGitRef(context.workspace, ref, file) };
}

/**
 * An exported package's definition, with its apiProperties.json and script.csx when they sit beside it (a committed
 * package folder, a downloaded artifact): the properties' drift compares with them.
 */
export async function readPackageBaseline(file: string, display: string): Promise<PackageBaseline> {
  const raw = await readDefinitionFile(file, display);
  const beside = async (name: string) => {
    const sibling = path.join(path.dirname(file), name);
    return existsSync(sibling) ? { bytes: readFileSync(sibling), source: `${display} (${name})` } : undefined;
  };
  const [apiProperties, script] = await Promise.all([beside('apiProperties.json'), beside('script.csx')]);
  return { raw, properties: { ...(apiProperties ? { apiProperties } : {}), ...(script ? { script } : {}) } };
}
