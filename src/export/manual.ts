import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { packageFiles, type PackageFile } from '../connector/package.ts';
import {
  buildSolution,
  connectorSchemaName,
  defaultConnectorId,
  SOLUTION_FILE,
  solutionConnectorOf,
} from '../connector/solution.ts';
import { zipEntries } from '../connector/zip.ts';
import type { ArtifactStore } from '../github/artifact.ts';
import type { ConnectorSpec } from './spec.ts';
import type { ManualExportReport } from '../report/export.ts';

export interface ManualExportInput extends ConnectorSpec {
  source: { location: string; version?: string; format?: string };
  packagePath: string;
  artifactName: string;
  retentionDays?: number;
  /** Undefined outside a runner: the package is written and not uploaded. */
  store?: ArtifactStore;
}

/** Writes the package, replacing an earlier run's folder so the artifact holds exactly this package. */
async function writePackage(dir: string, files: PackageFile[]): Promise<string[]> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const file of files) await writeFile(path.join(dir, file.name), file.content);
  return files.map((f) => path.join(dir, f.name));
}

/**
 * Manual mode: build the import package (paconn's files, IMPORT.md and solution.zip), write it to `packagePath`
 * and upload it as a workflow artifact.
 */
export async function exportManual(input: ManualExportInput): Promise<ManualExportReport> {
  const { connectorName } = input.content;
  const schemaName = connectorSchemaName(input.solution.publisherPrefix, connectorName);
  const files = packageFiles(input.content, {
    options: input.options,
    source: input.source,
    solution: {
      file: SOLUTION_FILE,
      uniqueName: input.solution.uniqueName,
      version: input.solution.version,
      schemaName,
    },
  });
  const solution = buildSolution(solutionConnectorOf(files, connectorName), {
    ...input.solution,
    connectorId: defaultConnectorId(schemaName),
  });
  files.push({ name: SOLUTION_FILE, content: await zipEntries(solution) });
  const written = await writePackage(input.packagePath, files);
  const report: ManualExportReport = {
    mode: 'manual',
    exported: true,
    connectorName: input.content.connectorName,
    packagePath: input.packagePath,
    files: files.map((f) => f.name),
  };
  if (!input.store) {
    report.note =
      'Not running on a GitHub Actions runner (no ACTIONS_RUNTIME_TOKEN): the package was written but not uploaded.';
    return report;
  }
  const uploaded = await input.store.upload(input.artifactName, input.packagePath, written, input.retentionDays);
  report.artifact = { name: input.artifactName, id: uploaded.id, url: uploaded.url };
  return report;
}
