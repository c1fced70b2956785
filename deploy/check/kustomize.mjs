// Renders a kustomize overlay the way `kubectl apply -k` would, for the subset of kustomize the
// manifests in k8s/ use: resources (files and directories with a kustomization.yaml), namespace,
// replicas, images (newName, newTag), patches (strategic-merge patch files: maps merge, containers,
// env and volumes merge by name, volumeMounts by mountPath, other lists are replaced, null removes;
// $patch directives refused), configMapGenerator (files only, without the hash suffix). No kustomize binary is offered by the registries this project reaches (Debian's
// kubernetes-client 1.20 embeds a kustomize too old for these fields); anything else in a
// kustomization.yaml is refused here rather than ignored.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const KNOWN = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'replicas', 'images', 'patches', 'configMapGenerator', 'generatorOptions']);
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'PersistentVolume', 'StorageClass']);

export function readDocuments(file) {
  return YAML.parseAllDocuments(fs.readFileSync(file, 'utf8')).map((d) => d.toJS()).filter((d) => d && typeof d === 'object');
}

// the lists strategic merge joins by a key (Kubernetes' patchMergeKey), as far as these manifests use them;
// any other list in a patch replaces the original, as for custom resources (JSON merge patch)
const MERGE_KEYS = { containers: 'name', initContainers: 'name', env: 'name', volumes: 'name', volumeMounts: 'mountPath' };

function merge(target, patch, field = null, problems = [], where = '') {
  if (patch === null) return undefined;
  if (Array.isArray(patch)) {
    const key = MERGE_KEYS[field];
    if (!key || !Array.isArray(target)) return structuredClone(patch);
    const result = target.map((t) => structuredClone(t));
    for (const p of patch) {
      const i = result.findIndex((t) => t[key] === p[key]);
      if (i >= 0) result[i] = merge(result[i], p, null, problems, where);
      else result.push(structuredClone(p));
    }
    return result;
  }
  if (patch && typeof patch === 'object') {
    const result = target && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
    for (const [key, value] of Object.entries(patch)) {
      if (key.startsWith('$')) {
        problems.push(`${where}: the directive ${key} is not rendered by deploy/check (extend kustomize.mjs)`);
        continue;
      }
      const merged = merge(result[key], value, key, problems, where);
      if (merged === undefined) delete result[key];
      else result[key] = merged;
    }
    return result;
  }
  return patch;
}

/** The objects of the kustomization in `dir`; `problems` collects what cannot be rendered. */
export function render(dir, problems) {
  const file = path.join(dir, 'kustomization.yaml');
  const k = YAML.parse(fs.readFileSync(file, 'utf8'));
  for (const key of Object.keys(k)) {
    if (!KNOWN.has(key)) problems.push(`${file}: ${key} is not rendered by deploy/check (extend kustomize.mjs)`);
  }
  let objects = [];
  for (const resource of k.resources ?? []) {
    const target = path.resolve(dir, resource);
    if (fs.statSync(target).isDirectory()) objects.push(...render(target, problems));
    else objects.push(...readDocuments(target));
  }
  for (const generator of k.configMapGenerator ?? []) {
    for (const key of Object.keys(generator)) {
      if (!['name', 'files'].includes(key)) problems.push(`${file}: configMapGenerator ${generator.name}: ${key} is not rendered by deploy/check`);
    }
    const data = {};
    for (const f of generator.files ?? []) data[path.basename(f)] = fs.readFileSync(path.resolve(dir, f), 'utf8');
    if (!k.generatorOptions?.disableNameSuffixHash) problems.push(`${file}: configMapGenerator ${generator.name} needs disableNameSuffixHash (references are not rewritten here)`);
    objects.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: generator.name, labels: { ...(k.generatorOptions?.labels ?? {}) } }, data });
  }
  for (const patch of k.patches ?? []) {
    if (!patch.path || patch.target) {
      problems.push(`${file}: only patches by path, their targets named inside, are rendered`);
      continue;
    }
    for (const p of readDocuments(path.resolve(dir, patch.path))) {
      const i = objects.findIndex((o) => o.kind === p.kind && o.metadata?.name === p.metadata?.name);
      if (i < 0) problems.push(`${file}: patch ${p.kind}/${p.metadata?.name} matches nothing`);
      else objects[i] = merge(objects[i], p, null, problems, `${file}: patch ${p.kind}/${p.metadata?.name}`);
    }
  }
  for (const r of k.replicas ?? []) {
    const target = objects.find((o) => ['Deployment', 'StatefulSet'].includes(o.kind) && o.metadata.name === r.name);
    if (!target) problems.push(`${file}: replicas for ${r.name} match nothing`);
    else target.spec.replicas = r.count;
  }
  // an image reference: name[:tag][@digest], the name possibly with a registry's host:port
  const parse = (ref) => {
    const [nameAndTag, digest] = ref.split('@');
    const slash = nameAndTag.lastIndexOf('/');
    const colon = nameAndTag.lastIndexOf(':');
    return colon > slash ? { name: nameAndTag.slice(0, colon), tag: nameAndTag.slice(colon + 1), digest } : { name: nameAndTag, digest };
  };
  for (const image of k.images ?? []) {
    let used = false;
    for (const key of Object.keys(image)) {
      if (!['name', 'newName', 'newTag'].includes(key)) problems.push(`${file}: images ${image.name}: ${key} is not rendered by deploy/check`);
    }
    for (const o of objects) {
      for (const c of [...(o.spec?.template?.spec?.containers ?? []), ...(o.spec?.template?.spec?.initContainers ?? [])]) {
        const ref = parse(c.image);
        if (ref.name === image.name) {
          const tag = image.newTag ?? ref.tag;
          c.image = `${image.newName ?? ref.name}${tag ? `:${tag}` : ''}${ref.digest && !image.newTag ? `@${ref.digest}` : ''}`;
          used = true;
        }
      }
    }
    if (!used) problems.push(`${file}: image ${image.name} is used by no container`);
  }
  if (k.namespace) {
    objects = objects.map((o) => (CLUSTER_SCOPED.has(o.kind) ? o : { ...o, metadata: { ...o.metadata, namespace: k.namespace } }));
  }
  return objects;
}
