/** Node's global WebAssembly, typed for the little used here: TypeScript declares it only in the DOM's library. */
interface WebAssemblyApi {
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: WebAssemblyApi };

const PAGE_BYTES = 65_536;

/** Each kernel compiled once per thread. */
const compiled = new WeakMap<Uint8Array, object>();

/**
 * An instance of a kernel (its bytes, from a *.wasm.ts module) with a memory of at least `bytes`
 * bytes of its own, which never grows: views on `buffer` stay valid. The kernels import their memory.
 */
export function instantiateKernel<Exports>(code: Uint8Array, bytes: number): { exports: Exports; buffer: ArrayBuffer } {
  let module = compiled.get(code);
  if (module === undefined) compiled.set(code, (module = new wasm.Module(code)));
  const memory = new wasm.Memory({ initial: Math.max(1, Math.ceil(bytes / PAGE_BYTES)) });
  return { exports: new wasm.Instance(module, { env: { memory } }).exports as Exports, buffer: memory.buffer };
}
