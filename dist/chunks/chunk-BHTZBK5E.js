import { createRequire as __taskcacheCreateRequire } from 'node:module'; const require = __taskcacheCreateRequire(import.meta.url);

// src/engine/producer.ts
function producerFromEnv(env) {
  if (!env.GITHUB_ACTIONS) return {};
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const producer = {};
  const set = (name, value) => {
    if (value) producer[name] = value;
  };
  set("repository", env.GITHUB_REPOSITORY);
  set("ref", env.GITHUB_REF);
  set("commit", env.GITHUB_SHA);
  set("workflow", env.GITHUB_WORKFLOW);
  set("runUrl", runUrl);
  set("job", env.GITHUB_JOB);
  return producer;
}

export {
  producerFromEnv
};
