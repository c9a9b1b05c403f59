export declare const META_CSP_DIRECTIVES: string[][];
export declare const META_CSP: string;
export declare const HOSTING_HEADERS: Record<string, string>;
export declare function netlifyHeadersFile(): string;
export declare function nginxSnippet(): string;
export declare const HEADER_FILES: Record<string, () => string>;
