import { maskSecret, parseInputs, readRunContext, runAction, setOutputs, type Logger } from '@pipeline/core';
import { inputSchema } from './inputs.ts';
import { githubClientFactory, runnerArtifacts, runSbomAction } from './action.ts';
import { trivySources } from './trivy.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, exec } from '@pipeline/core';

await runAction(async (logger: Logger) => {
  const inputs = parseInputs(inputSchema, { mask: (s) => maskSecret(s) });
  const context = readRunContext();
  const github = githubClientFactory(inputs.githubToken, context, logger);
  // Trivy is installed only when needed (an image, or a lockfile without a native reader),
  // with the same installer and pinned checksums as trivy-scan.
  const installTrivy = async (): Promise<string> => {
    const trivy = await import('@pipeline/trivy');
    let platform: ReturnType<typeof trivy.trivyPlatform>;
    try {
      platform = trivy.trivyPlatform();
    } catch {
      throw new ConfigurationError(`Trivy cannot be installed on ${process.platform}/${process.arch}: the suite installs its Linux and macOS builds for x64 and arm64.`);
    }
    if (!process.env['RUNNER_TOOL_CACHE']) process.env['RUNNER_TOOL_CACHE'] = join(context.runnerTemp || tmpdir(), 'tool-cache');
    const toolCache = await import('@actions/tool-cache');
    try {
      return (await trivy.installTrivy({ version: trivy.DEFAULT_TRIVY_VERSION, platform, toolCache, logger })).path;
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      // A failed download is the runner's network, not a bug in this action: say what failed.
      throw new ConfigurationError(`Trivy ${trivy.DEFAULT_TRIVY_VERSION} could not be installed: ${error instanceof Error ? error.message : String(error)}.`, { cause: error });
    }
  };
  const trivy = trivySources({ install: installTrivy, exec, logger, workDir: join(context.runnerTemp || tmpdir(), 'sbom-trivy') });
  const imageScanner = async (image: string): Promise<string> => {
    const { validateImageRef } = await import('@pipeline/trivy');
    try {
      validateImageRef(image);
    } catch (error) {
      if (error instanceof ConfigurationError) throw new ConfigurationError(error.message.replace("Input 'target'", "Input 'image'"), { input: 'image' });
      throw error;
    }
    return trivy.image(image);
  };
  const run = await runSbomAction(inputs, {
    logger,
    context,
    summary: (section) => section.write(),
    setOutputs: (outputs) => setOutputs(outputs),
    artifacts: runnerArtifacts(),
    imageScanner,
    lockfileScanner: trivy.lockfile,
    ...(github ? { github } : {}),
  });
  if (run.passed) {
    logger.info(run.headline);
  } else {
    logger.error(run.headline);
    process.exitCode = 1;
  }
});
