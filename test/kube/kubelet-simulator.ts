import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { constants as osConstants } from 'node:os';
import { EventRecorder } from './events.ts';
import type { ImageProgram, ImageRegistry } from './images.ts';
import { parseImage, sampleImages } from './images.ts';
import { KubeHttp, KubeStatusError, reflect } from './kube-http.ts';
import type { KubeEndpoint, Reflector } from './kube-http.ts';
import type { Container, ContainerState, ContainerStateTerminated, ContainerStatus, Pod, PodCondition, PodStatus } from './pod-types.ts';
import { ANNOTATION_LOOPBACK, ANNOTATION_PORTS } from './pod-types.ts';
import { pickPort, releasePort } from './ports.ts';
import type { ManagedProcess } from './processes.ts';
import { startProcess } from './processes.ts';
import type { HandlerResult } from './probes.ts';
import { ProbeWorker, runHandler } from './probes.ts';

export interface KubeletSimulatorOptions {
  /** Credentials with cluster-admin rights: the simulator plays kubelet and scheduler. */
  endpoint: KubeEndpoint;
  /** Where pod logs and the Prometheus file_sd targets file go. */
  stateDir: string;
  nodeName?: string;
  images?: ImageRegistry;
  /** Node status and Lease heartbeat; the kubelet's default is 10 s. */
  heartbeatIntervalMs?: number;
  /** First and maximum CrashLoopBackOff delay; the kubelet uses 10 s and 5 min, compressed here for tests. */
  crashLoopBackOff?: { initialMs: number; maxMs: number };
  kubeletVersion?: string;
  /** Passed to pod processes, whose loopback guard appends refused connects there. */
  networkViolationsFile?: string;
  log?: (line: string) => void;
}

export interface PodProcessInfo {
  namespace: string;
  pod: string;
  container: string;
  pid: number;
  address: string;
  logPath: string;
}

export interface KubeletSimulator {
  readonly nodeName: string;
  /** file_sd JSON listing every running sample container's loopback address with Kubernetes labels. */
  readonly prometheusTargetsFile: string;
  /** The live pod processes (for the network audit and for debugging). */
  processes(): PodProcessInfo[];
  /** Stops heartbeats and watches and kills every pod process it started; leaves API objects alone. */
  stop(): Promise<void>;
}

export const SIMULATED_POD_CIDR = '10.244.0.0/16';

interface ContainerRuntime {
  spec: Container;
  program: ImageProgram | undefined;
  port: number;
  proc: ManagedProcess | undefined;
  containerID: string | undefined;
  startedAt: string | undefined;
  restartCount: number;
  state: ContainerState;
  lastState: ContainerState;
  ready: boolean;
  started: boolean;
  probes: ProbeWorker[];
  timer: NodeJS.Timeout | undefined;
  logPath: string;
}

interface PodRuntime {
  uid: string;
  namespace: string;
  name: string;
  pod: Pod;
  podIP: string;
  startTime: string;
  containers: ContainerRuntime[];
  conditionTimes: Map<string, { status: string; at: string }>;
  terminating: boolean;
  gone: boolean;
  statusTimer: NodeJS.Timeout | undefined;
  writing: boolean;
  rewrite: boolean;
  dir: string;
}

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');
/** MicroTime wants exactly six fractional digits. */
const microNow = () => new Date().toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  const n = signal === null ? undefined : osConstants.signals[signal];
  return 128 + (n ?? 9);
}

/**
 * Plays kubelet (and scheduler) for one Node: binds pending pods to it and runs each container
 * as a real local process chosen by image, on its own 127.0.0.1 port. Probes run against that
 * process for real, crashes restart with CrashLoopBackOff, deletion honours preStop and the
 * grace period. Pod IPs come from 10.244.0.0/16 but nothing ever connects to them: the
 * loopback address is on the pod in the `sim.pipeline.test/loopback` annotation.
 */
export async function startKubeletSimulator(options: KubeletSimulatorOptions): Promise<KubeletSimulator> {
  const sim = new Simulator(options);
  await sim.start();
  return sim;
}

class Simulator implements KubeletSimulator {
  readonly nodeName: string;
  readonly prometheusTargetsFile: string;
  private readonly http: KubeHttp;
  private readonly images: ImageRegistry;
  private readonly log: (line: string) => void;
  private readonly events: EventRecorder;
  private readonly schedulerEvents: EventRecorder;
  private readonly runtimes = new Map<string, PodRuntime>();
  private readonly queues = new Map<string, Promise<void>>();
  private readonly unschedulable = new Set<string>();
  private readonly nodeLabels: Record<string, string>;
  private reflector: Reflector<Pod> | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private targetsTimer: NodeJS.Timeout | undefined;
  private targetsWrite: Promise<void> = Promise.resolve();
  private nextIp = 2;
  private stopped = false;
  private nodeUid = '';
  private readonly registeredAt = now();
  private readonly options: KubeletSimulatorOptions;

  constructor(options: KubeletSimulatorOptions) {
    this.options = options;
    this.nodeName = options.nodeName ?? 'sim-node-1';
    this.prometheusTargetsFile = join(options.stateDir, 'prometheus-targets.json');
    this.http = new KubeHttp(options.endpoint);
    this.images = options.images ?? sampleImages();
    this.log = options.log ?? ((line) => process.stderr.write(`[kubelet-sim] ${line}\n`));
    const onError = (error: unknown) => this.log(`event write failed: ${String(error)}`);
    this.events = new EventRecorder(this.http, { component: 'kubelet', host: this.nodeName }, onError);
    this.schedulerEvents = new EventRecorder(this.http, { component: 'default-scheduler' }, onError);
    this.nodeLabels = {
      'kubernetes.io/hostname': this.nodeName,
      'kubernetes.io/os': 'linux',
      'kubernetes.io/arch': 'amd64',
      'beta.kubernetes.io/os': 'linux',
      'beta.kubernetes.io/arch': 'amd64',
    };
  }

  async start(): Promise<void> {
    await mkdir(join(this.options.stateDir, 'pods'), { recursive: true });
    await this.writeTargets();
    await this.registerNode();
    await this.beat();
    this.heartbeat = setInterval(() => {
      this.beat().catch((error: unknown) => this.log(`heartbeat failed: ${String(error)}`));
    }, this.options.heartbeatIntervalMs ?? 10_000);
    this.reflector = reflect<Pod>(this.http, {
      path: '/api/v1/pods',
      onChange: (type, pod) => this.enqueue(pod, type),
      onError: (error) => this.log(`pod watch: ${String(error)}`),
    });
    await this.reflector.synced;
  }

  processes(): PodProcessInfo[] {
    const out: PodProcessInfo[] = [];
    for (const rt of this.runtimes.values()) {
      for (const c of rt.containers) {
        if (c.proc?.alive() === true) {
          out.push({ namespace: rt.namespace, pod: rt.name, container: c.spec.name, pid: c.proc.pid, address: `127.0.0.1:${c.port}`, logPath: c.logPath });
        }
      }
    }
    return out;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.reflector?.stop();
    clearInterval(this.heartbeat);
    clearTimeout(this.targetsTimer);
    await Promise.all([...this.runtimes.values()].map((rt) => this.killAll(rt, 2000)));
    await this.targetsWrite;
    for (const rt of this.runtimes.values()) this.release(rt);
    this.runtimes.clear();
    this.http.close();
  }

  /** Work that runs on its own (timers, graceful termination): failures are logged, never unhandled. */
  private background(what: string, work: Promise<unknown>): void {
    work.catch((error: unknown) => this.log(`${what}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
  }

  // ---- node ----------------------------------------------------------------------------------

  private async registerNode(): Promise<void> {
    const body = {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: this.nodeName, labels: this.nodeLabels },
      spec: { podCIDR: SIMULATED_POD_CIDR, podCIDRs: [SIMULATED_POD_CIDR] },
    };
    try {
      const node = await this.http.post<{ metadata: { uid: string } }>('/api/v1/nodes', body);
      this.nodeUid = node.metadata.uid;
    } catch (error) {
      if (!(error instanceof KubeStatusError && error.status === 409)) throw error;
      const node = await this.http.get<{ metadata: { uid: string } }>(`/api/v1/nodes/${this.nodeName}`);
      this.nodeUid = node.metadata.uid;
    }
  }

  private async beat(): Promise<void> {
    const at = now();
    const version = this.options.kubeletVersion ?? 'v1.20.2';
    const condition = (type: string, status: string, reason: string, message: string) =>
      ({ type, status, reason, message, lastHeartbeatTime: at, lastTransitionTime: this.registeredAt });
    const resources = { cpu: '4', memory: '16Gi', pods: '250', 'ephemeral-storage': '100Gi' };
    await this.http.mergePatch(`/api/v1/nodes/${this.nodeName}/status`, {
      status: {
        conditions: [
          condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
          condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
          condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
          condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status (simulated)'),
        ],
        addresses: [{ type: 'InternalIP', address: '127.0.0.1' }, { type: 'Hostname', address: this.nodeName }],
        capacity: resources,
        allocatable: resources,
        daemonEndpoints: { kubeletEndpoint: { Port: 0 } },
        nodeInfo: {
          machineID: 'simulated', systemUUID: 'simulated', bootID: 'simulated',
          kernelVersion: 'simulated', osImage: 'pipeline kubelet simulator', containerRuntimeVersion: 'sim://1',
          kubeletVersion: version, kubeProxyVersion: version, operatingSystem: 'linux', architecture: 'amd64',
        },
      },
    });
    const leasePath = `/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${this.nodeName}`;
    const lease = await this.http.find<{ metadata: { resourceVersion: string }; spec: Record<string, unknown> }>(leasePath);
    const spec = { holderIdentity: this.nodeName, leaseDurationSeconds: 40, renewTime: microNow() };
    if (lease === undefined) {
      await this.http.post('/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases', {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        metadata: {
          name: this.nodeName,
          namespace: 'kube-node-lease',
          ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: this.nodeName, uid: this.nodeUid }],
        },
        spec,
      });
    } else {
      await this.http.put(leasePath, { ...lease, spec: { ...lease.spec, ...spec } });
    }
  }

  // ---- pod event handling --------------------------------------------------------------------

  /** Events for one pod are handled in order; different pods proceed independently. */
  private enqueue(pod: Pod, type: 'ADDED' | 'MODIFIED' | 'DELETED'): void {
    const uid = pod.metadata.uid ?? pod.metadata.name;
    const previous = this.queues.get(uid) ?? Promise.resolve();
    const next = previous
      .then(() => (type === 'DELETED' ? this.onDeleted(uid) : this.sync(pod)))
      .catch((error: unknown) => this.log(`${pod.metadata.namespace}/${pod.metadata.name}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
    this.queues.set(uid, next);
    void next.then(() => {
      if (this.queues.get(uid) === next) this.queues.delete(uid);
    });
  }

  private async sync(pod: Pod): Promise<void> {
    if (this.stopped) return;
    const uid = pod.metadata.uid ?? '';
    const nodeName = pod.spec.nodeName;
    if (nodeName === undefined || nodeName === '') {
      if (pod.metadata.deletionTimestamp === undefined) await this.schedule(pod);
      return;
    }
    if (nodeName !== this.nodeName) return;
    let rt = this.runtimes.get(uid);
    if (pod.metadata.deletionTimestamp !== undefined) {
      // Never started here (or already forgotten): nothing to stop, only the API object to remove.
      if (rt === undefined) {
        await this.finalise(pod);
        return;
      }
      rt.pod = pod;
      if (!rt.terminating) this.background(`terminating ${rt.namespace}/${rt.name}`, this.terminate(rt));
      return;
    }
    if (rt === undefined) {
      if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return;
      rt = await this.admit(pod);
    }
    rt.pod = pod;
  }

  private async onDeleted(uid: string): Promise<void> {
    const rt = this.runtimes.get(uid);
    this.unschedulable.delete(uid);
    if (rt === undefined) return;
    rt.gone = true;
    // Removed without our finalising it (a force delete): stop the processes at once.
    if (!rt.terminating) {
      rt.terminating = true;
      await this.killAll(rt, 2000);
    }
    this.release(rt);
  }

  // ---- scheduling ----------------------------------------------------------------------------

  private async schedule(pod: Pod): Promise<void> {
    if ((pod.spec.schedulerName ?? 'default-scheduler') !== 'default-scheduler') return;
    const uid = pod.metadata.uid ?? '';
    const ns = pod.metadata.namespace ?? 'default';
    const mismatch = Object.entries(pod.spec.nodeSelector ?? {}).filter(([k, v]) => this.nodeLabels[k] !== v);
    if (mismatch.length > 0) {
      if (this.unschedulable.has(uid)) return;
      this.unschedulable.add(uid);
      const message = `0/1 nodes are available: 1 node(s) didn't match node selector.`;
      await this.http.mergePatch(`/api/v1/namespaces/${ns}/pods/${pod.metadata.name}/status`, {
        status: { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message, lastProbeTime: null, lastTransitionTime: now() }] },
      });
      this.schedulerEvents.record(pod, 'Warning', 'FailedScheduling', message);
      return;
    }
    try {
      await this.http.post(`/api/v1/namespaces/${ns}/pods/${pod.metadata.name}/binding`, {
        apiVersion: 'v1',
        kind: 'Binding',
        metadata: { name: pod.metadata.name, namespace: ns, uid },
        target: { apiVersion: 'v1', kind: 'Node', name: this.nodeName },
      });
      this.schedulerEvents.record(pod, 'Normal', 'Scheduled', `Successfully assigned ${ns}/${pod.metadata.name} to ${this.nodeName}`);
    } catch (error) {
      // Already bound (a duplicate event) or gone: both are fine.
      if (!(error instanceof KubeStatusError && (error.status === 409 || error.status === 404))) throw error;
    }
  }

  // ---- running pods --------------------------------------------------------------------------

  private allocateIp(): string {
    const n = this.nextIp++;
    return `10.244.${(n >> 8) & 255}.${n & 255}`;
  }

  private async admit(pod: Pod): Promise<PodRuntime> {
    const uid = pod.metadata.uid ?? '';
    const ns = pod.metadata.namespace ?? 'default';
    const dir = join(this.options.stateDir, 'pods', `${ns}_${pod.metadata.name}_${uid.slice(0, 8)}`);
    await mkdir(dir, { recursive: true });
    const containers: ContainerRuntime[] = [];
    for (const spec of pod.spec.containers) {
      containers.push({
        spec,
        program: this.images(spec.image),
        port: await pickPort(),
        proc: undefined,
        containerID: undefined,
        startedAt: undefined,
        restartCount: 0,
        state: { waiting: { reason: 'ContainerCreating' } },
        lastState: {},
        ready: false,
        started: false,
        probes: [],
        timer: undefined,
        logPath: join(dir, `${spec.name}.log`),
      });
    }
    const rt: PodRuntime = {
      uid, namespace: ns, name: pod.metadata.name, pod, podIP: this.allocateIp(), startTime: now(), containers,
      conditionTimes: new Map(), terminating: false, gone: false, statusTimer: undefined, writing: false, rewrite: false, dir,
    };
    this.runtimes.set(uid, rt);
    const ports: Record<string, string> = {};
    for (const c of [...containers].reverse()) {
      for (const p of c.spec.ports ?? []) ports[String(p.containerPort)] = `127.0.0.1:${c.port}`;
    }
    const first = containers[0];
    // Recorded before any process starts, so the address is known by the time the pod can be Ready.
    await this.http.mergePatch(`/api/v1/namespaces/${ns}/pods/${rt.name}`, {
      metadata: { uid, annotations: { [ANNOTATION_LOOPBACK]: first === undefined ? '' : `127.0.0.1:${first.port}`, [ANNOTATION_PORTS]: JSON.stringify(ports) } },
    });
    if ((pod.spec.initContainers ?? []).length > 0) {
      for (const c of containers) c.state = { waiting: { reason: 'PodInitializing', message: 'the kubelet simulator does not run init containers' } };
      this.scheduleStatus(rt);
      return rt;
    }
    for (const c of containers) await this.startContainer(rt, c);
    this.scheduleStatus(rt);
    return rt;
  }

  private fieldPath(c: ContainerRuntime): string {
    return `spec.containers{${c.spec.name}}`;
  }

  private async startContainer(rt: PodRuntime, c: ContainerRuntime): Promise<void> {
    if (rt.terminating || this.stopped) return;
    const image = c.spec.image;
    if (c.program === undefined) {
      c.state = { waiting: { reason: 'ErrImagePull', message: `rpc error: image "${image}" not found in the kubelet simulator's image registry` } };
      this.events.record(rt.pod, 'Normal', 'Pulling', `Pulling image "${image}"`, this.fieldPath(c));
      this.events.record(rt.pod, 'Warning', 'Failed', `Failed to pull image "${image}": not found in the simulator's registry`, this.fieldPath(c));
      this.events.record(rt.pod, 'Warning', 'Failed', 'Error: ErrImagePull', this.fieldPath(c));
      this.scheduleStatus(rt);
      c.timer = setTimeout(() => {
        c.state = { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` } };
        this.events.record(rt.pod, 'Normal', 'BackOff', `Back-off pulling image "${image}"`, this.fieldPath(c));
        this.events.record(rt.pod, 'Warning', 'Failed', 'Error: ImagePullBackOff', this.fieldPath(c));
        this.scheduleStatus(rt);
      }, 1000);
      return;
    }
    let env: Record<string, string>;
    try {
      env = await this.containerEnv(rt, c, c.program);
    } catch (error) {
      c.state = { waiting: { reason: 'CreateContainerConfigError', message: error instanceof Error ? error.message : String(error) } };
      this.events.record(rt.pod, 'Warning', 'Failed', `Error: ${c.state.waiting?.message ?? ''}`, this.fieldPath(c));
      this.scheduleStatus(rt);
      c.timer = setTimeout(() => this.background(`starting ${rt.namespace}/${rt.name}`, this.startContainer(rt, c)), 2000);
      return;
    }
    if (c.restartCount === 0 && c.proc === undefined) this.events.record(rt.pod, 'Normal', 'Pulled', `Container image "${image}" already present on machine`, this.fieldPath(c));
    const proc = startProcess(`${rt.namespace}/${rt.name}/${c.spec.name}`, c.program.file, { args: c.program.args, env, logPath: c.logPath });
    c.proc = proc;
    c.containerID = `sim://${proc.pid}`;
    c.startedAt = now();
    c.state = { running: { startedAt: c.startedAt } };
    c.ready = c.spec.readinessProbe === undefined;
    c.started = c.spec.startupProbe === undefined;
    this.events.record(rt.pod, 'Normal', 'Created', `Created container ${c.spec.name}`, this.fieldPath(c));
    this.events.record(rt.pod, 'Normal', 'Started', `Started container ${c.spec.name}`, this.fieldPath(c));
    void proc.exited.then((info) => this.onExit(rt, c, proc, exitCodeOf(info.code, info.signal)));
    this.startProbes(rt, c, proc);
    this.scheduleTargets();
    this.scheduleStatus(rt);
  }

  private async containerEnv(rt: PodRuntime, c: ContainerRuntime, program: ImageProgram): Promise<Record<string, string>> {
    const pod = rt.pod;
    const env: Record<string, string> = { ...program.env };
    const getData = async (kind: 'configmaps' | 'secrets', name: string, optional: boolean | undefined) => {
      const o = await this.http.find<{ data?: Record<string, string> }>(`/api/v1/namespaces/${rt.namespace}/${kind}/${name}`);
      if (o === undefined) {
        if (optional === true) return undefined;
        throw new Error(`${kind === 'configmaps' ? 'configmap' : 'secret'} "${name}" not found`);
      }
      const data = o.data ?? {};
      return kind === 'secrets' ? Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')])) : data;
    };
    for (const from of c.spec.envFrom ?? []) {
      const ref = from.configMapRef ?? from.secretRef;
      if (ref === undefined) continue;
      const data = await getData(from.configMapRef === undefined ? 'secrets' : 'configmaps', ref.name, ref.optional);
      for (const [k, v] of Object.entries(data ?? {})) env[`${from.prefix ?? ''}${k}`] = v;
    }
    const field = (path: string): string => {
      const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
      if (m !== null) return (m[1] === 'labels' ? pod.metadata.labels : pod.metadata.annotations)?.[m[2] ?? ''] ?? '';
      const values: Record<string, string> = {
        'metadata.name': rt.name,
        'metadata.namespace': rt.namespace,
        'metadata.uid': rt.uid,
        'spec.nodeName': this.nodeName,
        'spec.serviceAccountName': (pod.spec as { serviceAccountName?: string }).serviceAccountName ?? 'default',
        'status.hostIP': '127.0.0.1',
        'status.podIP': rt.podIP,
        'status.podIPs': rt.podIP,
      };
      const value = values[path];
      if (value === undefined) throw new Error(`unsupported fieldRef ${path}`);
      return value;
    };
    for (const e of c.spec.env ?? []) {
      let value: string | undefined;
      if (e.value !== undefined) value = e.value.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (whole, name: string) => env[name] ?? whole);
      else if (e.valueFrom?.fieldRef !== undefined) value = field(e.valueFrom.fieldRef.fieldPath);
      else if (e.valueFrom?.configMapKeyRef !== undefined || e.valueFrom?.secretKeyRef !== undefined) {
        const ref = (e.valueFrom.configMapKeyRef ?? e.valueFrom.secretKeyRef)!;
        const data = await getData(e.valueFrom.configMapKeyRef === undefined ? 'secrets' : 'configmaps', ref.name, ref.optional);
        value = data?.[ref.key];
        if (value === undefined && ref.optional !== true) throw new Error(`couldn't find key ${ref.key} in ${ref.name}`);
      } else value = '';
      if (value !== undefined) env[e.name] = value;
    }
    return {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: '/tmp',
      ...env,
      // Always last: each process must listen on its own loopback port whatever the pod says.
      HOSTNAME: rt.name,
      HOST: '127.0.0.1',
      PORT: String(c.port),
      ...(this.options.networkViolationsFile === undefined ? {} : { PIPELINE_NET_VIOLATIONS: this.options.networkViolationsFile }),
    };
  }

  private resolvePort(c: ContainerRuntime): (port: number | string) => number | undefined {
    // The process serves all of its container's declared ports on its one loopback port; a port the
    // container does not declare is not served (unless it declares none), like a wrong port in a cluster.
    return (port) => {
      const declared = c.spec.ports ?? [];
      if (typeof port === 'number' || /^\d+$/.test(port)) return declared.length === 0 || declared.some((p) => p.containerPort === Number(port)) ? c.port : undefined;
      return declared.some((p) => p.name === port) ? c.port : undefined;
    };
  }

  private handlerEnv(c: ContainerRuntime): NodeJS.ProcessEnv {
    return { PATH: process.env['PATH'] ?? '/usr/bin:/bin', PORT: String(c.port), HOST: '127.0.0.1' };
  }

  private startProbes(rt: PodRuntime, c: ContainerRuntime, proc: ManagedProcess): void {
    const run = (probe: NonNullable<Container['readinessProbe']>) => (timeoutMs: number) =>
      runHandler(probe, { resolvePort: this.resolvePort(c), timeoutMs, env: this.handlerEnv(c) });
    const unhealthy = (label: string) => (result: HandlerResult) =>
      this.events.record(rt.pod, 'Warning', 'Unhealthy', `${label} probe failed: ${result.message}`, this.fieldPath(c));
    const current = () => c.proc === proc && !rt.terminating;
    const readiness = c.spec.readinessProbe;
    const liveness = c.spec.livenessProbe;
    const startRest = () => {
      if (readiness !== undefined) {
        const w = new ProbeWorker({
          kind: 'readiness', probe: readiness, run: run(readiness), onFailure: unhealthy('Readiness'),
          onChange: (healthy) => {
            if (c.proc !== proc) return;
            c.ready = healthy;
            this.scheduleStatus(rt);
          },
        });
        c.probes.push(w);
        w.start();
      }
      if (liveness !== undefined) {
        const w = new ProbeWorker({
          kind: 'liveness', probe: liveness, run: run(liveness), onFailure: unhealthy('Liveness'),
          onChange: (healthy) => {
            if (healthy || !current()) return;
            this.events.record(rt.pod, 'Normal', 'Killing', `Container ${c.spec.name} failed liveness probe, will be restarted`, this.fieldPath(c));
            void proc.stop(this.graceMs(rt));
          },
        });
        c.probes.push(w);
        w.start();
      }
    };
    const startup = c.spec.startupProbe;
    if (startup === undefined) {
      startRest();
      return;
    }
    const w = new ProbeWorker({
      kind: 'startup', probe: startup, run: run(startup), onFailure: unhealthy('Startup'),
      onChange: (healthy) => {
        if (!current()) return;
        if (healthy) {
          c.started = true;
          this.scheduleStatus(rt);
          startRest();
        } else {
          w.stop();
          this.events.record(rt.pod, 'Normal', 'Killing', `Container ${c.spec.name} failed startup probe, will be restarted`, this.fieldPath(c));
          void proc.stop(this.graceMs(rt));
        }
      },
    });
    c.probes.push(w);
    w.start();
  }

  private stopProbes(c: ContainerRuntime): void {
    for (const p of c.probes) p.stop();
    c.probes = [];
  }

  private graceMs(rt: PodRuntime): number {
    return (rt.pod.metadata.deletionGracePeriodSeconds ?? rt.pod.spec.terminationGracePeriodSeconds ?? 30) * 1000;
  }

  private onExit(rt: PodRuntime, c: ContainerRuntime, proc: ManagedProcess, exitCode: number): void {
    if (c.proc !== proc) return;
    this.stopProbes(c);
    c.ready = false;
    this.scheduleTargets();
    const terminated: ContainerStateTerminated = {
      exitCode,
      reason: exitCode === 0 ? 'Completed' : 'Error',
      startedAt: c.startedAt ?? now(),
      finishedAt: now(),
      ...(c.containerID === undefined ? {} : { containerID: c.containerID }),
    };
    if (rt.terminating || this.stopped) {
      c.state = { terminated };
      this.scheduleStatus(rt);
      return;
    }
    const policy = rt.pod.spec.restartPolicy ?? 'Always';
    const restart = policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0);
    c.lastState = { terminated };
    if (!restart) {
      c.state = { terminated };
      this.scheduleStatus(rt);
      return;
    }
    const backoff = this.options.crashLoopBackOff ?? { initialMs: 1000, maxMs: 30_000 };
    const delay = c.restartCount === 0 ? 0 : Math.min(backoff.maxMs, backoff.initialMs * 2 ** (c.restartCount - 1));
    if (delay > 0) {
      const pod = `${rt.name}_${rt.namespace}(${rt.uid})`;
      c.state = { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${Math.round(delay / 1000)}s restarting failed container=${c.spec.name} pod=${pod}` } };
      this.events.record(rt.pod, 'Warning', 'BackOff', 'Back-off restarting failed container', this.fieldPath(c));
    } else {
      c.state = { terminated };
    }
    this.scheduleStatus(rt);
    c.timer = setTimeout(() => {
      if (rt.terminating || this.stopped) return;
      c.restartCount += 1;
      this.background(`restarting ${rt.namespace}/${rt.name}`, this.startContainer(rt, c));
    }, delay);
  }

  /** Graceful deletion: preStop, SIGTERM, SIGKILL at the end of the grace period, then finalise. */
  private async terminate(rt: PodRuntime): Promise<void> {
    rt.terminating = true;
    const graceMs = this.graceMs(rt);
    const deadline = Date.now() + graceMs;
    await Promise.all(rt.containers.map(async (c) => {
      clearTimeout(c.timer);
      const proc = c.proc;
      if (proc === undefined || !proc.alive()) {
        this.stopProbes(c);
        if (c.state.terminated === undefined) c.state = { terminated: { exitCode: 0, reason: 'Completed', finishedAt: now() } };
        return;
      }
      this.events.record(rt.pod, 'Normal', 'Killing', `Stopping container ${c.spec.name}`, this.fieldPath(c));
      const preStop = c.spec.lifecycle?.preStop;
      if (preStop !== undefined && graceMs > 0) {
        const result = await runHandler(preStop, { resolvePort: this.resolvePort(c), timeoutMs: Math.max(1, deadline - Date.now()), env: this.handlerEnv(c) });
        if (!result.ok) this.events.record(rt.pod, 'Warning', 'FailedPreStopHook', `PreStop hook failed: ${result.message}`, this.fieldPath(c));
      }
      // Like the kubelet, allow at least two seconds after a preStop hook that used the whole grace period.
      await proc.stop(Math.max(deadline - Date.now(), preStop === undefined ? 0 : 2000));
      this.stopProbes(c);
    }));
    await this.flushStatus(rt);
    await this.finalise(rt.pod);
    this.release(rt);
  }

  private async killAll(rt: PodRuntime, graceMs: number): Promise<void> {
    await Promise.all(rt.containers.map(async (c) => {
      clearTimeout(c.timer);
      this.stopProbes(c);
      await c.proc?.stop(graceMs);
    }));
  }

  /** Without a kubelet nothing removes a terminating pod: delete it for good, guarded by its uid. */
  private async finalise(pod: Pod): Promise<void> {
    try {
      await this.http.delete(`/api/v1/namespaces/${pod.metadata.namespace ?? 'default'}/pods/${pod.metadata.name}`, {
        apiVersion: 'v1', kind: 'DeleteOptions', gracePeriodSeconds: 0, preconditions: { uid: pod.metadata.uid },
      });
    } catch (error) {
      if (!(error instanceof KubeStatusError && (error.status === 404 || error.status === 409))) throw error;
    }
  }

  private release(rt: PodRuntime): void {
    if (!this.runtimes.has(rt.uid)) return;
    rt.gone = true;
    clearTimeout(rt.statusTimer);
    for (const c of rt.containers) {
      clearTimeout(c.timer);
      this.stopProbes(c);
      releasePort(c.port);
    }
    this.runtimes.delete(rt.uid);
    this.events.forget(rt.uid);
    this.scheduleTargets();
  }

  // ---- status --------------------------------------------------------------------------------

  private scheduleStatus(rt: PodRuntime): void {
    if (rt.statusTimer !== undefined || rt.gone) return;
    rt.statusTimer = setTimeout(() => {
      rt.statusTimer = undefined;
      void this.writeStatus(rt);
    }, 25);
  }

  private async flushStatus(rt: PodRuntime): Promise<void> {
    clearTimeout(rt.statusTimer);
    rt.statusTimer = undefined;
    while (rt.writing) await sleep(20);
    await this.writeStatus(rt);
  }

  private async writeStatus(rt: PodRuntime): Promise<void> {
    if (rt.gone || this.stopped) return;
    if (rt.writing) {
      rt.rewrite = true;
      return;
    }
    rt.writing = true;
    try {
      await this.http.mergePatch(`/api/v1/namespaces/${rt.namespace}/pods/${rt.name}/status`, { metadata: { uid: rt.uid }, status: this.buildStatus(rt) });
    } catch (error) {
      if (error instanceof KubeStatusError && error.status === 404) {
        rt.gone = true;
      } else {
        this.log(`status of ${rt.namespace}/${rt.name}: ${String(error)}`);
        rt.rewrite = true;
        await sleep(500);
      }
    } finally {
      rt.writing = false;
    }
    if (rt.rewrite) {
      rt.rewrite = false;
      this.scheduleStatus(rt);
    }
  }

  private condition(rt: PodRuntime, type: string, status: boolean, reason?: string): PodCondition {
    const s = status ? 'True' : 'False';
    const previous = rt.conditionTimes.get(type);
    const at = previous !== undefined && previous.status === s ? previous.at : now();
    rt.conditionTimes.set(type, { status: s, at });
    return { type, status: s, lastProbeTime: null, lastTransitionTime: at, ...(reason === undefined ? {} : { reason }) };
  }

  private buildStatus(rt: PodRuntime): PodStatus {
    const containersReady = rt.containers.every((c) => c.ready && c.state.running !== undefined);
    const gates = (rt.pod.spec.readinessGates ?? []).every((g) =>
      (rt.pod.status?.conditions ?? []).some((k) => k.type === g.conditionType && k.status === 'True'));
    const notReady = rt.containers.filter((c) => !c.ready).map((c) => c.spec.name);
    const reason = containersReady ? undefined : 'ContainersNotReady';
    const statuses: ContainerStatus[] = rt.containers.map((c) => ({
      name: c.spec.name,
      image: c.spec.image,
      imageID: c.program === undefined ? '' : `sim://${parseImage(c.spec.image).name}@${parseImage(c.spec.image).tag}`,
      ...(c.containerID === undefined ? {} : { containerID: c.containerID }),
      ready: c.ready && c.state.running !== undefined,
      started: c.started && c.state.running !== undefined,
      restartCount: c.restartCount,
      state: c.state,
      lastState: c.lastState,
    }));
    const ready = this.condition(rt, 'Ready', containersReady && gates, reason);
    const containersReadyCondition = this.condition(rt, 'ContainersReady', containersReady, reason);
    if (!containersReady) {
      const message = `containers with unready status: [${notReady.join(' ')}]`;
      ready.message = message;
      containersReadyCondition.message = message;
    }
    return {
      phase: this.phase(rt),
      conditions: [this.condition(rt, 'Initialized', true), ready, containersReadyCondition, this.condition(rt, 'PodScheduled', true)],
      hostIP: '127.0.0.1',
      podIP: rt.podIP,
      podIPs: [{ ip: rt.podIP }],
      startTime: rt.startTime,
      containerStatuses: statuses,
    };
  }

  private phase(rt: PodRuntime): NonNullable<PodStatus['phase']> {
    const cs = rt.containers;
    if (cs.some((c) => c.state.waiting !== undefined && c.lastState.terminated === undefined && c.proc === undefined)) return 'Pending';
    if (cs.some((c) => c.state.running !== undefined || c.state.waiting !== undefined)) return 'Running';
    const policy = rt.pod.spec.restartPolicy ?? 'Always';
    if (cs.every((c) => c.state.terminated?.exitCode === 0)) return policy === 'Always' && !rt.terminating ? 'Running' : 'Succeeded';
    return policy === 'Always' && !rt.terminating ? 'Running' : 'Failed';
  }

  // ---- Prometheus targets --------------------------------------------------------------------

  private scheduleTargets(): void {
    if (this.targetsTimer !== undefined || this.stopped) return;
    this.targetsTimer = setTimeout(() => {
      this.targetsTimer = undefined;
      // One write at a time, so renames never race each other.
      this.targetsWrite = this.targetsWrite
        .then(() => (this.stopped ? undefined : this.writeTargets()))
        .catch((error: unknown) => this.log(`targets file: ${String(error)}`));
    }, 50);
  }

  private async writeTargets(): Promise<void> {
    const groups = [];
    for (const rt of this.runtimes.values()) {
      const labels = rt.pod.metadata.labels ?? {};
      for (const c of rt.containers) {
        if (c.proc?.alive() !== true || c.program === undefined) continue;
        groups.push({
          targets: [`127.0.0.1:${c.port}`],
          labels: {
            namespace: rt.namespace,
            pod: rt.name,
            container: c.spec.name,
            app: labels['app'] ?? labels['app.kubernetes.io/name'] ?? '',
            colour: labels['colour'] ?? labels['color'] ?? '',
            version: labels['version'] ?? labels['app.kubernetes.io/version'] ?? c.program.env['APP_VERSION'] ?? '',
          },
        });
      }
    }
    // file_sd re-reads on change; a rename makes sure Prometheus never sees a half-written file.
    const tmp = `${this.prometheusTargetsFile}.tmp`;
    await writeFile(tmp, `${JSON.stringify(groups, null, 2)}\n`);
    await rename(tmp, this.prometheusTargetsFile);
  }
}
