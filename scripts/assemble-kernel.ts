import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import wabt from 'wabt';

/**
 * Assembles the WebAssembly kernels of comment theming (src/theming/classifier/kernel/*.wat) into
 * the TypeScript modules that carry their bytes (*.wasm.ts): the app then needs neither wabt nor a
 * .wasm file beside its JavaScript (nest build, the Docker image and swc-node alike).
 * `npm run kernel:assemble` writes them; a unit test checks the committed ones against the texts.
 */
const KERNEL_DIR = join(__dirname, '..', 'src', 'theming', 'classifier', 'kernel');

/** Each kernel, by the name of its text, and the constant its module exports. */
export const KERNELS = [
  { name: 'similarities', constant: 'SIMILARITIES_WASM' },
  { name: 'fitting', constant: 'FITTING_WASM' },
] as const;
export type Kernel = (typeof KERNELS)[number];

export const kernelModulePath = (kernel: Kernel): string => join(KERNEL_DIR, `${kernel.name}.wasm.ts`);

/** A kernel's WebAssembly bytes, assembled from its text. */
export async function assembleKernel(kernel: Kernel): Promise<Uint8Array> {
  const assembler = await wabt();
  const parsed = assembler.parseWat(`${kernel.name}.wat`, readFileSync(join(KERNEL_DIR, `${kernel.name}.wat`), 'utf8'), { simd: true });
  try {
    parsed.validate();
    return parsed.toBinary({}).buffer;
  } finally {
    parsed.destroy();
  }
}

/** The TypeScript module that carries a kernel's bytes. */
export function kernelModuleSource(kernel: Kernel, bytes: Uint8Array): string {
  return [
    `// Written by \`npm run kernel:assemble\` from ${kernel.name}.wat, which says what the kernel computes and how.`,
    '// Do not edit: change the .wat and assemble again (a unit test checks the two agree).',
    // As Prettier lays it out, so that formatting the repository leaves it as written.
    `export const ${kernel.constant} = Buffer.from(`,
    `  '${Buffer.from(bytes).toString('base64')}',`,
    "  'base64',",
    ');',
    '',
  ].join('\n');
}

if (require.main === module) {
  void (async () => {
    for (const kernel of KERNELS) {
      const bytes = await assembleKernel(kernel);
      writeFileSync(kernelModulePath(kernel), kernelModuleSource(kernel, bytes));
      console.log(`wrote ${kernelModulePath(kernel)} (${bytes.length} bytes of WebAssembly)`);
    }
  })();
}
