import { readFileSync } from 'node:fs';
import { assembleKernel, KERNELS, kernelModulePath, kernelModuleSource } from '../../../../scripts/assemble-kernel';

describe('the WebAssembly kernels', () => {
  it.each(KERNELS.map((kernel) => [kernel.name, kernel] as const))('%s.wasm.ts carries the bytes its .wat assembles to', async (_, kernel) => {
    expect(readFileSync(kernelModulePath(kernel), 'utf8')).toBe(kernelModuleSource(kernel, await assembleKernel(kernel)));
  });
});
