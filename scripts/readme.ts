// Regenerates the README tables between `<!-- name:start -->` and `<!-- name:end -->` from action.yml (and the rule
// catalogues), so the front door never disagrees with the action. `--check` exits 1 when the README is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';
import { apiPropertiesDriftRules } from '../src/drift/apiProperties.ts';
import { driftRules } from '../src/drift/rules.ts';
import { validationRules } from '../src/validation/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface ActionYaml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

const cell = (text: string): string => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');

export function readmeSections(): Record<string, string> {
  const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as ActionYaml;
  const inputs = Object.entries(action.inputs).map(
    ([name, i]) =>
      `| \`${name}\` | ${cell(i.description)} | ${i.default === undefined ? '' : `\`${cell(i.default)}\``} |`,
  );
  const outputs = Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`);
  const drift = [...driftRules, ...apiPropertiesDriftRules].map(
    (r) => `| \`${r.id}\` | ${r.level} | ${cell(r.description)} | ${cell(r.example)} |`,
  );
  const validation = validationRules.map((r) => `| \`${r.id}\` | ${r.level} | ${cell(r.description)} |`);
  return {
    'drift-rules': ['| rule | level | what changed | example |', '| --- | --- | --- | --- |', ...drift].join('\n'),
    'validation-rules': ['| rule | level | what it checks |', '| --- | --- | --- |', ...validation].join('\n'),
    inputs: ['| input | description | default |', '| --- | --- | --- |', ...inputs].join('\n'),
    outputs: ['| output | description |', '| --- | --- |', ...outputs].join('\n'),
  };
}

/** The README with its generated sections replaced, formatted by prettier as `npm run format` would. */
export async function renderReadme(readme: string, sections: Record<string, string>): Promise<string> {
  let out = readme;
  for (const [name, body] of Object.entries(sections)) {
    const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!pattern.test(out)) throw new Error(`README.md has no <!-- ${name}:start --> / <!-- ${name}:end --> markers`);
    out = out.replace(pattern, `$1\n\n${body}\n\n$2`);
  }
  const file = path.join(root, 'README.md');
  return format(out, { ...(await resolveConfig(file)), filepath: file });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = path.join(root, 'README.md');
  const current = readFileSync(file, 'utf8');
  const next = await renderReadme(current, readmeSections());
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md is stale: run `npm run readme`.');
      process.exit(1);
    }
  } else {
    writeFileSync(file, next);
  }
}
