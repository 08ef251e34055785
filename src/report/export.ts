import { escapeMarkdown } from './markdown.ts';

export interface ManualExportReport {
  mode: 'manual';
  connectorName: string;
  packagePath: string;
  files: string[];
  artifact?: { name: string; id: number; url?: string };
  /** Why nothing was uploaded (outside a runner), or why nothing was exported (validation failed). */
  note?: string;
  exported: boolean;
}

/** The export section of the summary and PR comment in manual mode. */
export function renderManualExportMarkdown(r: ManualExportReport): string {
  const parts = ['### Export (manual)'];
  if (!r.exported) {
    parts.push(`⏭️ Not exported: ${escapeMarkdown(r.note ?? 'see above')}`);
    return parts.join('\n\n');
  }
  if (r.artifact) {
    const name = `\`${escapeMarkdown(r.artifact.name)}\``;
    parts.push(
      `📦 Import package for **${escapeMarkdown(r.connectorName)}**: artifact ${r.artifact.url ? `[${name}](${r.artifact.url})` : name}. ` +
        'Download it and follow `IMPORT.md` to import the connector in Power Apps or Power Automate.',
    );
  } else {
    parts.push(
      `📦 Import package for **${escapeMarkdown(r.connectorName)}** written to \`${escapeMarkdown(r.packagePath)}\`.`,
    );
  }
  if (r.note) parts.push(`_${escapeMarkdown(r.note)}_`);
  parts.push(r.files.map((f) => `- \`${escapeMarkdown(f)}\``).join('\n'));
  return parts.join('\n\n');
}

export interface ExpressExportReport {
  mode: 'express';
  /** True once the registered connector matches the definition (written now, or already up to date). */
  exported: boolean;
  dryRun: boolean;
  action: 'create' | 'update' | 'up-to-date';
  connectorName: string;
  environment: string;
  connectorId?: string;
  /** Dataverse route: the resource provider's id of the connector (`shared_...`). */
  connectorInternalId?: string;
  connectorUrl?: string;
  redirectUrl?: string;
  /** Dataverse route, OAuth: why the redirect URL could not be read, and where to find it. */
  redirectNote?: string;
  /** Dataverse route: the solution imported (or that would be). */
  solution?: { uniqueName: string; version: string; schemaName: string };
  /** Dataverse route, OAuth: where the client secret goes (Dataverse stores none). */
  secretNote?: string;
  /** What differs on an update: `definition`, `icon`, `connectionParameters`, ... */
  reasons: string[];
  /** Registered members the source does not define, carried over into the update. */
  kept?: string[];
  /** What the update removes or changes in the registered properties (policies, parameters, custom code). */
  propertyChanges?: { rule: string; level: 'breaking' | 'warning' | 'info'; message: string }[];
  warnings: string[];
  /** Why nothing was planned (validation failed). */
  note?: string;
}

export type ExportReport = ManualExportReport | ExpressExportReport;

const PROPERTY_ICON = { breaking: '❌', warning: '⚠️', info: 'ℹ️' } as const;

/** The export section in express mode; `breaking` is the drift against the registered connector, when known. */
export function renderExpressExportMarkdown(r: ExpressExportReport, breaking?: number): string {
  const name = `**${escapeMarkdown(r.connectorName)}**`;
  const env = `environment \`${escapeMarkdown(r.environment)}\``;
  const parts = ['### Export (express)'];
  if (r.note) {
    parts.push(`⏭️ Not exported: ${escapeMarkdown(r.note)}`);
    return parts.join('\n\n');
  }
  const what = r.reasons.length > 0 ? ` (${r.reasons.map(escapeMarkdown).join(', ')} changed)` : '';
  const breakingNote = breaking
    ? `: ${breaking} breaking change${breaking === 1 ? '' : 's'} for flows that use it`
    : '';
  if (r.action === 'up-to-date') parts.push(`✅ ${name} in ${env} is up to date: nothing was sent.`);
  else if (r.dryRun) {
    parts.push(
      r.action === 'create'
        ? `📝 Dry run: would create ${name} in ${env}.`
        : `📝 Dry run: would update ${name} in ${env}${what}${breakingNote}.`,
    );
  } else {
    const link = r.connectorUrl ? ` [Open the maker portal](${r.connectorUrl}).` : '';
    parts.push(
      `${r.action === 'create' ? '🆕 Created' : '🔄 Updated'} ${name} in ${env}${r.action === 'update' ? what : ''}.${link}`,
    );
  }
  if (r.solution) {
    parts.push(
      `Solution \`${escapeMarkdown(r.solution.uniqueName)}\` version \`${escapeMarkdown(r.solution.version)}\`, connector \`${escapeMarkdown(r.solution.schemaName)}\``,
    );
  }
  const changes = r.propertyChanges ?? [];
  if (changes.length > 0) {
    const verb = r.dryRun || !r.exported ? 'would change' : 'changed';
    parts.push(
      [
        `The update ${verb} the registered connector's properties:`,
        ...changes.map((c) => `- ${PROPERTY_ICON[c.level]} \`${c.rule}\`: ${escapeMarkdown(c.message)}`),
      ].join('\n'),
    );
  }
  if (r.kept && r.kept.length > 0) {
    parts.push(
      `Kept as registered (the source does not define them): ${r.kept.map((k) => `\`${escapeMarkdown(k)}\``).join(', ')}.`,
    );
  }
  if (r.connectorId) parts.push(`Connector id: \`${escapeMarkdown(r.connectorId)}\``);
  if (r.connectorInternalId) parts.push(`Connector internal id: \`${escapeMarkdown(r.connectorInternalId)}\``);
  if (r.secretNote) parts.push(`🔑 ${escapeMarkdown(r.secretNote)}`);
  if (r.redirectUrl) {
    parts.push(
      `🔑 Register this redirect URL with the identity provider (the connector's app registration): \`${r.redirectUrl}\``,
    );
  }
  if (r.redirectNote) parts.push(`🔑 ${escapeMarkdown(r.redirectNote)}`);
  for (const w of r.warnings) parts.push(`⚠️ ${escapeMarkdown(w)}`);
  return parts.join('\n\n');
}
