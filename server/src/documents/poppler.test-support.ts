import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Wrappers over poppler-utils and zbar-tools for the document tests. The tools are external binaries:
 * when one is missing the caller skips with a loud warning rather than passing without checking.
 */

const available = new Map<string, boolean>();

export function hasBinary(name: string): boolean {
  let found = available.get(name);
  if (found === undefined) {
    found = spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
    available.set(name, found);
  }
  return found;
}

/** True when all binaries exist; otherwise warns which are missing and how to get them. */
export function requireBinaries(test: string, ...names: string[]): boolean {
  const missing = names.filter((name) => !hasBinary(name));
  if (missing.length === 0) return true;
  console.warn(
    `\n!!! SKIPPED "${test}": ${missing.join(', ')} not installed. ` +
      `Install with: apt-get update && apt-get install -y poppler-utils zbar-tools\n`,
  );
  return false;
}

function withPdfFile<T>(pdf: Buffer, fn: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'consign-doc-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return fn(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfInfo(pdf: Buffer): { pages: number; pageSize: string } {
  const out = withPdfFile(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]),
    pageSize: /^Page size:\s+(.+?)\s*(\(|$)/m.exec(out)?.[1] ?? '',
  };
}

export function pdfText(pdf: Buffer): string {
  return withPdfFile(pdf, (file) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
}

/** Renders page 1 at the given dpi and returns the PNG bytes. */
export function pdfToPng(pdf: Buffer, dpi: number, page = 1): Buffer {
  return withPdfFile(pdf, (file, dir) => {
    const prefix = path.join(dir, 'page');
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
    return readFileSync(`${prefix}.png`);
  });
}

/** All barcodes zbarimg finds in the image, one decoded value per entry. */
export function decodeBarcodes(png: Buffer): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'consign-zbar-'));
  try {
    const file = path.join(dir, 'page.png');
    writeFileSync(file, png);
    const result = spawnSync('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8' });
    return result.stdout.split('\n').filter((line) => line !== '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Saves a page image under test-artifacts/documents/ (git-ignored) for people to look at. */
export function saveArtifact(name: string, pdf: Buffer, dpi = 150, page = 1): void {
  const dir = path.resolve('test-artifacts/documents');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.pdf`), pdf);
  writeFileSync(path.join(dir, `${name}.png`), pdfToPng(pdf, dpi, page));
}
