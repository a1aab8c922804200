// The small part of the Dockerfile grammar our Dockerfile uses, parsed so that the image test
// runs what the file says rather than a copy of it that could drift.

/** Joins `\` continuations, drops comments and blank lines. */
function logicalLines(text) {
  const lines = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (current === '' && (line.trim() === '' || line.trim().startsWith('#'))) continue;
    if (line.endsWith('\\')) current += `${line.slice(0, -1)} `;
    else {
      lines.push(`${current}${line}`.trim());
      current = '';
    }
  }
  return lines;
}

function substitute(text, args) {
  return text.replace(/\$\{(\w+)\}|\$(\w+)/g, (_match, braced, bare) => args[braced ?? bare] ?? '');
}

function parseEnvArgs(text) {
  const env = {};
  for (const match of text.matchAll(/(\w+)=("[^"]*"|\S*)/g)) env[match[1]] = match[2].replace(/^"|"$/g, '');
  return env;
}

/** `["node", "x.js"]` (exec form) only: the shell form would hide what runs. */
function execForm(text, where) {
  try {
    const parsed = JSON.parse(text);
    if (Array.isArray(parsed) && parsed.every((part) => typeof part === 'string')) return parsed;
  } catch {
    // reported below
  }
  throw new Error(`${where} must use the exec form ["program", "arg", ...], got: ${text}`);
}

export function parseDockerfile(text) {
  const args = {};
  const stages = [];
  let stage;
  for (const line of logicalLines(text)) {
    const [, op = '', rest = ''] = /^(\w+)\s*(.*)$/.exec(line) ?? [];
    const value = substitute(rest, args);
    const upper = op.toUpperCase();
    if (upper === 'ARG') {
      const [name, fallback = ''] = rest.split('=');
      args[name] ??= fallback;
    } else if (upper === 'FROM') {
      const [, image, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(value) ?? [];
      stage = {
        image,
        name: name ?? `stage${stages.length}`,
        instructions: [],
        cmd: null,
        healthcheck: null,
      };
      stages.push(stage);
    } else if (!stage) throw new Error(`${upper} before FROM`);
    else if (upper === 'WORKDIR') stage.instructions.push({ op: upper, args: value });
    else if (upper === 'RUN') stage.instructions.push({ op: upper, args: value });
    else if (upper === 'ENV') stage.instructions.push({ op: upper, args: parseEnvArgs(value) });
    else if (upper === 'COPY') {
      const parts = value.split(/\s+/);
      let from;
      // --chown names the image's users, which the emulation does not have (it runs as you).
      while (parts[0]?.startsWith('--')) {
        const flag = parts.shift() ?? '';
        if (flag.startsWith('--from=')) from = flag.slice('--from='.length);
        else if (!flag.startsWith('--chown=')) throw new Error(`COPY ${flag}: teach scripts/image-steps`);
      }
      const dest = parts.pop();
      stage.instructions.push({ op: upper, args: { from, sources: parts, dest } });
    } else if (upper === 'VOLUME') stage.volumes = [...(stage.volumes ?? []), ...value.split(/\s+/)]; else if (upper === 'CMD') stage.cmd = execForm(value, 'CMD');
    else if (upper === 'HEALTHCHECK') {
      const command = /\bCMD\s+(.*)$/.exec(value)?.[1] ?? '';
      stage.healthcheck = execForm(command, 'HEALTHCHECK CMD');
    } else if (!['USER', 'EXPOSE', 'LABEL'].includes(upper)) {
      throw new Error(`the image test does not know the instruction ${upper}: teach scripts/image-steps`);
    }
  }
  return { stages };
}

/** .dockerignore as a predicate on a context-relative path: true = sent to the build. */
export function dockerignoreFilter(text) {
  const rules = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negate = line.startsWith('!');
      const pattern = (negate ? line.slice(1) : line).replace(/^\/+|\/+$/g, '');
      const source = pattern
        .split(/(\*\*|\*|\?)/)
        .map((part) =>
          part === '**'
            ? '.*'
            : part === '*'
              ? '[^/]*'
              : part === '?'
                ? '[^/]'
                : part.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
        )
        .join('');
      // A pattern naming a directory excludes everything under it.
      return { negate, regex: new RegExp(`^${source}(/.*)?$`) };
    });
  return (path) => {
    let included = true;
    for (const rule of rules) if (rule.regex.test(path)) included = rule.negate;
    return included;
  };
}
