/** The ecosystems the native readers understand; each maps to one PURL type. */
/** `other` is any PURL type Trivy reports for an image (deb, apk, rpm, maven...); the PURL keeps its type. */
export type Ecosystem = 'npm' | 'pypi' | 'golang' | 'cargo' | 'gem' | 'composer' | 'other';

export type Scope = 'runtime' | 'development';

export interface Hash {
  /** CycloneDX algorithm names: SHA-1, SHA-256, SHA-384, SHA-512, MD5. */
  alg: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512' | 'MD5';
  /** Lower-case hex, as both CycloneDX and SPDX require. */
  content: string;
}

/** One resolved third-party package, deduplicated by PURL within a lockfile. */
export interface Component {
  name: string;
  version: string;
  purl: string;
  ecosystem: Ecosystem;
  scope: Scope;
  /** Declared by the project (or one of its workspace packages) itself. */
  direct: boolean;
  hashes: Hash[];
  /** SPDX expression as the lockfile records it, when it records one. */
  license?: string;
  /** PURLs of the components this one depends on. */
  dependencies: string[];
  /** 1-based line of the component's entry in its lockfile, when known. */
  line?: number;
}

/** A package of the project itself: the root or a workspace member. */
export interface ProjectPackage {
  name: string;
  version?: string;
  purl: string;
  /** Directory relative to the lockfile's directory ('' for the root). */
  path: string;
  dependencies: string[];
}

export interface LockfileResult {
  /** Repository-relative path of the lockfile. */
  file: string;
  kind: LockfileKind;
  ecosystem: Ecosystem;
  root: ProjectPackage;
  /** Workspace members other than the root; they are components of the root, not dependencies. */
  workspaces: ProjectPackage[];
  components: Component[];
}

export type LockfileKind =
  | 'npm'
  | 'yarn-classic'
  | 'yarn-berry'
  | 'pnpm'
  | 'requirements'
  | 'poetry'
  | 'uv'
  | 'pipenv'
  | 'go'
  | 'cargo'
  | 'bundler'
  | 'composer'
  | 'image'
  /** Read by Trivy, for an ecosystem without a native reader. */
  | 'trivy';
