import { applyOverrides } from '../connector/package.ts';
import type { Definition } from '../definition/document.ts';
import { prepareDefinition } from '../openapi3/prepare.ts';
import type { ConnectorContent } from '../connector/content.ts';
import { parseProject, type ConnectorProject } from '../connector/project.ts';
import { diffApiProperties } from '../drift/apiProperties.ts';
import type { DriftInput } from '../drift/normalize.ts';
import { driftVerdict } from '../drift/verdict.ts';
import { isObject } from '../definition/pointer.ts';
import type { Change } from '../model.ts';
import { readProjectAtGitRef } from '../sources/project.ts';
import type { ExpressPlan } from './export.ts';
import type { Settings } from '../inputs.ts';
import type { DriftReportInput } from '../report/drift.ts';
import type { Baseline } from '../sources/baseline.ts';
import type { RawDefinition } from '../sources/raw.ts';

/** The structural diff and its rules: a chunk of their own, loaded only by a run that has a baseline. */
const loadDiff = async () => (await import('../drift/index.ts')).diffDefinitions;

/** The definition as exported, with the host/base-path overrides: what the connector sees. */
function asExported(definition: Definition, settings: Settings): DriftInput {
  return {
    value: applyOverrides(definition.value, settings.hostOverride, settings.basePathOverride),
    lineOf: definition.lineOf,
  };
}

/** Drift against the baseline; undefined when drift is not checked in this run. */
export async function compareWithBaseline(
  baseline: Baseline | undefined,
  definition: Definition,
  settings: Settings,
  lineUrl: ((line: number) => string) | undefined,
): Promise<DriftReportInput | undefined> {
  if (!baseline) return undefined;
  const old = baseline.raw
    ? (await prepareDefinition(baseline.raw, { server: settings.server, duplicates: false })).definition
    : undefined;
  // A git baseline is the source file at another commit and gets the overrides too; the other baselines are
  // exported copies already.
  const fromGit = settings.baseline.kind === 'auto' || settings.baseline.kind === 'git';
  const changes = old
    ? (await loadDiff())(fromGit ? asExported(old, settings) : old, asExported(definition, settings), {
        ignoreRules: settings.ignoreRules,
      })
    : [];
  return {
    changes,
    verdict: driftVerdict(changes, settings.failOn),
    baselineLabel: old ? baseline.label : undefined,
    newSource: definition.source,
    lineUrl,
  };
}

/**
 * Breaking changes against what is registered now, for "would update: N breaking changes": the drift itself when
 * the baseline is the connector, else a diff against the registered definition.
 */
export async function registeredBreaking(
  express: { registered?: RawDefinition } | undefined,
  definition: Definition,
  settings: Settings,
  drift: DriftReportInput | undefined,
): Promise<number | undefined> {
  if (settings.baseline.kind === 'connector') return drift?.verdict.breaking;
  if (!express?.registered) return undefined;
  const { definition: registered } = await prepareDefinition(express.registered, { duplicates: false });
  const changes = (await loadDiff())(registered, asExported(definition, settings), {
    ignoreRules: settings.ignoreRules,
  });
  return driftVerdict(changes, 'never').breaking;
}

/**
 * Drift of the connector's own properties and custom code: against the same folder at the baseline commit (git
 * baselines), the files beside a file or artifact baseline's definition (an exported package), or what is
 * registered (the `connector` baseline, from express mode's plan). Empty when the baseline has no such copy.
 */
export async function comparePropertiesWithBaseline(o: {
  settings: Settings;
  project: ConnectorProject | undefined;
  content: ConnectorContent;
  pullRequestBaseSha?: string;
  express?: ExpressPlan;
  baseline?: Baseline;
}): Promise<Change[]> {
  const { settings, project } = o;
  // The Dataverse route compares the registered row's columns itself (the plan's reasons), without a diff.
  if (settings.baseline.kind === 'connector') {
    return o.express?.route === 'powerapps' ? o.express.plan.propertyChanges : [];
  }
  const doc = project?.apiProperties;
  if (!doc) return [];
  let old: ConnectorProject;
  if (settings.baseline.kind === 'auto' || settings.baseline.kind === 'git') {
    const ref = (settings.baseline.kind === 'git' ? settings.baseline.ref : undefined) ?? o.pullRequestBaseSha;
    if (ref === undefined) return [];
    old = parseProject(
      await readProjectAtGitRef(settings.workspace, ref, { apiProperties: doc.source, script: project.script?.source }),
    );
  } else {
    // A committed package folder or the export artifact: the files beside the definition.
    old = parseProject(o.baseline?.properties ?? {});
  }
  // No apiProperties.json at the baseline: the connector gains its own file now, nothing to compare.
  if (!old.apiProperties) return [];
  const properties = (value: unknown) => (isObject(value) && isObject(value.properties) ? value.properties : {});
  return diffApiProperties(
    { properties: properties(old.apiProperties.value), script: old.script?.bytes },
    {
      properties: o.content.apiProperties.properties,
      script: o.content.script,
      file: doc.source,
      scriptFile: project.script?.source,
      lineOf: doc.lineOf,
    },
    { ignoreRules: settings.ignoreRules },
  );
}

/** The definition's drift with the properties' changes added (a drift report is made when only they differ). */
export function withPropertyChanges(
  drift: DriftReportInput | undefined,
  changes: Change[],
  settings: Settings,
  newSource: string,
): DriftReportInput | undefined {
  if (changes.length === 0) return drift;
  const all = [...(drift?.changes ?? []), ...changes];
  return {
    ...(drift ?? { baselineLabel: 'the baseline', newSource }),
    changes: all,
    verdict: driftVerdict(all, settings.failOn),
  };
}
