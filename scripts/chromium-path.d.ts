export declare const DEFAULT_CHROMIUM: string;
export declare function chromiumPath(): { path: string; exists: boolean; fromEnv: boolean };
export declare const CHROMIUM_ARGS: string[];
