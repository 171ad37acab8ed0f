export declare const DEFAULT_E2E_TODAY: string;
export declare const E2E_TODAY: string;
