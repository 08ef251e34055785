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
import { redactSecrets } from '../secrets.ts';
import { writePackageFolder } from './packageFolder.ts';

export interface ManualExportInput extends ConnectorSpec {
  source: { location: string; version?: string; format?: string };
  packagePath: string;
  /** The folders the package may be written in: the workspace and RUNNER_TEMP. */
  packageRoots: string[];
  artifactName: string;
  retentionDays?: number;
  /** Undefined outside a runner: the package is written and not uploaded. */
  store?: ArtifactStore;
}

/** Text files without registered secrets; a text left as it was is given as its bytes when they are at hand. */
function redactedFiles(files: PackageFile[]): PackageFile[] {
  return files.map(({ name, content, utf8 }) => {
    if (typeof content !== 'string') return { name, content };
    const redacted = redactSecrets(content);
    return { name, content: redacted === content && utf8 ? utf8 : redacted };
  });
}

/**
 * Manual mode: build the import package (paconn's files, IMPORT.md and solution.zip), write it to `packagePath`
 * and upload it as a workflow artifact.
 */
export async function exportManual(input: ManualExportInput): Promise<ManualExportReport> {
  const { connectorName } = input.content;
  const schemaName = connectorSchemaName(input.solution.publisherPrefix, connectorName);
  // Secrets out of every text file before solution.zip is built from them: the package leaves the process.
  const files = redactedFiles(
    packageFiles(input.content, {
      options: input.options,
      source: input.source,
      solution: {
        file: SOLUTION_FILE,
        uniqueName: input.solution.uniqueName,
        version: input.solution.version,
        schemaName,
      },
    }),
  );
  const solution = buildSolution(solutionConnectorOf(files, connectorName, input.content.definition), {
    ...input.solution,
    connectorId: defaultConnectorId(schemaName),
  });
  // The solution's XML quotes the definition's description, taken from the value rather than the redacted text.
  files.push({ name: SOLUTION_FILE, content: await zipEntries(redactedFiles(solution)) });
  const written = await writePackageFolder(input.packagePath, files, input.packageRoots);
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
