// Node's fs plus globSync (Node >= 22). The suite uses it only to find its own bundled files; this version
// supports the patterns those use ('*' within one path segment, '**' across segments) relative to `cwd`.
import fs from 'node:fs';
import path from 'node:path';

export * from 'node:fs';
export default fs;

function segmentMatcher(segment) {
  const source = segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${source}$`);
}

function walk(base, segments, prefix, found) {
  if (segments.length === 0) {
    found.push(prefix);
    return;
  }
  const [head, ...rest] = segments;
  if (head === '**') {
    walk(base, rest, prefix, found);
  }
  let entries;
  try {
    entries = fs.readdirSync(path.join(base, prefix), { withFileTypes: true });
  } catch {
    return;
  }
  const matcher = head === '**' ? null : segmentMatcher(head);
  for (const entry of entries) {
    const next = prefix ? path.join(prefix, entry.name) : entry.name;
    if (head === '**') {
      if (entry.isDirectory()) walk(base, segments, next, found);
    } else if (matcher.test(entry.name)) {
      walk(base, rest, next, found);
    }
  }
}

export function globSync(pattern, options = {}) {
  const patterns = Array.isArray(pattern) ? pattern : [pattern];
  const cwd = options.cwd ? String(options.cwd) : process.cwd();
  const found = [];
  for (const one of patterns) {
    const absolute = path.isAbsolute(one);
    const segments = one.split('/').filter(Boolean);
    walk(absolute ? '/' : cwd, segments, absolute ? '/' : '', found);
  }
  return [...new Set(found)];
}
