export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** What domain code may say. Entry points pass the runner-backed one; tests pass a recorder. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  /** Runs `fn` inside a collapsible group; the group is closed even when `fn` throws. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export interface RecordedLog {
  level: 'debug' | 'info' | 'notice' | 'warning' | 'error' | 'group';
  message: string;
  properties?: AnnotationProperties;
}

/** A Logger that keeps everything in memory, for unit tests of domain code. */
export class MemoryLogger implements Logger {
  readonly records: RecordedLog[] = [];
  debug(message: string): void {
    this.records.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.records.push({ level: 'info', message });
  }
  notice(message: string, properties?: AnnotationProperties): void {
    this.records.push(properties ? { level: 'notice', message, properties } : { level: 'notice', message });
  }
  warning(message: string, properties?: AnnotationProperties): void {
    this.records.push(properties ? { level: 'warning', message, properties } : { level: 'warning', message });
  }
  error(message: string, properties?: AnnotationProperties): void {
    this.records.push(properties ? { level: 'error', message, properties } : { level: 'error', message });
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.records.push({ level: 'group', message: name });
    return fn();
  }
  messages(level: RecordedLog['level']): string[] {
    return this.records.filter((r) => r.level === level).map((r) => r.message);
  }
}
