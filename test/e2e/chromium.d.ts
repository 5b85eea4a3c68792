import type { BrowserContext, Page } from 'playwright-core';
export const CHROMIUM: string;
export const ARGS: string[];
export function launchChromium(options?: { viewport?: { width: number; height: number } }): Promise<{ context: BrowserContext; close(): Promise<void> }>;
export function guardOffline(context: BrowserContext): Promise<string[]>;
export function openPreviewPane(context: BrowserContext, origin: string, pageErrors: string[], onPage?: (page: Page) => void): Promise<Page>;
