import { describe, expect, test } from '@jest/globals';
import { InputError } from '../../src/errors.ts';
import { readSettings } from '../../src/inputs.ts';

/**
 * "Tests that bite" (#14): every secret-bearing input is masked the moment it is read, before any check can
 * fail and echo it, and never appears in an error; manual mode refuses the one secret it would write to files.
 */

const WORKSPACE = '/work/repo';

/** Every input that carries a secret, with a value only it has. */
const SECRET_INPUTS: Record<string, string> = {
  'github-token': 'ghs_canary_github_token_1',
  'client-secret': 'canary-client-secret-2',
  token: 'canary.access.token-3',
  'oauth-client-secret': 'canary-oauth-secret-4',
};
const HEADER_VALUES = ['canary-function-key-5', 'Basic canary-basic-6'];
const HEADERS = `x-functions-key: ${HEADER_VALUES[0]}\nAuthorization:   ${HEADER_VALUES[1]}  `;

function read(values: Record<string, string>) {
  const masked: string[] = [];
  let error: unknown;
  try {
    readSettings({ get: (name) => values[name] ?? '' }, { GITHUB_WORKSPACE: WORKSPACE }, (v) => masked.push(v));
  } catch (e) {
    error = e;
  }
  return { masked, error };
}

const express = {
  definition: 'api.json',
  mode: 'express',
  environment: '~Default',
  auth: 'client-secret',
  'tenant-id': 't',
  'client-id': 'c',
};

describe('masking', () => {
  test.each(Object.entries(SECRET_INPUTS))('%s is masked, with exactly its value', (input, value) => {
    const { masked } = read({ ...express, [input]: value });
    expect(masked).toContain(value);
    // Nothing that is not a secret is masked (a masked common word would blank out the log).
    expect(masked.every((m) => Object.values(SECRET_INPUTS).includes(m))).toBe(true);
  });

  test('definition-headers: each value is masked (trimmed, as sent), never the header name', () => {
    const { masked } = read({ definition: 'https://api.example/swagger.json', 'definition-headers': HEADERS });
    expect(masked).toEqual(HEADER_VALUES);
  });

  test('all secrets are masked even when a later input is wrong, and the error quotes none of them', () => {
    const { masked, error } = read({
      ...express,
      ...SECRET_INPUTS,
      'definition-headers': HEADERS,
      'fail-on': 'sometimes', // read after the secrets: fails the run
    });
    expect(error).toBeInstanceOf(InputError);
    expect(masked).toEqual(expect.arrayContaining([...Object.values(SECRET_INPUTS), ...HEADER_VALUES]));
    const text = `${(error as InputError).message} ${(error as InputError).hint}`;
    for (const secret of [...Object.values(SECRET_INPUTS), ...HEADER_VALUES]) expect(text).not.toContain(secret);
  });

  test('a malformed header line is reported by its number only (it may be a secret), after the well-formed values were masked', () => {
    const { masked, error } = read({
      definition: 'https://api.example/swagger.json',
      'definition-headers': `x-functions-key: ${HEADER_VALUES[0]}\nnot a header canary-in-line-7`,
    });
    expect(masked).toContain(HEADER_VALUES[0]);
    expect((error as InputError).message).not.toContain('canary-in-line-7');
    expect((error as InputError).input).toBe('definition-headers');
    expect((error as InputError).message).toBe("Input 'definition-headers': line 2 is not 'Name: value'.");
  });

  test('empty secret inputs mask nothing (an empty mask would hide nothing but costs a command)', () => {
    expect(read({ definition: 'api.json' }).masked).toEqual([]);
  });
});

describe('manual mode refuses oauth-client-secret', () => {
  test.each([
    ['mode omitted (manual is the default)', {}],
    ['mode: manual', { mode: 'manual' }],
    ['mode: MANUAL', { mode: 'MANUAL' }],
  ])('%s: refused after masking, the error names the input and not the value', (_, extra) => {
    const { masked, error } = read({ definition: 'api.json', ...extra, 'oauth-client-secret': 'canary-manual-8' });
    expect(masked).toContain('canary-manual-8');
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('oauth-client-secret');
    expect((error as InputError).message).not.toContain('canary-manual-8');
    expect((error as InputError).hint).toMatch(/mode: express/);
  });

  test('the sign-in secrets are not refused in manual mode (azure-app reads with them; nothing is written)', () => {
    const { error } = read({ definition: 'api.json', 'client-secret': 'x', token: 'y' });
    expect(error).toBeUndefined();
  });

  test('express mode takes it', () => {
    const { error, masked } = read({ ...express, 'client-secret': 's', 'oauth-client-secret': 'canary-express-9' });
    expect(error).toBeUndefined();
    expect(masked).toContain('canary-express-9');
  });
});
