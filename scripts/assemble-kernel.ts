import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import wabt from 'wabt';

/**
 * Assembles the similarity kernel's text (src/theming/classifier/kernel/similarities.wat) into the
 * TypeScript module that carries its bytes, similarities.wasm.ts: the app then needs neither wabt
 * nor a .wasm file beside its JavaScript (nest build, the Docker image and swc-node alike).
 * `npm run kernel:assemble` writes it; the kernel's unit test checks the committed one against it.
 */
const KERNEL_DIR = join(__dirname, '..', 'src', 'theming', 'classifier', 'kernel');
export const KERNEL_TEXT = join(KERNEL_DIR, 'similarities.wat');
export const KERNEL_MODULE = join(KERNEL_DIR, 'similarities.wasm.ts');

/** The kernel's WebAssembly bytes, assembled from its text. */
export async function assembleKernel(): Promise<Uint8Array> {
  const assembler = await wabt();
  const parsed = assembler.parseWat('similarities.wat', readFileSync(KERNEL_TEXT, 'utf8'), { simd: true });
  try {
    parsed.validate();
    return parsed.toBinary({}).buffer;
  } finally {
    parsed.destroy();
  }
}

/** The TypeScript module that carries `bytes`. */
export function kernelModuleSource(bytes: Uint8Array): string {
  return [
    '// Written by `npm run kernel:assemble` from similarities.wat, which says what the kernel computes and how.',
    '// Do not edit: change the .wat and assemble again (a unit test checks the two agree).',
    // As Prettier lays it out, so that formatting the repository leaves it as written.
    'export const SIMILARITIES_WASM = Buffer.from(',
    `  '${Buffer.from(bytes).toString('base64')}',`,
    "  'base64',",
    ');',
    '',
  ].join('\n');
}

if (require.main === module) {
  void assembleKernel().then((bytes) => {
    writeFileSync(KERNEL_MODULE, kernelModuleSource(bytes));
    console.log(`wrote ${KERNEL_MODULE} (${bytes.length} bytes of WebAssembly)`);
  });
}
