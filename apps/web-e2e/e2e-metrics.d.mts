export declare const E2E_METRICS_TOKEN: string;
