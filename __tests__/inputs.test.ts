import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { InputError } from '../src/errors.ts';
import { readSettings, type InputSource } from '../src/inputs.ts';
import { repoRoot } from './support/shared.ts';

const workspace = '/work/repo';

function inputs(values: Record<string, string>, seen?: Set<string>): InputSource {
  return {
    get: (name) => {
      seen?.add(name);
      return values[name] ?? '';
    },
  };
}

function read(values: Record<string, string>, masked: string[] = []) {
  return readSettings(inputs(values), { GITHUB_WORKSPACE: workspace }, (v) => masked.push(v));
}

function inputErrorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('readSettings', () => {
  test('defaults for a workspace definition', () => {
    const s = read({ definition: 'api/swagger.yaml' });
    expect(s.definitions).toEqual([{ kind: 'file', path: '/work/repo/api/swagger.yaml', display: 'api/swagger.yaml' }]);
    expect(s.multiple).toBe(false);
    expect(s.mode).toBe('manual');
    expect(s.failOnValidation).toBe('error');
    expect(s.failOn).toBe('breaking');
    expect(s.comment).toBe('auto');
    expect(s.baseline).toEqual({ kind: 'auto' });
    // Unset: a connector folder's own colour stays; a built apiProperties.json gets the default.
    expect(s.connector.iconBrandColor).toBeUndefined();
    expect(s.definitionTimeoutMs).toBe(30_000);
    expect(s.express.powerAppsUrl).toBe('https://api.powerapps.com');
  });

  test('a URL definition is shown without its query string (a function key may sit there)', () => {
    const s = read({ definition: 'https://f.azurewebsites.net/api/swagger.json?code=abc' });
    expect(s.definitions[0]).toMatchObject({ kind: 'url', display: 'https://f.azurewebsites.net/api/swagger.json' });
  });

  test('several connectors: one entry per line or a pattern; per-connector inputs are refused then', () => {
    const s = read({ definition: 'connectors/a\nconnectors/b/apiDefinition.swagger.json' });
    expect(s.definitions.map((d) => d.display)).toEqual(['connectors/a', 'connectors/b/apiDefinition.swagger.json']);
    expect(s.multiple).toBe(true);
    expect(read({ definition: 'connectors/*' }).definitions).toEqual([
      { kind: 'glob', pattern: 'connectors/*', display: 'connectors/*' },
    ]);
    expect(inputErrorOf(() => read({ definition: '../*' })).message).toMatch(/outside the workspace/);
    for (const input of ['connector-name', 'connector-id', 'icon', 'api-properties']) {
      const e = inputErrorOf(() => read({ definition: 'connectors/*', [input]: 'x' }));
      expect(e.input).toBe(input);
      expect(e.hint).toMatch(/settings\.json/);
    }
    expect(inputErrorOf(() => read({ definition: 'a.json\nb.json', baseline: 'old.json' })).input).toBe('baseline');
    expect(read({ definition: 'a.json', 'api-properties': 'props/apiProperties.json' }).apiPropertiesPath).toEqual({
      path: '/work/repo/props/apiProperties.json',
      display: 'props/apiProperties.json',
    });
  });

  test('other schemes and paths outside the workspace are refused with the input named', () => {
    expect(inputErrorOf(() => read({ definition: 'file:///etc/passwd' })).input).toBe('definition');
    expect(inputErrorOf(() => read({ definition: 'ftp://x/y.json' })).message).toMatch(/ftp/);
    expect(inputErrorOf(() => read({ definition: '../../etc/passwd' })).message).toMatch(/outside the workspace/);
    expect(inputErrorOf(() => read({})).message).toMatch(/required/);
  });

  test('definition headers are parsed and every value masked', () => {
    const masked: string[] = [];
    const s = read(
      { definition: 'https://x/y', 'definition-headers': 'x-functions-key: s3cr3t\n\nX-Other : two words ' },
      masked,
    );
    expect(s.definitionHeaders).toEqual({ 'x-functions-key': 's3cr3t', 'X-Other': 'two words' });
    expect(masked).toEqual(expect.arrayContaining(['s3cr3t', 'two words']));
    const e = inputErrorOf(() => read({ definition: 'https://x/y', 'definition-headers': 'no colon here' }));
    expect(e.input).toBe('definition-headers');
  });

  test('manual mode refuses a secret, after masking it', () => {
    const masked: string[] = [];
    const e = inputErrorOf(() => read({ definition: 'a.json', 'oauth-client-secret': 'hunter2' }, masked));
    expect(e.input).toBe('oauth-client-secret');
    expect(e.hint).toMatch(/IMPORT.md/);
    expect(e.message + (e.hint ?? '')).not.toContain('hunter2');
    expect(masked).toContain('hunter2');
    const express = { definition: 'a.json', mode: 'express', environment: '~Default', 'client-id': 'c' };
    expect(read({ ...express, 'oauth-client-secret': 'hunter2' }).express.oauthClientSecret).toBe('hunter2');
    // Sign-in secrets are never written to the package: manual mode takes them (azure-app needs them).
    expect(read({ definition: 'a.json', 'client-id': 'c', 'client-secret': 's' }).express.clientSecret).toBe('s');
  });

  test('enumerations, numbers and booleans are checked', () => {
    expect(inputErrorOf(() => read({ definition: 'a.json', 'fail-on': 'sometimes' })).hint).toMatch(
      /breaking, warning, any, never/,
    );
    expect(inputErrorOf(() => read({ definition: 'a.json', 'retention-days': '91' })).input).toBe('retention-days');
    expect(inputErrorOf(() => read({ definition: 'a.json', 'update-baseline': 'maybe' })).input).toBe(
      'update-baseline',
    );
    expect(inputErrorOf(() => read({ definition: 'a.json', 'icon-brand-color': 'blue' })).input).toBe(
      'icon-brand-color',
    );
    expect(inputErrorOf(() => read({ definition: 'a.json', 'connector-name': 'x'.repeat(31) })).message).toMatch(
      /31 characters/,
    );
    expect(inputErrorOf(() => read({ definition: 'a.json', host: 'https://x.net/api' })).input).toBe('host');
    expect(read({ definition: 'a.json', 'FAIL-ON': 'x', 'fail-on': 'ANY' }).failOn).toBe('any');
  });

  test('baselines', () => {
    expect(read({ definition: 'a.json', baseline: 'git:origin/main' }).baseline).toEqual({
      kind: 'git',
      ref: 'origin/main',
    });
    expect(read({ definition: 'a.json', baseline: 'git' }).baseline).toEqual({ kind: 'git' });
    expect(read({ definition: 'a.json', baseline: 'none' }).baseline).toEqual({ kind: 'none' });
    expect(read({ definition: 'a.json', baseline: 'connector/apiDefinition.swagger.json' }).baseline).toMatchObject({
      kind: 'file',
      display: 'connector/apiDefinition.swagger.json',
    });
    expect(inputErrorOf(() => read({ definition: 'a.json', baseline: 'git:--upload-pack=x' })).input).toBe('baseline');
    // git:<ref>:<path>: another file, named from the repository root as `git show` names it.
    expect(read({ definition: 'a.json', baseline: 'git:HEAD~1:./connector\\api.json' }).baseline).toEqual({
      kind: 'git',
      ref: 'HEAD~1',
      path: 'connector/api.json',
    });
    expect(read({ definition: 'a.json', baseline: 'git:main:' }).baseline).toEqual({ kind: 'git', ref: 'main' });
    expect(inputErrorOf(() => read({ definition: 'a.json', baseline: 'git:main:../other/a.json' })).message).toMatch(
      /not a path inside the repository/,
    );
    expect(inputErrorOf(() => read({ definition: 'a.json', 'update-baseline': 'true' })).input).toBe('update-baseline');
  });

  test('express sign-in defaults: oidc with a client id, client-secret with a secret, token with a token', () => {
    const express = { definition: 'a.json', mode: 'express', environment: '~Default' };
    expect(read({ ...express, 'client-id': 'c' }).express.auth).toBe('oidc');
    expect(read({ ...express, 'client-id': 'c', 'client-secret': 's' }).express.auth).toBe('client-secret');
    expect(read({ ...express, token: 't' }).express.auth).toBe('token');
    expect(inputErrorOf(() => read({ ...express })).input).toBe('auth');
    expect(inputErrorOf(() => read({ definition: 'a.json', mode: 'express', token: 't' })).input).toBe('environment');
    expect(inputErrorOf(() => read({ 'azure-app': 's/rg/site' })).input).toBe('auth');
    expect(inputErrorOf(() => read({ definition: 'a.json', baseline: 'connector' })).input).toBe('baseline');
  });

  test('the solution: unique name, publisher prefix, and a version that grows with the run number', () => {
    const s = read({ definition: 'a.json' });
    expect(s.solution).toEqual({ uniqueName: undefined, publisherPrefix: 'new', version: '1.0.0.0' });
    const run = readSettings(
      inputs({ definition: 'a.json', solution: 'Contoso_Tasks', 'publisher-prefix': 'contoso' }),
      { GITHUB_WORKSPACE: workspace, GITHUB_RUN_NUMBER: '42', GITHUB_RUN_ATTEMPT: '2' },
      () => undefined,
    );
    expect(run.solution).toEqual({ uniqueName: 'Contoso_Tasks', publisherPrefix: 'contoso', version: '1.0.42.2' });
    expect(read({ definition: 'a.json', 'solution-version': '2.1' }).solution.version).toBe('2.1.0.0');
    for (const [input, value] of [
      ['solution', 'Contoso Tasks'],
      ['solution', '1Tasks'],
      ['publisher-prefix', 'New'],
      ['publisher-prefix', 'mscrmx'],
      ['publisher-prefix', 'a'],
      ['solution-version', '1.2.3.4.5'],
      ['solution-version', '1.x'],
    ]) {
      expect(inputErrorOf(() => read({ definition: 'a.json', [input]: value })).input).toBe(input);
    }
  });

  test('environment-url: https (http on loopback only), origin only; it replaces environment and refuses the client secret', () => {
    const express = { definition: 'a.json', mode: 'express', 'client-id': 'c' };
    const s = read({ ...express, 'environment-url': 'https://contoso.crm4.dynamics.com/' });
    expect(s.express).toMatchObject({ environmentUrl: 'https://contoso.crm4.dynamics.com', importTimeoutMs: 900_000 });
    expect(read({ ...express, 'environment-url': 'http://127.0.0.1:8080' }).express.environmentUrl).toBe(
      'http://127.0.0.1:8080',
    );
    for (const url of ['http://contoso.crm4.dynamics.com', 'https://contoso.crm4.dynamics.com/api/data', 'nope']) {
      expect(inputErrorOf(() => read({ ...express, 'environment-url': url })).input).toBe('environment-url');
    }
    const masked: string[] = [];
    const refused = inputErrorOf(() =>
      read({ ...express, 'environment-url': 'https://o.crm.dynamics.com', 'oauth-client-secret': 'S3CRET' }, masked),
    );
    expect(refused.input).toBe('oauth-client-secret');
    expect(refused.hint).toContain('Security tab');
    expect(masked).toContain('S3CRET');
    expect(
      inputErrorOf(() =>
        read({ ...express, 'environment-url': 'https://o.crm.dynamics.com', 'validate-remotely': 'true' }),
      ).input,
    ).toBe('validate-remotely');
    expect(
      inputErrorOf(() =>
        read({ ...express, 'environment-url': 'https://o.crm.dynamics.com', 'oauth-client-secret-variable': 'secret' }),
      ).input,
    ).toBe('oauth-client-secret-variable');
    expect(
      inputErrorOf(() => read({ ...express, 'environment-url': 'https://o.crm.dynamics.com', 'import-timeout': '0' }))
        .input,
    ).toBe('import-timeout');
  });

  test('every input read is declared in action.yml, and every declared input is read', () => {
    const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    const seen = new Set<string>();
    readSettings(inputs({ definition: 'a.json' }, seen), { GITHUB_WORKSPACE: workspace }, () => undefined);
    expect([...seen].sort()).toEqual(Object.keys(action.inputs).sort());
  });
});
