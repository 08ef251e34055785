/**
 * One connector, start to finish: read -> (OpenAPI 3 -> 2.0) -> validate -> diff -> export. No publishing and no
 * Actions runtime here: the action maps this over its connectors and publishes one report; the CLI calls it too.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mapLimited } from './mapLimited.ts';
import { connectorContent } from '../connector/content.ts';
import { INPUT_OVERRIDE_RULE } from '../connector/projectProperties.ts';
import { definitionFileText } from '../connector/package.ts';
import { parseProject, type ConnectorProject } from '../connector/project.ts';
import { readSecurity } from '../connector/security.ts';
import { slugOf } from '../connector/slug.ts';
import type { Definition } from '../definition/document.ts';
import { lineStartColumns } from '../definition/lines.ts';
import { isObject } from '../definition/pointer.ts';
import type { EventContext } from '../github/context.ts';
import { lineLinks } from '../github/links.ts';
import type { DefinitionLocation, Settings } from '../inputs.ts';
import type { Finding } from '../model.ts';
import { prepareDefinition } from '../openapi3/prepare.ts';
import { createCredential } from '../powerplatform/credential.ts';
import type { DriftReportInput } from '../report/drift.ts';
import type { ExportReport } from '../report/export.ts';
import { countFindings, failsValidation } from '../report/findings.ts';
import { artifactBaseline } from '../sources/artifactBaseline.ts';
import { readBaseline } from '../sources/baseline.ts';
import { readIcon } from '../sources/icon.ts';
import { readConnectorSource, resolveConnectors } from '../sources/project.ts';
import { checkWorkspaceFiles, writeWorkspaceFile } from '../sources/workspace.ts';
import {
  comparePropertiesWithBaseline,
  compareWithBaseline,
  registeredBreaking,
  withPropertyChanges,
} from '../stages/drift.ts';
import { authSettings, exportBlocker, planExpressExport, runExport, type ExportContext } from '../stages/export.ts';
import { validateDefinition, validateProject } from '../validation/index.ts';

export interface ConnectorRunOptions {
  settings: Settings;
  /** This connector's source: a definition file, a connector folder, a URL or an Azure app. */
  location: DefinitionLocation;
  /**
   * Names this connector's files and artifact when the run covers several connectors (`connector-<slug>`);
   * undefined for a single connector, whose slug comes from its name.
   */
  slug?: string;
  event?: EventContext;
  env: NodeJS.ProcessEnv;
  getIdToken: (audience: string) => Promise<string>;
  /** Progress lines, e.g. "Connector X will be updated". */
  log: (message: string) => void;
  /** Stop after validation or after the diff (the command line's `validate` and `diff`): nothing is exported. */
  stopAfter?: 'validate' | 'diff';
  /** Keep where each line's text begins (`columnOf`), for the command line's `file:line:column`. */
  columns?: boolean;
}

/** Everything one connector's run found and did. */
export interface ConnectorReport {
  status: 'done';
  location: DefinitionLocation;
  connectorName: string;
  slug: string;
  /**
   * Where the definition came from and, when drift needs them, its lines. Not the parsed document nor its text: a
   * run over a whole repository keeps every connector's result until it publishes.
   */
  definition: Pick<Definition, 'source' | 'lineOf'>;
  sourceVersion: string;
  /** Workspace path of the definition, for annotations; undefined for a URL. */
  definitionFile?: string;
  /** With `columns`: the 1-based column where a line's text begins (not for an OpenAPI 3 source). */
  columnOf?: (line: number) => number;
  lineUrl?: (line: number) => string;
  findings: Finding[];
  counts: { errors: number; warnings: number };
  validationFails: boolean;
  drift?: DriftReportInput;
  /** Undefined only when the run stopped before the export (`stopAfter`). */
  exported?: ExportReport;
  exportFailure?: string;
  /** Breaking changes against the registered connector (express mode), when known. */
  registeredBreaking?: number;
  /** Where report.json and report.md go. */
  workDir: string;
}

/** A connector that could not be read or checked at all; the others still run. */
export interface ConnectorFailure {
  status: 'failed';
  location: DefinitionLocation;
  /** The connector as shown: its folder, file or URL. */
  label: string;
  slug: string;
  error: unknown;
  /** Workspace files of this connector, for an annotation on the line that failed. */
  files: string[];
  workDir: string;
}

export type ConnectorResult = ConnectorReport | ConnectorFailure;

/** Runs the pipeline for one connector. Never throws: a failure comes back as a ConnectorFailure. */
export async function runConnector(o: ConnectorRunOptions): Promise<ConnectorResult> {
  const { settings, location, event } = o;
  const files = location.kind === 'file' ? [location.display] : [];
  const base = path.join(o.env.RUNNER_TEMP || tmpdir(), 'connector-export');
  try {
    await checkWorkspaceFiles(settings, location);
    // 1. Read: the definition and the connector's own files; OpenAPI 3 is converted here.
    const source = await readConnectorSource(location, {
      headers: settings.definitionHeaders,
      timeoutMs: settings.definitionTimeoutMs,
      azureCredential: () => createCredential(authSettings(settings), { getIdToken: o.getIdToken }),
      apiProperties: settings.apiPropertiesPath,
    });
    const definitionFile = location.kind === 'file' ? source.raw.source : undefined;
    const projectFiles = [source.project?.apiProperties, source.project?.settings, source.project?.script];
    files.push(...(definitionFile ? [definitionFile] : []), ...projectFiles.flatMap((f) => (f ? [f.source] : [])));
    const project = source.project ? parseProject(source.project) : undefined;
    const {
      definition,
      sourceVersion,
      findings: conversionFindings,
    } = await prepareDefinition(source.raw, {
      server: settings.server,
    });
    const connectorName = settings.connectorName ?? infoTitle(definition.value) ?? 'connector';
    const slug = o.slug ?? slugOf(connectorName);
    const workDir = path.join(base, slug);
    const iconPath = settings.iconPath;
    const content = connectorContent({
      definition: definition.value,
      ...(definition.format === 'json' && !definition.syntax
        ? { definitionText: definition.text, definitionUtf8: definition.utf8 }
        : {}),
      security: readSecurity(definition.value, definition),
      options: settings.connector,
      connectorName,
      hostOverride: settings.hostOverride,
      basePathOverride: settings.basePathOverride,
      project,
      icon: iconPath === undefined ? undefined : await readIcon(iconPath),
    });
    const connector = connectorIdFor(settings, project);
    const context: ExportContext = {
      settings,
      content,
      source: definition.source,
      sourceVersion,
      connectorId: connector.id,
      iconFileName: iconPath ? path.basename(iconPath) : project?.icon ? path.basename(project.icon.source) : undefined,
      packagePath: packagePathFor(settings, o.slug, workDir),
      artifactName: o.slug
        ? `${settings.artifactName ?? 'connector'}-${slug}`
        : (settings.artifactName ?? `connector-${slug}`),
      event,
      env: o.env,
      getIdToken: o.getIdToken,
      log: o.log,
    };

    // 2. Validate; express mode adds the service's own validation when asked.
    const ignored = new Set(settings.ignoreRules);
    const findings: Finding[] = [
      ...[...conversionFindings, ...content.findings, ...connector.findings].filter((f) => !ignored.has(f.rule)),
      ...validateDefinition(definition, { ignoreRules: settings.ignoreRules }),
      ...(project ? validateProject(project, definition, { ignoreRules: settings.ignoreRules }) : []),
    ];
    const express =
      settings.mode === 'express' &&
      o.stopAfter === undefined &&
      !failsValidation(countFindings(findings), settings.failOnValidation)
        ? await planExpressExport(context)
        : undefined;
    if (express) findings.push(...express.remoteFindings);
    const counts = countFindings(findings);
    const validationFails = failsValidation(counts, settings.failOnValidation);

    const report = {
      status: 'done' as const,
      location,
      connectorName,
      slug,
      sourceVersion,
      definitionFile,
      findings,
      counts,
      validationFails,
      workDir,
      columnOf: o.columns && !sourceVersion.startsWith('3') ? lineStartColumns(definition.text) : undefined,
    };
    // The line lookup holds the whole text: kept only for changes to place on the new file's lines.
    const kept = (drift?: DriftReportInput) => ({
      source: definition.source,
      lineOf: drift?.changes.some((c) => c.newPointer === undefined && c.file === undefined)
        ? definition.lineOf
        : noLines,
    });
    if (o.stopAfter === 'validate') return { ...report, definition: kept() };

    // 3. Diff against the last exported copy.
    const baseline = await readBaseline(
      settings.baseline,
      {
        workspace: settings.workspace,
        // A folder's baseline is its definition file at the other commit.
        definition: definitionFile && location.kind === 'file' ? { ...location, display: definitionFile } : location,
        pullRequestBaseSha: event?.pullRequest?.baseSha,
      },
      {
        artifact: artifactBaseline(o.env, event, context.artifactName, settings.githubToken, workDir),
        connector: express ? async () => express.registered : undefined,
      },
    );
    const lineUrl = lineLinks(event, definitionFile);
    const propertyChanges = await comparePropertiesWithBaseline({
      settings,
      project,
      content,
      pullRequestBaseSha: event?.pullRequest?.baseSha,
      express,
      baseline,
    });
    const drift = withPropertyChanges(
      await compareWithBaseline(baseline, definition, settings, lineUrl),
      propertyChanges,
      settings,
      definition.source,
    );
    if (o.stopAfter === 'diff') return { ...report, definition: kept(drift), lineUrl, drift };

    // 4. Export.
    const { exported, failure } = await runExport(
      context,
      express,
      exportBlocker(settings, counts, validationFails, drift),
    );
    if (settings.updateBaseline && exported.exported && settings.baseline.kind === 'file') {
      // The same bytes as the package's apiDefinition.swagger.json: JSON, overrides applied.
      await writeWorkspaceFile('baseline', settings.baseline.path, definitionFileText(content), settings.workspace);
      o.log(`Updated the baseline ${settings.baseline.display} with the exported definition.`);
    }
    return {
      ...report,
      definition: kept(drift),
      lineUrl,
      drift,
      exported,
      exportFailure: failure,
      registeredBreaking:
        settings.mode === 'express' ? await registeredBreaking(express, definition, settings, drift) : undefined,
    };
  } catch (error) {
    const slug = o.slug ?? 'connector';
    return { status: 'failed', location, label: location.display, slug, error, files, workDir: path.join(base, slug) };
  }
}

/**
 * The line lookup of a result that needs none. Module-level on purpose: a function made inside runConnector would
 * hold runConnector's whole scope (the definition, its text) for as long as the combined report keeps the result.
 */
const noLines = (): undefined => undefined;

/** Connectors in flight at once in manual mode: enough to overlap file I/O, few enough to bound memory. */
const CONCURRENT_CONNECTORS = 2;

/**
 * Every connector of the settings' `definition` (folders and patterns resolved), each independently: one that fails
 * never hides the others' results. Express mode registers one connector at a time: its log reads in order and the
 * service is not flooded.
 */
export async function runConnectors(
  settings: Settings,
  o: Omit<ConnectorRunOptions, 'settings' | 'location' | 'slug'>,
): Promise<ConnectorResult[]> {
  const locations = await resolveConnectors(settings.definitions, settings.workspace);
  const slugs = settings.multiple ? uniqueSlugs(locations) : [];
  return mapLimited(locations, settings.mode === 'express' ? 1 : CONCURRENT_CONNECTORS, (location, i) =>
    runConnector({ ...o, settings, location, slug: slugs[i] }),
  );
}

/**
 * The connector to update: the `connector-id` input, else the folder's settings.json, but only for the
 * environment that file names: an id from another environment would update nothing, or the wrong connector, so
 * the disagreement is reported and the connector is found by name.
 */
function connectorIdFor(
  settings: Settings,
  project: ConnectorProject | undefined,
): { id?: string; findings: Finding[] } {
  if (settings.express.connectorId !== undefined) return { id: settings.express.connectorId, findings: [] };
  const file = project?.settings;
  // The Dataverse route (`environment-url`) finds the connector by its schema name: it reads no connector id.
  if (!file?.value.connectorId || settings.mode !== 'express' || settings.express.environmentUrl !== undefined) {
    return { findings: [] };
  }
  const environment = settings.express.environment;
  if (file.value.environment === undefined || file.value.environment === environment) {
    return { id: file.value.connectorId, findings: [] };
  }
  return {
    findings: [
      {
        rule: INPUT_OVERRIDE_RULE,
        level: 'warning',
        message: `Input 'environment' is ${environment}, but ${file.source} names connector ${file.value.connectorId} in environment ${file.value.environment}: that id is not used, the connector is found by name in ${environment}.`,
        pointer: '/environment',
        file: file.source,
      },
    ],
  };
}

/** `package-path` is the package folder of a single connector, and the parent of each one's folder for several. */
function packagePathFor(settings: Settings, slug: string | undefined, workDir: string): string {
  if (settings.packagePath === undefined) return path.join(workDir, 'package');
  return slug === undefined ? settings.packagePath : path.join(settings.packagePath, slug);
}

function infoTitle(value: unknown): string | undefined {
  const info = isObject(value) ? value.info : undefined;
  return isObject(info) && typeof info.title === 'string' && info.title.trim() !== '' ? info.title.trim() : undefined;
}

/** One slug per connector of a run with several: from its folder or file name, made unique in order. */
export function uniqueSlugs(locations: readonly DefinitionLocation[]): string[] {
  const used = new Set<string>();
  return locations.map((location) => {
    const name =
      location.kind === 'file'
        ? path.basename(location.display).replace(DEFINITION_FILE, '') || path.basename(path.dirname(location.display))
        : location.display;
    const slug = slugOf(name);
    let unique = slug;
    for (let n = 2; used.has(unique); n++) unique = `${slug}-${n}`;
    used.add(unique);
    return unique;
  });
}

const DEFINITION_FILE = /\.(json|ya?ml)$/i;
