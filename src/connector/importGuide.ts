import {
  apiKeyLabel,
  BASIC_LABELS,
  DEFAULT_ICON_BRAND_COLOR,
  GLOBAL_REDIRECT_URL,
  oauthValues,
  type ConnectorOptions,
} from './apiProperties.ts';
import { escapeMarkdown } from '../report/markdown.ts';
import type { ConnectionParameters } from './connectionParameters.ts';
import type { SecurityScheme } from './security.ts';
import { PACKAGE_FILES } from './settings.ts';

export interface ImportGuideInput {
  connectorName: string;
  security: SecurityScheme;
  options: ConnectorOptions;
  /** Where the definition was read and which version of it (e.g. a commit), as shown to users. */
  source?: { location: string; version?: string; format?: string };
  /** `info.version` of the definition. */
  definitionVersion?: string;
  /** `host` and `basePath` as exported. */
  host?: string;
  basePath?: string;
  hasIcon: boolean;
  /** The package carries script.csx (custom code). */
  hasScript?: boolean;
  /** apiProperties.json is the connector's own (policy templates, several connection types kept as they are). */
  ownApiProperties?: boolean;
  /** What a connection asks for, from the connector's own apiProperties.json. */
  connectionParameters?: ConnectionParameters;
  /** The package's solution.zip, when it has one. */
  solution?: SolutionGuide;
}

/** What IMPORT.md says about solution.zip. */
export interface SolutionGuide {
  file: string;
  uniqueName: string;
  version: string;
  /** The connector's schema name in the solution. */
  schemaName: string;
}

/**
 * One value the importer types on the portal's Security tab. `value` is known and already in apiProperties.json;
 * without it the importer must collect it, from where `collect` says; `inPackage: false` marks values that are
 * never written to the package (secrets), `true` those left empty in apiProperties.json to fill before paconn.
 */
export interface ImportValue {
  field: string;
  value?: string;
  collect?: string;
  inPackage: boolean;
  /** Where apiProperties.json holds it, for those who fill it in before running paconn. */
  members?: string[];
}

const SECRET_HANDOVER = 'never in this package: hand it over through a secret store or password manager';

/** The Security-tab values for a scheme, in the portal's order. */
export function importValues(security: SecurityScheme, options: ConnectorOptions): ImportValue[] {
  const known = (field: string, value: string): ImportValue => ({ field, value, inPackage: true });
  const collect = (field: string, value: string, from: string, members: string[]): ImportValue =>
    value === '' ? { field, collect: from, inPackage: true, members } : known(field, value);
  switch (security.kind) {
    case 'none':
      return [known('Authentication type', 'No authentication')];
    case 'apiKey':
      return [
        known('Authentication type', 'API Key'),
        known('Parameter label', apiKeyLabel(security, options)),
        known('Parameter name', security.name),
        known('Parameter location', security.in === 'header' ? 'Header' : 'Query'),
      ];
    case 'basic':
      return [
        known('Authentication type', 'Basic authentication'),
        known('Username parameter label', BASIC_LABELS.username),
        known('Password parameter label', BASIC_LABELS.password),
      ];
    case 'oauth2': {
      const v = oauthValues(security, options);
      const clientId = collect(
        'Client ID',
        v.clientId,
        security.identityProvider === 'aad'
          ? "the Application (client) ID of the connector's app registration"
          : 'the client ID of the OAuth client registered for the connector with the API provider',
        ['clientId'],
      );
      const secret: ImportValue = {
        field: 'Client secret',
        collect: `a client secret of that same registration, ${SECRET_HANDOVER}`,
        inPackage: false,
      };
      const scope = known('Scope', v.scopes.join(' '));
      if (security.identityProvider === 'aad') {
        return [
          known('Authentication type', 'OAuth 2.0'),
          known('Identity provider', 'Azure Active Directory'),
          clientId,
          secret,
          known('Login URL', v.loginUri),
          known('Tenant ID', v.tenantId),
          collect(
            'Resource URL',
            v.resourceUri,
            "the Application ID URI of the API's app registration (Expose an API), e.g. api://<app-id>",
            ['customParameters.resourceUri.value', 'properties.AzureActiveDirectoryResourceId'],
          ),
          known('Enable on-behalf-of login', 'false'),
          scope,
        ];
      }
      return [
        known('Authentication type', 'OAuth 2.0'),
        known('Identity provider', 'Generic Oauth 2'),
        clientId,
        secret,
        collect('Authorization URL', v.authorizationUrl, "the API provider's authorization endpoint", [
          'customParameters.authorizationUrl.value',
        ]),
        collect('Token URL', v.tokenUrl, "the API provider's token endpoint", ['customParameters.tokenUrl.value']),
        collect('Refresh URL', v.refreshUrl, "the API provider's refresh endpoint (usually the token URL)", [
          'customParameters.refreshUrl.value',
        ]),
        scope,
      ];
    }
  }
}

/** IMPORT.md: how to turn the package into a custom connector, and exactly which values to collect first. */
export function renderImportGuide(input: ImportGuideInput): string {
  const { security, options } = input;
  const values = importValues(security, options);
  const isOAuth = security.kind === 'oauth2';
  const out: string[] = [`# Import the custom connector '${input.connectorName}'`, ''];

  out.push('This folder holds a Power Platform custom connector, exported for import by hand.', '');
  if (input.source) {
    const version = input.source.version ? ` at ${code(input.source.version)}` : '';
    out.push(`- Source: ${code(input.source.location)}${version}`);
    if (input.source.format && input.source.format !== '2.0') {
      out.push(
        `- Source format: OpenAPI ${input.source.format}, converted to Swagger 2.0 (the only format the platform imports)`,
      );
    }
  }
  if (input.definitionVersion) out.push(`- API version (\`info.version\`): ${code(input.definitionVersion)}`);
  if (input.host) out.push(`- Host: ${code(input.host)}, base URL: ${code(input.basePath ?? '/')}`);
  out.push(`- Security: ${describe(security)}`, '');

  out.push(
    '> [!WARNING]',
    "> Never share the API's own credentials (API keys, function keys, passwords) with anyone, and never add",
    '> them to this package: each user enters their own when they create a connection.',
    ...(isOAuth
      ? [
          "> The connector's client secret is a secret too: hand it over through a secret store or password manager,",
          '> never in this package, an issue, a chat or an email.',
        ]
      : []),
    '',
  );

  out.push('## Files', '');
  out.push(`- \`${PACKAGE_FILES.apiDefinition}\`: the OpenAPI 2.0 definition to import.`);
  out.push(
    input.ownApiProperties
      ? `- \`${PACKAGE_FILES.apiProperties}\`: the connector's own properties (connection parameters, policy templates, script operations), as in its folder.`
      : `- \`${PACKAGE_FILES.apiProperties}\`: connection parameters (security) for paconn.`,
  );
  out.push(`- \`${PACKAGE_FILES.settings}\`: paconn settings.`);
  if (input.hasIcon) out.push(`- \`${PACKAGE_FILES.icon}\`: the connector icon.`);
  if (input.hasScript) {
    out.push(
      `- \`${PACKAGE_FILES.script}\`: custom code. paconn uploads it (settings.json names it); in the portal, paste it on the **Code** tab.`,
    );
  }
  if (input.solution) {
    out.push(
      `- \`${input.solution.file}\`: the same connector as an unmanaged Dataverse solution (see *Or import the solution* below).`,
    );
  }
  out.push('');

  out.push('## Values to collect before you start', '');
  out.push('| Security tab field | Value |', '|---|---|');
  for (const v of values) {
    const cell = v.value !== undefined ? (v.value === '' ? '(empty)' : code(v.value)) : `**To collect:** ${v.collect}`;
    out.push(`| ${v.field} | ${escapeCell(cell)} |`);
  }
  out.push('');
  out.push(...securityNotes(security));
  if (input.connectionParameters) out.push(...connectionParameterSection(input.connectionParameters));

  out.push('## Import in the Power Apps or Power Automate portal', '');
  const brand = options.iconBrandColor ?? DEFAULT_ICON_BRAND_COLOR;
  out.push(
    '1. Sign in to https://make.powerapps.com (or https://make.powerautomate.com) and select the target environment.',
    '2. Open **Custom connectors** (Power Apps: *More* > *Discover all* > *Custom connectors*; Power Automate: *Data* > *Custom connectors*).',
    `3. Select **New custom connector** > **Import an OpenAPI file**, name it ${code(input.connectorName)}, choose \`${PACKAGE_FILES.apiDefinition}\` and select **Continue**.`,
    `4. **General**: check the host and base URL${input.hasIcon ? `, upload \`${PACKAGE_FILES.icon}\`` : ''}, set the icon background colour to ${code(brand)}.`,
    '5. **Security**: enter the values from the table above.',
    '6. **Definition**: review the actions, then select **Create connector**.',
  );
  if (isOAuth) out.push('7. Register the redirect URL with the identity provider (see below), then test a connection.');
  else out.push('7. **Test**: create a connection and run an operation.');
  out.push('');

  if (isOAuth) out.push(...redirectSection(oauthValues(security, options).redirectMode, security.identityProvider));

  out.push('## Or with the paconn CLI', '');
  const empty = values.filter((v) => v.inPackage && v.value === undefined);
  if (empty.length > 0) {
    out.push(
      `First fill in the values left empty in \`${PACKAGE_FILES.apiProperties}\` (under \`connectionParameters.token.oAuthSettings\`):`,
      '',
      ...empty.map((v) => `- ${v.field}: ${(v.members ?? []).map((m) => `\`${m}\``).join(' and ')}`),
      '',
    );
  }
  if (input.solution) out.push(...solutionSection(input.solution, security));

  out.push('```sh', 'pip install paconn', 'paconn login');
  out.push(
    isOAuth
      ? 'paconn create --settings settings.json --secret "$CONNECTOR_CLIENT_SECRET"'
      : 'paconn create --settings settings.json',
  );
  out.push('```', '');
  out.push(
    'paconn asks for the environment when `settings.json` names none. ' +
      'Put the printed connector id in `settings.json` (`connectorId`) to update it later with `paconn update --settings settings.json`.',
  );
  if (isOAuth) {
    out.push(
      '',
      'Read the client secret into `CONNECTOR_CLIENT_SECRET` from your secret store (e.g. `read -rs CONNECTOR_CLIENT_SECRET`), never type it inline: command lines end up in shell history.',
    );
  }
  out.push('');
  return out.join('\n');
}

/** The connection parameters of the connector's own apiProperties.json: names, types and what to enter. */
function connectionParameterSection(parameters: ConnectionParameters): string[] {
  const out = [
    `### What a connection asks for (\`${PACKAGE_FILES.apiProperties}\`)`,
    '',
    `The connector's own \`${PACKAGE_FILES.apiProperties}\` defines these connection parameters: paconn and the solution`,
    'import keep them, and each user fills them in when creating a connection. No value of them is in this package.',
    '',
  ];
  const { groups } = parameters;
  if (groups.length > 1 || groups[0]?.name !== undefined) {
    const choice = parameters.choice ? ` (${escapeMarkdown(parameters.choice)})` : '';
    out.push(`It offers ${groups.length} ways to connect${choice}; the user picks one.`, '');
  }
  for (const group of groups) {
    if (group.name !== undefined || group.displayName !== undefined) {
      const name = group.name === undefined ? '' : ` (${code(group.name)})`;
      out.push(`#### ${escapeMarkdown(group.displayName ?? group.name ?? '')}${name}`, '');
    }
    if (group.rows.length === 0) {
      out.push('No parameters.', '');
      continue;
    }
    out.push('| Parameter | Type | What to enter |', '|---|---|---|');
    for (const row of group.rows) {
      out.push(`| ${escapeCell(code(row.name))} | ${escapeMarkdown(row.type)} | ${escapeMarkdown(row.enter) || '-'} |`);
    }
    out.push('');
  }
  return out;
}

/** The solution route: three ways to import solution.zip, and what the solution cannot carry. */
function solutionSection(solution: SolutionGuide, security: SecurityScheme): string[] {
  const out = [
    '## Or import the solution',
    '',
    `\`${solution.file}\` is the unmanaged solution ${code(solution.uniqueName)} (version ${code(solution.version)}) holding only this`,
    `connector, as ${code(solution.schemaName)}. It needs an environment with Dataverse, and it is how a service principal`,
    'can create the connector (app-only sign-in cannot create connectors through the portal APIs). Import it one of three ways:',
    '',
    `- **Maker portal**: https://make.powerapps.com > the environment > **Solutions** > **Import solution** > **Browse**, choose \`${solution.file}\`, **Next** > **Import**.`,
    `- **Power Platform CLI**: \`pac auth create --environment https://<org>.crm<N>.dynamics.com\`, then \`pac solution import --path ${solution.file}\`.`,
    `- **GitHub Actions**: \`microsoft/powerplatform-actions/import-solution@v1\` with \`environment-url\`, \`app-id\`, \`tenant-id\`, \`client-secret\` and \`solution-file: ${solution.file}\`` +
      ' (the app registered as an application user of the environment).',
    '',
    'Importing a later export updates the same connector (same connector id, higher solution version). After the first import:',
    '',
  ];
  const steps: string[] = [];
  if (security.kind === 'oauth2') {
    steps.push(
      'Enter the **client secret** once: Custom connectors > the connector > **Edit** > **Security** > Client secret > **Update connector**.' +
        ' Dataverse stores no connector secret, so the solution carries none. Enter there too any value the table above leaves to collect.',
      "Copy the connector's **Redirect URL** from the same Security tab and register it with the identity provider (see *Redirect URL*).",
    );
  }
  steps.push(
    "Share the connector: a connector imported in a solution is shared with no one. Custom connectors > the connector > **Share** (or share the solution's app or flow).",
  );
  out.push(...steps.map((s, i) => `${i + 1}. ${s}`), '');
  return out;
}

function describe(security: SecurityScheme): string {
  switch (security.kind) {
    case 'none':
      return 'none';
    case 'apiKey':
      return `API key in the ${security.in} ${code(security.name)}`;
    case 'basic':
      return 'basic authentication';
    case 'oauth2':
      return `OAuth 2.0 (${security.identityProvider === 'aad' ? 'Azure AD / Microsoft Entra ID' : 'generic'}, ${security.flow} flow)`;
  }
}

function securityNotes(security: SecurityScheme): string[] {
  switch (security.kind) {
    case 'none':
      return ['The API needs no credentials: there is nothing to collect.', ''];
    case 'apiKey':
      return [
        'The key itself is not part of the connector: every user enters their own when they create a connection.',
        'When the API is an Azure Functions app, the key is a function key: Azure portal > the function app > *Functions* > *App keys*',
        "(a host key such as `default`) or a function's *Function Keys*, or `az functionapp keys list`. Functions accept",
        'it in the `x-functions-key` header or the `code` query parameter.',
        '',
      ];
    case 'basic':
      return ['Every user enters their own user name and password when they create a connection.', ''];
    case 'oauth2':
      return security.identityProvider === 'aad'
        ? [
            'Azure AD (Microsoft Entra ID) needs two app registrations:',
            '',
            "1. **The API's**: *Expose an API* gives its Application ID URI (the resource URL above) and a scope such as `user_impersonation`.",
            "2. **The connector's**: its Application (client) ID and a client secret go in the table above; under *API permissions* add a",
            "   delegated permission to the API's scope (and grant consent); under *Authentication* add a *Web* redirect URI: the",
            "   connector's redirect URL (below).",
            '',
          ]
        : ['Register an OAuth client for the connector with the API provider; it gives the client ID and secret.', ''];
  }
}

function redirectSection(mode: 'GlobalPerConnector' | 'Global', identityProvider: 'aad' | 'oauth2'): string[] {
  const where =
    identityProvider === 'aad'
      ? "the connector's app registration > *Authentication* > *Web* > *Redirect URIs*"
      : "the OAuth client's allowed redirect URIs at the API provider";
  const lines = ['## Redirect URL', ''];
  if (mode === 'GlobalPerConnector') {
    lines.push(
      `The connector gets its own redirect URL, \`${GLOBAL_REDIRECT_URL}/<connector-internal-name>\`, known only after creation.`,
      'After **Create connector**, open the connector, go to **Security** and copy the **Redirect URL** shown at the bottom',
      `(keep *Update to unique redirect URL* selected), then add it to ${where}.`,
    );
  } else {
    lines.push(
      `The package uses the shared redirect URL \`${GLOBAL_REDIRECT_URL}\` (the only value paconn's files accept), and the`,
      'portal warns about connectors on it. After import, on the **Security** tab select *Update to unique redirect URL*,',
      `save, and copy the connector's own URL (\`${GLOBAL_REDIRECT_URL}/<connector-internal-name>\`) shown at the bottom;`,
      `add it to ${where}. Until then, register the shared URL there.`,
    );
  }
  lines.push('');
  return lines;
}

/** Inline code that survives backticks in the value. */
function code(value: string): string {
  return value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``;
}

function escapeCell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
