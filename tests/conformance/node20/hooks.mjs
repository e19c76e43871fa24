// Resolve hook (see register.mjs): 'fs' / 'node:fs' imported from the conformance suite's files -> fs.mjs.
const FS_WITH_GLOB = new URL('./fs.mjs', import.meta.url).href;
const SUITE = '/node_modules/@modelcontextprotocol/conformance/';

export async function resolve(specifier, context, nextResolve) {
  if ((specifier === 'fs' || specifier === 'node:fs') && context.parentURL?.includes(SUITE)) {
    return { url: FS_WITH_GLOB, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
