import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);

// src/core/config-shape.ts
var SHELLS = ["bash", "sh", "pwsh", "powershell", "cmd"];
var STORE_MODES = ["read-write", "read", "write", "off"];
function configRemotes(config) {
  const all = [...config.remote === void 0 ? [] : [config.remote], ...config.remotes ?? []];
  return all.map((r) => typeof r === "string" ? { url: r, mode: "read-write" } : r);
}
function formatIssuePath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else {
      const text = String(segment);
      const plain = /^[A-Za-z_$][\w$-]*$/.test(text);
      out += plain ? out ? `.${text}` : text : `[${JSON.stringify(text)}]`;
    }
  }
  return out || "(root)";
}
function formatConfigIssues(file, issues) {
  const lines = issues.map((issue) => `  ${file}: ${issue.path}: ${issue.message}`);
  return `invalid config (${issues.length} error${issues.length === 1 ? "" : "s"}):
${lines.join("\n")}`;
}

export {
  SHELLS,
  STORE_MODES,
  configRemotes,
  formatIssuePath,
  formatConfigIssues
};
