// Every input's accepted values at and just past their edges, and the exact message each refusal gives.
import { describe, expect, test } from '@jest/globals';
import { InputError } from '../src/errors.ts';
import { list, readSettings, type Settings } from '../src/inputs.ts';

const workspace = '/work/repo';
const EXPRESS = { definition: 'a.json', mode: 'express', environment: '~Default', 'client-id': 'c' };

function read(values: Record<string, string>, masked: string[] = []): Settings {
  return readSettings({ get: (name) => values[name] ?? '' }, { GITHUB_WORKSPACE: workspace }, (v) => masked.push(v));
}

/** The InputError reading these inputs throws. */
function refusal(values: Record<string, string>, masked: string[] = []): InputError {
  try {
    read(values, masked);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`expected ${JSON.stringify(values)} to be refused`);
}

describe('enumerations', () => {
  const enums: [string, string[], (s: Settings) => string | undefined, string][] = [
    ['mode', ['manual', 'express'], (s) => s.mode, 'manual'],
    ['fail-on-validation', ['error', 'warning', 'never'], (s) => s.failOnValidation, 'error'],
    ['fail-on', ['breaking', 'warning', 'any', 'never'], (s) => s.failOn, 'breaking'],
    ['comment', ['auto', 'always', 'never'], (s) => s.comment, 'auto'],
    ['dry-run', ['auto', 'true', 'false'], (s) => s.express.dryRun, 'auto'],
    ['auth', ['oidc', 'client-secret', 'azure-cli', 'token'], (s) => s.express.auth, 'oidc'],
  ];

  test.each(enums)('%s takes each of its values in any case, and refuses others by name', (input, values, get) => {
    const base = input === 'mode' ? { ...EXPRESS } : { definition: 'a.json', 'client-id': 'c' };
    for (const value of values) {
      expect(get(read({ ...base, [input]: value }))).toBe(value);
      expect(get(read({ ...base, [input]: value.toUpperCase() }))).toBe(value);
    }
    const e = refusal({ ...base, [input]: 'bogus' });
    expect(e.input).toBe(input);
    expect(e.message).toBe(`Input '${input}': 'bogus' is not one of ${values.join(', ')}.`);
    expect(e.hint).toBe(`Set '${input}' to one of: ${values.join(', ')}.`);
  });

  // An empty `auth` is inferred from the sign-in inputs: with a client id and no secret, that is oidc.
  test.each(enums)('%s defaults when empty', (_input, _values, get, fallback) => {
    expect(get(read({ definition: 'a.json', 'client-id': 'c' }))).toBe(fallback);
  });
});

describe('booleans', () => {
  const inputs: [string, (s: Settings) => boolean][] = [
    ['validate-remotely', (s) => s.express.validateRemotely],
    ['force-update', (s) => s.express.forceUpdate],
  ];

  test.each(inputs)('%s reads true/yes/on/1 and false/no/off/0 in any case, default false', (input, get) => {
    expect(get(read({ definition: 'a.json' }))).toBe(false);
    for (const yes of ['true', 'YES', 'On', '1']) expect(get(read({ definition: 'a.json', [input]: yes }))).toBe(true);
    for (const no of ['false', 'No', 'OFF', '0']) expect(get(read({ definition: 'a.json', [input]: no }))).toBe(false);
  });

  test.each(['maybe', 'truely', 'xtrue', 'nope', '10', 'false!'])('%s is no boolean', (value) => {
    for (const input of ['force-update', 'validate-remotely']) {
      const e = refusal({ definition: 'a.json', [input]: value });
      expect(e.message).toBe(`Input '${input}': '${value}' is not a boolean.`);
      expect(e.hint).toBe("Use 'true' or 'false'.");
    }
  });

  test('update-baseline: true with a committed copy, off by default', () => {
    expect(read({ definition: 'a.json', baseline: 'b.json' }).updateBaseline).toBe(false);
    expect(read({ definition: 'a.json', baseline: 'b.json', 'update-baseline': 'yes' }).updateBaseline).toBe(true);
    const e = refusal({ definition: 'a.json', baseline: 'git:main', 'update-baseline': 'true' });
    expect(e.input).toBe('update-baseline');
    expect(e.hint).toMatch(/committed copy/);
  });
});

describe('whole numbers at their limits', () => {
  test('definition-timeout: 1 to 300 seconds, in milliseconds', () => {
    expect(read({ definition: 'a.json', 'definition-timeout': '1' }).definitionTimeoutMs).toBe(1000);
    expect(read({ definition: 'a.json', 'definition-timeout': '300' }).definitionTimeoutMs).toBe(300_000);
    for (const bad of ['0', '301', '1.5', '-1', ' 5', '5s', 'ten']) {
      const e = refusal({ definition: 'a.json', 'definition-timeout': bad });
      expect(e.message).toBe(`Input 'definition-timeout': '${bad}' is not a whole number from 1 to 300.`);
    }
  });

  test('retention-days: 1 to 90, unset by default', () => {
    expect(read({ definition: 'a.json' }).retentionDays).toBeUndefined();
    expect(read({ definition: 'a.json', 'retention-days': '1' }).retentionDays).toBe(1);
    expect(read({ definition: 'a.json', 'retention-days': '90' }).retentionDays).toBe(90);
    expect(refusal({ definition: 'a.json', 'retention-days': '0' }).message).toBe(
      "Input 'retention-days': '0' is not a whole number from 1 to 90.",
    );
    expect(refusal({ definition: 'a.json', 'retention-days': '91' }).input).toBe('retention-days');
  });
});

describe('lists', () => {
  test('one per line or comma-separated, blanks dropped', () => {
    expect(list(' a, b\n\nc ,,\n')).toEqual(['a', 'b', 'c']);
    expect(list('')).toEqual([]);
    expect(read({ definition: 'a.json', 'ignore-rules': 'host,\nschemes' }).ignoreRules).toEqual(['host', 'schemes']);
    expect(read({ definition: 'a.json', 'oauth-scopes': 'a b, c' }).connector.oauthScopes).toEqual(['a b', 'c']);
    expect(read({ definition: 'a.json' }).connector.oauthScopes).toBeUndefined();
  });
});

describe('the definition', () => {
  test('a workspace path, absolute or relative, inside the workspace only', () => {
    expect(read({ definition: ' /work/repo/api/a.json ' }).definitions[0]).toEqual({
      kind: 'file',
      path: '/work/repo/api/a.json',
      display: 'api/a.json',
    });
    expect(read({ definition: 'api/../b.yaml' }).definitions[0]).toMatchObject({ display: 'b.yaml' });
    const e = refusal({ definition: '/etc/passwd' });
    expect(e.message).toBe("Input 'definition': '/etc/passwd' is outside the workspace (/work/repo).");
    expect(e.hint).toBe('Give a path inside the repository checkout.');
    expect(refusal({ definition: '../other/a.json' }).input).toBe('definition');
  });

  test('http and https URLs in any case; other schemes and broken URLs are refused', () => {
    expect(read({ definition: 'HTTP://Example.com/a.json' }).definitions[0]).toEqual({
      kind: 'url',
      url: 'http://example.com/a.json',
      display: 'http://example.com/a.json',
    });
    const ftp = refusal({ definition: 'FTP://x/y.json' });
    expect(ftp.message).toBe("Input 'definition': the scheme 'ftp:' is not supported.");
    expect(ftp.hint).toBe('Use a workspace path or an http(s) URL.');
    const masked: string[] = [];
    const userInfo = refusal({ definition: 'https://me:pw@h.example/a.json' }, masked);
    expect(userInfo.message).not.toContain('pw');
    expect(userInfo.hint).toMatch(/definition-headers/);
    expect(masked).toContain('pw');
    const broken = refusal({ definition: 'https://exa mple.com/a' });
    expect(broken.message).toBe("Input 'definition': is not a valid URL.");
    expect(broken.hint).toBe('Give a URL like https://host/path.');
    // Only a scheme at the start makes a URL: `c:/x` has no `//`, and `x/https://` is a folder name.
    expect(read({ definition: 'c:/x.json' }).definitions[0]).toMatchObject({ kind: 'file', display: 'c:/x.json' });
    expect(read({ definition: 'x/https://y.json' }).definitions[0]).toMatchObject({ kind: 'file' });
  });

  test('several entries, one per line or comma-separated, or a pattern: several connectors', () => {
    const s = read({ definition: 'a/api.json,\n https://h/x.json' });
    expect(s.multiple).toBe(true);
    expect(s.definitions).toEqual([
      { kind: 'file', path: '/work/repo/a/api.json', display: 'a/api.json' },
      { kind: 'url', url: 'https://h/x.json', display: 'https://h/x.json' },
    ]);
    expect(read({ definition: 'a.json' }).multiple).toBe(false);
    for (const pattern of ['connectors/*', 'c/?.json', 'c/[ab]', 'c/{ab}']) {
      const one = read({ definition: pattern });
      expect(one).toMatchObject({ multiple: true, definitions: [{ kind: 'glob', pattern, display: pattern }] });
    }
    for (const outside of ['../c/*', '/work/*', 'a/../../*']) {
      const e = refusal({ definition: outside });
      expect(e.message).toBe(`Input 'definition': the pattern '${outside}' reaches outside the workspace.`);
      expect(e.hint).toMatch(/relative to the repository root/);
    }
  });

  test('with several connectors, inputs that name one connector are refused, all named', () => {
    const several = { definition: 'a.json\nb.json' };
    const e = refusal({ ...several, 'connector-name': 'X', icon: 'i.png', 'api-properties': 'p.json' });
    expect(e.input).toBe('connector-name');
    expect(e.message).toBe(
      "Input 'connector-name': names one connector, but 'definition' lists several (or a pattern): 'connector-name', 'icon', 'api-properties' cannot apply to each.",
    );
    expect(e.hint).toMatch(/one step per connector/);
    expect(refusal({ ...several, 'connector-id': 'c' }).input).toBe('connector-id');
    expect(refusal({ ...several, baseline: 'c.json' }).input).toBe('baseline');
    expect(refusal({ definition: 'c/*', baseline: 'c.json', 'update-baseline': 'true' }).input).toBe('update-baseline');
    // Blank or false per-connector inputs are not set.
    expect(read({ ...several, 'connector-name': ' ', 'update-baseline': 'false', baseline: 'git' }).multiple).toBe(
      true,
    );
  });

  test('api-properties is a workspace file', () => {
    expect(read({ definition: 'a.json', 'api-properties': 'c/apiProperties.json' }).apiPropertiesPath).toEqual({
      path: '/work/repo/c/apiProperties.json',
      display: 'c/apiProperties.json',
    });
    expect(read({ definition: 'a.json' }).apiPropertiesPath).toBeUndefined();
    expect(refusal({ definition: 'a.json', 'api-properties': '../p.json' }).input).toBe('api-properties');
  });

  test("'azure-app' instead of 'definition', never both", () => {
    expect(read({ 'azure-app': ' s/rg/site ', 'client-id': 'c' }).definitions[0]).toEqual({
      kind: 'azure-app',
      app: 's/rg/site',
      display: 'Azure app s/rg/site',
    });
    const both = refusal({ definition: 'a.json', 'azure-app': 's/rg/site', 'client-id': 'c' });
    expect(both.input).toBe('azure-app');
    expect(both.hint).toMatch(/Set only one/);
    const missing = refusal({ definition: '  ' });
    expect(missing.message).toBe("Input 'definition': is required.");
    expect(read({ 'azure-app': 's/rg/site', auth: 'azure-cli' }).express.auth).toBe('azure-cli');
    // A blank azure-app is no azure-app: it needs no sign-in.
    expect(read({ definition: 'a.json', 'azure-app': ' ' }).definitions[0]).toMatchObject({ kind: 'file' });
    expect(refusal({ 'azure-app': 's/rg/site' }).hint).toMatch(/client-id/);
  });

  test('definition-headers: names checked, values masked, the value never echoed in the refusal', () => {
    const masked: string[] = [];
    const s = read({ definition: 'a.json', 'definition-headers': "x-key:\n  \nX_Odd.Name~'*: v:1 " }, masked);
    expect(s.definitionHeaders).toEqual({ 'x-key': '', "X_Odd.Name~'*": 'v:1' });
    expect(masked).toEqual(['v:1']);
    const e = refusal({ definition: 'a.json', 'definition-headers': ' bad name : s3cr3t' });
    // By number only: a line without its colon may be the secret itself.
    expect(e.message).toBe("Input 'definition-headers': line 1 is not 'Name: value'.");
    expect(e.message).not.toContain('s3cr3t');
    expect(e.hint).toMatch(/one header per line/);
    expect(refusal({ definition: 'a.json', 'definition-headers': 'x(y): 1' }).input).toBe('definition-headers');
  });
});

describe('secrets', () => {
  test('every secret input is masked as read, before any refusal, and an empty one is not', () => {
    const masked: string[] = [];
    refusal(
      {
        definition: 'a.json',
        mode: 'sideways',
        'github-token': 'gh',
        'client-secret': 'cs',
        token: 'tk',
        'oauth-client-secret': 'ocs',
      },
      masked,
    );
    expect(masked).toEqual(['gh', 'cs', 'tk', 'ocs']);
    const none: string[] = [];
    read({ definition: 'a.json' }, none);
    expect(none).toEqual([]);
  });

  test('the secrets are handed on', () => {
    const s = read({ ...EXPRESS, 'github-token': 'gh', 'client-secret': 'cs', 'oauth-client-secret': 'ocs' });
    expect(s.githubToken).toBe('gh');
    expect(s.express).toMatchObject({ clientSecret: 'cs', oauthClientSecret: 'ocs', auth: 'client-secret' });
    expect(read({ ...EXPRESS, token: 'tk' }).express).toMatchObject({ token: 'tk', auth: 'token' });
    expect(read({ definition: 'a.json' }).githubToken).toBeUndefined();
  });

  test('manual mode names the refused secret without echoing it', () => {
    const e = refusal({ definition: 'a.json', 'oauth-client-secret': 'hunter2' });
    expect(e.message).toBe(
      "Input 'oauth-client-secret': is a secret, and manual mode writes files that people download: it never takes this secret.",
    );
  });
});

describe('connector settings', () => {
  test('icon-brand-color: six hex digits after #, stored in lower case', () => {
    expect(read({ definition: 'a.json' }).connector.iconBrandColor).toBeUndefined();
    expect(read({ definition: 'a.json', 'icon-brand-color': '#ABCDEF' }).connector.iconBrandColor).toBe('#abcdef');
    for (const bad of ['#abcde', '#abcdefa', 'x#abcdef', '#abcdeg', 'abcdef']) {
      const e = refusal({ definition: 'a.json', 'icon-brand-color': bad });
      expect(e.message).toBe(`Input 'icon-brand-color': '${bad}' is not a colour like #007ee5.`);
      expect(e.hint).toBe('Give six hex digits after #.');
    }
  });

  test('connector-name: at most 30 characters', () => {
    expect(read({ definition: 'a.json', 'connector-name': 'x'.repeat(30) }).connectorName).toBe('x'.repeat(30));
    const e = refusal({ definition: 'a.json', 'connector-name': 'y'.repeat(31) });
    expect(e.message).toBe(
      `Input 'connector-name': '${'y'.repeat(31)}' has 31 characters; Power Platform allows at most 30.`,
    );
    expect(e.hint).toBe('Shorten it.');
    expect(read({ definition: 'a.json' }).connectorName).toBeUndefined();
  });

  test('host: a name with an optional port, nothing else', () => {
    for (const good of ['api.contoso.com', 'api.contoso.com:8443', 'localhost'])
      expect(read({ definition: 'a.json', host: good }).hostOverride).toBe(good);
    for (const bad of ['https://x.net', 'x.net/api', 'a b', '{t}.x.net', 'x.net:abc', 'x\\y', 'x.net:']) {
      const e = refusal({ definition: 'a.json', host: bad });
      expect(e.message).toBe(`Input 'host': '${bad}' is not a host name.`);
      expect(e.hint).toMatch(/no scheme, no path/);
    }
  });

  test('base-path starts with /', () => {
    expect(read({ definition: 'a.json', 'base-path': '/api' }).basePathOverride).toBe('/api');
    const e = refusal({ definition: 'a.json', 'base-path': 'api' });
    expect(e.message).toBe("Input 'base-path': 'api' does not start with '/'.");
    expect(e.hint).toBe('Write it like /api.');
  });

  test('server: an index or a URL', () => {
    expect(read({ definition: 'a.json' }).server).toBeUndefined();
    expect(read({ definition: 'a.json', server: '2' }).server).toBe(2);
    expect(read({ definition: 'a.json', server: '2a' }).server).toBe('2a');
    expect(read({ definition: 'a.json', server: 'https://x/api' }).server).toBe('https://x/api');
  });

  test('icon and package-path resolve in the workspace; an icon outside it is refused', () => {
    const s = read({ definition: 'a.json', icon: 'img/icon.png', 'package-path': 'out/pkg' });
    expect(s.iconPath).toBe('/work/repo/img/icon.png');
    expect(s.packagePath).toBe('/work/repo/out/pkg');
    expect(read({ definition: 'a.json' })).toMatchObject({ iconPath: undefined, packagePath: undefined });
    expect(refusal({ definition: 'a.json', icon: '../icon.png' }).input).toBe('icon');
  });

  test('artifact-name refuses every character artifacts do not allow', () => {
    expect(read({ definition: 'a.json', 'artifact-name': 'my-connector_1.0 (x)' }).artifactName).toBe(
      'my-connector_1.0 (x)',
    );
    for (const c of ['"', "'", ':', '<', '>', '|', '*', '?', '\\', '/', '\r', '\n']) {
      const e = refusal({ definition: 'a.json', 'artifact-name': `a${c}b` });
      expect(e.message).toBe(`Input 'artifact-name': 'a${c}b' contains a character artifacts do not allow.`);
    }
  });

  test('security options are passed to the connector as given', () => {
    const s = read({
      definition: 'a.json',
      'api-key-label': 'Key',
      'oauth-client-id': 'id',
      'aad-resource-url': 'https://res',
      'aad-tenant-id': 'tenant',
      'aad-login-url': 'https://login.example.com//',
    });
    expect(s.connector).toEqual({
      iconBrandColor: undefined,
      apiKeyLabel: 'Key',
      oauthClientId: 'id',
      oauthScopes: undefined,
      aadResourceUrl: 'https://res',
      aadTenantId: 'tenant',
      aadLoginUrl: 'https://login.example.com',
    });
  });
});

describe('URL inputs', () => {
  test.each(['aad-login-url', 'powerapps-url', 'authority-host'])('%s: http(s) only, trailing slashes cut', (input) => {
    const get = (s: Settings) =>
      ({
        'aad-login-url': s.connector.aadLoginUrl,
        'powerapps-url': s.express.powerAppsUrl,
        'authority-host': s.express.authorityHost,
      })[input];
    expect(get(read({ definition: 'a.json', [input]: 'http://h.example/x/' }))).toBe('http://h.example/x');
    expect(refusal({ definition: 'a.json', [input]: 'not a url' }).message).toBe(
      `Input '${input}': is not a valid URL.`,
    );
    const ftp = refusal({ definition: 'a.json', [input]: 'ftp://h.example' });
    expect(ftp.message).toBe(`Input '${input}': the scheme 'ftp:' is not supported.`);
    expect(ftp.hint).toBe('Use an http(s) URL.');
    // A password in the URL is masked and refused, never repeated; a user name alone is refused too.
    const masked: string[] = [];
    const userInfo = refusal({ definition: 'a.json', [input]: 'https://me:p%40ss@h.example/' }, masked);
    expect(masked).toEqual(['p%40ss', 'p@ss']);
    expect(userInfo.message).toBe(
      `Input '${input}': the URL carries a user name or password (user:password@host); they are not accepted in a URL.`,
    );
    expect(userInfo.hint).toBe('Remove them from the URL.');
    expect(refusal({ definition: 'a.json', [input]: 'https://me@h.example/' }).input).toBe(input);
  });

  test('express defaults and settings', () => {
    const s = read({ ...EXPRESS, 'connector-id': 'shared_x', 'tenant-id': 't', 'comment-key': 'k' });
    expect(s.express).toMatchObject({
      environment: '~Default',
      connectorId: 'shared_x',
      powerAppsUrl: 'https://api.powerapps.com',
      apiVersion: '2016-11-01',
      tenantId: 't',
      clientId: 'c',
      authorityHost: undefined,
      dryRun: 'auto',
    });
    expect(s.commentKey).toBe('k');
    expect(read({ ...EXPRESS, 'api-version': '2020-01-01' }).express.apiVersion).toBe('2020-01-01');
  });
});

describe('sign-in and mode', () => {
  test('auth is inferred from the sign-in inputs, token first', () => {
    expect(read({ ...EXPRESS, token: 't', 'client-secret': 's' }).express.auth).toBe('token');
    expect(read({ definition: 'a.json', 'client-secret': 's' }).express.auth).toBeUndefined();
    expect(read({ definition: 'a.json' }).express.auth).toBeUndefined();
    expect(read({ ...EXPRESS, 'client-id': '', auth: 'azure-cli' }).express.auth).toBe('azure-cli');
  });

  test('express mode needs an environment and a sign-in', () => {
    const env = refusal({ definition: 'a.json', mode: 'express', 'client-id': 'c' });
    expect(env.message).toBe("Input 'environment': is required in express mode.");
    expect(env.hint).toMatch(/~Default/);
    const auth = refusal({ definition: 'a.json', mode: 'express', environment: 'e' });
    expect(auth.message).toBe("Input 'auth': express mode needs a sign-in.");
    expect(auth.hint).toMatch(/azure-cli/);
  });
});

describe('baselines', () => {
  test('keywords, trimmed', () => {
    expect(read({ definition: 'a.json', baseline: ' auto ' }).baseline).toEqual({ kind: 'auto' });
    expect(read({ definition: 'a.json', baseline: ' none' }).baseline).toEqual({ kind: 'none' });
    expect(read({ definition: 'a.json', baseline: 'artifact' }).baseline).toEqual({ kind: 'artifact' });
    expect(read({ ...EXPRESS, baseline: 'connector' }).baseline).toEqual({ kind: 'connector' });
    const e = refusal({ definition: 'a.json', baseline: 'connector' });
    expect(e.message).toBe("Input 'baseline': 'connector' reads the registered connector, which needs express mode.");
  });

  test('git refs: the characters refs use, no option, no space', () => {
    for (const ref of ['main', 'origin/feature-1', 'wip-', 'v1.2^{}', 'HEAD~1', 'main@{1}', 'a_b'])
      expect(read({ definition: 'a.json', baseline: `git: ${ref} ` }).baseline).toEqual({ kind: 'git', ref });
    for (const bad of ['-x', 'a b', 'a;b', '']) {
      const e = refusal({ definition: 'a.json', baseline: `git:${bad}` });
      expect(e.message).toBe(`Input 'baseline': '${bad}' is not a git ref.`);
      expect(e.hint).toBe(
        'Use git:<branch, tag or commit>[:<path>], e.g. git:main or git:HEAD~1:connector/apiDefinition.swagger.json.',
      );
    }
  });

  test('a path is a workspace file', () => {
    expect(read({ definition: 'a.json', baseline: 'c/api.json' }).baseline).toEqual({
      kind: 'file',
      path: '/work/repo/c/api.json',
      display: 'c/api.json',
    });
    expect(refusal({ definition: 'a.json', baseline: '../x.json' }).input).toBe('baseline');
  });
});

test('the workspace is GITHUB_WORKSPACE, else the current directory', () => {
  expect(read({ definition: 'a.json' }).workspace).toBe('/work/repo');
  const here = readSettings({ get: (n) => (n === 'definition' ? 'a.json' : '') }, {}, () => undefined);
  expect(here.workspace).toBe(process.cwd());
});

describe('the Dataverse solution', () => {
  test('solution: a letter, then up to 64 letters, digits or underscores', () => {
    const longest = 'S' + '_'.repeat(64);
    expect(read({ definition: 'a.json', solution: longest }).solution.uniqueName).toBe(longest);
    for (const bad of [longest + 'x', '_Tasks', 'Tasks!', 'x Tasks']) {
      const e = refusal({ definition: 'a.json', solution: bad });
      expect(e.message).toBe(`Input 'solution': '${bad}' is not a solution unique name.`);
      expect(e.hint).toMatch(/at most 65/);
    }
  });

  test('publisher-prefix: 2 to 8 lower-case letters or digits, not mscrm', () => {
    for (const good of ['ab', 'a1234567', 'mscr'])
      expect(read({ definition: 'a.json', 'publisher-prefix': good }).solution.publisherPrefix).toBe(good);
    for (const bad of ['a', 'a12345678', '1ab', 'mscrm', 'ab-c', ' ab']) {
      const e = refusal({ definition: 'a.json', 'publisher-prefix': bad });
      expect(e.message).toBe(`Input 'publisher-prefix': '${bad}' is not a publisher prefix.`);
      expect(e.hint).toMatch(/2 to 8/);
    }
  });

  test('solution-version: from the run number and attempt unless given; two to four numbers', () => {
    const env = { GITHUB_WORKSPACE: workspace, GITHUB_RUN_NUMBER: '7' };
    const run = readSettings({ get: (n) => (n === 'definition' ? 'a.json' : '') }, env, () => undefined);
    expect(run.solution.version).toBe('1.0.7.0');
    expect(read({ definition: 'a.json', 'solution-version': '3.2.1.0' }).solution.version).toBe('3.2.1.0');
    const e = refusal({ definition: 'a.json', 'solution-version': '1' });
    expect(e.message).toBe("Input 'solution-version': '1' is not a solution version.");
    expect(e.hint).toMatch(/two to four whole numbers/);
  });
});

describe('package-path', () => {
  const withTemp = (value: string) =>
    readSettings(
      { get: (n) => ({ definition: 'a.json', 'package-path': value })[n] ?? '' },
      { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: '/runner/tmp' },
      () => undefined,
    );

  test('a folder inside the workspace or RUNNER_TEMP', () => {
    expect(withTemp('out/pkg').packagePath).toBe('/work/repo/out/pkg');
    expect(withTemp('/runner/tmp/pkg').packagePath).toBe('/runner/tmp/pkg');
  });

  test('never the workspace, RUNNER_TEMP or a folder that holds them; nothing outside them', () => {
    for (const holder of ['.', '/work', '/runner/tmp', '/']) {
      const e = (() => {
        try {
          withTemp(holder);
        } catch (error) {
          return error as InputError;
        }
        throw new Error(`expected '${holder}' to be refused`);
      })();
      expect(e.message).toBe(
        `Input 'package-path': '${holder}' is the workspace or RUNNER_TEMP, or a folder that holds them.`,
      );
      expect(e.hint).toMatch(/new or empty folder inside the workspace/);
    }
    for (const outside of ['../elsewhere', '/runner/other', '/work/repo-sibling']) {
      expect(() => withTemp(outside)).toThrow(
        `Input 'package-path': '${outside}' is outside the workspace and RUNNER_TEMP.`,
      );
    }
    // Without RUNNER_TEMP only the workspace counts.
    expect(refusal({ definition: 'a.json', 'package-path': '/runner/tmp/pkg' }).input).toBe('package-path');
  });
});

test('server: digits only make an index', () => {
  expect(read({ definition: 'a.json', server: 'a2' }).server).toBe('a2');
  expect(read({ definition: 'a.json', server: '12' }).server).toBe(12);
});

test("'azure-app' with several definitions is refused as with one; user info without a user or a password", () => {
  const both = refusal({ definition: 'a.json\nb.json', 'azure-app': 's/rg/site', 'client-id': 'c' });
  expect(both.message).toBe("Input 'azure-app': is set together with 'definition'.");
  expect(refusal({ definition: ' ' }).hint).toBe(
    "Set 'definition' to the definition file in the repository or its http(s) URL.",
  );
  const masked: string[] = [];
  expect(refusal({ definition: 'https://:pw@h.example/a.json' }, masked).input).toBe('definition');
  expect(masked).toContain('pw');
  const userOnly: string[] = [];
  expect(refusal({ definition: 'https://me@h.example/a.json' }, userOnly).input).toBe('definition');
  expect(userOnly).toEqual([]);
});
