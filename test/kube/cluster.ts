import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ControlPlane, ControlPlaneInfo, StartControlPlaneOptions } from './control-plane.ts';
import { planeInfo, startControlPlane } from './control-plane.ts';
import type { KubeletSimulator, KubeletSimulatorOptions } from './kubelet-simulator.ts';
import { startKubeletSimulator } from './kubelet-simulator.ts';
import type { NetworkAudit } from './net-audit.ts';
import { startNetworkAudit } from './net-audit.ts';

/** Plain data describing a running test cluster; what test files receive. */
export interface TestClusterInfo extends ControlPlaneInfo {
  nodeName: string;
  /** Pod logs, the Prometheus targets file and the network audit files live here. */
  stateDir: string;
  prometheusTargetsFile: string;
  /** JSON lines: connects refused by the loopback guard inside pod processes. */
  guardViolationsFile: string;
  /** JSON lines: non-loopback sockets seen by the /proc audit. */
  auditViolationsFile: string;
  /** JSON: samples taken and pids audited, rewritten every second. */
  auditStatusFile: string;
  /** pid of the process that owns the cluster (and roots the audited process tree). */
  ownerPid: number;
}

export interface TestCluster extends TestClusterInfo {
  readonly plane: ControlPlane;
  readonly simulator: KubeletSimulator;
  readonly audit: NetworkAudit;
  stop(): Promise<void>;
}

export interface StartTestClusterOptions extends StartControlPlaneOptions {
  simulator?: Partial<Omit<KubeletSimulatorOptions, 'endpoint' | 'stateDir'>>;
}

/** Control plane + kubelet simulator + network audit: what the kube tests' globalSetup starts. */
export async function startTestCluster(options: StartTestClusterOptions = {}): Promise<TestCluster> {
  const plane = await startControlPlane(options);
  const stateDir = join(plane.dataDir, 'state');
  await mkdir(stateDir, { recursive: true });
  const guardViolationsFile = join(stateDir, 'network-guard.jsonl');
  const auditViolationsFile = join(stateDir, 'network-audit.jsonl');
  const auditStatusFile = join(stateDir, 'network-audit-status.json');
  const audit = startNetworkAudit({ violationsFile: auditViolationsFile, statusFile: auditStatusFile });
  let simulator: KubeletSimulator;
  try {
    simulator = await startKubeletSimulator({
      ...options.simulator,
      endpoint: { server: plane.server, token: plane.admin.token, ca: plane.caPem },
      stateDir,
      networkViolationsFile: guardViolationsFile,
      kubeletVersion: plane.version,
    });
  } catch (error) {
    audit.stop();
    await plane.stop();
    throw error;
  }
  return {
    ...planeInfo(plane),
    nodeName: simulator.nodeName,
    stateDir,
    prometheusTargetsFile: simulator.prometheusTargetsFile,
    guardViolationsFile,
    auditViolationsFile,
    auditStatusFile,
    ownerPid: process.pid,
    plane,
    simulator,
    audit,
    stop: async () => {
      await simulator.stop();
      audit.stop();
      await plane.stop();
    },
  };
}

export function clusterInfo(cluster: TestCluster): TestClusterInfo {
  const { plane: _p, simulator: _s, audit: _a, stop: _stop, processes: _proc, ...info } = cluster as TestCluster & { processes?: unknown };
  return info;
}
