export function measurePane(options?: { dist?: string }): Promise<{ initialJsGzipBytes: number; firstPaintMs: number; scripts: string[] }>;
