// Types for build.mjs, which the tests import.
import type { Plugin } from 'esbuild';

export const WORKER_FILE: string;
export const EXTERNAL: string[];
export function workerSourcePlugin(file?: string): Plugin;
export function ruleList(): { id: string; title: string; severity: string }[];
export function buildObsidian(options?: { outdir?: string; minify?: boolean }): Promise<string>;
export function releaseManifest(): Record<string, unknown> & { id: string; version: string; minAppVersion: string; authorUrl: string };
