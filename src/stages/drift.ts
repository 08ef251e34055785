import { applyOverrides } from '../connector/package.ts';
import type { Definition } from '../definition/document.ts';
import { prepareDefinition } from '../openapi3/prepare.ts';
import { diffDefinitions, driftVerdict, type DriftInput } from '../drift/index.ts';
import type { ExpressPlan } from '../export/express.ts';
import type { Settings } from '../inputs.ts';
import type { DriftReportInput } from '../report/drift.ts';
import type { Baseline } from '../sources/baseline.ts';

/** The definition as exported, with the host/base-path overrides: what the connector sees. */
function asExported(definition: Definition, settings: Settings): DriftInput {
  return {
    value: applyOverrides(definition.value, settings.hostOverride, settings.basePathOverride),
    lineOf: definition.lineOf,
  };
}

/** Drift against the baseline; undefined when drift is not checked in this run. */
export function compareWithBaseline(
  baseline: Baseline | undefined,
  definition: Definition,
  settings: Settings,
  lineUrl: ((line: number) => string) | undefined,
): DriftReportInput | undefined {
  if (!baseline) return undefined;
  const old = baseline.raw ? prepareDefinition(baseline.raw, { server: settings.server }).definition : undefined;
  // A git baseline is the source file at another commit and gets the overrides too; the other baselines are
  // exported copies already.
  const fromGit = settings.baseline.kind === 'auto' || settings.baseline.kind === 'git';
  const changes = old
    ? diffDefinitions(fromGit ? asExported(old, settings) : old, asExported(definition, settings), {
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
export function registeredBreaking(
  express: ExpressPlan | undefined,
  definition: Definition,
  settings: Settings,
  drift: DriftReportInput | undefined,
): number | undefined {
  if (settings.baseline.kind === 'connector') return drift?.verdict.breaking;
  if (!express?.registered) return undefined;
  const registered = prepareDefinition(express.registered).definition;
  const changes = diffDefinitions(registered, asExported(definition, settings), { ignoreRules: settings.ignoreRules });
  return driftVerdict(changes, 'never').breaking;
}
