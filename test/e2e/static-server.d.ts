export function startStaticServer(root: string): Promise<{ origin: string; requests: string[]; close(): Promise<void> }>;
