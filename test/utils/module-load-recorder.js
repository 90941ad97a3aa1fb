/**
 * Preloaded into an app process (NODE_OPTIONS=--require <this file>, which worker threads inherit):
 * appends to MODULE_LOAD_RECORD a line "<main|thread> <package>" the first time each thread loads
 * a file of a package under MODULE_LOAD_WATCH: a comma-separated list of scopes (such as
 * @tensorflow, each of whose packages is recorded) and packages (such as playwright-core). For
 * tests of what a process does not load.
 */
const Module = require('node:module');
const { appendFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const record = process.env.MODULE_LOAD_RECORD;
const watch = process.env.MODULE_LOAD_WATCH;

/** The watched package a request loads a file of, or null; a file required by its path counts too. */
function watchedPackage(request) {
  for (const name of watch.split(',')) {
    if (request.includes(`/node_modules/${name}/`)) return name;
    if (name.startsWith('@') && request.startsWith(`${name}/`)) return request.split('/').slice(0, 2).join('/');
    if (request === name || request.startsWith(`${name}/`)) return name;
  }
  return null;
}

if (record && watch) {
  const seen = new Set();
  const load = Module._load;
  Module._load = function recordingLoad(request, parent, isMain) {
    const loaded = load.call(this, request, parent, isMain);
    const match = watchedPackage(request);
    if (match && !seen.has(match)) {
      seen.add(match);
      appendFileSync(record, `${isMainThread ? 'main' : 'thread'} ${match}\n`);
    }
    return loaded;
  };
}
