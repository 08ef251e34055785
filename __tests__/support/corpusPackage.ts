import path from 'node:path';
import { connectorContent } from '../../src/connector/content.ts';
import { packageFiles } from '../../src/connector/package.ts';
import { parseProject } from '../../src/connector/project.ts';
import { readSecurity } from '../../src/connector/security.ts';
import { prepareDefinition } from '../../src/openapi3/prepare.ts';
import { readConnectorFolder } from '../../src/sources/project.ts';

/**
 * What readConnectorFolder + the package make of one corpus folder (`<corpus>/<dir>`, shown as `connectors/<dir>`):
 * the package's files by name. Throws what stops that folder.
 */
export async function packageCorpusFolder(corpus: string, dir: string): Promise<Map<string, string | Uint8Array>> {
  const source = await readConnectorFolder(path.join(corpus, dir), `connectors/${dir}`);
  const project = parseProject(source.project!);
  const { definition } = await prepareDefinition(source.raw);
  const content = connectorContent({
    definition: definition.value,
    security: readSecurity(definition.value, definition),
    options: {},
    connectorName: dir,
    project,
  });
  return new Map(packageFiles(content, { options: {} }).map((f) => [f.name, f.content]));
}
