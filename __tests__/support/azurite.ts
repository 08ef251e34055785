import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  BlobServiceClient,
  ContainerSASPermissions,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';
import { repoRoot } from './shared.ts';

/** Azurite's development account: a published, well-known key (not a secret). */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `<url>/devstoreaccount1`: the blob service endpoint of the development account. */
  accountUrl: string;
  service: BlobServiceClient;
  /** Creates `container` if needed; returns its URL with a SAS (read, add, create, write, delete, list) for 1 hour. */
  containerSas(container: string): Promise<string>;
  stop(): Promise<void>;
}

/** The URL of `blob` in the container whose SAS URL is given, keeping the SAS. */
export function blobUrl(containerSasUrl: string, blob: string): string {
  const url = new URL(containerSasUrl);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/${blob.split('/').map(encodeURIComponent).join('/')}`;
  return url.toString();
}

/**
 * Starts Azurite's blob service on a free loopback port with in-memory storage. Telemetry is always off: tests talk
 * to 127.0.0.1 only. Call `stop()` in afterAll.
 */
export async function startAzurite(timeoutMs = 20000): Promise<Azurite> {
  // In-memory storage; the working folder only catches anything it might still write.
  const location = await mkdtemp(path.join(tmpdir(), 'azurite-'));
  const main = path.join(repoRoot, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
  const args = ['--blobHost', '127.0.0.1', '--blobPort', '0', '--inMemoryPersistence', '--skipApiVersionCheck'];
  args.push('--loose', '--disableTelemetry');
  const child = spawn(process.execPath, [main, ...args], { cwd: location, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Azurite did not start in ${timeoutMs} ms:\n${log}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /successfully listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with code ${code}:\n${log}`));
    });
  }).catch(async (error: unknown) => {
    child.kill();
    await rm(location, { recursive: true, force: true });
    throw error;
  });
  // Keep draining its output so the pipe never fills up and blocks it.
  child.stdout.resume();
  child.stderr.resume();

  const accountUrl = `${url}/${DEV_ACCOUNT}`;
  const credential = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY);
  const service = new BlobServiceClient(accountUrl, credential);
  return {
    url,
    accountUrl,
    service,
    async containerSas(container) {
      const client = service.getContainerClient(container);
      await client.createIfNotExists();
      const sas = generateBlobSASQueryParameters(
        {
          containerName: container,
          permissions: ContainerSASPermissions.parse('racwdl'),
          startsOn: new Date(Date.now() - 60_000),
          expiresOn: new Date(Date.now() + 3_600_000),
        },
        credential,
      );
      return `${client.url}?${sas.toString()}`;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill();
        await exited;
      }
      await rm(location, { recursive: true, force: true });
    },
  };
}
